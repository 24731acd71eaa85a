"""The printable handout: a routine on paper for a client's fridge door.

Page one starts with who it is for, who wrote it and when, then how to use it: how
often, when to stop, how to progress, what left and right and the orange leg mean.
Per exercise: a start and a top still (or the trainer's own picture), the dose per side,
what each side means for the body, the tempo, what to have at hand, the cue lines, and a
tick grid with one row per side (in the order the session works them) and one column per
session. A notes box and the source credit close the last page.

Printing is drawing, so it lives with the windows: QPdfWriter and QPainter give real,
searchable text and the very figures the window draws, at no extra dependency.
"""

from __future__ import annotations

import datetime
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

from hiptimer.core.builtin import cue_text, equipment_name, exercise_name, routine_name
from hiptimer.core.errors import UserError
from hiptimer.core.files import move_into_place, safe_stem
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Exercise, Mode, Routine, Side
from hiptimer.core.timeline import SideDoses, compile_routine
from hiptimer.core.wording import (
    body_line,
    minutes_text,
    rests_text,
    side_order_text,
    tempo_text,
)
from hiptimer.present.dosing import row_dose_text, starting_doses
from hiptimer.present.handout_text import (
    SESSIONS,
    credit_text,
    grid_rows,
    guide_texts,
)
from hiptimer.ui.locale_format import long_date

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 14.0
INK = QColor("#1d232a")
SOFT_INK = QColor("#55606b")
RULE = QColor("#9aa5b1")
GUIDE_FILL = QColor("#f3f5f7")
# The working leg's colour in the figures (hiptimer.ui.illustrate.paint WORK_NEAR).
WORKING_LEG = QColor("#f28c38")


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
    """A Qt application for fonts and painting, also from the command line. Without a
    display (a server, a CI runner) Qt would refuse to start on Linux, and a PDF needs
    no screen, so the off-screen platform is chosen there."""
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


def write_handout(
    routine: Routine,
    out: Path,
    *,
    client: str | None = None,
    paper: str = "a4",
    pictures: Mapping[str, bytes] | None = None,
    trainer: str | None = None,
    date: datetime.date | None = None,
    doses: SideDoses | None = None,
) -> int:
    """Write the handout as a PDF and return the number of pages. doses: each side's
    dose and level of today (a client's history); without them, the routine's doses at
    each resistance ladder's first level.
    pictures: bytes of the custom pictures the exercises name (see LibraryStore.bundle).
    client, trainer: names printed at the top; a blank line to write on when None.
    date: the date printed at the top (today by default)."""
    if paper not in PAPERS:
        raise ValueError(f"paper: expected one of {', '.join(PAPERS)}, got {paper!r}")
    if not out.parent.is_dir():
        missing = translate("handout", "the folder {folder} does not exist; choose another place")
        raise HandoutError(missing.format(folder=out.parent))
    ensure_gui_application()
    total = compile_routine(routine).total_seconds
    tmp = out.with_name(f".{safe_stem(out.stem)}.handout.part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(
        translate("handout", "{routine}: HipTimer handout").format(
            routine=routine_name(routine.name)
        )
    )
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
            translate(
                "handout",
                "cannot write a PDF in {folder}: check that the folder exists and is writable",
            ).format(folder=out.parent)
        )
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(72))
        page.moveTo(0, 0)
        fonts = _fonts(writer)
        blocks = [
            _Block(e, n, fonts, page.width(), pictures or {}, doses)
            for n, e in enumerate(routine.exercises, 1)
        ]
        people = _People(client, trainer, long_date(date or datetime.date.today()))
        header = _header_height(fonts, page.width())
        notes = _notes_height(fonts, page.width())
        pages = _paginate(blocks, page, header, notes)
        for number, chunk in enumerate(pages, 1):
            if number > 1:
                writer.newPage()
            y = 0.0
            if number == 1:
                y = _draw_header(painter, page, fonts, routine, people, total)
            for block in chunk:
                block.draw(painter, y)
                y += block.height + _GAP
            if number == len(pages):
                _draw_notes(painter, page, fonts, y)
            _draw_footer(painter, page, fonts, routine, number, len(pages))
    finally:
        painter.end()
    try:
        move_into_place(tmp, out)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        unwritable = translate("handout", "cannot write {file}: {problem}")
        raise HandoutError(unwritable.format(file=out, problem=error.strerror or error)) from error
    return len(pages)


