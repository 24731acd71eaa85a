"""Keyframed movements: poses at points of a repetition, eased in between (no Qt).

A movement runs from 0 (start pose) to 1 (peak). Between two keys every joint angle is
interpolated with an ease, then contacts are restored: an anchor point of the body stays
where the first key puts it (the upper back in a bridge, the kneeling knee in a stretch),
and locked hands and feet stay planted or travel on a low arc (a step) while their limb
bends to reach them. Angles alone would let a planted foot slide or sink mid-movement.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from hiptimer.present.skeleton import (
    BODY,
    Pose,
    Skeleton,
    Vec,
    add,
    angle_between,
    apply,
    blend,
    forward,
    lerp,
    offset,
    scale,
    solve_two_bone,
    sub,
    transpose,
    unit,
)


def ease_in_out(t: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * t)


def ease_linear(t: float) -> float:
    return t


def ease_out(t: float) -> float:
    return math.sin(0.5 * math.pi * t)


def ease_in(t: float) -> float:
    return 1.0 - math.cos(0.5 * math.pi * t)


EASES: dict[str, Callable[[float], float]] = {
    "inout": ease_in_out,
    "linear": ease_linear,
    "out": ease_out,
    "in": ease_in,
}


@dataclass(frozen=True)
class Key:
    """A pose at a point of the movement. targets: where locked hands/feet go at this key
    (world metres; by default where this pose's own angles put them). ease: how the
    movement arrives here from the previous key."""

    at: float
    pose: Pose
    targets: Mapping[str, Vec] = field(default_factory=dict)
    ease: str = "inout"


@dataclass(frozen=True)
class Lock:
    """A hand or foot kept on a contact. pin: stays where the first key puts it; otherwise
    it moves from key target to key target, lifted on an arc of `lift` metres.
    frame "pelvis": the target rides with the pelvis (hands on the hips)."""

    limb: str
    pin: bool = True
    lift: float = 0.0
    frame: str = "world"
    at: Vec | None = None  # a fixed target in the lock's frame (hands on the hips)
    flat: bool = False  # a foot standing on its sole, level whatever the leg does
    # Which way the knee or elbow points (default: the limb's own), in the pelvis frame
    # or, with fixed_pole, in the world (an arm lying still while the trunk turns).
    pole: Vec | None = None
    fixed_pole: bool = False


@dataclass(frozen=True)
class Motion:
    keys: tuple[Key, ...]
    locks: tuple[Lock, ...] = ()
    anchor: str | None = None
    # Change of pose at a full breath in (holds only).
    breathe: Pose | None = None
    _cache: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        ats = [k.at for k in self.keys]
        if not ats or ats[0] != 0.0 or ats[-1] != 1.0 or ats != sorted(set(ats)):
            raise ValueError("keys must run from 0 to 1 in increasing order")


# Named points of the body that can serve as an anchor.
def body_point(sk: Skeleton, name: str) -> Vec:
    if name == "shoulders":
        return lerp(sk.limbs["arm_l"].root, sk.limbs["arm_r"].root, 0.5)
    if name.startswith("hip_"):
        return sk.hips[name[-1]]
    if name.startswith("knee_"):
        return sk.limbs[f"leg_{name[-1]}"].mid
    if name == "pelvis":
        return sk.pelvis
    raise KeyError(name)


@dataclass(frozen=True)
class _KeyContacts:
    anchor: Vec | None
    targets: dict[str, Vec]  # end targets (world, or pelvis frame for pelvis locks)
    ends: dict[str, tuple[Vec, Vec]]  # tip and heel offsets from the end joint (world)


def _flat_foot(tip: Vec, heel: Vec) -> tuple[Vec, Vec]:
    """Toe and heel offsets from the ankle for a sole flat on the ground, pointing the way
    the foot points."""
    fx, _, fz = sub(tip, heel)
    n = (fx * fx + fz * fz) ** 0.5 or 1.0
    fx, fz = fx / n, fz / n
    drop = BODY.heel[1]
    return (
        (fx * BODY.toe[2], drop, fz * BODY.toe[2]),
        (fx * BODY.heel[2], drop, fz * BODY.heel[2]),
    )


def _key_contacts(motion: Motion) -> list[_KeyContacts]:
    cached = motion._cache.get("keys")
    if cached is not None:
        return cached  # type: ignore[return-value]
    result: list[_KeyContacts] = []
    first_anchor: Vec | None = None
    for i, key in enumerate(motion.keys):
        sk = forward(key.pose)
        anchor = None
        if motion.anchor is not None:
            point = body_point(sk, motion.anchor)
            if first_anchor is None:
                first_anchor = point
            sk.translate(sub(first_anchor, point))
            anchor = first_anchor
        targets: dict[str, Vec] = {}
        ends: dict[str, tuple[Vec, Vec]] = {}
        for lock in motion.locks:
            chain = sk.limbs[lock.limb]
            if lock.pin and i > 0:
                targets[lock.limb] = result[0].targets[lock.limb]
                ends[lock.limb] = result[0].ends[lock.limb]
                continue
            end = key.targets.get(lock.limb, chain.end)
            if lock.frame == "pelvis":
                end = lock.at or apply(transpose(sk.pelvis_frame), sub(end, sk.pelvis))
            elif lock.at is not None:
                end = lock.at
            targets[lock.limb] = end
            ends[lock.limb] = (
                _flat_foot(chain.tip, chain.heel)
                if lock.flat
                else (sub(chain.tip, chain.end), sub(chain.heel, chain.end))
            )
        result.append(_KeyContacts(anchor, targets, ends))
    motion._cache["keys"] = result
    return result


def _segment(motion: Motion, m: float) -> tuple[int, float]:
    m = min(max(m, 0.0), 1.0)
    keys = motion.keys
    for i in range(1, len(keys)):
        if m <= keys[i].at:
            span = keys[i].at - keys[i - 1].at
            t = (m - keys[i - 1].at) / span
            return i - 1, EASES[keys[i].ease](t)
    return len(keys) - 2, 1.0


def _limb_lengths(limb: str) -> tuple[float, float]:
    return (BODY.thigh, BODY.shank) if limb.startswith("leg") else (BODY.upper_arm, BODY.forearm)


def solve(motion: Motion, m: float, breathing: float = 0.0) -> Skeleton:
    """The body at point m (0 start .. 1 peak) of the movement."""
    i, e = _segment(motion, m)
    k0, k1 = motion.keys[i], motion.keys[i + 1]
    pose = k0.pose if e == 0.0 else k1.pose if e == 1.0 else blend(k0.pose, k1.pose, e)
    if motion.breathe is not None and breathing:
        pose = offset(pose, motion.breathe, breathing)
    sk = forward(pose)
    contacts = _key_contacts(motion)
    c0, c1 = contacts[i], contacts[i + 1]
    if motion.anchor is not None and c0.anchor is not None:
        sk.translate(sub(c0.anchor, body_point(sk, motion.anchor)))
    for lock in motion.locks:
        chain = sk.limbs[lock.limb]
        a, b = c0.targets[lock.limb], c1.targets[lock.limb]
        target = lerp(a, b, e)
        if lock.frame == "pelvis":
            target = add(sk.pelvis, apply(sk.pelvis_frame, target))
        elif lock.lift and a != b:
            target = add(target, (0.0, lock.lift * math.sin(math.pi * e), 0.0))
        if lock.pole is not None:
            chain.pole = lock.pole if lock.fixed_pole else apply(sk.pelvis_frame, lock.pole)
        l1, l2 = _limb_lengths(lock.limb)
        solve_two_bone(chain, target, l1, l2)
        # A planted hand or foot keeps its orientation in the world.
        (tip0, heel0), (tip1, heel1) = c0.ends[lock.limb], c1.ends[lock.limb]
        if lock.frame == "world":
            chain.tip = add(chain.end, lerp(tip0, tip1, e))
            chain.heel = add(chain.end, lerp(heel0, heel1, e))
        elif lock.limb.startswith("arm"):
            # A hand resting on the body lies in line with its forearm.
            reach = scale(unit(sub(chain.end, chain.mid)), BODY.hand)
            chain.tip, chain.heel = add(chain.end, reach), chain.end
        if lock.limb.startswith("leg"):
            up_shank = sub(chain.mid, chain.end)
            chain.end_angle = 90.0 - angle_between(up_shank, sub(chain.tip, chain.heel))
    return sk
