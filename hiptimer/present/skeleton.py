"""A small 3-D skeleton: joint angles in, joint positions out (no Qt).

World axes, metres: X to the viewer's right, Y up (the floor is y = 0), Z toward the
default camera. A body at rest stands upright facing +Z, so its left side is +X.
Angles are degrees. Every joint rotates its child frame relative to its parent frame,
so a pose is plain data that can be interpolated number by number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]  # rows


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def norm(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec) -> Vec:
    n = norm(a)
    return (0.0, 0.0, 0.0) if n < 1e-12 else scale(a, 1.0 / n)


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def angle_between(a: Vec, b: Vec) -> float:
    """Unsigned angle in degrees."""
    c = dot(unit(a), unit(b))
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def apply(m: Mat, v: Vec) -> Vec:
    return (dot(m[0], v), dot(m[1], v), dot(m[2], v))


def matmul(a: Mat, b: Mat) -> Mat:
    cols = tuple(zip(*b, strict=True))
    return (
        (dot(a[0], cols[0]), dot(a[0], cols[1]), dot(a[0], cols[2])),
        (dot(a[1], cols[0]), dot(a[1], cols[1]), dot(a[1], cols[2])),
        (dot(a[2], cols[0]), dot(a[2], cols[1]), dot(a[2], cols[2])),
    )


def transpose(m: Mat) -> Mat:
    r0, r1, r2 = zip(*m, strict=True)
    return (r0, r1, r2)


def rot_x(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def rot_y(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def rot_z(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def column(m: Mat, i: int) -> Vec:
    return (m[0][i], m[1][i], m[2][i])


# ---------------------------------------------------------------------------------------
# Body measurements: an adult of about 1.72 m. Radii are half the drawn limb thickness.


@dataclass(frozen=True)
class Body:
    hip_half: float = 0.085  # hip joint centre from the midline
    thigh: float = 0.43
    shank: float = 0.42
    heel: Vec = (0.0, -0.045, -0.05)  # in the foot frame, from the ankle
    toe: Vec = (0.0, -0.045, 0.15)
    lumbar: Vec = (0.0, 0.10, -0.01)  # trunk root in the pelvis frame
    neck: Vec = (0.0, 0.42, 0.0)  # neck base in the trunk frame
    shoulder: Vec = (0.175, 0.385, -0.005)  # left shoulder joint in the trunk frame (x mirrored)
    head: Vec = (0.0, 0.158, 0.02)  # head centre in the head frame
    upper_arm: float = 0.29
    forearm: float = 0.25
    hand: float = 0.075  # wrist to the middle of the hand
    # Drawn radii.
    r_head: float = 0.108
    r_thigh: tuple[float, float] = (0.088, 0.064)
    r_shank: tuple[float, float] = (0.062, 0.042)
    r_foot: float = 0.038
    r_upper_arm: tuple[float, float] = (0.05, 0.039)
    r_forearm: tuple[float, float] = (0.039, 0.03)
    r_hand: float = 0.043
    r_neck: float = 0.056

    @property
    def sole_drop(self) -> float:
        """Height of the ankle joint above a flat sole."""
        return -self.heel[1] + self.r_foot


BODY = Body()


# ---------------------------------------------------------------------------------------
# Poses


@dataclass(frozen=True)
class Limb:
    """One leg or arm. flex: hip/shoulder forward, abd: out to the side, rot: outward
    (external) rotation, bend: knee/elbow flexion, end: ankle dorsiflexion (toes up)."""

    flex: float = 0.0
    abd: float = 0.0
    rot: float = 0.0
    bend: float = 0.0
    end: float = 0.0  # arms: the hand bent forward from the line of the forearm


@dataclass(frozen=True)
class Spine:
    """Trunk relative to the pelvis, or head relative to the trunk: flex forward, bend to
    the body's left, twist to the body's left."""

    flex: float = 0.0
    bend: float = 0.0
    twist: float = 0.0


@dataclass(frozen=True)
class Root:
    """Pelvis centre (metres) and orientation: yaw about the world up axis, then pitch
    (forward lean) about the body's left axis, then roll about the body's front axis."""

    x: float = 0.0
    y: float = 0.93
    z: float = 0.0
    yaw: float = 0.0
    pitch: float = 0.0
    roll: float = 0.0


@dataclass(frozen=True)
class Pose:
    root: Root = field(default_factory=Root)
    trunk: Spine = field(default_factory=Spine)
    neck: Spine = field(default_factory=Spine)
    leg_l: Limb = field(default_factory=Limb)
    leg_r: Limb = field(default_factory=Limb)
    arm_l: Limb = field(default_factory=Limb)
    arm_r: Limb = field(default_factory=Limb)


# (part name, its class, its field names), in order: the layout of a pose as numbers.
_LAYOUT: tuple[tuple[str, type, tuple[str, ...]], ...] = tuple(
    (f.name, type(getattr(Pose(), f.name)), tuple(g.name for g in fields(getattr(Pose(), f.name))))
    for f in fields(Pose)
)


def pose_vector(pose: Pose) -> tuple[float, ...]:
    values: list[float] = []
    for name, _, names in _LAYOUT:
        part = getattr(pose, name)
        values.extend(getattr(part, n) for n in names)
    return tuple(values)


def pose_from_vector(values: tuple[float, ...] | list[float]) -> Pose:
    it = iter(values)
    parts = {name: cls(*(next(it) for _ in names)) for name, cls, names in _LAYOUT}
    return Pose(**parts)


def blend(a: Pose, b: Pose, t: float) -> Pose:
    va, vb = pose_vector(a), pose_vector(b)
    return pose_from_vector([x + (y - x) * t for x, y in zip(va, vb, strict=True)])


def offset(pose: Pose, delta: Pose, k: float) -> Pose:
    """pose + k * delta, number by number (delta is a pose of small changes)."""
    zero = pose_vector(Pose(root=Root(y=0.0)))
    values = [
        p + (d - z) * k for p, d, z in zip(pose_vector(pose), pose_vector(delta), zero, strict=True)
    ]
    return pose_from_vector(values)


# ---------------------------------------------------------------------------------------
# Forward kinematics

LIMBS = ("leg_l", "leg_r", "arm_l", "arm_r")


@dataclass
class LimbChain:
    """World positions of one limb, plus the frames the drawing and the checks need."""

    root: Vec  # hip or shoulder joint
    mid: Vec  # knee or elbow
    end: Vec  # ankle or wrist
    tip: Vec  # hand centre; for a leg, the toe
    heel: Vec  # legs only (equals end for arms)
    pole: Vec  # the side the knee points to (elbow: the side it bends away from)
    bend: float  # knee or elbow flexion, degrees (0 straight, positive the natural way)
    end_angle: float  # ankle dorsiflexion, degrees (arms: 0)


@dataclass
class Skeleton:
    pelvis: Vec
    pelvis_frame: Mat
    hips: dict[str, Vec]
    lumbar: Vec
    trunk_frame: Mat
    neck: Vec
    head: Vec
    head_frame: Mat
    limbs: dict[str, LimbChain]

    def translate(self, d: Vec) -> None:
        self.pelvis = add(self.pelvis, d)
        self.hips = {k: add(v, d) for k, v in self.hips.items()}
        self.lumbar = add(self.lumbar, d)
        self.neck = add(self.neck, d)
        self.head = add(self.head, d)
        for c in self.limbs.values():
            c.root, c.mid, c.end = add(c.root, d), add(c.mid, d), add(c.end, d)
            c.tip, c.heel = add(c.tip, d), add(c.heel, d)

    def trunk_point(self, local: Vec) -> Vec:
        return add(self.lumbar, apply(self.trunk_frame, local))

    def pelvis_point(self, local: Vec) -> Vec:
        return add(self.pelvis, apply(self.pelvis_frame, local))


def root_frame(root: Root) -> Mat:
    return matmul(matmul(rot_y(root.yaw), rot_x(root.pitch)), rot_z(root.roll))


def spine_frame(parent: Mat, s: Spine) -> Mat:
    return matmul(parent, matmul(matmul(rot_x(s.flex), rot_z(-s.bend)), rot_y(s.twist)))


def _limb_frame(parent: Mat, limb: Limb, side: float) -> Mat:
    m = matmul(rot_x(-limb.flex), rot_z(side * limb.abd))
    return matmul(parent, matmul(m, rot_y(side * limb.rot)))


def forward(pose: Pose, body: Body = BODY) -> Skeleton:
    r = pose.root
    pf = root_frame(r)
    pelvis = (r.x, r.y, r.z)
    hips: dict[str, Vec] = {}
    limbs: dict[str, LimbChain] = {}
    for name, side in (("l", 1.0), ("r", -1.0)):
        leg: Limb = getattr(pose, f"leg_{name}")
        hip = add(pelvis, apply(pf, (side * body.hip_half, 0.0, 0.0)))
        hips[name] = hip
        thigh = _limb_frame(pf, leg, side)
        knee = add(hip, apply(thigh, (0.0, -body.thigh, 0.0)))
        shank = matmul(thigh, rot_x(leg.bend))
        ankle = add(knee, apply(shank, (0.0, -body.shank, 0.0)))
        foot = matmul(shank, rot_x(-leg.end))
        limbs[f"leg_{name}"] = LimbChain(
            root=hip,
            mid=knee,
            end=ankle,
            tip=add(ankle, apply(foot, body.toe)),
            heel=add(ankle, apply(foot, body.heel)),
            pole=column(thigh, 2),
            bend=leg.bend,
            end_angle=leg.end,
        )
    lumbar = add(pelvis, apply(pf, body.lumbar))
    tf = spine_frame(pf, pose.trunk)
    neck = add(lumbar, apply(tf, body.neck))
    hf = spine_frame(tf, pose.neck)
    head = add(neck, apply(hf, body.head))
    for name, side in (("l", 1.0), ("r", -1.0)):
        arm: Limb = getattr(pose, f"arm_{name}")
        sx, sy, sz = body.shoulder
        shoulder = add(lumbar, apply(tf, (side * sx, sy, sz)))
        upper = _limb_frame(tf, arm, side)
        elbow = add(shoulder, apply(upper, (0.0, -body.upper_arm, 0.0)))
        fore = matmul(upper, rot_x(-arm.bend))
        wrist = add(elbow, apply(fore, (0.0, -body.forearm, 0.0)))
        palm = matmul(fore, rot_x(-arm.end))
        hand = add(wrist, apply(palm, (0.0, -body.hand, 0.0)))
        limbs[f"arm_{name}"] = LimbChain(
            root=shoulder,
            mid=elbow,
            end=wrist,
            tip=hand,
            heel=wrist,
            pole=scale(column(upper, 2), -1.0),
            bend=arm.bend,
            end_angle=arm.end,
        )
    return Skeleton(pelvis, pf, hips, lumbar, tf, neck, head, hf, limbs)


# ---------------------------------------------------------------------------------------
# Two-bone inverse kinematics, for feet and hands that must stay where they are put


def solve_two_bone(chain: LimbChain, target: Vec, l1: float, l2: float) -> None:
    """Move the middle joint and the end so the end reaches target (or points at it when
    out of reach), bending toward the chain's pole. Updates chain.bend."""
    d = sub(target, chain.root)
    dist = max(abs(l1 - l2) + 1e-4, min(norm(d), l1 + l2 - 1e-6))
    u = unit(d)
    v = sub(chain.pole, scale(u, dot(chain.pole, u)))
    if norm(v) < 1e-6:  # pole along the limb: any perpendicular will do
        v = cross(u, (1.0, 0.0, 0.0)) if abs(u[0]) < 0.9 else cross(u, (0.0, 1.0, 0.0))
    v = unit(v)
    cos_a = (l1 * l1 + dist * dist - l2 * l2) / (2.0 * l1 * dist)
    a = math.acos(max(-1.0, min(1.0, cos_a)))
    chain.mid = add(chain.root, add(scale(u, l1 * math.cos(a)), scale(v, l1 * math.sin(a))))
    old_end = chain.end
    chain.end = add(chain.root, scale(u, dist))
    cos_k = (l1 * l1 + l2 * l2 - dist * dist) / (2.0 * l1 * l2)
    chain.bend = 180.0 - math.degrees(math.acos(max(-1.0, min(1.0, cos_k))))
    moved = sub(chain.end, old_end)
    chain.tip, chain.heel = add(chain.tip, moved), add(chain.heel, moved)


def signed_bend(chain: LimbChain) -> float:
    """Flexion measured from the positions: negative if the joint bends the wrong way."""
    upper, lower = sub(chain.mid, chain.root), sub(chain.end, chain.mid)
    angle = angle_between(upper, lower)
    # The middle joint must sit on the pole side of the root-end line.
    axis = unit(sub(chain.end, chain.root))
    rel = sub(chain.mid, chain.root)
    off = sub(rel, scale(axis, dot(rel, axis)))
    return angle if dot(off, chain.pole) >= -1e-9 else -angle
