"""The Routines window's rows: a thumbnail, the name, the total time and a timeline strip.

The thumbnail is the first exercise's figure at its peak (our own illustration code), or
its picture, or its name card. Only rows on screen are painted, and each thumbnail is
drawn once per figure, size and colours (RoutineThumbnails): a profile of fifty routines
mostly starting with the same few exercises draws a handful of pictures. The strip shows
each step's share of the time (hiptimer.present.strip): sets and holds in their colours,
the second side of an exercise a shade lighter, switches and rests in the rest colour, and
a thin gap where one exercise ends and the next begins. Strips share one time scale: the
longest routine's fills the row, a routine half as long gets half the width.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hiptimer.core.routine import Exercise, Routine, Side
from hiptimer.core.timeline import StepKind
from hiptimer.present.strip import StripPart
from hiptimer.ui.theme import kind_colour

# Data of a row beside its routine (Qt.UserRole): the strip's parts, the details line.
STRIP_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
SECONDS_ROLE = Qt.ItemDataRole.UserRole + 4
ROUTINE_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex
# A custom exercise's picture by its file name, decoded small (None: none or broken).
PictureSource = Callable[[str], QImage | None]


class RoutineThumbnails:
    """Thumbnails by what they show and their size in pixels, the least recent dropped."""

    LIMIT = 64

    def __init__(self, pictures: PictureSource) -> None:
        self._pictures = pictures
        self._cache: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self.drawn = 0  # how many were drawn (the cache at work)

    def pixmap(self, exercise: Exercise, size: QSize, ratio: float, background: QColor) -> QPixmap:
        key = (
            exercise.figure,
            exercise.picture,
            exercise.name if exercise.figure is None else "",
            exercise.sides.order[0],
            size.width(),
            size.height(),
            ratio,
            background.rgba(),
        )
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._cache.move_to_end(key)
            return pixmap
        pixmap = self._draw(exercise, size, ratio, background)
        self._cache[key] = pixmap
        if len(self._cache) > self.LIMIT:
            self._cache.popitem(last=False)
        return pixmap

    def _draw(self, exercise: Exercise, size: QSize, ratio: float, background: QColor) -> QPixmap:
        # The drawing code loads with the first thumbnail, not with the window.
        from hiptimer.ui.illustrate import render_figure, render_still

        self.drawn += 1
        pixels = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        side: Side | None = exercise.sides.order[0]
        picture = self._pictures(exercise.picture) if exercise.picture else None
        if picture is not None:
            image = render_still(exercise.figure, exercise.name, side, pixels, background, picture)
        else:
            image = render_figure(exercise.figure, exercise.name, side, 1.0, pixels, background)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap


class RoutineRowDelegate(QStyledItemDelegate):
    """Paints a routine's row; rows without a routine (an unreadable file) as plain text."""

    STRIP_HEIGHT = 10
    PAD = 6

    def __init__(self, thumbnails: RoutineThumbnails, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.thumbnails = thumbnails
        # The longest routine's seconds: its strip fills the row (set by the window).
        self.longest = 0.0

    def _heights(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        metrics = QFontMetrics(option.font)
        text = 2 * metrics.lineSpacing()
        return text, text + self.STRIP_HEIGHT + 3 * self.PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        if not isinstance(index.data(ROUTINE_ROLE), Routine):
            return super().sizeHint(option, index)
        _text, height = self._heights(option)
        return QSize(320, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        routine = index.data(ROUTINE_ROLE)
        if not isinstance(routine, Routine):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        # The row's background (selection, hover, alternate colour) as the style draws it.
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect: QRect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        thumb_height = rect.height()
        thumb = QRect(rect.left(), rect.top(), round(thumb_height * 1.4), thumb_height)
        painter.save()
        if routine.exercises:
            ratio = option.widget.devicePixelRatioF() if option.widget is not None else 1.0
            background = palette.color(QPalette.ColorRole.Base)
            pixmap = self.thumbnails.pixmap(routine.exercises[0], thumb.size(), ratio, background)
            painter.drawPixmap(thumb.topLeft(), pixmap)
        left = thumb.right() + 2 * self.PAD
        text_height, _ = self._heights(option)
        line = text_height // 2
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setPen(ink)
        painter.setFont(bold)
        width = rect.right() - left
        name_rect = QRect(left, rect.top(), width, line)
        name = QFontMetrics(bold).elidedText(
            str(index.data(NAME_ROLE)), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        painter.setFont(option.font)
        details = QFontMetrics(option.font).elidedText(
            str(index.data(DETAILS_ROLE)), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRect(left, rect.top() + line, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            details,
        )
        seconds = float(index.data(SECONDS_ROLE) or 0.0)
        share = min(1.0, seconds / self.longest) if self.longest > 0 else 1.0
        strip = QRectF(
            left, rect.bottom() - self.STRIP_HEIGHT + 1, width * share, self.STRIP_HEIGHT
        )
        draw_strip(painter, strip, index.data(STRIP_ROLE) or (), palette)
        painter.restore()


def _mix(colour: QColor, base: QColor, share: float) -> QColor:
    """colour at `share` over base, made opaque."""
    return QColor.fromRgbF(
        colour.redF() * share + base.redF() * (1 - share),
        colour.greenF() * share + base.greenF() * (1 - share),
        colour.blueF() * share + base.blueF() * (1 - share),
    )


def draw_strip(
    painter: QPainter, rect: QRectF, parts: tuple[StripPart, ...], palette: QPalette
) -> None:
    """Each step in its colour and proportion; the next exercise starts after a thin gap."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    # On the list's own background, so a selected row's colour does not show through.
    base = palette.color(QPalette.ColorRole.Base)
    painter.fillRect(rect.adjusted(-1, -1, 1, 1), base)
    colours = {kind: kind_colour(kind, palette) for kind in StepKind}
    previous = -1
    for part in parts:
        x = rect.left() + part.start * rect.width()
        width = part.length * rect.width()
        colour = QColor(colours[part.kind])
        if part.kind in (StepKind.WORK, StepKind.HOLD) and part.side is Side.RIGHT:
            colour = colour.lighter(135) if colour.lightness() < 128 else colour.darker(125)
        if part.kind in (StepKind.SWITCH, StepKind.REST, StepKind.PREPARE):
            colour = _mix(colour, base, 0.45)
        if part.exercise != previous and previous >= 0:
            x += 1.0  # the gap between exercises
            width -= 1.0
        previous = part.exercise
        if width > 0:
            painter.fillRect(QRectF(x, rect.top(), width, rect.height()), colour)
    painter.restore()
