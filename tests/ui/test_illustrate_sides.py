"""Figures a runner cannot misread: the working limb, every arrow and the side badge agree
on the side of the screen; start and peak differ even in a thumbnail; every figure keeps a
margin inside its frame at each size it is shown.

The convention: a figure facing the viewer (front or three-quarter) is the person's mirror
image, so their right side is on the screen's right, like the badge's "RIGHT ▶". A side
view is seen from the working side, so the working leg is the near one, and a body seen
from its right faces the screen's right (upright or on all fours) or lies with its feet to
the right (on its back).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor

from hiptimer.core.builtin import BUILT_IN_EXERCISES
from hiptimer.core.routine import Mode, Side
from hiptimer.present.poses import SCENES
from hiptimer.present.scene import LEVEL_REACH, Scene, frames, hips_centre
from hiptimer.present.skeleton import Skeleton, Vec, sub
from hiptimer.ui.illustrate import render_figure
from hiptimer.ui.illustrate.frame import scene_projection
from hiptimer.ui.illustrate.paint import Projection, build_parts, outline_width
from hiptimer.ui.illustrate.props import arrow_ends
from hiptimer.ui.widgets import SideBadge

ALL = sorted(SCENES)
SIDES = (Side.LEFT, Side.RIGHT)
RECT = QRectF(0, 0, 800, 600)


def badge_points(side: Side, qapp) -> int:
    """+1 when the side badge's arrow points to the screen's right, -1 to its left."""
    badge = SideBadge()
    badge.set_side(side)
    text = badge.text()
    assert ("▶" in text) != ("◀" in text), text
    return 1 if "▶" in text else -1


def screen_x(proj: Projection, p: Vec) -> float:
    return proj.point(p)[0]


def screen_dir(proj: Projection, v: Vec) -> tuple[float, float]:
    """A direction in the world as a direction on the screen (y down)."""
    a, b = proj.point((0.0, 0.0, 0.0)), proj.point(v)
    # proj.point adds the camera's travel; a difference of two points cancels it.
    return b[0] - a[0], b[1] - a[1]


def _pelvis_axis(sk: Skeleton, local: Vec) -> Vec:
    return sub(sk.pelvis_point(local), sk.pelvis)


def _bodies(scene: Scene) -> list[tuple[float, bool, Skeleton]]:
    return [(m, ret, sk) for m, ret, _b, sk in frames(scene, samples=12)]


@pytest.mark.parametrize("exercise", BUILT_IN_EXERCISES, ids=lambda e: e.id)
@pytest.mark.parametrize("side", SIDES, ids=lambda s: s.name)
def test_working_limb_and_every_arrow_agree_with_the_badge(exercise, side: Side, qapp) -> None:
    assert exercise.figure is not None
    scene = SCENES[exercise.figure]
    badge = badge_points(side, qapp)
    left = side is Side.LEFT
    work = scene.working
    other = "leg_l" if work == "leg_r" else "leg_r"
    for m, returning, sk in _bodies(scene):
        proj = scene_projection(scene, RECT, left, sk)
        where = f"{exercise.id} {side.name} at {m:.2f}{' returning' if returning else ''}"
        work_hip, other_hip = sk.limbs[work].root, sk.limbs[other].root
        # The turn on screen from one body axis to the head: which way round it goes tells a
        # body from its mirror image, however the body lies.
        ux, uy = screen_dir(proj, _pelvis_axis(sk, (0.0, 1.0, 0.0)))
        if scene.facing:
            # The person's mirror image: their front is toward the viewer and their working
            # side (posed as the right, drawn as the badge's side) is on the screen where
            # the badge points when upright; lying down, the same turn as when upright.
            front = proj.view(_pelvis_axis(sk, (0.0, 0.0, 1.0)))[2] - proj.view((0, 0, 0))[2]
            assert front > 0.3, f"{where}: the figure does not face the viewer"
            wx, wy = screen_dir(proj, _pelvis_axis(sk, (-1.0, 0.0, 0.0)))
            turn = wx * uy - wy * ux
            assert turn * badge < 0, f"{where}: not the person's mirror image"
            if abs(uy) > 3 * abs(ux):  # upright: left and right are left and right
                gap = screen_x(proj, work_hip) - screen_x(proj, other_hip)
                assert gap * badge > 0, f"{where}: working hip on the wrong side ({gap:.1f} px)"
                feet = screen_x(proj, sk.limbs[work].end) - screen_x(proj, sk.limbs[other].end)
                assert feet * badge > 0, f"{where}: working foot on the wrong side ({feet:.1f})"
        else:
            # Seen from the working side: the working hip is the nearer one (drawn in
            # front and in the bright working colour) ...
            depth = proj.view(work_hip)[2] - proj.view(other_hip)[2]
            assert depth > 0.1, f"{where}: working leg is not the near one"
            # ... so the body's front turns the badge's way: on screen, the turn from the
            # body's front to its head goes one way for the right side, the other for the left.
            fx, fy = screen_dir(proj, _pelvis_axis(sk, (0.0, 0.0, 1.0)))
            turn = fx * uy - fy * ux
            assert turn * badge < 0, f"{where}: the body is seen from the wrong side"
        if scene.direction:
            (ax, _), (bx, _) = arrow_ends(proj, scene.direction)
            assert (bx - ax) * badge > 0, f"{where}: the floor arrow points against the badge"
    if scene.direction:
        # The lead foot's step goes the way of the arrow and the badge.
        start, peak = scene.body(0.0), scene.body(1.0)
        proj = scene_projection(scene, RECT, left, start)
        step = screen_x(proj, peak.limbs[work].end) - screen_x(proj, start.limbs[work].end)
        assert step * badge > 0, f"{exercise.id} {side.name}: the lead foot steps the wrong way"


# Every size a figure is shown at: the start list's thumbnail (a still: two pictures side
# by side in 160x120, and the list's own 2.2:1 still), the session view's figure at the
# window sizes the issue names (the view takes part of the window, so also a wide and a
# tall strip), and the handout's pictures (108x84 points, drawn at three times that).
SIZES = {
    "thumbnail": (160, 120),
    "thumbnail-half": (73, 120),
    "list-still-half": (100, 100),
    "session-760": (760, 540),
    "session-1180": (1180, 780),
    "session-1920": (1920, 1080),
    "wide-strip": (900, 300),
    "tall-strip": (400, 800),
    "handout": (324, 252),
}


def _drawn_box(scene: Scene, sk: Skeleton, proj: Projection) -> QRectF:
    """Where the figure's pixels go: every body part with its outline, and the hip line."""
    box = QRectF()
    grow = outline_width(proj.k)
    for part in build_parts(scene, sk, proj):
        box = box.united(part.bounds(grow))
    if scene.hip_level:
        for body in (sk, scene.start_body()):
            x, y, _ = proj.point(hips_centre(body))
            half = LEVEL_REACH * proj.k
            box = box.united(QRectF(x - half, y - 2, 2 * half, 4))
    return box