_GAP = 12.0
_PICTURE_W = 108.0
_PICTURE_H = 84.0
_ROW = 20.0
_GRID_HEAD = 12.0
_BULLET_W = 10.0
_MAX_CELL = 30.0
_LABEL_W = 44.0
_FOOTER = 24.0
_NOTES_BOX = 96.0


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


@dataclass(frozen=True)
class _People:
    client: str | None
    trainer: str | None
    date: str


_GUIDE_PAD = 8.0
_SWATCH = 18.0


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _guide_item(fonts: _Fonts, head: str, text: str, inner: float) -> tuple[str, str, float]:
    """The first line (after the bold lead words), the rest, and the item's height."""
    metrics = fonts.metrics(fonts.body)
    lead = fonts.metrics(_bold(fonts.body)).horizontalAdvance(head)
    first, rest = _split_first_line(metrics, text, inner - lead)
    height = metrics.height()
    if rest:
        height += metrics.boundingRect(QRectF(0, 0, inner, 10_000), _WRAP, rest).height()
    return first, rest, height


def _guide_height(fonts: _Fonts, width: float) -> float:
    inner = width - 2 * _GUIDE_PAD
    total = sum(_guide_item(fonts, h, t, inner)[2] + 2 for h, t in guide_texts())
    return total + fonts.metrics(fonts.body).height() + 2 * _GUIDE_PAD


def _header_height(fonts: _Fonts, width: float) -> float:
    body = fonts.metrics(fonts.body).height() + 2
    title = fonts.metrics(fonts.title).height() + 2
    return title + 2 * body + 8 + _guide_height(fonts, width) + 12


def _draw_header(
    painter: QPainter,
    page: QRectF,
    fonts: _Fonts,
    routine: Routine,
    people: _People,
    total: float,
) -> float:
    y = 0.0
    width = page.width()
    painter.setPen(INK)
    painter.setFont(fonts.title)
    title_h = fonts.metrics(fonts.title).height()
    painter.drawText(QRectF(0, y, width, title_h), _LEFT_ONE_LINE, routine_name(routine.name))
    y += title_h + 2
    painter.setFont(fonts.body)
    line_h = fonts.metrics(fonts.body).height()
    # Who, by whom, when: a blank to write on where a name is not known.
    fields = [
        (translate("handout", "For: "), people.client, 0.38),
        (translate("handout", "Trainer: "), people.trainer, 0.34),
        (translate("handout", "Date: "), people.date, 0.28),
    ]
    x = 0.0
    metrics = fonts.metrics(fonts.body)
    for label, value, share in fields:
        box = QRectF(x, y, width * share - 8, line_h)
        text = label + (value or "")
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        painter.setPen(INK)
        painter.drawText(box, _LEFT_ONE_LINE, shown)
        if not value:
            start = x + metrics.horizontalAdvance(label)
            painter.setPen(QPen(RULE, 0.8))
            painter.drawLine(QPointF(start, y + line_h - 1), QPointF(box.right(), y + line_h - 1))
        x += width * share
    y += line_h + 2
    painter.setPen(INK)
    count = len(routine.exercises)
    line = (
        translate("handout", "%n exercise, {minutes} a session", None, count)
        if count == 1
        else translate("handout", "%n exercises, {minutes} a session", None, count)
    ).format(minutes=minutes_text(total))
    painter.drawText(QRectF(0, y, width, line_h), _LEFT_ONE_LINE, line)
    y += line_h + 2 + 8
    _draw_guide(painter, QRectF(0, y, width, _guide_height(fonts, width)), fonts)
    return y + _guide_height(fonts, width) + 12


