"""The routine editor's Progression box (issue 15 point 4): whether doses progress from
each client's history in this routine, and, for the selected exercise, the top of its rep
range and its highest resistance level. They travel in routine files (version 4)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from hiptimer.core.i18n import translate
from hiptimer.core.progression import plan_for
from hiptimer.core.routine import MAX_REPS, Exercise, Mode


class ProgressionBox(QGroupBox):
    # The routine's on/off, as the trainer set it.
    progression_set = Signal(bool)
    # (field name, the selected exercise with the new limit): as ExerciseForm.edited.
    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ProgressionBox", "Progression"), parent)
        self.setObjectName("progressionBox")
        self._exercise: Exercise | None = None
        self.enabled = QCheckBox(
            translate("ProgressionBox", "&Progress doses from the history in this routine")
        )
        self.enabled.setToolTip(
            translate(
                "ProgressionBox",
                "Suggest each client's next dose per side from their sessions, pain and effort",
            )
        )
        self.enabled.setChecked(True)
        self.enabled.toggled.connect(self.progression_set)
        self.top_reps = QSpinBox()
        self.top_reps.setRange(0, MAX_REPS)
        # 0 shows as the usual top of the range for the exercise.
        self.top_reps.setSpecialValueText(translate("ProgressionBox", "usual"))
        self.top_reps.setAccessibleName(translate("ProgressionBox", "Top of the rep range"))
        self.top_reps.setAccessibleDescription(
            translate("ProgressionBox", "The most reps per set progression may give")
        )
        self.top_reps.valueChanged.connect(self._reps_changed)
        self.top_level = QComboBox()
        self.top_level.setAccessibleName(translate("ProgressionBox", "Highest level"))
        self.top_level.setAccessibleDescription(
            translate("ProgressionBox", "The hardest band or step progression may move up to")
        )
        self.top_level.currentIndexChanged.connect(self._level_changed)
        form = QFormLayout(self)
        form.addRow(self.enabled)
        self.limits_label = QLabel(translate("ProgressionBox", "Limits for the selected exercise:"))
        form.addRow(self.limits_label)
        form.addRow(translate("ProgressionBox", "Top o&f the rep range"), self.top_reps)
        form.addRow(translate("ProgressionBox", "Highest &level"), self.top_level)
        self.set_exercise(None)

    def set_progression(self, on: bool) -> None:
        self.enabled.blockSignals(True)
        self.enabled.setChecked(on)
        self.enabled.blockSignals(False)
        self._enable_limits()

    def set_exercise(self, exercise: Exercise | None) -> None:
        """Show the limits of the selected exercise (None: nothing selected)."""
        self._exercise = exercise
        plan = plan_for(exercise.id) if exercise is not None else None
        for widget in (self.top_reps, self.top_level):
            widget.blockSignals(True)
        self.top_reps.setValue(exercise.top_reps or 0 if exercise is not None else 0)
        self.top_level.clear()
        self.top_level.addItem(translate("ProgressionBox", "no limit"), None)
        if plan is not None:
            for level in range(len(plan.ladder.levels)):
                label = plan.ladder.label(level)
                self.top_level.addItem(label or "", label)
        found = self.top_level.findData(exercise.top_level) if exercise is not None else 0
        self.top_level.setCurrentIndex(max(found, 0))
        for widget in (self.top_reps, self.top_level):
            widget.blockSignals(False)
        self._enable_limits()

    def _enable_limits(self) -> None:
        exercise = self._exercise
        on = self.enabled.isChecked() and exercise is not None
        # A hold has no rep range (a limit left from its reps days can still be cleared).
        reps = exercise is not None and (exercise.mode is Mode.REPS or bool(exercise.top_reps))
        self.top_reps.setEnabled(on and reps)
        self.top_level.setEnabled(on and self.top_level.count() > 1)

    def _reps_changed(self, value: int) -> None:
        if self._exercise is not None:
            self._edit("top_reps", dataclasses.replace(self._exercise, top_reps=value or None))

    def _level_changed(self, index: int) -> None:
        if self._exercise is not None and index >= 0:
            level = self.top_level.itemData(index)
            self._edit("top_level", dataclasses.replace(self._exercise, top_level=level))

    def _edit(self, key: str, exercise: Exercise) -> None:
        if exercise != self._exercise:
            self._exercise = exercise
            self.edited.emit(key, exercise)