@pytest.mark.parametrize("figure", ALL)
@pytest.mark.parametrize("size", sorted(SIZES))
def test_every_figure_keeps_a_margin_inside_its_frame(figure: str, size: str) -> None:
    width, height = SIZES[size]
    rect = QRectF(0, 0, width, height)
    scene = SCENES[figure]
    margin = 0.03 * min(width, height)
    for left in (False, True):
        for m, returning, sk in _bodies(scene):
            box = _drawn_box(scene, sk, scene_projection(scene, rect, left, sk))
            inner = rect.adjusted(margin, margin, -margin, -margin)
            assert inner.contains(box), (
                f"{figure} {size} {'left' if left else 'right'} at {m:.2f} "
                f"returning={returning}: drawn {box.getCoords()} not inside {inner.getCoords()}"
            )


def _pixels(figure: str, side: Side, movement: float, size: tuple[int, int]) -> np.ndarray:
    image = render_figure(figure, figure, side, movement, QSize(*size), QColor("#ffffff"))
    return np.array(
        [[QColor(image.pixel(x, y)).getRgb()[:3] for x in range(size[0])] for y in range(size[1])],
        dtype=np.int16,
    )


REPS = sorted(e.figure for e in BUILT_IN_EXERCISES if e.mode is Mode.REPS and e.figure)


@pytest.mark.parametrize("figure", REPS)
@pytest.mark.parametrize("size", [(160, 120), (73, 120)], ids=["thumbnail", "still-half"])
def test_start_and_peak_differ_visibly_in_a_thumbnail(
    figure: str, size: tuple[int, int], qapp
) -> None:
    for side in SIDES:
        start, peak = _pixels(figure, side, 0.0, size), _pixels(figure, side, 1.0, size)
        changed = (np.abs(start - peak).max(axis=2) > 60).mean()
        # A few percent of a small picture is a clearly different outline, not a nudge.
        assert changed > 0.025, f"{figure} {side.name} {size}: only {changed:.1%} changed"


def _screen_bend(proj: Projection, sk: Skeleton, limb: str) -> float:
    """How far from straight a knee looks on the screen, in degrees."""
    chain = sk.limbs[limb]
    a, b, c = (proj.point(p) for p in (chain.root, chain.mid, chain.end))
    v1, v2 = (b[0] - a[0], b[1] - a[1]), (c[0] - b[0], c[1] - b[1])
    cross = v1[0] * v2[1] - v1[1] * v2[0]
    return abs(math.degrees(math.atan2(cross, v1[0] * v2[0] + v1[1] * v2[1])))


def test_clamshell_knees_look_bent_at_the_start_and_the_open_knee_rises() -> None:
    # Seen straight down the thighs, bent legs look straight; the camera must show both
    # knees bent at the start (about 90 degrees) and the top knee still bent, lifted clear of
    # the bottom one, at the peak. (On the way, the knee passes the hip-foot line on the
    # screen as it rises: a moment where it lines up is how a rising knee looks from the
    # front.)
    scene = SCENES["clamshells"]
    for left in (False, True):
        start, peak = scene.body(0.0), scene.body(1.0)
        proj = scene_projection(scene, RECT, left, start)
        for limb in ("leg_l", "leg_r"):
            assert _screen_bend(proj, start, limb) > 60, f"{limb} looks straight at the start"
        assert _screen_bend(proj, peak, "leg_l") > 60
        assert _screen_bend(proj, peak, "leg_r") > 40, "the opened top knee looks straight"
        top = proj.point(peak.limbs["leg_r"].mid)
        bottom = proj.point(peak.limbs["leg_l"].mid)
        assert bottom[1] - top[1] > 0.15 * proj.k, "the open knee is not clear of the other"
