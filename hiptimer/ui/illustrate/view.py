"""The illustration widget, the still renderers, and the one entry point they share."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hiptimer.core.routine import Side
from hiptimer.present.poses import SCENES
from hiptimer.present.scene import Scene
from hiptimer.ui.illustrate.card import (
    draw_card,
    draw_card_back,
    draw_picture_backing,
    draw_picture_card,
    fit_picture,
    ink_for,
    picture_place,
)
from hiptimer.ui.illustrate.frame import draw_scene, moving_area


def has_figure(figure: str | None) -> bool:
    """True when the figure id has drawn poses (otherwise a name card is shown)."""
    return figure in SCENES


def _draw(
    painter: QPainter,
    rect: QRectF,
    figure: str | None,
    name: str,
    side: Side | None,
    movement: float,
    breathing: float,
    returning: bool,
    ink: QColor | None = None,
    hold: bool = False,
    paper: QColor | None = None,
) -> None:
    scene = SCENES.get(figure) if figure else None
    if scene is None:
        if paper is not None:
            painter.fillRect(rect, paper)
        draw_card(painter, rect, name, side, ink)
        return
    movement = min(max(movement, 0.0), 1.0)
    breathing = min(max(breathing, 0.0), 1.0)
    # Poses are drawn for the right side; the left side is their mirror image.
    draw_scene(painter, rect, scene, side is Side.LEFT, movement, breathing, returning, hold, paper)


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
    _draw(painter, rect, figure, name, side, movement, breathing, returning=False)


def _image(size: QSize, background: QColor | None) -> tuple[QImage, QColor]:
    """A picture filled with the background, and the ink a card on it needs."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    background = background if background is not None else QColor(Qt.GlobalColor.white)
    image.fill(background)
    return image, ink_for(background)


