"""Painted widgets for the session screen: text that fits its box, the countdown, the side
badge, the rep phase strip and the paused veil.

They paint their own text so sizes follow the window (a fifth of a full screen for the
countdown) and nothing ever spills out of its box: text shrinks to fit, then elides.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEasingCurve,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from hiptimer.core.i18n import translate
from hiptimer.core.routine import Side
from hiptimer.core.session import Phase
from hiptimer.core.wording import side_word
from hiptimer.present.cues import PHASE_WORDS
from hiptimer.ui.theme import high_contrast

# Side badge fills: distinct from every step-kind colour, white text on both (>= 7:1).
SIDE_COLOURS = {Side.LEFT: "#005a63", Side.RIGHT: "#a3174f"}


def _fitted_font(base: QFont, text: str, box: QRectF, max_px: float, min_px: float = 7) -> QFont:
    """The largest pixel size up to max_px at which one line of text fits box."""
    font = QFont(base)
    size = max(min(max_px, box.height() * 0.82), min_px)
    font.setPixelSize(max(int(size), 1))
    if text and box.width() > 0:
        width = QFontMetricsF(font).horizontalAdvance(text)
        if width > box.width():
            size = max(size * box.width() / width * 0.98, min_px)
            font.setPixelSize(max(int(size), 1))
            # Glyphs do not scale exactly with the pixel size (hinting): step down until
            # the text really fits, so it is never clipped or elided above min_px.
            while size > min_px and not _fits(font, text, box.width()):
                size = max(size - 1, min_px)
                font.setPixelSize(max(int(size), 1))
    return font


def _fits(font: QFont, text: str, width: float) -> bool:
    """Whether one line of text fits the width at font, as drawing it would decide."""
    metrics = QFontMetricsF(font)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return elided == text and metrics.horizontalAdvance(text) <= width


class _Scaled(QWidget):
    """Drawn at a pixel size the screen sets (see SessionScreen), with a fixed height that
    follows the size; subclasses say how tall in `_height`."""

    def __init__(self, px: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._px = px
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_pixel_size(self, px: float) -> None:
        if abs(px - self._px) > 0.5:
            self._px = px
            self._apply_height()
            self.update()

    def pixel_size(self) -> float:
        return self._px

    def _apply_height(self) -> None:
        self.setFixedHeight(self._height())

    def _height(self) -> int:
        raise NotImplementedError


class _SizedText(_Scaled):
    """Text drawn at a pixel size the screen sets."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(16.0, parent)
        self._text = text

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.update()


