"""The session's figure drawn from its caches looks like drawing everything afresh.

The session screen's FigureView fills its own background, so its backdrop (paper, floor,
props) and the parts that stay put through the step come from cached layers at the
widget's size and device pixel ratio, a breathing hold keeps each pose of the breath, and
each frame repaints only where the figure moves. Each is checked against a painter that
draws every part directly (a painter turned by a full turn never uses the caches)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from hiptimer.core.routine import Side
from hiptimer.present.pacing import BREATHING_FPS, breathing_frame
from hiptimer.present.poses import SCENES
from hiptimer.ui.illustrate import FigureView, draw_illustration
from hiptimer.ui.illustrate.frame import draw_scene, moving_area

PAPER = QColor("#f4f4f2")
SIZE = QSize(480, 360)
HELD = sorted(name for name, scene in SCENES.items() if scene.motion.breathe is not None)


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    h, w = image.height(), image.width()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(h, image.bytesPerLine())
    return raw[:, : w * 4].reshape(h, w, 4).astype(np.int16)


def differ(a: np.ndarray, b: np.ndarray, threshold: int) -> float:
    return float((np.abs(a - b).max(axis=2) > threshold).mean())


def session_view(qtbot, figure: str, side: Side) -> FigureView:
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(SIZE)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, PAPER)
    view.setPalette(palette)
    view.setAutoFillBackground(True)
    view.set_exercise(figure, figure, side)
    return view


def direct(figure: str, side: Side, movement: float, breathing: float = 0.0) -> np.ndarray:
    """Every part drawn straight onto the paper, no layer used."""
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.rotate(360.0)
    if breathing:
        draw_scene(
            painter,
            QRectF(0, 0, SIZE.width(), SIZE.height()),
            SCENES[figure],
            side is Side.LEFT,
            movement,
            breathing,
        )
    else:
        draw_illustration(
            painter, QRectF(0, 0, SIZE.width(), SIZE.height()), figure, figure, side, movement
        )
    painter.end()
    return pixels(image)


@pytest.mark.parametrize("side", [Side.RIGHT, Side.LEFT])
@pytest.mark.parametrize("figure", sorted(SCENES))
def test_each_frame_from_the_caches_looks_like_drawing_everything(figure, side, qtbot):
    view = session_view(qtbot, figure, side)
    for movement in (0.0, 0.3, 0.45, 0.6, 1.0):  # on the way up (the way back may differ)
        view.set_movement(movement)
        cached = pixels(view.grab().toImage())
        fresh = direct(figure, side, movement)
        # The same picture, but for the rounding of anti-aliased edges.
        assert differ(cached, fresh, threshold=60) < 0.002, (figure, side, movement)
        assert differ(cached, fresh, threshold=8) < 0.01, (figure, side, movement)


@pytest.mark.parametrize("side", [Side.RIGHT, Side.LEFT])
@pytest.mark.parametrize("figure", HELD)
def test_a_breathing_hold_from_its_kept_poses_looks_like_drawing_everything(figure, side, qtbot):
    view = session_view(qtbot, figure, side)
    for frame in (0, 3, 7, 10, 14, 23):  # round a whole breath and into the next
        breathing = breathing_frame(frame / BREATHING_FPS)
        view.set_movement(1.0, breathing, hold=True)
        cached = pixels(view.grab().toImage())
        fresh = direct(figure, side, 1.0, breathing)
        assert differ(cached, fresh, threshold=60) < 0.002, (figure, side, frame)
        assert differ(cached, fresh, threshold=8) < 0.01, (figure, side, frame)


@pytest.mark.parametrize("hold", [False, True])
@pytest.mark.parametrize("side", [Side.RIGHT, Side.LEFT])
@pytest.mark.parametrize("figure", sorted(SCENES))
def test_a_frame_changes_nothing_outside_the_area_repainted(figure, side, hold, qtbot):
    scene = SCENES[figure]
    rect = QRectF(0, 0, SIZE.width(), SIZE.height())
    area = moving_area(scene, rect, side is Side.LEFT, hold, 1.0 if hold else 0.0)
    if area is None:  # the camera or a band moves: the whole picture is repainted
        assert scene.track or scene.band or scene.hip_level
        return
    outside = np.ones((SIZE.height(), SIZE.width()), dtype=bool)
    box = area.toAlignedRect()
    outside[box.top() : box.bottom() + 1, box.left() : box.right() + 1] = False
    if hold:
        poses = [breathing_frame(k / BREATHING_FPS) for k in range(0, 16, 2)]
        frames = [direct(figure, side, 1.0, pose) for pose in poses]
    else:
        frames = [direct(figure, side, k / 12) for k in range(13)]
    for before, after in itertools.pairwise(frames):
        assert not (np.abs(before - after).max(axis=2)[outside] > 0).any(), (figure, side)