def render_figure(
    figure: str | None,
    name: str,
    side: Side | None,
    movement: float,
    size: QSize,
    background: QColor | None = None,
) -> QImage:
    """One frame as a picture (white background unless one is given)."""
    image, ink = _image(size, background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(0, 0, size.width(), size.height())
    _draw(painter, rect, figure, name, side, movement, 0.0, False, ink)
    painter.end()
    return image


def _draw_arrow(painter: QPainter, centre: QPointF, length: float, vertical: bool) -> None:
    """A plain arrow from the start picture to the peak picture."""
    ux, uy = (0.0, 1.0) if vertical else (1.0, 0.0)
    half, wing = length / 2, length * 0.35
    tip = QPointF(centre.x() + ux * half, centre.y() + uy * half)
    path = QPainterPath(QPointF(centre.x() - ux * half, centre.y() - uy * half))
    path.lineTo(tip)
    path.moveTo(tip.x() - ux * wing - uy * wing, tip.y() - uy * wing - ux * wing)
    path.lineTo(tip)
    path.lineTo(tip.x() - ux * wing + uy * wing, tip.y() - uy * wing + ux * wing)
    pen = QPen(QColor(128, 140, 152), max(1.5, length * 0.12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def draw_still(
    painter: QPainter,
    rect: QRectF,
    figure: str | None,
    name: str,
    side: Side | None,
    ink: QColor | None = None,
    picture: QImage | None = None,
) -> None:
    """Start and peak pose side by side (stacked in a tall rect) with an arrow between,
    for lists, the start view and the handout. An exercise's own picture (decoded; a
    null image counts as none) fills its card instead; a figure without poses gets its
    name card (ink: its text colour; default the application's)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if picture is not None and not picture.isNull():
        draw_picture_card(painter, rect, picture, ink)
        painter.restore()
        return
    if not has_figure(figure):
        draw_card(painter, rect, name, side, ink)
        painter.restore()
        return
    vertical = rect.height() > rect.width()
    gap = 0.08 * (rect.height() if vertical else rect.width())
    if vertical:
        h = (rect.height() - gap) / 2
        first = QRectF(rect.left(), rect.top(), rect.width(), h)
        second = QRectF(rect.left(), rect.bottom() - h, rect.width(), h)
    else:
        w = (rect.width() - gap) / 2
        first = QRectF(rect.left(), rect.top(), w, rect.height())
        second = QRectF(rect.right() - w, rect.top(), w, rect.height())
    draw_illustration(painter, first, figure, name, side, 0.0)
    draw_illustration(painter, second, figure, name, side, 1.0)
    _draw_arrow(painter, rect.center(), gap * 0.6, vertical)
    painter.restore()


def render_still(
    figure: str | None,
    name: str,
    side: Side | None,
    size: QSize,
    background: QColor | None = None,
    picture: QImage | None = None,
) -> QImage:
    """draw_still as a picture (white background unless one is given)."""
    image, ink = _image(size, background)
    painter = QPainter(image)
    rect = QRectF(0, 0, size.width(), size.height())
    draw_still(painter, rect, figure, name, side, ink, picture)
    painter.end()
    return image


class FigureView(QWidget):
    """Shows one exercise on one side, posed by set_movement (driven by the session),
    or the exercise's own picture on its card when it has one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: str | None = None
        self._name = ""
        self._side: Side | None = None
        self._movement = 0.0
        self._breathing = 0.0
        # Holding still at the movement (a hold step): only the breath moves the figure.
        self._hold = False
        # Moving back toward the start: some movements return along another path (in a
        # lateral step the other foot follows instead of the first stepping back).
        self._returning = False
        self._picture: QImage | None = None
        # The picture scaled for the last size painted: (device size, scaled image).
        self._fitted: tuple[QSize, QImage] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def set_exercise(
        self, figure: str | None, name: str, side: Side | None, picture: QImage | None = None
    ) -> None:
        """picture: the exercise's own decoded picture, shown instead of the figure or the
        name card (a null image counts as none, so the name card shows)."""
        if picture is not None and picture.isNull():
            picture = None
        if (figure, name, side) != (self._figure, self._name, self._side):
            self._figure, self._name, self._side = figure, name, side
            self._returning = False
            self.update()
        if picture is not self._picture:
            self._picture = picture
            self._fitted = None
            self.update()

    @property
    def picture(self) -> QImage | None:
        """The exercise's own picture being shown, if any."""
        return self._picture

    def set_movement(self, movement: float, breathing: float = 0.0, hold: bool = False) -> None:
        """movement: 0 start .. 1 peak; breathing 0..1; hold: the figure holds at this
        movement for a while and only breathes (what stays put is then drawn once)."""
        movement = min(max(movement, 0.0), 1.0)
        breathing = min(max(breathing, 0.0), 1.0)
        if movement < self._movement:
            self._returning = True
        elif movement > self._movement:
            self._returning = False
        if (movement, breathing, hold) != (self._movement, self._breathing, self._hold):
            # A breath only shows on a figure that breathes; a picture stands still (CPU).
            scene = SCENES.get(self._figure) if self._figure else None
            breath_only = movement == self._movement and hold == self._hold
            if scene is not None and breath_only and scene.motion.breathe is None:
                self._breathing = breathing
                return
            # The same kind of step goes on (a hold keeps its movement): only where the
            # figure moves is repainted; otherwise all of it.
            held = hold == self._hold and (breath_only or not hold)
            self._movement, self._breathing, self._hold = movement, breathing, hold
            if self._picture is None:
                self._update_moving(scene if held else None)

    def _update_moving(self, scene: Scene | None) -> None:
        """Repaint where the figure moves in this step (all of it for a new step)."""
        area = None
        if scene is not None:
            left, hold, movement = self._side is Side.LEFT, self._hold, self._movement
            area = moving_area(scene, QRectF(self.rect()), left, hold, movement)
        if area is None:
            self.update()
        elif not area.isEmpty():
            self.update(area.toAlignedRect())

    @property
    def returning(self) -> bool:
        return self._returning

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._picture is not None:
            self._paint_picture(painter, self._picture)
            painter.end()
            return
        # Filling its own background, the widget has its paper in the cached backdrop and
        # paints every pixel with it (Qt need not fill it first).
        paper = self.palette().color(QPalette.ColorRole.Window)
        opaque = self.autoFillBackground() and paper.alpha() == 255
        if opaque != self.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent):
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
        _draw(
            painter,
            QRectF(self.rect()),
            self._figure,
            self._name,
            self._side,
            self._movement,
            self._breathing,
            self._returning,
            self.palette().color(QPalette.ColorRole.WindowText),
            self._hold,
            paper if opaque else None,
        )
        painter.end()

    def _paint_picture(self, painter: QPainter, picture: QImage) -> None:
        if self.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent):
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        card = draw_card_back(painter, QRectF(self.rect()))
        place = picture_place(card, picture.size())
        ratio = self.devicePixelRatioF() or 1.0
        device = QSize(round(place.width() * ratio), round(place.height() * ratio))
        # Scaled once per size, not on every paint (a photo may be 1600 pixels wide).
        if self._fitted is None or self._fitted[0] != device:
            self._fitted = (device, fit_picture(picture, place, ratio))
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        draw_picture_backing(painter, place, picture, ink)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(place, self._fitted[1])
