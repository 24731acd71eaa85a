"""The illustration widget and still renderer (drawing lives in card.py and figures)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hiptimer.core.routine import Side
from hiptimer.ui.illustrate.card import draw_card
from hiptimer.ui.illustrate.frame import draw_scene
from hiptimer.ui.illustrate.poses import SCENES


def draw_illustration(
    painter: QPainter,
    rect: QRectF,
    figure: str | None,
    name: str,
    side: Side | None,
    movement: float,
    breathing: float = 0.0,
) -> None:
    """Draw one exercise into rect. movement: 0 start pose .. 1 peak; breathing 0..1."""
    scene = SCENES.get(figure) if figure else None
    if scene is None:
        draw_card(painter, rect, name, side)
        return
    draw_scene(painter, rect, scene, side is Side.LEFT, movement, breathing)


def render_figure(
    figure: str | None,
    name: str,
    side: Side | None,
    movement: float,
    size: QSize,
    background: QColor | None = None,
) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background or QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_illustration(
        painter, QRectF(0, 0, size.width(), size.height()), figure, name, side, movement
    )
    painter.end()
    return image


class FigureView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: str | None = None
        self._name = ""
        self._side: Side | None = None
        self._movement = 0.0
        self._breathing = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def set_exercise(self, figure: str | None, name: str, side: Side | None) -> None:
        if (figure, name, side) != (self._figure, self._name, self._side):
            self._figure, self._name, self._side = figure, name, side
            self.update()

    def set_movement(self, movement: float, breathing: float = 0.0) -> None:
        movement = min(max(movement, 0.0), 1.0)
        if (movement, breathing) != (self._movement, self._breathing):
            self._movement, self._breathing = movement, breathing
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_illustration(
            painter,
            QRectF(self.rect()),
            self._figure,
            self._name,
            self._side,
            self._movement,
            self._breathing,
        )
        painter.end()
