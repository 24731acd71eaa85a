"""The custom exercise editor: a dialog that saves one exercise into a profile's library.

Entry point: edit_exercise(store, exercise=None, parent=None) -> Exercise | None, modal.
For a new exercise pass None; to duplicate a built-in pass duplicate_of(built_in).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.builtin import BUILT_IN_EXERCISES
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Dose, Exercise, FieldProblem, Mode, Sides, exercise_problems
from hiptimer.exchange.picture_files import PictureError
from hiptimer.profiles.saved import LibraryError, LibraryStore
from hiptimer.ui.trainer import descriptions
from hiptimer.ui.trainer.exercise_form import DEFAULT_TEMPO, ExerciseForm
from hiptimer.ui.trainer.fields import ErrorLabel
from hiptimer.ui.trainer.picture_picker import ExercisePicture, read_picture_file

FIGURE_CHOICES = tuple((e.name, e.id) for e in BUILT_IN_EXERCISES)


def blank_exercise() -> Exercise:
    return Exercise(
        id="new-exercise",
        name="",
        mode=Mode.REPS,
        dose=Dose(sets=2, reps=10, tempo=DEFAULT_TEMPO),
        sides=Sides.LEFT_FIRST,
    )


def duplicate_of(exercise: Exercise) -> Exercise:
    """A copy to make one's own: new name; the id is chosen when it is saved."""
    return dataclasses.replace(
        exercise,
        id="new-exercise",
        name=translate("exercise_editor", "{name} (copy)").format(name=exercise.name),
    )


