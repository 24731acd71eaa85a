"""The drawn pictures, checked pixel by pixel: offscreen renders, mirrors, the card, the
widget the session window uses, and the still pictures for lists and handouts."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF

from hiptimer.core.builtin import BUILT_IN_EXERCISES
from hiptimer.core.routine import Side
from hiptimer.present.poses import SCENES
from hiptimer.ui.illustrate import (
    FigureView,
    draw_illustration,
    has_figure,
    render_figure,
    render_still,
)
from hiptimer.ui.illustrate.paint import WORK_FAR, WORK_NEAR, draw_parts

ALL = sorted(SCENES)
BACKGROUND = QColor("#fafafa")


def pixels(image: QImage) -> np.ndarray:
    """Height x width x 4 array (B, G, R, A on little-endian machines)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    h, w = image.height(), image.width()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(h, image.bytesPerLine())
    return raw[:, : w * 4].reshape(h, w, 4).astype(np.int16)


def changed(a: np.ndarray, b: np.ndarray, threshold: int = 40) -> np.ndarray:
    return np.abs(a - b).max(axis=2) > threshold


def share(mask: np.ndarray) -> float:
    """The fraction of pixels set in a mask, as a plain number for readable failures."""
    return float(mask.mean())


def near_colour(px: np.ndarray, colour: QColor, tolerance: int = 30) -> np.ndarray:
    bgr = np.array([colour.blue(), colour.green(), colour.red()], dtype=np.int16)
    return np.abs(px[:, :, :3] - bgr).max(axis=2) <= tolerance


def render(
    figure: str, side: Side, movement: float, size: tuple[int, int] = (480, 360)
) -> np.ndarray:
    return pixels(render_figure(figure, figure, side, movement, QSize(*size), BACKGROUND))


@pytest.mark.parametrize("figure", ALL)
def test_each_exercise_draws_a_figure_at_every_phase(figure: str, qapp) -> None:
    blank = pixels(render_figure(None, "", None, 0.0, QSize(480, 360), BACKGROUND))
    background = np.zeros_like(blank) + np.array(
        [BACKGROUND.blue(), BACKGROUND.green(), BACKGROUND.red(), 255], dtype=np.int16
    )
    for movement in (0.0, 0.25, 0.5, 0.75, 1.0):
        px = render(figure, Side.RIGHT, movement)
        drawn = share(changed(px, background))
        assert 0.08 < drawn < 0.85, f"{figure} at {movement}: {drawn:.0%} of the picture drawn"
        # The working leg is highlighted in every frame.
        work = (near_colour(px, WORK_NEAR.fill) | near_colour(px, WORK_FAR.fill)).mean()
        assert work > 0.01, f"{figure} at {movement}: working leg covers {work:.1%}"


@pytest.mark.parametrize("figure", ALL)
def test_the_peak_looks_different_from_the_start(figure: str, qapp) -> None:
    start, peak = render(figure, Side.RIGHT, 0.0), render(figure, Side.RIGHT, 1.0)
    assert share(changed(start, peak)) > 0.004, figure


@pytest.mark.parametrize("figure", ALL)
@pytest.mark.parametrize("movement", [0.0, 0.6, 1.0])
def test_the_left_side_is_the_mirror_image_of_the_right(figure: str, movement: float, qapp) -> None:
    right = render(figure, Side.RIGHT, movement)
    left = render(figure, Side.LEFT, movement)
    assert share(changed(right, left)) > 0.004  # it really is drawn the other way round
    mirrored = left[:, ::-1, :]
    # Antialiased edges may land a pixel apart; anything more is a real difference.
    differ = changed(right, mirrored, threshold=60)
    assert differ.mean() < 0.01, f"{differ.mean():.2%} of pixels differ"
    beyond_a_pixel = differ.copy()
    for shift in (-1, 1):
        beyond_a_pixel &= changed(right, np.roll(mirrored, shift, axis=1), threshold=60)
    assert beyond_a_pixel.mean() < 0.001, f"{beyond_a_pixel.mean():.3%} differ by more"


