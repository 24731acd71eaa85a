"""The routine editor's timeline preview: the total time and every step with its start
and length, or a note saying what to fix before there is a timeline to show."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from hiptimer.core.i18n import translate
from hiptimer.core.routine import Routine
from hiptimer.core.timeline import Timeline, compile_routine
from hiptimer.core.wording import clock_text


class TimelinePreview(QGroupBox):
    def __init__(self) -> None:
        super().__init__(translate("TimelinePreview", "Timeline"))
        self.total_label = QLabel()
        font = QFont(self.total_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.total_label.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                translate("TimelinePreview", "At"),
                translate("TimelinePreview", "Step"),
                translate("TimelinePreview", "Time"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(translate("TimelinePreview", "Timeline preview"))
        box = QVBoxLayout(self)
        box.addWidget(self.total_label)
        box.addWidget(self.note)
        box.addWidget(self.tree, 1)

    def show_routine(self, routine: Routine, has_problems: bool) -> Timeline | None:
        """Show the routine's timeline; None (and a note) while it has problems."""
        self.tree.clear()
        if has_problems:
            self.total_label.setText(translate("TimelinePreview", "Total: –"))
            self.note.show()
            self.note.setText(
                translate("TimelinePreview", "Fix the marked fields to see the timeline.")
                if routine.exercises
                else translate(
                    "TimelinePreview", "Add exercises from the library to see the timeline."
                )
            )
            return None
        timeline = compile_routine(routine)
        total = translate("TimelinePreview", "Total: {time}")
        self.total_label.setText(total.format(time=clock_text(timeline.total_seconds)))
        paced = any(step.self_paced for step in timeline.steps)
        self.note.setText(
            translate("TimelinePreview", "Self-paced sets are counted at 3 s per repetition.")
        )
        self.note.setVisible(paced)
        at = 0.0
        items = []
        for step in timeline.steps:
            if step.seconds is not None:
                length = clock_text(step.seconds)
            elif step.self_paced:
                length = f"~{clock_text(step.planned_seconds)}"
            else:
                length = ""
            items.append(QTreeWidgetItem([clock_text(at), step.title, length]))
            at += step.planned_seconds
        self.tree.addTopLevelItems(items)
        return timeline