class FitText(_SizedText):
    """One line of text at a chosen size, shrunk (then elided) to fit its box."""

    def __init__(
        self,
        text: str = "",
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        role: QPalette.ColorRole = QPalette.ColorRole.WindowText,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._bold = bold
        self._align = align
        self._role = role
        self._colour: QColor | None = None
        self._apply_height()

    def set_colour(self, colour: QColor | None) -> None:
        if colour != self._colour:
            self._colour = colour
            self.update()

    def _height(self) -> int:
        return max(int(self._px * 1.3), 8)

    def sizeHint(self) -> QSize:
        return QSize(int(self._px * 8), int(self._px * 1.3))

    def minimumSizeHint(self) -> QSize:
        return QSize(20, int(self._px * 1.3))

    def drawn_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(self._bold)
        return _fitted_font(font, self._text, QRectF(self.rect()), self._px, min_px=9)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = self.drawn_font()
        painter.setFont(font)
        colour = self._colour or self.palette().color(self._role)
        painter.setPen(colour)
        text = QFontMetricsF(font).elidedText(
            self._text, Qt.TextElideMode.ElideRight, float(self.width())
        )
        painter.drawText(
            QRectF(self.rect()), int(self._align | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.end()


class FitParagraph(_SizedText):
    """Wrapped lines at a chosen size, shrunk until the whole text fits its box."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._lines = lines
        self._apply_height()

    def _height(self) -> int:
        return int(self._px * 1.4 * self._lines + 4)

    def sizeHint(self) -> QSize:
        return QSize(int(self._px * 20), self.height())

    def drawn_font(self) -> QFont:
        font = QFont(self.font())
        px = self._px
        flags = int(Qt.TextFlag.TextWordWrap)
        while px > 9:
            font.setPixelSize(int(px))
            box = QFontMetricsF(font).boundingRect(
                QRectF(0, 0, self.width(), 100_000), flags, self._text
            )
            if box.height() <= self.height():
                break
            px *= 0.93
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setFont(self.drawn_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(self.rect()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            self._text,
        )
        painter.end()


class CountdownDisplay(QWidget):
    """The biggest thing on screen. In the last seconds it grows and pulses each second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._colour = QColor("#888888")
        self._urgent = False
        self._pulse_scale = 1.0
        self._pulse = QVariantAnimation(self)
        self._pulse.setDuration(380)
        self._pulse.setStartValue(1.08)
        self._pulse.setEndValue(1.0)
        self._pulse.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._pulse.valueChanged.connect(self._set_pulse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(60)

    def text(self) -> str:
        return self._text

    @property
    def urgent(self) -> bool:
        return self._urgent

    @property
    def colour(self) -> QColor:
        return self._colour

    def show_value(self, text: str, colour: QColor, urgent: bool) -> None:
        changed = text != self._text
        if changed or colour != self._colour or urgent != self._urgent:
            self._text, self._colour, self._urgent = text, colour, urgent
            self.setAccessibleName(text)
            if urgent and changed:
                self._pulse.stop()
                self._pulse.start()
            elif not urgent:
                self._pulse.stop()
                self._pulse_scale = 1.0
            self.update()

    def _set_pulse(self, value: object) -> None:
        self._pulse_scale = float(value)  # type: ignore[arg-type]
        self.update()

    def pulse_scale(self) -> float:
        return self._pulse_scale

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        # Digits of one width, so "11" and "10" sit still while counting.
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setFeature(QFont.Tag("tnum"), 1)
        box = QRectF(self.rect())
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        sample = self._text if self._text else "00"
        digit_height = metrics.tightBoundingRect("0123456789").height() or 72.0
        width = metrics.horizontalAdvance(sample) or 1.0
        scale = min(box.height() * 0.9 / digit_height, box.width() * 0.94 / width)
        # In the last seconds the digits grow from 85 % to 93 % of the box, and each new
        # digit starts a little larger still (the pulse), up to the full box.
        share = 0.926 * self._pulse_scale if self._urgent else 0.85
        px = max(int(100 * scale * share), 8)
        font.setPixelSize(px)
        return font

    def glyph_height(self) -> float:
        """Height of the digits as drawn, in device-independent pixels."""
        return QFontMetricsF(self._font()).tightBoundingRect("0123456789").height()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        digits = metrics.tightBoundingRect("0123456789")
        width = metrics.horizontalAdvance(self._text)
        x = (self.width() - width) / 2
        # Centre the digits themselves (not the line box) vertically.
        y = (self.height() + digits.height()) / 2 - digits.bottom()
        painter.setPen(self._colour)
        painter.drawText(QPointF(x, y), self._text)
        painter.end()


class SideBadge(_Scaled):
    """LEFT or RIGHT as a word, an arrow and a colour: readable without colour vision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(30.0, parent)
        self._side: Side | None = None
        self._caption = ""
        self._apply_height()

    @property
    def side(self) -> Side | None:
        return self._side

    def text(self) -> str:
        """What the badge says, as read by a screen reader or a test."""
        if self._side is None:
            return ""
        left = self._side is Side.LEFT
        word = translate("SideBadge", "◀ LEFT") if left else translate("SideBadge", "RIGHT ▶")
        return f"{self._caption} {word}".strip()

    def set_side(self, side: Side | None, caption: str = "") -> None:
        if (side, caption) != (self._side, self._caption):
            self._side, self._caption = side, caption
            self.setAccessibleName(self.text())
            self.update()

    def _height(self) -> int:
        return int(self._px * 1.7)

    def sizeHint(self) -> QSize:
        return QSize(int(self._px * 7), int(self._px * 1.7))

    def paintEvent(self, event: QPaintEvent) -> None:
        side = self._side
        if side is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setBold(True)
        word = side_word(side)
        caption = self._caption
        height = float(self.height())
        font.setPixelSize(max(int(height * 0.52), 8))
        metrics = QFontMetricsF(font)
        small = QFont(font)
        small.setBold(False)
        small.setPixelSize(max(int(height * 0.3), 7))
        small_metrics = QFontMetricsF(small)
        arrow_w = height * 0.42
        gap = height * 0.22
        caption_w = small_metrics.horizontalAdvance(caption) + gap if caption else 0.0
        content_w = caption_w + metrics.horizontalAdvance(word) + gap + arrow_w
        pad = height * 0.45
        pill_w = min(content_w + 2 * pad, float(self.width()))
        if content_w + 2 * pad > self.width():  # shrink everything to fit a narrow column
            factor = (self.width() - 2 * pad) / content_w
            font.setPixelSize(max(int(font.pixelSize() * factor), 7))
            small.setPixelSize(max(int(small.pixelSize() * factor), 6))
            metrics, small_metrics = QFontMetricsF(font), QFontMetricsF(small)
            arrow_w *= factor
            gap *= factor
            caption_w = small_metrics.horizontalAdvance(caption) + gap if caption else 0.0
            content_w = caption_w + metrics.horizontalAdvance(word) + gap + arrow_w
        left = (self.width() - pill_w) / 2
        pill = QRectF(left, 0, pill_w, height)
        path = QPainterPath()
        path.addRoundedRect(pill, height / 2, height / 2)
        painter.fillPath(path, QColor(SIDE_COLOURS[side]))
        ink = QColor("#ffffff")
        x = left + (pill_w - content_w) / 2
        mid = height / 2
        if caption:
            painter.setFont(small)
            painter.setPen(ink)
            painter.drawText(
                QRectF(x, 0, caption_w, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                caption,
            )
            x += caption_w

        def arrow(at: float, pointing_left: bool) -> None:
            half = arrow_w * 0.62
            tip = at if pointing_left else at + arrow_w
            back = at + arrow_w if pointing_left else at
            triangle = QPolygonF(
                [QPointF(tip, mid), QPointF(back, mid - half), QPointF(back, mid + half)]
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawPolygon(triangle)

        painter.setFont(font)
        word_w = metrics.horizontalAdvance(word)
        if side is Side.LEFT:
            arrow(x, True)
            x += arrow_w + gap
        painter.setPen(ink)
        painter.drawText(
            QRectF(x, 0, word_w + 2, height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            word,
        )
        x += word_w + gap
        if side is Side.RIGHT:
            arrow(x, False)
        painter.end()


class PhaseStrip(_Scaled):
    """'up · pause · down' with the current phase lit and filling; or a plain message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(22.0, parent)
        self._phase: Phase | None = None
        self._fraction = 0.0
        self._message = ""
        self._colour = QColor("#888888")
        self._apply_height()

    def text(self) -> str:
        if self._phase is not None:
            return " · ".join(
                word.upper() if phase is self._phase else word
                for phase, word in PHASE_WORDS.items()
            )
        return self._message

    @property
    def phase(self) -> Phase | None:
        return self._phase

    def set_phase(self, phase: Phase, fraction: float, colour: QColor) -> None:
        fraction = round(fraction, 2)
        if (phase, fraction, colour, "") != (
            self._phase,
            self._fraction,
            self._colour,
            self._message,
        ):
            self._phase, self._fraction, self._colour, self._message = phase, fraction, colour, ""
            self.update()

    def set_message(self, message: str, colour: QColor) -> None:
        if (None, message, colour) != (self._phase, self._message, self._colour):
            self._phase, self._message, self._colour = None, message, colour
            self.update()

    def _height(self) -> int:
        return int(self._px * 1.9)

    def sizeHint(self) -> QSize:
        return QSize(int(self._px * 10), int(self._px * 1.9))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        box = QRectF(self.rect())
        line_h = box.height() * 0.68
        if self._phase is None:
            if self._message:
                font = _fitted_font(
                    font, self._message, QRectF(0, 0, box.width(), line_h), self._px
                )
                painter.setFont(font)
                painter.setPen(text_colour)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self._message)
            painter.end()
            return
        cell_w = box.width() / 3
        bar_h = max(box.height() * 0.12, 3.0)
        longest = max(PHASE_WORDS.values(), key=len).upper()
        for i, (phase, word) in enumerate(PHASE_WORDS.items()):
            cell = QRectF(i * cell_w, 0, cell_w, line_h)
            current = phase is self._phase
            shown = word.upper() if current else word
            cell_font = _fitted_font(font, longest, cell.adjusted(4, 0, -4, 0), self._px)
            cell_font.setBold(current)
            painter.setFont(cell_font)
            dim = QColor(text_colour)
            dim.setAlphaF(0.85 if high_contrast() else 0.55)
            painter.setPen(self._colour if current else dim)
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), shown)
            track = QRectF(
                i * cell_w + cell_w * 0.12, box.height() - bar_h * 1.6, cell_w * 0.76, bar_h
            )
            faint = QColor(text_colour)
            faint.setAlphaF(0.15)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(faint)
            painter.drawRoundedRect(track, bar_h / 2, bar_h / 2)
            if current:
                filled = QRectF(track)
                filled.setWidth(track.width() * min(max(self._fraction, 0.04), 1.0))
                painter.setBrush(self._colour)
                painter.drawRoundedRect(filled, bar_h / 2, bar_h / 2)
        painter.end()


class ProgressLine(QWidget):
    """A thin bar of how far through the session: painted plainly, as it changes every
    second or so (a styled QProgressBar costs milliseconds per repaint)."""

    def __init__(self, maximum: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._maximum = maximum
        self._value = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(8)

    def value(self) -> int:
        return self._value

    def maximum(self) -> int:
        return self._maximum

    def setValue(self, value: int) -> None:
        value = min(max(value, 0), self._maximum)
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(f"{round(100 * value / self._maximum)} %")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = box.height() / 2
        painter.setPen(QColor(palette.color(QPalette.ColorRole.Mid)))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, radius, radius)
        if self._value > 0:
            done = QRectF(box)
            done.setWidth(max(box.width() * self._value / self._maximum, box.height()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(done, radius, radius)
        painter.end()


class PauseVeil(QWidget):
    """Dims everything behind it and says, in large type, how to go on."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._detail = ""
        self.hide()

    def title(self) -> str:
        return self._title

    def detail(self) -> str:
        return self._detail

    def show_message(self, title: str, detail: str = "") -> None:
        self._title, self._detail = title, detail
        self.setAccessibleName(f"{title} {detail}".strip())
        self.raise_()
        self.show()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        veil = QColor(self.palette().color(QPalette.ColorRole.Window))
        veil.setAlphaF(0.82)
        painter.fillRect(self.rect(), veil)
        box = QRectF(self.rect()).adjusted(24, 0, -24, 0)
        height = float(self.height())
        title_box = QRectF(box.left(), height * 0.3, box.width(), height * 0.2)
        font = QFont(self.font())
        font.setBold(True)
        font = _fitted_font(font, self._title, title_box, height * 0.11)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(title_box, int(Qt.AlignmentFlag.AlignCenter), self._title)
        if self._detail:
            detail_box = QRectF(box.left(), height * 0.52, box.width(), height * 0.2)
            small = QFont(self.font())
            small.setPixelSize(max(int(min(height * 0.045, 40)), 12))
            painter.setFont(small)
            painter.drawText(
                detail_box,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self._detail,
            )
        painter.end()