def test_an_unknown_figure_gets_a_card_with_its_name(qapp) -> None:
    assert not has_figure("my-own-move") and has_figure("clamshells")
    px = pixels(
        render_figure("my-own-move", "Wall sit", Side.LEFT, 0.5, QSize(320, 240), BACKGROUND)
    )
    plain = pixels(render_figure("my-own-move", "", None, 0.5, QSize(320, 240), BACKGROUND))
    assert share(changed(px, plain)) > 0.01  # the name is written on it
    assert (np.abs(px[:, :, :3] - px[0, 0, :3]).max(axis=2) > 40).mean() > 0.02
    assert not near_colour(px, WORK_NEAR.fill).any()


def test_draw_illustration_stays_inside_its_rect(qapp) -> None:
    # Drawn into a part of a bigger picture, nothing spills over the edges.
    image = QImage(600, 400, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    draw_illustration(
        painter, QRectF(150, 100, 300, 200), "glute-bridge", "Bridge", Side.RIGHT, 1.0
    )
    painter.end()
    px = pixels(image)
    bg = px[0, 0]
    outside = np.ones(px.shape[:2], dtype=bool)
    outside[100:300, 150:450] = False
    assert (np.abs(px - bg).max(axis=2)[outside] == 0).all()
    assert (np.abs(px - bg).max(axis=2)[~outside] > 40).mean() > 0.05


@pytest.mark.parametrize("figure", ALL)
def test_still_shows_start_and_peak_side_by_side(figure: str, qapp) -> None:
    px = pixels(render_still(figure, figure, Side.LEFT, QSize(640, 240), BACKGROUND))
    left, right = px[:, :294], px[:, -294:]
    assert share(changed(left, right)) > 0.004
    # The first panel is the start pose, the second the peak.
    start, peak = (
        render(figure, Side.LEFT, 0.0, (294, 240)),
        render(figure, Side.LEFT, 1.0, (294, 240)),
    )
    assert share(changed(left, start)) < share(changed(left, peak))
    assert share(changed(right, peak)) < share(changed(right, start))
    tall = pixels(render_still(figure, figure, Side.RIGHT, QSize(240, 520), BACKGROUND))
    assert share(changed(tall[:240], tall[-240:])) > 0.004


def test_still_of_a_custom_exercise_is_its_card(qapp) -> None:
    px = pixels(render_still("custom", "Step-downs", Side.RIGHT, QSize(400, 200), BACKGROUND))
    card = pixels(
        render_figure("custom", "Step-downs", Side.RIGHT, 0.0, QSize(400, 200), BACKGROUND)
    )
    assert share(changed(px, card, threshold=0)) == 0.0


def test_breathing_moves_the_held_stretch_gently(qapp) -> None:
    size = QSize(480, 360)
    view = FigureView()
    view.resize(size)
    view.set_exercise("hip-flexor-stretch", "Hip flexor stretch", Side.LEFT)
    view.set_movement(1.0, 0.0)
    out = pixels(view.grab().toImage())
    view.set_movement(1.0, 1.0)
    inhaled = pixels(view.grab().toImage())
    moved = share(changed(out, inhaled))
    assert 0.0005 < moved < 0.03, f"{moved:.2%} of the picture moved with a breath"


def test_figure_view_follows_the_session(qtbot) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    exercise = next(e for e in BUILT_IN_EXERCISES if e.id == "donkey-kicks")
    view.set_exercise(exercise.figure, exercise.name, Side.LEFT)
    view.set_movement(0.0)
    start = pixels(view.grab().toImage())
    view.set_movement(1.0)
    peak = pixels(view.grab().toImage())
    assert share(changed(start, peak)) > 0.005
    view.set_movement(7.0)  # out of range is held at the peak
    assert share(changed(pixels(view.grab().toImage()), peak, threshold=0)) == 0.0
    view.set_exercise(None, "My move", None)
    card = pixels(view.grab().toImage())
    assert share(changed(card, peak)) > 0.05


def test_on_the_way_back_the_other_foot_follows(qtbot) -> None:
    # A lateral step is not undone on the way down: the trailing foot steps in instead.
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(480, 360)
    view.set_exercise("lateral-band-steps", "Lateral band steps", Side.RIGHT)
    view.set_movement(0.5)
    out = pixels(view.grab().toImage())
    assert not view.returning
    view.set_movement(1.0)
    view.set_movement(0.5)
    assert view.returning
    back = pixels(view.grab().toImage())
    assert share(changed(out, back)) > 0.005
    same_back = render("lateral-band-steps", Side.RIGHT, 0.5)
    assert share(changed(same_back, out)) < 0.02  # draw_illustration shows the way out
    # Both paths meet at the start and at the peak, so the picture never jumps.
    view.set_movement(0.0)
    end_back = pixels(view.grab().toImage())
    view.set_movement(0.1)
    assert not view.returning
    view.set_movement(0.0)
    assert view.returning
    view.set_exercise("clamshells", "Clamshells", Side.RIGHT)
    view.set_exercise("lateral-band-steps", "Lateral band steps", Side.RIGHT)
    assert not view.returning
    start = pixels(view.grab().toImage())
    assert share(changed(end_back, start)) < 0.002


@pytest.mark.parametrize("figure", ["clamshells", "donkey-kicks", "hip-hikes"])
def test_the_cached_still_parts_look_like_drawing_everything(figure: str, qapp) -> None:
    # The backdrop and the parts that never move are copied from a cached layer; a painter
    # that is rotated (by a full turn, so nothing changes) draws everything directly.
    def frame(turn: float) -> np.ndarray:
        image = QImage(480, 360, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(BACKGROUND)
        painter = QPainter(image)
        painter.rotate(turn)
        draw_illustration(painter, QRectF(0, 0, 480, 360), figure, figure, Side.LEFT, 0.6)
        painter.end()
        return pixels(image)

    cached, direct = frame(0.0), frame(360.0)
    assert share(changed(cached, direct, threshold=60)) < 0.002


@pytest.mark.parametrize("side", [Side.RIGHT, Side.LEFT])
@pytest.mark.parametrize("movement", [0.0, 0.3, 0.6, 1.0])
def test_the_still_arm_in_front_looks_like_drawing_everything(
    side: Side, movement: float, qapp, monkeypatch
) -> None:
    # In the glute bridge the near arm never moves but lies over the moving body: it is
    # copied from a cached layer laid on top, which must look like drawing every part in
    # order, back to front, as when no part counts as still, with polygons drawn as convex
    # ones (as before the arm had its layer).
    from hiptimer.ui.illustrate import frame

    class Convex:
        def __init__(self, painter: QPainter) -> None:
            self.painter = painter

        def __getattr__(self, name: str) -> object:
            return getattr(self.painter, name)

        def drawPolygon(self, polygon: QPolygonF) -> None:
            self.painter.drawConvexPolygon(polygon)

    def draw_in_order(painter: QPainter, parts: list, k: float) -> None:
        draw_parts(Convex(painter), parts, k)

    def picture() -> np.ndarray:
        image = QImage(960, 540, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(BACKGROUND)
        painter = QPainter(image)
        draw_illustration(painter, QRectF(0, 0, 960, 540), "glute-bridge", "", side, movement)
        painter.end()
        return pixels(image)

    assert "arm_r" in frame.still_parts(SCENES["glute-bridge"])
    cached = picture()
    monkeypatch.setattr(frame, "still_parts", lambda scene: frozenset())
    monkeypatch.setattr(frame, "draw_parts", draw_in_order)
    direct = picture()
    assert share(changed(cached, direct, threshold=8)) < 0.0005
    assert share(changed(cached, direct, threshold=60)) == 0.0


def test_cached_layers_stay_within_their_memory_budget(qapp) -> None:
    from hiptimer.ui.illustrate import frame

    for width in range(600, 2000, 50):  # a window being resized
        render_figure("clamshells", "", Side.RIGHT, 0.3, QSize(width, width * 9 // 16))
    total = sum(image.sizeInBytes() for image, _ in frame._LAYERS.values())
    assert 0 < total <= frame._LAYERS_BYTES
