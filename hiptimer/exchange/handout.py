"""The printable handout: a routine on paper for a client's fridge door.

Per exercise: a start and a top still (or the trainer's own picture), the dose per side,
the tempo, what to have at hand, the cue lines, and a tick grid of two weeks by side.

This is the one module of hiptimer.exchange that uses Qt: QPdfWriter and QPainter give
real, searchable text and the very figures the window draws, at no extra dependency.
The import contract in pyproject.toml allows it for this module only.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from hiptimer.core.errors import UserError
from hiptimer.core.routine import Exercise, Mode, Routine, Side
from hiptimer.core.timeline import compile_routine, dose_text
from hiptimer.exchange.describe import rests_text, side_order_text, tempo_text
from hiptimer.files import safe_stem

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DAYS = 14  # two weeks of boxes to tick
MARGIN_MM = 14.0
INK = QColor("#1d232a")
SOFT_INK = QColor("#55606b")
RULE = QColor("#9aa5b1")


class HandoutError(UserError, RuntimeError):
    """The PDF could not be written; the message says where and what to try."""


@dataclass(frozen=True)
class _Fonts:
    title: QFont
    heading: QFont
    body: QFont
    small: QFont
    # Measure on the PDF itself: a screen's metrics are for another resolution.
    device: QPaintDevice

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)


def ensure_gui_application() -> QGuiApplication:
    """A Qt application for fonts and painting, also from the command line.

    Without a display (a server, a CI runner) Qt would refuse to start on Linux, and a
    PDF needs no screen, so the off-screen platform is chosen there.
    """
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "hiptimer"])


def grid_rows(exercise: Exercise) -> list[str]:
    return ["Both" if side is None else side.value.capitalize() for side in exercise.sides.order]


def write_handout(
    routine: Routine,
    out: Path,
    *,
    client: str | None = None,
    paper: str = "a4",
    pictures: Mapping[str, bytes] | None = None,
) -> int:
    """Write the handout as a PDF and return the number of pages.

    pictures: bytes of the custom pictures the exercises name (see LibraryStore.bundle).
    """
    if paper not in PAPERS:
        raise ValueError(f"paper: expected one of {', '.join(PAPERS)}, got {paper!r}")
    if not out.parent.is_dir():
        raise HandoutError(f"the folder {out.parent} does not exist; choose another place")
    ensure_gui_application()
    total = compile_routine(routine).total_seconds
    tmp = out.with_name(f".{safe_stem(out.stem)}.handout.part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(f"{routine.name}: HipTimer handout")
    writer.setCreator("HipTimer")
    writer.setResolution(72)  # one unit is one point
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise HandoutError(
            f"cannot write a PDF in {out.parent}: check that the folder exists and is writable"
        )
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(72))
        page.moveTo(0, 0)
        fonts = _fonts(writer)
        blocks = [
            _Block(e, n, fonts, page.width(), pictures or {})
            for n, e in enumerate(routine.exercises, 1)
        ]
        pages = _paginate(blocks, page, _header_height(fonts, client))
        for number, chunk in enumerate(pages, 1):
            if number > 1:
                writer.newPage()
            y = 0.0
            if number == 1:
                y = _draw_header(painter, page, fonts, routine, client, total)
            for block in chunk:
                block.draw(painter, y)
                y += block.height + _GAP
            _draw_footer(painter, page, fonts, routine, number, len(pages))
    finally:
        painter.end()
    try:
        os.replace(tmp, out)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise HandoutError(f"cannot write {out}: {error.strerror or error}") from error
    return len(pages)


_GAP = 12.0
_PICTURE_W = 108.0
_PICTURE_H = 84.0
_ROW = 20.0
_GRID_HEAD = 12.0
_BULLET_W = 10.0
_MAX_CELL = 24.0
_LABEL_W = 44.0
_WEEK_GAP = 10.0


def _fonts(device: QPaintDevice) -> _Fonts:
    def font(points: float, bold: bool = False) -> QFont:
        f = QFont("DejaVu Sans")
        f.setStyleHint(QFont.StyleHint.SansSerif)
        f.setPointSizeF(points)
        f.setBold(bold)
        # Ligatures would turn "fl" in "hip flexor" into one glyph, which text search,
        # copy and screen readers then see as a different character.
        for tag in ("liga", "clig", "dlig"):
            f.setFeature(QFont.Tag(tag), 0)
        return f

    return _Fonts(font(19, True), font(12.5, True), font(9.5), font(7.5), device)


def _header_height(fonts: _Fonts, client: str | None) -> float:
    lines = 2 + (1 if client else 0)
    body = fonts.metrics(fonts.body).height() + 2
    return fonts.metrics(fonts.title).height() + 2 + lines * body + 18


def _draw_header(
    painter: QPainter,
    page: QRectF,
    fonts: _Fonts,
    routine: Routine,
    client: str | None,
    total: float,
) -> float:
    y = 0.0
    painter.setPen(INK)
    painter.setFont(fonts.title)
    title_h = fonts.metrics(fonts.title).height()
    painter.drawText(QRectF(0, y, page.width(), title_h), _LEFT_ONE_LINE, routine.name)
    y += title_h
    painter.setFont(fonts.body)
    line_h = fonts.metrics(fonts.body).height()
    lines = []
    if client:
        lines.append(f"For: {client}")
    minutes = max(1, round(total / 60))
    count = len(routine.exercises)
    lines.append(f"{count} exercise{'s' if count != 1 else ''}, about {minutes} minutes in all")
    lines.append("Tick a box each day you do the exercise: one row per side, two weeks per sheet.")
    y += 2
    for line in lines:
        painter.drawText(QRectF(0, y, page.width(), line_h), _LEFT_ONE_LINE, line)
        y += line_h + 2
    y += 6
    painter.setPen(QPen(RULE, 1.0))
    painter.drawLine(0, int(y), int(page.width()), int(y))
    return y + 12


def _draw_footer(
    painter: QPainter, page: QRectF, fonts: _Fonts, routine: Routine, number: int, count: int
) -> None:
    painter.setFont(fonts.small)
    painter.setPen(SOFT_INK)
    height = fonts.metrics(fonts.small).height()
    rect = QRectF(0, page.height() - height, page.width(), height)
    painter.drawText(rect, _LEFT_ONE_LINE, f"{routine.name}, made with HipTimer")
    painter.drawText(
        rect,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        f"page {number} of {count}",
    )


_LEFT_ONE_LINE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class _Block:
    """One exercise: pictures on the left, words on the right, the tick grid below."""

    def __init__(
        self,
        exercise: Exercise,
        number: int,
        fonts: _Fonts,
        width: float,
        pictures: Mapping[str, bytes],
    ) -> None:
        self.exercise = exercise
        self.number = number
        self.fonts = fonts
        self.width = width
        self.pictures = pictures
        self.text_x = 2 * _PICTURE_W + 16
        self.text_w = width - self.text_x
        self.lines = self._lines()
        text_h = self._text_height()
        self.top_h = max(_PICTURE_H + 14, text_h)
        self.grid_h = _GRID_HEAD + _ROW * len(grid_rows(exercise))
        self.height = self.top_h + 4 + self.grid_h

    def _lines(self) -> list[tuple[QFont, QColor, str, bool]]:
        """(font, colour, text, is a bullet) for each paragraph beside the pictures."""
        e = self.exercise
        fonts = self.fonts
        out = [(fonts.heading, INK, f"{self.number}. {e.name}", False)]
        # One-sided doses already name their side ("2 x 12 reps, left side only").
        both = len(e.sides.order) == 2
        sides = f"  ·  {side_order_text(e.sides)}" if both else ""
        out.append((fonts.body, INK, f"{dose_text(e)}{sides}", False))
        out.append((fonts.body, SOFT_INK, tempo_text(e), False))
        if rests_text(e):
            out.append((fonts.body, SOFT_INK, rests_text(e), False))
        if e.equipment:
            out.append((fonts.body, SOFT_INK, "You need: " + ", ".join(e.equipment), False))
        for cue in e.cues:
            out.append((fonts.body, INK, cue, True))
        return out

    def _text_height(self) -> float:
        total = 0.0
        for font, _, text, bullet in self.lines:
            total += self._measure(font, text, bullet) + 2
        return total

    def _measure(self, font: QFont, text: str, bullet: bool) -> float:
        width = self.text_w - (_BULLET_W if bullet else 0)
        metrics = self.fonts.metrics(font)
        return metrics.boundingRect(QRectF(0, 0, width, 10_000), _WRAP, text).height()

    def draw(self, painter: QPainter, top: float) -> None:
        self._draw_pictures(painter, top)
        y = top
        for font, colour, text, bullet in self.lines:
            painter.setFont(font)
            painter.setPen(colour)
            height = self._measure(font, text, bullet)
            x = self.text_x
            if bullet:  # a hanging indent: wrapped lines start under the text, not the dot
                painter.drawText(QRectF(x, y, _BULLET_W, height), _WRAP, "•")
                x += _BULLET_W
            painter.drawText(QRectF(x, y, self.text_w - (x - self.text_x), height + 2), _WRAP, text)
            y += height + 2
        self._draw_grid(painter, top + self.top_h + 4)
        painter.setPen(QPen(RULE, 0.5, Qt.PenStyle.DotLine))
        rule_y = top + self.height + _GAP / 2
        painter.drawLine(QPointF(0, rule_y), QPointF(self.width, rule_y))

    def _draw_pictures(self, painter: QPainter, top: float) -> None:
        e = self.exercise
        side = e.sides.order[0]
        painter.setFont(self.fonts.small)
        label_h = self.fonts.metrics(self.fonts.small).height()
        boxes = [QRectF(0, top, _PICTURE_W, _PICTURE_H)]
        boxes.append(QRectF(_PICTURE_W + 8, top, _PICTURE_W, _PICTURE_H))
        custom = self._custom_picture()
        if custom is not None:
            both = QRectF(0, top, 2 * _PICTURE_W + 8, _PICTURE_H)
            _draw_fitted(painter, custom, both)
            _frame(painter, both)
            return
        peak = "hold" if e.mode is Mode.HOLD else "top"
        for box, movement, label in ((boxes[0], 0.0, "start"), (boxes[1], 1.0, peak)):
            image = _figure(e, side, movement, box.size().toSize() * 3)
            painter.drawImage(box, image)
            _frame(painter, box)
            painter.setPen(SOFT_INK)
            painter.drawText(
                QRectF(box.left(), box.bottom() + 1, box.width(), label_h),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                label,
            )

    def _custom_picture(self) -> QImage | None:
        name = self.exercise.picture
        data = self.pictures.get(name) if name else None
        if not data:
            return None
        image = QImage.fromData(data)
        return None if image.isNull() else image

    def _draw_grid(self, painter: QPainter, top: float) -> None:
        rows = grid_rows(self.exercise)
        left = _LABEL_W
        cell = min(_MAX_CELL, (self.width - _LABEL_W - _WEEK_GAP) / DAYS)
        painter.setFont(self.fonts.small)
        painter.setPen(SOFT_INK)
        half = DAYS // 2
        for week in range(2):
            x = left + week * (half * cell + _WEEK_GAP)
            painter.drawText(
                QRectF(x + 2, top, half * cell, _GRID_HEAD),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                f"Week {week + 1}",
            )
        for r, label in enumerate(rows):
            y = top + _GRID_HEAD + _ROW * r
            painter.setFont(self.fonts.body)
            painter.setPen(INK)
            painter.drawText(QRectF(0, y, _LABEL_W - 4, _ROW), _LEFT_ONE_LINE, label)
            painter.setPen(QPen(RULE, 0.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for day in range(DAYS):
                x = left + day * cell + (_WEEK_GAP if day >= half else 0)
                painter.drawRoundedRect(QRectF(x + 2, y + 2, cell - 4, _ROW - 4), 2, 2)


def _figure(exercise: Exercise, side: Side | None, movement: float, size: QSize) -> QImage:
    from hiptimer.ui.illustrate import render_figure

    return render_figure(exercise.figure, exercise.name, side, movement, size)


def _draw_fitted(painter: QPainter, image: QImage, box: QRectF) -> None:
    scaled = image.size().scaled(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(0, 0, scaled.width(), scaled.height())
    target.moveCenter(box.center())
    painter.drawImage(target, image)


def _frame(painter: QPainter, box: QRectF) -> None:
    painter.setPen(QPen(RULE, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)


def _paginate(blocks: list[_Block], page: QRectF, header: float) -> list[list[_Block]]:
    footer = 24.0
    pages: list[list[_Block]] = [[]]
    y = header
    for block in blocks:
        if pages[-1] and y + block.height > page.height() - footer:
            pages.append([])
            y = 0.0
        pages[-1].append(block)
        y += block.height + _GAP
    return pages
