"""The end screen: what was done against the plan, and two quick inputs about how it felt."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from hiptimer.core.routine import Routine
from hiptimer.core.session import Outcome, SetResult
from hiptimer.ui.cues import KEPT_TEXT, clock_text
from hiptimer.ui.summary import SummaryRow, summarize

EFFORT_DEFAULT = 5
NOTE_MAX = 500
COLUMNS = ("Exercise", "Side", "Planned", "Done", "Time")


class EndScreen(QWidget):
    save_requested = Signal(int, str)
    again_requested = Signal()

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
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        effort_label = QLabel("How hard was it? (1 easy … 10 all-out)")
        effort_label.setObjectName("effortLabel")
        self.effort_label = effort_label
        self.effort_slider = QSlider(Qt.Orientation.Horizontal)
        self.effort_slider.setObjectName("effortSlider")
        self.effort_slider.setRange(1, 10)
        self.effort_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.effort_slider.setTickInterval(1)
        self.effort_slider.setPageStep(1)
        self.effort = QSpinBox()
        self.effort.setObjectName("effort")
        self.effort.setRange(1, 10)
        self.effort.setAccessibleName("Effort from 1 to 10")
        effort_label.setBuddy(self.effort)
        self.effort_slider.valueChanged.connect(self.effort.setValue)
        self.effort.valueChanged.connect(self.effort_slider.setValue)
        self.effort.setValue(EFFORT_DEFAULT)

        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText("Pain or comfort note (optional), e.g. “left knee a bit sore”")
        self.note.setClearButtonEnabled(True)

        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.save_button.setToolTip("Save how it felt with this session (Enter)")
        self.save_button.clicked.connect(self._save)
        self.note.returnPressed.connect(self._save)
        self.again_button = QPushButton("Back to start")
        self.again_button.setObjectName("againButton")
        self.again_button.setToolTip("Back to the routine, ready for next time (Enter once saved)")
        self.again_button.clicked.connect(self.again_requested)
        self.saved = QLabel()
        self.saved.setObjectName("savedMessage")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.table, 1)
        effort_row = QHBoxLayout()
        effort_row.addWidget(effort_label)
        effort_row.addWidget(self.effort_slider, 1)
        effort_row.addWidget(self.effort)
        layout.addLayout(effort_row)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def show_results(
        self, routine: Routine, outcome: Outcome, results: tuple[SetResult, ...]
    ) -> None:
        active = sum(r.active_seconds for r in results)
        done = sum(1 for r in results if not r.skipped)
        sets_done = f"{done} set{'s' * (done != 1)}"
        if outcome is Outcome.FINISHED:
            self.title.setText("Routine complete — well done!")
            self.subtitle.setText(
                f"{sets_done} in {clock_text(active)} of work. "
                "Rate the effort and add a note, then Save."
            )
        else:
            self.title.setText("Session ended early")
            self.subtitle.setText(
                f"{KEPT_TEXT} ({sets_done}, {clock_text(active)} of work.) "
                "Rate the effort and add a note, then Save."
            )
        self.rows = summarize(routine, results)
        self.table.setRowCount(len(self.rows))
        for row, summary in enumerate(self.rows):
            progress = summary.started and summary.done not in ("skipped", "not reached")
            mark = "✓ " if summary.complete else ("… " if progress else "")
            side = summary.side.value.capitalize() if summary.side is not None else "—"
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
        self.save_button.setText("Save")
        self.effort.setFocus()

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
        px = int(min(max(height * 0.02, 13), 26))
        for widget, factor, bold in (
            (self.title, 2.0, True),
            (self.subtitle, 1.15, False),
            (self.table, 1.0, False),
            (self.note, 1.0, False),
            (self.effort, 1.0, False),
            (self.effort_label, 1.0, False),
            (self.saved, 1.0, False),
            (self.save_button, 1.0, True),
            (self.again_button, 1.0, False),
        ):
            font = QFont(self.font())
            font.setPixelSize(int(px * factor))
            font.setBold(bold)
            widget.setFont(font)
        self.table.horizontalHeader().setFont(self.table.font())
        self.table.verticalHeader().setDefaultSectionSize(int(px * 2.0))
        for button in (self.save_button, self.again_button):
            button.setMinimumHeight(int(px * 2.4))

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.save_requested.emit(self.effort.value(), self.note.text().strip())

    def mark_saved(self, message: str = "Saved with this session.") -> None:
        self.saved.setText(message)
        for widget in (self.effort, self.effort_slider, self.note, self.save_button):
            widget.setEnabled(False)
        self.save_button.setText("Saved")
        self.again_button.setFocus()