class ExerciseEditorDialog(QDialog):
    """Edit a custom exercise. saved(Exercise) is emitted after it is in the library."""

    saved = Signal(object)

    def __init__(
        self,
        store: LibraryStore,
        exercise: Exercise | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        existing = exercise is not None and any(
            e.id == exercise.id for e in store.custom_exercises()
        )
        # A new exercise (or a duplicate) gets its id from its name when saved.
        self._is_new = not existing
        start = exercise or blank_exercise()
        if store.is_built_in(start.id):
            start = duplicate_of(start)
        self._exercise = start
        self._pending_picture: bytes | None = None
        self._file_error = ""
        title = (
            translate("ExerciseEditorDialog", "New exercise ({profile})")
            if self._is_new
            else translate("ExerciseEditorDialog", "Edit exercise: {name} ({profile})")
        )
        self.setWindowTitle(title.format(name=start.name, profile=store.folder.name))
        self.setMinimumWidth(900)

        self.form = ExerciseForm(full=True)
        self.form.set_exercise(start)
        self.form.edited.connect(self._on_edited)

        picture_box = QGroupBox(translate("ExerciseEditorDialog", "Picture"))
        grid = QGridLayout(picture_box)
        self.figure_radio = QRadioButton(translate("ExerciseEditorDialog", "&Drawn figure"))
        self.file_radio = QRadioButton(translate("ExerciseEditorDialog", "&Own picture"))
        self.file_radio.setToolTip(
            translate("ExerciseEditorDialog", "A PNG or JPEG file, such as a photo of the exercise")
        )
        self.card_radio = QRadioButton(translate("ExerciseEditorDialog", "Name card onl&y"))
        self._group = QButtonGroup(self)
        for radio in (self.figure_radio, self.file_radio, self.card_radio):
            self._group.addButton(radio)
        self.figure_combo = QComboBox()
        for name, figure in FIGURE_CHOICES:
            self.figure_combo.addItem(name, figure)
        descriptions.describe_exercise_editor(self)
        self.choose_button = QPushButton(translate("ExerciseEditorDialog", "C&hoose file…"))
        self.choose_button.setToolTip(
            translate(
                "ExerciseEditorDialog",
                "Pick a PNG or JPEG; it is checked and copied into the profile",
            )
        )
        self.picture_error = ErrorLabel()
        self.preview = ExercisePicture()
        grid.addWidget(self.figure_radio, 0, 0)
        grid.addWidget(self.figure_combo, 0, 1)
        grid.addWidget(self.file_radio, 1, 0)
        grid.addWidget(self.choose_button, 1, 1)
        grid.addWidget(self.card_radio, 2, 0, 1, 2)
        grid.addWidget(self.picture_error, 3, 0, 1, 2)
        grid.addWidget(self.preview, 4, 0, 1, 2)
        grid.setRowStretch(4, 1)

        if start.picture:
            self.file_radio.setChecked(True)
        elif start.figure:
            self.figure_radio.setChecked(True)
            index = self.figure_combo.findData(start.figure)
            self.figure_combo.setCurrentIndex(max(index, 0))
        else:
            self.card_radio.setChecked(True)
        self._group.buttonToggled.connect(self._on_picture_choice)
        self.figure_combo.currentIndexChanged.connect(self._on_picture_choice)
        self.choose_button.clicked.connect(self._choose_file)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(
            translate("ExerciseEditorDialog", "Save into the library ({keys})").format(
                keys=QKeySequence(QKeySequence.StandardKey.Save).toString()
            )
        )
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_error = ErrorLabel()

        columns = QHBoxLayout()
        columns.addWidget(self.form, 5)
        columns.addWidget(picture_box, 3)
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "ExerciseEditorDialog",
                "Invalid values are marked next to their field; "
                "Save is available once all are fine.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(columns, 1)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)
        self._on_picture_choice()
        self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # State -------------------------------------------------------------------------------

    def exercise(self) -> Exercise:
        """The exercise as shown (its id is provisional until saved if it is new)."""
        return self._exercise

    def problems(self) -> list[FieldProblem]:
        candidate = self._exercise
        if self._is_new:
            candidate = dataclasses.replace(candidate, id=self._new_id())
        problems = exercise_problems(candidate)
        if self.file_radio.isChecked() and not (self._pending_picture or candidate.picture):
            problems.append(
                FieldProblem(
                    "exercise.picture", translate("ExerciseEditorDialog", "choose a picture file")
                )
            )
        return problems

    def _new_id(self) -> str:
        return self.store.new_exercise_id(self._exercise.name or "exercise")

    def _on_edited(self, key: str, exercise: Exercise) -> None:
        self._exercise = dataclasses.replace(
            exercise, figure=self._exercise.figure, picture=self._exercise.picture
        )
        self._refresh()

    def _on_picture_choice(self) -> None:
        self._file_error = ""
        figure: str | None = None
        picture = self._exercise.picture
        if self.figure_radio.isChecked():
            figure, picture = self.figure_combo.currentData(), None
            self._pending_picture = None
        elif self.card_radio.isChecked():
            picture = None
            self._pending_picture = None
        self.figure_combo.setEnabled(self.figure_radio.isChecked())
        self.choose_button.setEnabled(self.file_radio.isChecked())
        self._exercise = dataclasses.replace(self._exercise, figure=figure, picture=picture)
        self._refresh()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("ExerciseEditorDialog", "Choose a picture"),
            "",
            translate("ExerciseEditorDialog", "Pictures (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.set_picture_file(Path(name))

    def set_picture_file(self, path: Path) -> bool:
        """Check a picture file and show it; it is copied into the profile on Save."""
        try:
            data = read_picture_file(path)
        except PictureError as error:
            if not self._pending_picture and not self._exercise.picture:
                self.file_radio.setChecked(True)  # the trainer wants a picture: no Save without
            unusable = translate("ExerciseEditorDialog", "{file} cannot be used: {problem}")
            self._file_error = unusable.format(file=path.name, problem=error)
            self._refresh()
            return False
        self._file_error = ""
        self._pending_picture = data
        self.file_radio.setChecked(True)
        self._exercise = dataclasses.replace(self._exercise, figure=None)
        self._refresh()
        return True

    def _refresh(self) -> None:
        problems = self.problems()
        # The picture's problems go under the picture, not to the form's first field.
        picture_problems = [p.message for p in problems if p.path == "exercise.picture"]
        self.form.show_problems([p for p in problems if p.path != "exercise.picture"], "exercise")
        self.picture_error.set_message(self._file_error or "; ".join(picture_problems))
        self.save_button.setEnabled(not problems)
        self.preview.show_exercise(self._exercise, self.store, self._pending_picture)

    # Saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if self.problems():
            return
        exercise = self._exercise
        try:
            if self._pending_picture is not None:
                exercise = dataclasses.replace(
                    exercise, picture=self.store.add_picture(self._pending_picture), figure=None
                )
            if self._is_new:
                exercise = dataclasses.replace(exercise, id=self._new_id())
            self.store.save_exercise(exercise)
        except (LibraryError, ValueError) as error:
            self.save_error.set_message(str(error))
            return
        self._exercise = exercise
        self._pending_picture = None
        self.saved.emit(exercise)
        self.accept()


def edit_exercise(
    store: LibraryStore, exercise: Exercise | None = None, parent: QWidget | None = None
) -> Exercise | None:
    """Open the editor modally; the saved exercise, or None when cancelled."""
    dialog = ExerciseEditorDialog(store, exercise, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.exercise()
    return None
