"""The end screen: what was done against the plan, and two quick inputs about how it felt."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.routine import Routine
from hiptimer.core.session import Outcome, SetResult
from hiptimer.core.timeline import Timeline
from hiptimer.core.wording import clock_text, side_name
from hiptimer.present.cues import kept_text
from hiptimer.present.summary import (
    SummaryRow,
    end_heading,
    planned_sets,
    row_mark,
    summarize,
)
from hiptimer.ui.quick_answers import QuickAnswers
from hiptimer.ui.readable import text_scale

EFFORT_DEFAULT = 5
NOTE_MAX = 500
COLUMNS = (
    QT_TRANSLATE_NOOP("EndScreen", "Exercise"),
    QT_TRANSLATE_NOOP("EndScreen", "Side"),
    QT_TRANSLATE_NOOP("EndScreen", "Planned"),
    QT_TRANSLATE_NOOP("EndScreen", "Done"),
    QT_TRANSLATE_NOOP("EndScreen", "Time"),
)


class EndScreen(QWidget):
    save_requested = Signal(int, str)
    again_requested = Signal()
    # "Export this session…": the session could not be saved in the history.
    export_requested = Signal()
    # The quick answers (list of hiptimer.core.progression.Feedback), once given or skipped.
    answers_given = Signal(list)
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endScreen")
        self.rows: list[SummaryRow] = []
        self.title = QLabel()
        self.title.setObjectName("endTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("endSubtitle")
        self.subtitle.setWordWrap(True)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("results")
        self.table.setHorizontalHeaderLabels([translate("EndScreen", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(translate("EndScreen", "Sets done"))
        self.table.setAccessibleDescription(
            translate("EndScreen", "Each exercise and side: sets planned, done and time")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        effort_label = QLabel(translate("EndScreen", "How hard was it? (1 easy … 10 all-out)"))
        effort_label.setObjectName("effortLabel")
        self.effort_label = effort_label
        self.effort_slider = QSlider(Qt.Orientation.Horizontal)
        self.effort_slider.setObjectName("effortSlider")
        self.effort_slider.setRange(1, 10)
        self.effort_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.effort_slider.setTickInterval(1)
        self.effort_slider.setPageStep(1)
        self.effort_slider.setAccessibleName(translate("EndScreen", "Effort"))
        self.effort_slider.setAccessibleDescription(
            translate("EndScreen", "How hard the session was, from 1 easy to 10 all-out")
        )
        self.effort = QSpinBox()
        self.effort.setObjectName("effort")
        self.effort.setRange(1, 10)
        self.effort.setAccessibleName(translate("EndScreen", "Effort from 1 to 10"))
        self.effort.setAccessibleDescription(
            translate("EndScreen", "How hard the session was, from 1 easy to 10 all-out")
        )
        effort_label.setBuddy(self.effort)
        self.effort_slider.valueChanged.connect(self.effort.setValue)
        self.effort.valueChanged.connect(self.effort_slider.setValue)
        self.effort.setValue(EFFORT_DEFAULT)

        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(
            translate("EndScreen", "Pain or comfort note (optional), e.g. “left knee a bit sore”")
        )
        self.note.setClearButtonEnabled(True)
        self.note.setAccessibleName(translate("EndScreen", "Note"))
        self.note.setAccessibleDescription(
            translate("EndScreen", "Pain or comfort note, optional; Enter saves")
        )

        self.save_button = QPushButton(translate("EndScreen", "Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.save_button.setToolTip(
            translate("EndScreen", "Save how it felt with this session (Enter)")
        )
        self.save_button.clicked.connect(self._save)
        # Enter in the note reaches keyPressEvent below, which saves (once).
        self.again_button = QPushButton(translate("EndScreen", "Back to start"))
        self.again_button.setObjectName("againButton")
        self.again_button.setToolTip(
            translate("EndScreen", "Back to the routine, ready for next time (Enter once saved)")
        )
        self.again_button.clicked.connect(self.again_requested)
        self.history_button = QPushButton(translate("EndScreen", "See histor&y  (Ctrl+H)"))
        self.history_button.setObjectName("historyButton")
        self.history_button.setToolTip(
            translate("EndScreen", "This session among the others: charts and sets")
        )
        self.history_button.clicked.connect(self.history_requested)
        self.history_button.hide()  # shown once a history is linked (offer_history)
        self.saved = QLabel()
        self.saved.setObjectName("savedMessage")
        # Shown only when the history could not take this session (a full disk).
        self.unsaved = QLabel()
        self.unsaved.setObjectName("unsavedMessage")
        self.unsaved.setWordWrap(True)
        self.unsaved.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")
        self.export_button = QPushButton(translate("EndScreen", "Export this session as CSV…"))
        self.export_button.setObjectName("exportUnsavedButton")
        self.export_button.setToolTip(
            translate("EndScreen", "Keep a copy of this session in a file you choose")
        )
        self.export_button.clicked.connect(self.export_requested)
        self.unsaved_row = QWidget()
        unsaved_layout = QHBoxLayout(self.unsaved_row)
        unsaved_layout.setContentsMargins(0, 0, 0, 0)
        unsaved_layout.addWidget(self.unsaved, 1)
        unsaved_layout.addWidget(self.export_button)
        self.unsaved_row.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.unsaved_row)
        layout.addWidget(self.table, 1)
        self.quick = QuickAnswers()
        self.quick.finished.connect(self._answered)
        self.quick.hide()
        layout.addWidget(self.quick)
        # What will change next time, once the quick answers are in (issue 15).
        self.next_time = QLabel()
        self.next_time.setObjectName("nextTime")
        self.next_time.setWordWrap(True)
        self.next_time.hide()
        layout.addWidget(self.next_time)
        effort_row = QHBoxLayout()
        effort_row.addWidget(effort_label)
        effort_row.addWidget(self.effort_slider, 1)
        effort_row.addWidget(self.effort)
        layout.addLayout(effort_row)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def show_results(
        self,
        ran: Routine | Timeline,
        outcome: Outcome,
        results: tuple[SetResult, ...],
        resumed_with: int | None = None,
    ) -> None:
        """ran: the timeline the session ran (its doses per side), or just its routine;
        resumed_with: for a session that went on after a break, the sets done before."""
        timeline = ran if isinstance(ran, Timeline) else None
        routine = ran.routine if isinstance(ran, Timeline) else ran
        heading = end_heading(
            finished=outcome is Outcome.FINISHED,
            resumed=resumed_with is not None,
            done=sum(1 for r in results if not r.skipped),
            planned=planned_sets(routine, timeline),
            earlier=resumed_with or 0,
            active=clock_text(sum(r.active_seconds for r in results)),
        )
        self.title.setText(heading.title)
        kept = f"{kept_text()} " if outcome is not Outcome.FINISHED else ""
        hint = translate("EndScreen", "Rate the effort and add a note, then Save.")
        self.subtitle.setText(f"{kept}{heading.counts} {hint}")
        self.rows = summarize(routine, results, timeline)
        self.table.setRowCount(len(self.rows))
        for row, summary in enumerate(self.rows):
            mark = row_mark(summary)
            side = side_name(summary.side) if summary.side is not None else "—"
            cells = (summary.exercise, side, summary.planned, mark + summary.done, summary.time)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.effort.setValue(EFFORT_DEFAULT)
        self.note.clear()
        self.saved.clear()
        for widget in (self.effort, self.effort_slider, self.note, self.save_button):
            widget.setEnabled(True)
        self.save_button.setText(translate("EndScreen", "Save"))
        self.next_time.clear()
        self.next_time.hide()
        self.quick.ask(routine, results)
        self.focus_first()

    def focus_first(self) -> None:
        """The quick answers while they are asked, then the effort."""
        if self.quick.isVisible() and self.quick.asking:
            self.quick.setFocus()
        else:
            self.effort.setFocus()

    def _answered(self, answers: list[object]) -> None:
        self.answers_given.emit(answers)
        self.effort.setFocus()

    def show_next_time(self, text: str) -> None:
        """One line on what changes next time ("Next time: clamshells left 2 x 17 ...")."""
        self.next_time.setText(text)
        self.next_time.setVisible(bool(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter saves (Save is the default); once saved, Enter goes back to the start.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.save_button.isEnabled():
                self._save()
            else:
                self.again_requested.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: object) -> None:
        self._rescale()

    def _rescale(self) -> None:
        """Text grows with the window, so a full screen reads from the mat too."""
        height = max(self.height(), 400)
        scale = text_scale(self)  # the desktop's text size raises the least and most
        px = int(min(max(height * 0.02, 13 * scale), 26 * scale))
        for widget, factor, bold in (
            (self.title, 2.0, True),
            (self.subtitle, 1.15, False),
            (self.table, 1.0, False),
            (self.note, 1.0, False),
            (self.effort, 1.0, False),
            (self.effort_label, 1.0, False),
            (self.saved, 1.0, False),
            (self.quick.question, 1.1, True),
            (self.next_time, 1.0, False),
            (self.unsaved, 1.0, True),
            (self.export_button, 1.0, False),
            (self.save_button, 1.0, True),
            (self.again_button, 1.0, False),
            (self.history_button, 1.0, False),
        ):
            font = QFont(self.font())
            font.setPixelSize(int(px * factor))
            font.setBold(bold)
            widget.setFont(font)
        self.table.horizontalHeader().setFont(self.table.font())
        self.table.verticalHeader().setDefaultSectionSize(int(px * 2.0))
        for button in (self.save_button, self.again_button, self.history_button):
            button.setMinimumHeight(int(px * 2.4))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._rescale()
        super().changeEvent(event)

    def offer_history(self) -> None:
        """Show "See history": a history is there to see (its window answers Ctrl+H)."""
        self.history_button.show()

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.save_requested.emit(self.effort.value(), self.note.text().strip())

    def show_unsaved(self, text: str) -> None:
        """Say plainly that this session is not in the history, and offer the export.

        Stays until `clear_unsaved` (the results of the same session may come after)."""
        self.unsaved.setText(text)
        self.unsaved_row.show()

    def clear_unsaved(self) -> None:
        self.unsaved.clear()
        self.unsaved_row.hide()

    @property
    def is_unsaved(self) -> bool:
        return not self.unsaved_row.isHidden()

    def mark_saved(self, message: str = "") -> None:
        message = message or translate("EndScreen", "Saved with this session.")
        if self.is_unsaved:
            message = translate(
                "EndScreen", "Kept with the session, which is not saved yet (see above)."
            )
        self.saved.setText(message)
        for widget in (self.effort, self.effort_slider, self.note, self.save_button):
            widget.setEnabled(False)
        self.save_button.setText(
            translate("EndScreen", "Kept") if self.is_unsaved else translate("EndScreen", "Saved")
        )
        self.again_button.setFocus()
