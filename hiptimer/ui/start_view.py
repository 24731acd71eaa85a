"""The start screen: the routine at a glance and one big Start button."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.builtin import equipment_name, exercise_name, routine_name
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Exercise, Routine
from hiptimer.core.text import inert
from hiptimer.core.timeline import Timeline
from hiptimer.core.wording import dose_line, minutes_short, minutes_text
from hiptimer.ui.readable import body_pixels, order_tabs, text_scale

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from hiptimer.ui.picture_cache import CustomPictures


# A start-list picture's height in pixels: readable at the least, not huge at the most.
MIN_PICTURE = 48
MAX_PICTURE = 150
# An exercise row's margins above and below its picture (see ExerciseRow).
ROW_MARGINS = 12


def set_plain_text(label: QLabel, text: str) -> None:
    """Show text as it is, never as HTML (a name from a file may hold markup).

    A label shows text without a "<" as plain text whatever its format; Qt's namespace,
    which holds the plain-text format, takes ~25 ms to load in PySide6 (start-up time),
    so the format is only set for a text that needs it."""
    if "<" in text:
        from PySide6.QtCore import Qt

        label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


class ExerciseRow(QFrame):
    def __init__(
        self,
        number: int,
        exercise: Exercise,
        seconds: float,
        parent: QWidget | None = None,
        pictures: CustomPictures | None = None,
    ) -> None:
        super().__init__(parent)
        self.exercise = exercise
        # The routine's own pictures: a custom exercise's shows instead of its name card.
        self.pictures = pictures
        self.setObjectName("exerciseRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, ROW_MARGINS // 2, 12, ROW_MARGINS // 2)
        layout.setSpacing(16)
        self.picture = QLabel()
        self.picture.setObjectName("picture")
        self.picture.setAccessibleName(
            translate("ExerciseRow", "Picture of {name}").format(
                name=inert(exercise_name(exercise))
            )
        )
        self._picture_height = 0
        self._drawn_height = 0
        self.pictures_on = False
        layout.addWidget(self.picture)

        text = QVBoxLayout()
        text.setSpacing(2)
        self.name = QLabel()
        self.name.setObjectName("name")
        set_plain_text(self.name, f"{number}. {inert(exercise_name(exercise))}")
        self.dose = QLabel(dose_line(exercise))
        self.dose.setObjectName("dose")
        needs = (
            ", ".join(equipment_name(exercise, e) for e in exercise.equipment)
            if exercise.equipment
            else translate("ExerciseRow", "nothing")
        )
        self.equipment = QLabel(translate("ExerciseRow", "Needs: {needs}").format(needs=needs))
        self.equipment.setObjectName("equipment")
        # Today's suggested dose per side, with its reason (issue 15); hidden without one.
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.progress.setWordWrap(True)
        self.progress.hide()
        text.addStretch(1)
        for label in (self.name, self.dose, self.equipment):
            text.addWidget(label)
        text.addStretch(1)
        layout.addLayout(text, 1)
        # Beside the text, not under it: the rows keep their height and the list fits.
        layout.addWidget(self.progress, 2)
        self.duration = QLabel(minutes_short(seconds))
        self.duration.setObjectName("duration")
        self.duration.setToolTip(translate("ExerciseRow", "Time for this exercise, with its rests"))
        layout.addWidget(self.duration)

    def set_scale(self, picture_height: int, exact: bool = False) -> None:
        """Size the picture and the text for a row this tall (the start screen's choice).

        A change of a few pixels is let go (no redraw on every step of a window drag)
        unless exact, when the rows must fit their list."""
        if picture_height == self._picture_height or (
            not exact and abs(picture_height - self._picture_height) < 4
        ):
            return
        self._picture_height = picture_height
        # Start and peak side by side (render_still), so the list shows the movement.
        size = QSize(int(picture_height * 2.2), picture_height)
        self.picture.setFixedSize(size)
        self.draw_picture()
        for label, share, bold in (
            (self.name, 0.22, True),
            (self.dose, 0.18, False),
            (self.progress, 0.13, False),
            (self.equipment, 0.15, False),
            (self.duration, 0.18, False),
        ):
            font = QFont(self.font())
            font.setPixelSize(max(int(picture_height * share), 12))
            font.setBold(bold)
            label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._drawn_height = 0  # redraw on the new theme's background
            self.draw_picture()
        super().changeEvent(event)

    def draw_picture(self) -> None:
        """Draw the still picture at the current size (once pictures are switched on)."""
        if not self.pictures_on or self._drawn_height == self._picture_height:
            return
        # Loaded here, not at start-up: the drawing code pulls in more of Qt.
        from PySide6.QtGui import QPalette, QPixmap

        from hiptimer.ui.illustrate import render_still

        self._drawn_height = self._picture_height
        size = self.picture.size()
        ratio = self.devicePixelRatioF() or 1.0
        exercise = self.exercise
        own = self.pictures.image(exercise.picture) if self.pictures is not None else None
        image = render_still(
            exercise.figure,
            exercise.name,
            exercise.sides.order[0],
            QSize(int(size.width() * ratio), int(size.height() * ratio)),
            self.palette().color(QPalette.ColorRole.Base),
            own,
        )
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)


class StartScreen(QWidget):
    start_requested = Signal()
    open_requested = Signal()
    # The person pressed A (or the button): run today's suggested doses (issue 15).
    accept_requested = Signal()
    # The rows were (re)built from the routine: today's doses and suggestions go on them.
    routine_shown = Signal()
    # The morning question's answer: "settled", "same" or "worse".
    morning_answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.title = QLabel()
        self.title.setObjectName("routineName")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.recent = QLabel()
        self.recent.setObjectName("recent")
        self.recent.hide()
        self.week = QLabel()
        self.week.setObjectName("weekProgress")
        self.week.hide()
        self.progress_note = QLabel()
        self.progress_note.setObjectName("progressNote")
        self.progress_note.setWordWrap(True)
        self.progress_note.hide()
        # Asked on the next start when the last session had pain (issue 15).
        self.morning = QLabel(
            translate(
                "StartScreen",
                "Compared with before, your pain this morning is:"
                "  1 settled  ·  2 same  ·  3 worse",
            )
        )
        self.morning.setObjectName("morningQuestion")
        self.morning.setWordWrap(True)
        self.morning.hide()
        self.accept_button = QPushButton(translate("StartScreen", "&Accept today's doses  (A)"))
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.setToolTip(
            translate("StartScreen", "Run today's suggested dose on each side from now on (A)")
        )
        self.accept_button.clicked.connect(self.accept_requested)
        self.accept_button.hide()  # shown while there are suggestions to take
        # A is made when the first suggestion is offered (see show_progress); the
        # morning question's keys 1, 2 and 3 are made when it is first asked (see ask_morning).
        self._morning_keys = False
        self._accept_key = False

        self.rows = QWidget()
        self.rows.setObjectName("exerciseList")
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)
        scroll = QScrollArea()
        # A viewport of our own: asking Qt for the one it made (viewport()) makes PySide6
        # look up its Python class among every QtWidgets class (~25 ms of start-up).
        self.list_viewport = QWidget()
        scroll.setViewport(self.list_viewport)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.list_area = scroll
        scroll.setAccessibleName(translate("StartScreen", "Exercises in the routine"))
        scroll.setAccessibleDescription(
            translate("StartScreen", "Each exercise with its dose, what it needs and its time")
        )
        # The rows are sized for the list's height: the window's, less the profile
        # picker, the title and the "Last session" line when they show.
        self.list_viewport.installEventFilter(self)

        self.start_button = QPushButton(translate("StartScreen", "Start  (Enter)"))
        self.start_button.setObjectName("startButton")
        self.start_button.setToolTip(translate("StartScreen", "Start the routine (Enter)"))
        # The one thing to press: in the palette's highlight colour, whatever the theme.
        self.start_button.setStyleSheet(
            "QPushButton#startButton { background: palette(highlight);"
            " color: palette(highlighted-text); border: none; border-radius: 10px;"
            " padding: 6px 24px; }"
            "QPushButton#startButton:hover { background: palette(link); }"
            "QPushButton#startButton:focus { outline: none; border: 3px solid palette(text); }"
        )
        self.start_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start_button.clicked.connect(self.start_requested)
        self.open_button = QPushButton(translate("StartScreen", "Open a routine file…  (Ctrl+O)"))
        self.open_button.setObjectName("openButton")
        self.open_button.setToolTip(
            translate("StartScreen", "Follow a routine from a file (Ctrl+O)")
        )
        self.open_button.clicked.connect(self.open_requested)

        self._pictures_on = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.recent)
        layout.addWidget(self.week)
        layout.addWidget(self.morning)
        layout.addWidget(self.progress_note)
        layout.addWidget(scroll, 1)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.open_button)
        self.buttons.addWidget(self.accept_button)
        self.buttons.addWidget(self.start_button, 1)
        layout.addLayout(self.buttons)

    def show_routine(
        self, routine: Routine, timeline: Timeline, pictures: CustomPictures | None = None
    ) -> None:
        """pictures: the routine's own pictures (decoded when the rows are drawn)."""
        set_plain_text(self.title, inert(routine_name(routine.name)))
        self._show_summary(routine, timeline)
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for number, exercise in enumerate(routine.exercises, start=1):
            if number > 1:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                self.rows_layout.addWidget(line)
            seconds = _seconds_of(timeline, exercise)
            row = ExerciseRow(number, exercise, seconds, pictures=pictures)
            row.pictures_on = self._pictures_on
            self.rows_layout.addWidget(row)
        self.rows_layout.addStretch(1)
        self._rescale()
        self._fit_rows()
        self.routine_shown.emit()

    def _show_summary(self, routine: Routine, timeline: Timeline) -> None:
        count = len(routine.exercises)
        two_sided = all(e.sides.order[0] is not None for e in routine.exercises)
        parts = [
            translate("StartScreen", "%n exercise", None, count)
            if count == 1
            else translate("StartScreen", "%n exercises", None, count),
            translate("StartScreen", "{minutes} in all").format(
                minutes=minutes_text(timeline.total_seconds)
            ),
        ]
        if two_sided:
            parts.append(translate("StartScreen", "each side in turn"))
        self.summary.setText(" · ".join(parts))

    def show_times(self, timeline: Timeline) -> None:
        """The total and each row's time for the timeline the session will run (today's
        doses per side may add or drop sets)."""
        self._show_summary(timeline.routine, timeline)
        for row in self.exercise_rows():
            row.duration.setText(minutes_short(_seconds_of(timeline, row.exercise)))

    def resizeEvent(self, event: object) -> None:
        self._rescale()

    def _rescale(self) -> None:
        height = max(self.height(), 400)
        # Never below the desktop's text size (body: its body text), which also raises
        # the most; at the default size the least sizes are 24, 14 and 20 pixels.
        body, scale = body_pixels(self), text_scale(self)
        title_font = QFont(self.font())
        title_font.setPixelSize(int(min(max(height * 0.045, 24, 1.6 * body), 60 * scale)))
        title_font.setBold(True)
        self.title.setFont(title_font)
        summary_font = QFont(self.font())
        summary_font.setPixelSize(int(min(max(height * 0.024, 14, body), 30 * scale)))
        self.summary.setFont(summary_font)
        self.recent.setFont(summary_font)
        self.week.setFont(summary_font)
        self.morning.setFont(summary_font)
        start_font = QFont(self.font())
        start_font.setPixelSize(int(min(max(height * 0.036, 20, 1.5 * body), 44 * scale)))
        start_font.setBold(True)
        self.start_button.setFont(start_font)
        self.start_button.setMinimumHeight(int(start_font.pixelSize() * 2.6))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            # The desktop's text size changed: the headings follow it, and the rows are
            # fitted again to the room left (their text grows with their pictures).
            self._rescale()
            self._fit_rows()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list_viewport and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return False

    def _fit_rows(self) -> None:
        """Fill the list when it fits, within readable limits; scroll beyond that.

        The rows are sized from the room really left for them (the profile picker and
        the "Last session" line take some), so the last exercise is not hidden behind
        a scroll bar while a smaller picture would show it. Below the smallest readable
        picture the list scrolls.
        """
        rows = self.exercise_rows()
        if not rows:
            return
        lines = sum(
            widget.sizeHint().height()
            for i in range(self.rows_layout.count())
            if (item := self.rows_layout.itemAt(i)) is not None
            and isinstance(widget := item.widget(), QFrame)
            and not isinstance(widget, ExerciseRow)
        )
        room = self.list_viewport.height() - lines
        # A row is its picture plus its margins; the text beside it is rarely taller.
        picture = int(min(max(room / len(rows) - ROW_MARGINS, MIN_PICTURE), MAX_PICTURE))
        for row in rows:
            row.set_scale(picture)
        for _ in range(3):
            over = sum(row.sizeHint().height() for row in rows) - room
            if over <= 0 or picture <= MIN_PICTURE:
                break
            picture = max(picture - math.ceil(over / len(rows)), MIN_PICTURE)
            for row in rows:
                row.set_scale(picture, exact=True)

    def exercise_rows(self) -> list[ExerciseRow]:
        rows = []
        for i in range(self.rows_layout.count()):
            item = self.rows_layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, ExerciseRow):
                rows.append(widget)
        return rows

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._pictures_on:
            # The list shows at once; its pictures are drawn just after (start-up time).
            self._pictures_on = True
            QTimer.singleShot(0, self.draw_pictures)

    def draw_pictures(self) -> None:
        self._pictures_on = True
        for row in self.exercise_rows():
            row.pictures_on = True
            row.draw_picture()

    def add_button(self, button: QPushButton) -> None:
        """Another tool's button, beside 'Open a routine file' (Start stays last)."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        order_tabs(self)

    def add_top_widget(self, widget: QWidget) -> None:
        """Above the routine's name: the profile picker."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, widget)
        order_tabs(self)

    def set_recent_activity(self, text: str) -> None:
        """One line such as "Last session: Tuesday, 21 min, effort 6" (empty hides it)."""
        self.recent.setText(text)
        self.recent.setVisible(bool(text))  # the list's rows fit what room is left

    def set_week_progress(self, text: str) -> None:
        """'This week: 1 of 3 planned done · streak 2 weeks'; empty hides the line."""
        self.week.setText(text)
        self.week.setVisible(bool(text))

    def show_progress(
        self,
        lines: dict[str, list[str]],
        note: str,
        doses: dict[str, str] | None = None,
        can_accept: bool = False,
    ) -> None:
        """Suggested doses per exercise id (one line per side), the line above the list
        that says how to take them (empty hides both), the dose each exercise runs today
        ("2 x 15 reps per side, green band"; the routine's without one), and whether
        there are suggestions to accept (A and the Accept button)."""
        for row in self.exercise_rows():
            found = lines.get(row.exercise.id, [])
            today = doses.get(row.exercise.id) if doses else None
            row.dose.setText(today or dose_line(row.exercise))
            set_plain_text(row.progress, "\n".join(found))
            row.progress.setVisible(bool(found))
        self.progress_note.setText(note)
        self.progress_note.setVisible(bool(note))
        if can_accept and not self._accept_key:
            self._add_accept_key()
        self.accept_button.setVisible(can_accept)
        self._fit_rows()

    def _add_accept_key(self) -> None:
        """A accepts today's doses; made when first offered, like the morning keys (the Qt
        enums cost start-up time before the first paint)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        self._accept_key = True
        accept_key = QShortcut(QKeySequence("A"), self)
        accept_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        accept_key.activated.connect(self._accept_pressed)

    def _accept_pressed(self) -> None:
        if self.accept_button.isVisible():
            self.accept_requested.emit()

    def ask_morning(self, ask: bool) -> None:
        """Show or hide the morning question (1, 2 or 3 answers it)."""
        if ask and not self._morning_keys:
            self._add_morning_keys()
        if ask != self.morning.isVisible():
            self.morning.setVisible(ask)
            self._fit_rows()

    def _add_morning_keys(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        self._morning_keys = True
        for key, answer in (("1", "settled"), ("2", "same"), ("3", "worse")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda answer=answer: self._morning_pressed(answer))

    def _morning_pressed(self, answer: str) -> None:
        if self.morning.isVisible():
            self.morning.hide()
            self.morning_answered.emit(answer)


def _seconds_of(timeline: Timeline, exercise: Exercise) -> float:
    """An exercise's time with its rests, as the timeline runs it (by id: each side's
    step may carry a dose of its own)."""
    return sum(
        step.planned_seconds
        for step in timeline.steps
        if step.exercise is not None and step.exercise.id == exercise.id
    )