def _draw_guide(painter: QPainter, box: QRectF, fonts: _Fonts) -> None:
    painter.setPen(QPen(RULE, 0.8))
    painter.setBrush(GUIDE_FILL)
    painter.drawRoundedRect(box, 4, 4)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = box.width() - 2 * _GUIDE_PAD
    x = box.left() + _GUIDE_PAD
    y = box.top() + _GUIDE_PAD
    metrics = fonts.metrics(fonts.body)
    bold = _bold(fonts.body)
    line_h = metrics.height()
    for head, text in guide_texts():
        first, rest, height = _guide_item(fonts, head, text, inner)
        # The lead words in bold, the rest after them, wrapping under the whole line.
        painter.setPen(INK)
        painter.setFont(bold)
        painter.drawText(QRectF(x, y, inner, line_h), _LEFT_ONE_LINE, head)
        painter.setFont(fonts.body)
        lead = fonts.metrics(bold).horizontalAdvance(head)
        painter.drawText(QRectF(x + lead, y, inner - lead, line_h), _LEFT_ONE_LINE, first)
        if rest:
            painter.drawText(QRectF(x, y + line_h, inner, height - line_h + 2), _WRAP, rest)
        y += height + 2
    # The legend: the orange of the working leg in every picture.
    swatch = QRectF(x, y + line_h * 0.2, _SWATCH, line_h * 0.6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WORKING_LEG)
    painter.drawRoundedRect(swatch, 2, 2)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(INK)
    painter.setFont(bold)
    text_x = swatch.right() + 6
    painter.drawText(
        QRectF(text_x, y, inner, line_h), _LEFT_ONE_LINE, translate("handout", "Orange")
    )
    lead = fonts.metrics(bold).horizontalAdvance(translate("handout", "Orange"))
    painter.setFont(fonts.body)
    painter.drawText(
        QRectF(text_x + lead, y, inner - lead, line_h),
        _LEFT_ONE_LINE,
        translate(
            "handout", " = the working leg in the pictures (drawn for the side you start on)."
        ),
    )


def _split_first_line(metrics: QFontMetricsF, text: str, width: float) -> tuple[str, str]:
    """The words of `text` that fit on a first line `width` wide, and the rest."""
    words = text.split(" ")
    for count in range(len(words), 0, -1):
        head = " ".join(words[:count])
        if metrics.horizontalAdvance(head) <= width:
            return head, " ".join(words[count:])
    return "", text


def _notes_height(fonts: _Fonts, width: float) -> float:
    heading = fonts.metrics(fonts.heading).height() + 4
    credit = fonts.metrics(fonts.small).boundingRect(
        QRectF(0, 0, width, 10_000), _WRAP, credit_text()
    )
    return heading + _NOTES_BOX + 6 + credit.height()


