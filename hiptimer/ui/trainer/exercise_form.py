"""The fields of one exercise, shared by the exercise editor and the routine editor.

The form never validates by itself: whoever holds it runs the model's validation and
hands the problems back with show_problems(), keyed by the field's path.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.problems import field_message
from hiptimer.core.routine import (
    SIDE_MEANINGS,
    Dose,
    Exercise,
    FieldProblem,
    Mode,
    Rests,
    Side,
    Sides,
    Tempo,
)
from hiptimer.core.wording import body_line, tempo_words
from hiptimer.ui.trainer import descriptions
from hiptimer.ui.trainer.fields import Field, count_box, seconds_box

SIDE_CHOICES: tuple[tuple[str, Sides], ...] = (
    (QT_TRANSLATE_NOOP("ExerciseForm", "Both sides, left first"), Sides.LEFT_FIRST),
    (QT_TRANSLATE_NOOP("ExerciseForm", "Both sides, right first"), Sides.RIGHT_FIRST),
    (QT_TRANSLATE_NOOP("ExerciseForm", "Left side only"), Sides.LEFT_ONLY),
    (QT_TRANSLATE_NOOP("ExerciseForm", "Right side only"), Sides.RIGHT_ONLY),
    (QT_TRANSLATE_NOOP("ExerciseForm", "Both legs together (no sides)"), Sides.NONE),
)
MODE_CHOICES: tuple[tuple[str, Mode], ...] = (
    (QT_TRANSLATE_NOOP("ExerciseForm", "Repetitions"), Mode.REPS),
    (QT_TRANSLATE_NOOP("ExerciseForm", "Hold for a time"), Mode.HOLD),
)
DEFAULT_TEMPO = Tempo(up=1.0, pause=1.0, down=2.0)
_INDEXED = re.compile(r"\[\d+\]$")


def problem_key(subpath: str) -> str:
    """The form field a problem belongs to: 'dose.tempo.up' -> 'dose.tempo', etc."""
    path = _INDEXED.sub("", subpath)
    if path.startswith("dose.tempo"):
        return "dose.tempo"
    if path in ("", "id"):
        return "name"
    if path == "figure":
        return "picture"
    return path


def split_list(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split(",") if item.strip())


class ExerciseForm(QWidget):
    """Fields for one exercise. full=False shows only what a routine may change."""

    # (field key, the exercise as the fields now say)
    edited = Signal(str, object)

    def __init__(self, *, full: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = full
        self._base: Exercise | None = None
        self._loading = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(400)
        self.mode_combo = QComboBox()
        # Item data holds the enum's value: Qt would hand a StrEnum back as a plain str.
        for label, mode in MODE_CHOICES:
            self.mode_combo.addItem(translate("ExerciseForm", label), mode.value)
        self.sides_combo = QComboBox()
        for label, sides in SIDE_CHOICES:
            self.sides_combo.addItem(translate("ExerciseForm", label), sides.value)
        # What left and right mean for the body: a named meaning or the trainer's words.
        self.meaning_combo = QComboBox()
        self.meaning_combo.setEditable(True)
        self.meaning_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.meaning_combo.addItems(SIDE_MEANINGS)
        line = self.meaning_combo.lineEdit()
        if line is not None:  # always there in an editable combo box
            line.setMaxLength(400)
            line.setPlaceholderText(
                translate(
                    "ExerciseForm",
                    "working leg, lying side, standing leg, kneeling leg, or own words",
                )
            )
        self.meaning_combo.setToolTip(
            translate(
                "ExerciseForm",
                "What the side means for the body. Your own words may say {side} and {other}, "
                "for example: Lie on your {other} side, {side} knee opens",
            )
        )
        self.meaning_preview = QLabel()
        self.meaning_preview.setObjectName("sideMeaningPreview")
        self.meaning_preview.setWordWrap(True)
        self.meaning_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.sets_spin = count_box(99)
        self.reps_spin = count_box(999)
        self.hold_spin = seconds_box(9999, 5, 0)
        self.self_paced_check = QCheckBox(
            translate("ExerciseForm", "Self-paced: the runner presses Done")
        )
        self.tempo_up = seconds_box(99, 0.5)
        self.tempo_pause = seconds_box(99, 0.5)
        self.tempo_down = seconds_box(99, 0.5)
        # The session's words for the phases (up, pause, down), so both say the same.
        for box, word in zip(
            (self.tempo_up, self.tempo_pause, self.tempo_down), tempo_words(), strict=True
        ):
            box.setPrefix(f"{word} ")
            phase = translate("ExerciseForm", "Seconds for the {phase} phase of each repetition")
            box.setToolTip(phase.format(phase=word))
            box.setMinimumWidth(112)
        self.rest_sides_spin = seconds_box(9999, 1, 0)
        self.rest_sets_spin = seconds_box(9999, 5, 0)
        self.equipment_edit = QLineEdit()
        self.equipment_edit.setPlaceholderText(
            translate("ExerciseForm", "for example: green band, mat")
        )
        self.cues_edit = QPlainTextEdit()
        self.cues_edit.setPlaceholderText(
            translate("ExerciseForm", "One short cue per line, up to six")
        )
        self.cues_edit.setTabChangesFocus(True)
        self.cues_edit.setMaximumHeight(110)

        self.fields: dict[str, Field] = {}
        self.title = QLabel()
        self.title.setWordWrap(True)
        if full:
            self._row("name", translate("ExerciseForm", "&Name"), self.name_edit)
            self._row("mode", translate("ExerciseForm", "&Kind"), self.mode_combo)
        else:
            form.addRow(self.title)
        self._row("sides", translate("ExerciseForm", "S&ides"), self.sides_combo)
        if full:
            self._row("side_meaning", translate("ExerciseForm", "Side &means"), self.meaning_combo)
            # A blank label keeps the preview in the field column, under the field.
            self._row("side_meaning_preview", " ", self.meaning_preview)
        self._row("dose.sets", translate("ExerciseForm", "S&ets"), self.sets_spin)
        self._row("dose.reps", translate("ExerciseForm", "&Reps per set"), self.reps_spin)
        self._row("dose.hold_seconds", translate("ExerciseForm", "&Hold"), self.hold_spin)
        self._row("self_paced", "", self.self_paced_check)
        self._row(
            "dose.tempo",
            translate("ExerciseForm", "&Tempo"),
            self.tempo_up,
            self.tempo_pause,
            self.tempo_down,
        )
        self._row(
            "rests.between_sides",
            translate("ExerciseForm", "Rest between side&s"),
            self.rest_sides_spin,
        )
        self._row(
            "rests.between_sets",
            translate("ExerciseForm", "Rest between sets"),
            self.rest_sets_spin,
        )
        self._row("equipment", translate("ExerciseForm", "E&quipment"), self.equipment_edit)
        if full:
            self._row("cues", translate("ExerciseForm", "&Cues"), self.cues_edit)

        self.name_edit.textEdited.connect(lambda: self._emit("name"))
        self.mode_combo.currentIndexChanged.connect(lambda: self._emit("mode"))
        self.sides_combo.currentIndexChanged.connect(lambda: self._emit("sides"))
        self.meaning_combo.editTextChanged.connect(lambda: self._emit("side_meaning"))
        self.sets_spin.valueChanged.connect(lambda: self._emit("dose.sets"))
        self.reps_spin.valueChanged.connect(lambda: self._emit("dose.reps"))
        self.hold_spin.valueChanged.connect(lambda: self._emit("dose.hold_seconds"))
        self.self_paced_check.toggled.connect(lambda: self._emit("self_paced"))
        for box in (self.tempo_up, self.tempo_pause, self.tempo_down):
            box.valueChanged.connect(lambda: self._emit("dose.tempo"))
        self.rest_sides_spin.valueChanged.connect(lambda: self._emit("rests.between_sides"))
        self.rest_sets_spin.valueChanged.connect(lambda: self._emit("rests.between_sets"))
        self.equipment_edit.textEdited.connect(lambda: self._emit("equipment"))
        self.cues_edit.textChanged.connect(lambda: self._emit("cues"))
        # Inputs this kind of form does not show still belong to it, hidden: a parentless
        # widget whose signals call back into the form would outlive it.
        unplaced: tuple[QWidget, ...] = (self.name_edit, self.mode_combo, self.meaning_combo)
        for widget in (*unplaced, self.meaning_preview, self.cues_edit, self.title):
            self._keep_hidden(widget)
        descriptions.describe_exercise_form(self)
        self.setEnabled(False)

    def _keep_hidden(self, widget: QWidget) -> None:
        if widget.parentWidget() is None:
            widget.setParent(self)
            widget.hide()

    def _row(self, key: str, label: str, *inputs: QWidget) -> None:
        field = Field(*inputs)
        self.fields[key] = field
        if label:
            self.form.addRow(label, field)
        else:
            self.form.addRow(field)

    # Reading and writing ---------------------------------------------------------------

    def set_exercise(self, exercise: Exercise | None) -> None:
        """Show an exercise without emitting edits (None empties and disables the form)."""
        self._base = exercise
        self._loading = True
        try:
            self.setEnabled(exercise is not None)
            if exercise is None:
                self.title.setText("")
                return
            dose = exercise.dose
            self.title.setText(f"<b>{_escape(exercise.name)}</b>")
            self.name_edit.setText(exercise.name)
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(exercise.mode.value))
            self.sides_combo.setCurrentIndex(self.sides_combo.findData(exercise.sides.value))
            self.meaning_combo.setEditText(exercise.side_meaning or "")
            self.sets_spin.setValue(dose.sets)
            self.reps_spin.setValue(dose.reps or 0)
            self.hold_spin.setValue(dose.hold_seconds or 0)
            self.self_paced_check.setChecked(exercise.mode is Mode.REPS and dose.tempo is None)
            tempo = dose.tempo or DEFAULT_TEMPO
            self.tempo_up.setValue(tempo.up)
            self.tempo_pause.setValue(tempo.pause)
            self.tempo_down.setValue(tempo.down)
            self.rest_sides_spin.setValue(exercise.rests.between_sides)
            self.rest_sets_spin.setValue(exercise.rests.between_sets)
            self.equipment_edit.setText(", ".join(exercise.equipment))
            if self.cues_edit.toPlainText().splitlines() != list(exercise.cues):
                self.cues_edit.setPlainText("\n".join(exercise.cues))
            self._update_visibility()
        finally:
            self._loading = False

    def exercise(self) -> Exercise | None:
        """The exercise as the fields say; the parts the form does not show stay as given."""
        base = self._base
        if base is None:
            return None
        mode = self._mode()
        if mode is Mode.HOLD:
            dose = Dose(sets=self.sets_spin.value(), hold_seconds=self.hold_spin.value())
        else:
            tempo = None
            if not self.self_paced_check.isChecked():
                tempo = Tempo(
                    up=self.tempo_up.value(),
                    pause=self.tempo_pause.value(),
                    down=self.tempo_down.value(),
                )
            dose = Dose(sets=self.sets_spin.value(), reps=self.reps_spin.value(), tempo=tempo)
        changes: dict[str, object] = {
            "mode": mode,
            "sides": self._sides(),
            "dose": dose,
            "rests": Rests(
                between_sides=self.rest_sides_spin.value(),
                between_sets=self.rest_sets_spin.value(),
            ),
            "equipment": split_list(self.equipment_edit.text()),
        }
        if self.full:
            changes["side_meaning"] = self.meaning_combo.currentText().strip() or None
            changes["name"] = self.name_edit.text().strip()
            changes["cues"] = tuple(
                line.strip() for line in self.cues_edit.toPlainText().splitlines() if line.strip()
            )
        return dataclasses.replace(base, **changes)  # type: ignore[arg-type]

    def _emit(self, key: str) -> None:
        if self._loading or self._base is None:
            return
        if key == "mode" and self.reps_spin.value() == 0:
            self._loading = True
            self.reps_spin.setValue(10)  # a fresh switch to repetitions starts somewhere sane
            self._loading = False
        if key == "mode" and self.hold_spin.value() == 0:
            self._loading = True
            self.hold_spin.setValue(30)
            self._loading = False
        self._update_visibility()
        exercise = self.exercise()
        self._base = exercise
        self.edited.emit(key, exercise)

    def _update_visibility(self) -> None:
        hold = self._mode() is Mode.HOLD
        paced = not self.self_paced_check.isChecked()
        self._show("dose.reps", not hold)
        self._show("self_paced", not hold)
        self._show("dose.tempo", not hold and paced)
        self._show("dose.hold_seconds", hold)
        both = len(self._sides().order) > 1
        self.rest_sides_spin.setEnabled(both)
        self.rest_sides_spin.setToolTip(
            "" if both else translate("ExerciseForm", "Only used when both sides are worked")
        )
        if self.full:
            sided = self._sides() is not Sides.NONE
            self._show("side_meaning", sided)
            self._show("side_meaning_preview", sided)
            self.meaning_preview.setText(self._preview())

    def _preview(self) -> str:
        """How the session will say each side, from the fields as they are."""
        meaning = self.meaning_combo.currentText().strip() or None
        probe = Exercise(
            id="preview",
            name="preview",
            mode=Mode.REPS,
            dose=Dose(sets=1, reps=1),
            side_meaning=meaning,
        )
        sides = [side for side in self._sides().order if side is not None] or list(Side)
        return "\n".join(body_line(probe, side) for side in sides)

    def _mode(self) -> Mode:
        if self.full:
            return Mode(self.mode_combo.currentData())
        return self._base.mode if self._base else Mode.REPS

    def _sides(self) -> Sides:
        return Sides(self.sides_combo.currentData())

    def _show(self, key: str, visible: bool) -> None:
        field = self.fields[key]
        field.setVisible(visible)
        label = self.form.labelForField(field)
        if label is not None:
            label.setVisible(visible)

    # Problems --------------------------------------------------------------------------

    def show_problems(self, problems: list[FieldProblem], prefix: str) -> None:
        """Put each problem whose path starts with prefix next to its field."""
        messages: dict[str, list[str]] = {}
        for problem in problems:
            if problem.path == prefix or problem.path.startswith(prefix + "."):
                subpath = problem.path[len(prefix) + 1 :]
                key = problem_key(subpath)
                if key not in self.fields:
                    key = "name" if "name" in self.fields else "sides"
                messages.setdefault(key, []).append(field_message(subpath, key, problem.message))
        for key, field in self.fields.items():
            field.set_problem("; ".join(messages.get(key, [])))

    def problem_shown(self, key: str) -> str:
        return self.fields[key].error.message


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
