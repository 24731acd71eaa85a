"""The posed skeletons: every frame of every movement is a body a person could make.

Angles are measured from the final joint positions (after feet and hands have been kept on
their contacts), not read back from the keyframes, so the checks see what gets drawn.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF

from hiptimer.core.builtin import BUILT_IN_EXERCISES, BUILT_IN_FIGURES
from hiptimer.present.poses import MAT_TOP, SCENES
from hiptimer.present.scene import Scene, frames
from hiptimer.present.skeleton import (
    BODY,
    Skeleton,
    Vec,
    angle_between,
    apply,
    column,
    signed_bend,
    sub,
    transpose,
    unit,
)
from hiptimer.ui.illustrate.paint import body_points, fit

ALL = sorted(SCENES)


def test_every_built_in_exercise_has_a_figure() -> None:
    assert set(SCENES) == set(BUILT_IN_FIGURES)
    assert {e.figure for e in BUILT_IN_EXERCISES} == set(SCENES)


def _local(frame: tuple[Vec, Vec, Vec], v: Vec) -> Vec:
    return apply(transpose(frame), v)


def limb_angles(sk: Skeleton, name: str) -> dict[str, float]:
    """Flexion and abduction of a hip or shoulder, from where the knee or elbow is."""
    chain = sk.limbs[name]
    side = 1.0 if name.endswith("_l") else -1.0
    frame = sk.pelvis_frame if name.startswith("leg") else sk.trunk_frame
    x, y, z = _local(frame, unit(sub(chain.mid, chain.root)))
    return {
        "flex": math.degrees(math.atan2(z, -y)),
        "abd": math.degrees(math.asin(max(-1.0, min(1.0, side * x)))),
        "bend": signed_bend(chain),
        "end": chain.end_angle,
    }


# Generous but human: what a fit adult reaches without help.
# Plantar flexion reaches 80 degrees only kneeling on the top of the foot.
LEG = {"flex": (-30, 135), "abd": (-25, 50), "bend": (-4, 150), "end": (-82, 35)}
ARM = {"flex": (-60, 180), "abd": (-45, 120), "bend": (-4, 150)}


@pytest.mark.parametrize("figure", ALL)
def test_every_interpolated_pose_stays_in_a_human_range(figure: str) -> None:
    scene = SCENES[figure]
    checked = 0
    for m, returning, breathing, sk in frames(scene, samples=40):
        where = f"{figure} at {m:.3f}{' (returning)' if returning else ''}, breath {breathing}"
        for name in ("leg_l", "leg_r"):
            for key, value in limb_angles(sk, name).items():
                low, high = LEG[key]
                assert low <= value <= high, f"{where}: {name} {key} {value:.1f}"
        for name in ("arm_l", "arm_r"):
            angles = limb_angles(sk, name)
            for key, (low, high) in ARM.items():
                assert low <= angles[key] <= high, f"{where}: {name} {key} {angles[key]:.1f}"
        # Spine and neck: the trunk leans on the pelvis, the head on the trunk, within reason.
        trunk_tilt = angle_between(column(sk.trunk_frame, 1), column(sk.pelvis_frame, 1))
        neck_tilt = angle_between(column(sk.head_frame, 1), column(sk.trunk_frame, 1))
        assert trunk_tilt <= 35, f"{where}: trunk bent {trunk_tilt:.1f} on the pelvis"
        assert neck_tilt <= 50, f"{where}: head bent {neck_tilt:.1f} on the trunk"
        # Limb lengths survive the contact solving (a stretched shin is a broken picture).
        for chain in sk.limbs.values():
            assert math.dist(chain.root, chain.mid) > 0.2 and math.dist(chain.mid, chain.end) > 0.2
        checked += 1
    assert checked >= 41


def _bottom(point: Vec, radius: float) -> float:
    return point[1] - radius


@pytest.mark.parametrize("figure", ALL)
def test_no_body_part_goes_through_the_floor_or_a_prop(figure: str) -> None:
    scene = SCENES[figure]
    tolerance = 0.012  # soft tissue flattens a little where it rests
    for m, returning, breathing, sk in frames(scene, samples=40):
        for point, radius in body_points(sk):
            surface = scene.surface(point[0], point[2], margin=radius * 0.7)
            assert _bottom(point, radius) >= surface - tolerance, (
                f"{figure} at {m:.3f} (returning={returning}, breath {breathing}): "
                f"a part at {tuple(round(c, 3) for c in point)} sinks "
                f"{surface - _bottom(point, radius):.3f} m into the surface"
            )


def _contact_heights(scene: Scene, sk: Skeleton, names: tuple[str, ...]) -> list[float]:
    return [
        _bottom(sk.limbs[n].end, 0.0) - scene.surface(*sk.limbs[n].end[::2], margin=0.0)
        for n in names
    ]


def test_planted_feet_and_hands_stay_where_they_are_put() -> None:
    # A foot that slides or floats mid-movement is the classic keyframing flaw.
    cases = {
        "glute-bridge": ("leg_r", "arm_l", "arm_r"),
        "donkey-kicks": ("arm_l", "arm_r"),
        "hip-flexor-stretch": ("leg_l",),
        "hip-hikes": ("leg_r",),
        "clamshells": ("leg_r",),
    }
    for figure, limbs in cases.items():
        scene = SCENES[figure]
        start = scene.body(0.0)
        for i in range(1, 21):
            sk = scene.body(i / 20)
            for name in limbs:
                moved = math.dist(sk.limbs[name].end, start.limbs[name].end)
                assert moved < 0.005, f"{figure}: {name} moved {moved:.3f} m at {i / 20}"


def test_donkey_kick_knees_rest_on_the_mat_not_in_it() -> None:
    scene = SCENES["donkey-kicks"]
    top = max(b.height for b in scene.blocks)
    for *_, sk in frames(scene, samples=40):
        for name in ("leg_l", "leg_r"):
            knee = sk.limbs[name].mid
            assert knee[1] - BODY.r_thigh[1] >= top - 1e-6, f"{name} knee sinks into the mat"


def test_bridge_free_foot_hovers_just_off_the_floor_and_the_working_foot_stays_planted() -> None:
    # The cue: knees bent, one foot lifted an inch or two off the floor; the hips then rise
    # without moving the free leg much, so its foot stays low, near the planted one.
    scene = SCENES["glute-bridge"]
    for m in (0.0, 0.5, 1.0):
        sk = scene.body(m)
        free, planted = sk.limbs["leg_l"], sk.limbs["leg_r"]
        lift = min(free.heel[1], free.tip[1]) - BODY.r_foot - MAT_TOP
        assert 0.02 <= lift <= 0.16, f"free foot {lift:.3f} m off the mat at {m}"
        rest = min(planted.heel[1], planted.tip[1]) - BODY.r_foot - MAT_TOP
        assert abs(rest) < 0.005
        assert limb_angles(sk, "leg_l")["bend"] > 60  # knee bent, as in the cue


def test_working_knee_in_donkey_kicks_stays_near_ninety_degrees() -> None:
    scene = SCENES["donkey-kicks"]
    bends = [limb_angles(scene.body(i / 10), "leg_r")["bend"] for i in range(11)]
    assert all(80 <= b <= 100 for b in bends), bends
    # ...while the thigh goes from under the hip to behind it: the sole rises.
    start, peak = scene.body(0.0), scene.body(1.0)
    assert peak.limbs["leg_r"].end[1] > start.limbs["leg_r"].end[1] + 0.5


def test_clamshell_opens_the_top_knee_with_the_feet_together() -> None:
    scene = SCENES["clamshells"]
    start, peak = scene.body(0.0), scene.body(1.0)
    top, bottom = "leg_r", "leg_l"
    assert peak.limbs[top].mid[1] > start.limbs[top].mid[1] + 0.15  # knee rises
    for sk in (start, peak):
        gap = math.dist(sk.limbs[top].end, sk.limbs[bottom].end)
        assert gap < 0.16, f"feet {gap:.2f} m apart"


def test_hip_hike_is_a_level_single_leg_quarter_squat_on_the_step() -> None:
    # The article's hip hike: stand on one foot on the step, the other leg straight and
    # hanging beside it, sink slowly on the standing leg with the hips level.
    scene = SCENES["hip-hikes"]
    start, low = scene.body(0.0), scene.body(1.0)
    for sk in (start, scene.body(0.5), low):
        assert abs(sk.hips["l"][1] - sk.hips["r"][1]) < 0.01  # hips level throughout
        assert limb_angles(sk, "leg_l")["bend"] < 8  # the free leg stays straight
        free = sk.limbs["leg_l"]
        # It hangs in the air beside the step: off the floor, clear of the step.
        assert free.end[1] > 0.12
        assert not any(b.contains(free.end[0], free.end[2], 0.03) for b in scene.blocks)
        standing = sk.limbs["leg_r"].end
        assert any(b.contains(standing[0], standing[2]) for b in scene.blocks)
    # Standing tall with a soft knee, then a quarter squat: the knee bends and the hips sink.
    assert limb_angles(start, "leg_r")["bend"] < 15
    assert 35 <= limb_angles(low, "leg_r")["bend"] <= 75
    assert start.pelvis[1] - low.pelvis[1] > 0.1
    # The hips go back (behind the standing foot), the knee forward over the toes.
    assert low.pelvis[2] < start.pelvis[2] - 0.03
    assert low.limbs["leg_r"].mid[2] > low.limbs["leg_r"].end[2] + 0.05


def test_lateral_step_leads_out_then_the_other_foot_follows() -> None:
    scene = SCENES["lateral-band-steps"]
    start, peak = scene.body(0.0), scene.body(1.0)
    followed = scene.body(0.0, returning=True)
    lead, trail = "leg_r", "leg_l"
    width = [abs(sk.limbs[lead].end[0] - sk.limbs[trail].end[0]) for sk in (start, peak)]
    assert width[1] > width[0] + 0.2  # the lead foot stepped out wide
    # After the follow the stance is as narrow as at the start, one step further along.
    assert abs(followed.limbs[lead].end[0] - followed.limbs[trail].end[0]) == pytest.approx(
        width[0], abs=0.01
    )
    assert followed.pelvis[0] < start.pelvis[0] - 0.2
    # Which foot is off the floor mid-way shows which one moves.
    out, back = scene.body(0.5), scene.body(0.5, returning=True)
    assert out.limbs[lead].end[1] > out.limbs[trail].end[1] + 0.03
    assert back.limbs[trail].end[1] > back.limbs[lead].end[1] + 0.03


def test_hip_flexor_stretch_tucks_the_pelvis_and_breathing_lifts_the_chest() -> None:
    scene = SCENES["hip-flexor-stretch"]
    start, peak = scene.body(0.0), scene.body(1.0)
    # Posterior tilt: the pelvis top turns backward, the trunk stays upright.
    # (The figure faces +x: a pelvis top leaning back points its up axis toward -x.)
    tilt0 = math.degrees(math.asin(column(start.pelvis_frame, 1)[0]))
    tilt1 = math.degrees(math.asin(column(peak.pelvis_frame, 1)[0]))
    assert tilt1 < tilt0 - 8
    assert angle_between(column(peak.trunk_frame, 1), (0.0, 1.0, 0.0)) < 8
    inhaled = scene.body(1.0, breathing=1.0)
    lift = inhaled.neck[1] - peak.neck[1]
    assert 0.002 < lift < 0.03 or inhaled.neck[0] < peak.neck[0] - 0.005


RATIOS = {"4:3": (800, 600), "16:9": (1280, 720), "portrait": (600, 900), "small": (160, 120)}


@pytest.mark.parametrize("figure", ALL)
@pytest.mark.parametrize("ratio", sorted(RATIOS))
def test_every_joint_stays_inside_the_picture(figure: str, ratio: str) -> None:
    width, height = RATIOS[ratio]
    rect = QRectF(0, 0, width, height)
    scene = SCENES[figure]
    for mirrored in (False, True):
        for m, returning, _b, sk in frames(scene, samples=24):
            proj = fit(scene, rect, mirrored, scene.track_shift(sk))
            for point, radius in body_points(sk):
                x, y, _ = proj.point(point)
                r = radius * proj.k
                assert r <= x <= width - r and r <= y <= height - r, (
                    f"{figure} {ratio} mirrored={mirrored} at {m} returning={returning}: "
                    f"({x:.0f}, {y:.0f}) r={r:.0f} outside {width}x{height}"
                )


@pytest.mark.parametrize("figure", ALL)
def test_the_figure_keeps_its_scale_through_the_movement(figure: str) -> None:
    # The fit is computed over the whole movement, so the figure never zooms mid-rep.
    scene = SCENES[figure]
    rect = QRectF(0, 0, 800, 600)
    scales = {
        round(fit(scene, rect, False, scene.track_shift(sk)).k, 6) for *_, sk in frames(scene, 8)
    }
    assert len(scales) == 1