def _draw_notes(painter: QPainter, page: QRectF, fonts: _Fonts, top: float) -> None:
    """A box for the trainer's and the client's notes, then the source of the exercises.
    The box takes the rest of the page, and at least _NOTES_BOX points (see _paginate)."""
    y = top
    painter.setPen(INK)
    painter.setFont(fonts.heading)
    heading_h = fonts.metrics(fonts.heading).height()
    painter.drawText(
        QRectF(0, y, page.width(), heading_h), _LEFT_ONE_LINE, translate("handout", "Notes")
    )
    y += heading_h + 4
    credit_h = fonts.metrics(fonts.small).boundingRect(
        QRectF(0, 0, page.width(), 10_000), _WRAP, credit_text()
    )
    room = page.height() - _FOOTER - y - 6 - credit_h.height() - 4
    box = QRectF(0, y, page.width(), max(room, _NOTES_BOX))
    painter.setPen(QPen(RULE, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(QPen(RULE, 0.5, Qt.PenStyle.DotLine))
    line = 22.0
    rule_y = y + line
    while rule_y < box.bottom() - 6:
        painter.drawLine(QPointF(8, rule_y), QPointF(page.width() - 8, rule_y))
        rule_y += line
    y = box.bottom() + 6
    painter.setFont(fonts.small)
    painter.setPen(SOFT_INK)
    painter.drawText(QRectF(0, y, page.width(), page.height() - _FOOTER - y), _WRAP, credit_text())


def _draw_footer(
    painter: QPainter, page: QRectF, fonts: _Fonts, routine: Routine, number: int, count: int
) -> None:
    painter.setFont(fonts.small)
    painter.setPen(SOFT_INK)
    height = fonts.metrics(fonts.small).height()
    rect = QRectF(0, page.height() - height, page.width(), height)
    made = translate("handout", "{routine}, made with HipTimer").format(
        routine=routine_name(routine.name)
    )
    painter.drawText(rect, _LEFT_ONE_LINE, made)
    painter.drawText(
        rect,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        translate("handout", "page {number} of {count}").format(number=number, count=count),
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
        doses: SideDoses | None = None,
    ) -> None:
        self.exercise = exercise
        self.doses = doses if doses is not None else starting_doses([exercise])
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
        out = [(fonts.heading, INK, f"{self.number}. {exercise_name(e)}", False)]
        # One-sided doses already name their side ("2 x 12 reps, left side only").
        both = len(e.sides.order) == 2
        sides = f"  ·  {side_order_text(e.sides)}" if both else ""
        out.append((fonts.body, INK, f"{row_dose_text(e, self.doses)}{sides}", False))
        for side in e.sides.order:
            if side is not None:
                out.append((fonts.body, INK, body_line(e, side), False))
        out.append((fonts.body, SOFT_INK, tempo_text(e), False))
        if rests_text(e):
            out.append((fonts.body, SOFT_INK, rests_text(e), False))
        if e.equipment:
            out.append(
                (
                    fonts.body,
                    SOFT_INK,
                    translate("_Block", "You need: ")
                    + ", ".join(equipment_name(e, item) for item in e.equipment),
                    False,
                )
            )
        for cue in e.cues:
            out.append((fonts.body, INK, cue_text(e, cue), True))
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
        peak = translate("_Block", "hold") if e.mode is Mode.HOLD else translate("_Block", "top")
        start = translate("_Block", "start")
        for box, movement, label in ((boxes[0], 0.0, start), (boxes[1], 1.0, peak)):
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
        cell = min(_MAX_CELL, (self.width - _LABEL_W) / SESSIONS)
        painter.setFont(self.fonts.small)
        painter.setPen(SOFT_INK)
        bottom = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        painter.drawText(
            QRectF(0, top, _LABEL_W - 4, _GRID_HEAD),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            translate("_Block", "Session"),
        )
        for session in range(SESSIONS):
            x = left + session * cell
            painter.drawText(QRectF(x, top, cell, _GRID_HEAD), bottom, str(session + 1))
        for r, label in enumerate(rows):
            y = top + _GRID_HEAD + _ROW * r
            painter.setFont(self.fonts.body)
            painter.setPen(INK)
            painter.drawText(QRectF(0, y, _LABEL_W - 4, _ROW), _LEFT_ONE_LINE, label)
            painter.setPen(QPen(RULE, 0.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for session in range(SESSIONS):
                x = left + session * cell
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


def _paginate(
    blocks: list[_Block], page: QRectF, header: float, notes: float
) -> list[list[_Block]]:
    """Blocks per page; the notes box goes after the last one, on a page of its own if
    it does not fit (an empty list of blocks)."""
    pages: list[list[_Block]] = [[]]
    y = header
    for block in blocks:
        if pages[-1] and y + block.height > page.height() - _FOOTER:
            pages.append([])
            y = 0.0
        pages[-1].append(block)
        y += block.height + _GAP
    if y + notes > page.height() - _FOOTER:
        pages.append([])
    return pages
