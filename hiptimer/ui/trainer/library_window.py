"""The exercise library: the six built-ins (read-only) and the profile's own exercises.

Entry point: open_exercise_library(profile, parent=None) -> ExerciseLibraryWindow (shown).
The window emits library_changed() after an exercise was added, changed or deleted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.builtin import cue_text, exercise_name
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Exercise
from hiptimer.core.wording import dose_line, exercise_details
from hiptimer.profiles.saved import LibraryError, LibraryStore
from hiptimer.ui.trainer import descriptions
from hiptimer.ui.trainer.exercise_editor import ExerciseEditorDialog, duplicate_of
from hiptimer.ui.trainer.fields import action_button, make_action
from hiptimer.ui.trainer.picture_picker import ExercisePicture

EXERCISE_ROLE = Qt.ItemDataRole.UserRole


class ExerciseLibraryWindow(QWidget):
    library_changed = Signal()

    def __init__(self, store: LibraryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.editor: ExerciseEditorDialog | None = None
        self.setWindowTitle(
            translate("ExerciseLibraryWindow", "Exercise library: {profile}").format(
                profile=store.folder.name
            )
        )
        self.resize(900, 600)

        self.list = QListWidget()
        self.list.setAccessibleName(translate("ExerciseLibraryWindow", "Exercises"))
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        descriptions.describe_list(self.list, "exercises")

        self.picture = ExercisePicture()
        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.kind_label = QLabel()
        self.kind_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cues_label = QLabel()
        self.cues_label.setWordWrap(True)

        self.new_action = make_action(
            self,
            translate("ExerciseLibraryWindow", "&New exercise"),
            "Ctrl+N",
            translate("ExerciseLibraryWindow", "Make a new exercise of your own"),
        )
        self.duplicate_action = make_action(
            self,
            translate("ExerciseLibraryWindow", "D&uplicate"),
            "Ctrl+D",
            translate("ExerciseLibraryWindow", "Copy this exercise to change it as your own"),
        )
        self.edit_action = make_action(
            self,
            translate("ExerciseLibraryWindow", "&Edit"),
            "F2",
            translate("ExerciseLibraryWindow", "Change this exercise"),
        )
        self.delete_action = make_action(
            self,
            translate("ExerciseLibraryWindow", "Delete"),
            "Del",
            translate("ExerciseLibraryWindow", "Delete this exercise"),
        )
        self.new_action.triggered.connect(self.new_exercise)
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self._delete_asking)
        self.new_button = action_button(self.new_action)
        self.duplicate_button = action_button(self.duplicate_action)
        self.edit_button = action_button(self.edit_action)
        self.delete_button = action_button(self.delete_action)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        detail = QWidget()
        right = QVBoxLayout(detail)
        right.addWidget(self.picture, 3)
        right.addWidget(self.name_label)
        right.addWidget(self.kind_label)
        right.addWidget(self.details_label)
        right.addWidget(self.cues_label)
        right.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        close = make_action(
            self,
            translate("ExerciseLibraryWindow", "Close"),
            QKeySequence.StandardKey.Close,
            translate("ExerciseLibraryWindow", "Close the window"),
        )
        close.triggered.connect(self.close)
        self.refresh()

    # Listing ------------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        chosen = self.selected()
        current = select_id or (chosen.id if chosen else None)
        self.list.clear()
        custom = self.store.custom_exercises()
        self._section(translate("ExerciseLibraryWindow", "Built-in exercises (read-only)"))
        for exercise in self.store.library()[: len(self.store.library()) - len(custom)]:
            self._add(exercise, built_in=True)
        self._section(
            translate("ExerciseLibraryWindow", "Your exercises")
            if custom
            else translate("ExerciseLibraryWindow", "Your exercises: none yet")
        )
        for exercise in custom:
            self._add(exercise, built_in=False)
        for row in range(self.list.count()):
            item = self.list.item(row)
            exercise = item.data(EXERCISE_ROLE)
            if exercise is not None and (current is None or exercise.id == current):
                self.list.setCurrentRow(row)
                break
        self._show_current()

    def _section(self, title: str) -> None:
        item = QListWidgetItem(title)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: readable, not selectable
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _add(self, exercise: Exercise, *, built_in: bool) -> None:
        item = QListWidgetItem(f"{exercise_name(exercise)}\n{dose_line(exercise)}")
        item.setData(EXERCISE_ROLE, exercise)
        item.setToolTip(
            translate("ExerciseLibraryWindow", "Built-in: duplicate it to change it")
            if built_in
            else exercise_name(exercise)
        )
        self.list.addItem(item)

    def selected(self) -> Exercise | None:
        item = self.list.currentItem()
        exercise = item.data(EXERCISE_ROLE) if item is not None else None
        return exercise if isinstance(exercise, Exercise) else None

    def select(self, exercise_id: str) -> None:
        self.refresh(exercise_id)

    def _show_current(self) -> None:
        exercise = self.selected()
        built_in = exercise is not None and self.store.is_built_in(exercise.id)
        self.duplicate_action.setEnabled(exercise is not None)
        self.edit_action.setEnabled(exercise is not None and not built_in)
        self.delete_action.setEnabled(exercise is not None and not built_in)
        self.edit_action.setToolTip(
            translate(
                "ExerciseLibraryWindow", "Built-in exercises are read-only: Duplicate makes a copy"
            )
            if built_in
            else translate("ExerciseLibraryWindow", "Change this exercise (F2)")
        )
        if exercise is None:
            self.name_label.setText("")
            self.kind_label.setText(
                translate("ExerciseLibraryWindow", "Choose an exercise on the left.")
            )
            self.details_label.setText("")
            self.cues_label.setText("")
            self.picture.hide()
            return
        self.picture.show()
        self.picture.show_exercise(exercise, self.store)
        self.name_label.setText(exercise_name(exercise))
        self.kind_label.setText(
            translate(
                "ExerciseLibraryWindow",
                "Built-in, read-only: Duplicate makes a copy you can change.",
            )
            if built_in
            else translate("ExerciseLibraryWindow", "Your own exercise.")
        )
        self.details_label.setText(exercise_details(exercise))
        self.cues_label.setText("\n".join(f"•  {cue_text(exercise, cue)}" for cue in exercise.cues))

    # Actions ------------------------------------------------------------------------------

    def _open_editor(self, exercise: Exercise | None) -> ExerciseEditorDialog:
        self.editor = ExerciseEditorDialog(self.store, exercise, self)
        self.editor.saved.connect(self._saved)
        self.editor.open()
        return self.editor

    def new_exercise(self) -> ExerciseEditorDialog:
        return self._open_editor(None)

    def duplicate_selected(self) -> ExerciseEditorDialog | None:
        exercise = self.selected()
        return self._open_editor(duplicate_of(exercise)) if exercise else None

    def edit_selected(self) -> ExerciseEditorDialog | None:
        exercise = self.selected()
        if exercise is None or self.store.is_built_in(exercise.id):
            return None
        return self._open_editor(exercise)

    def _saved(self, exercise: Exercise) -> None:
        self.refresh(exercise.id)
        self.library_changed.emit()

    def _delete_asking(self) -> None:
        self.delete_selected(confirm=True)

    def delete_selected(self, *, confirm: bool = True) -> None:
        exercise = self.selected()
        if exercise is None or self.store.is_built_in(exercise.id):
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                translate("ExerciseLibraryWindow", "Delete exercise"),
                translate(
                    "ExerciseLibraryWindow",
                    "Delete {name} from the library? Routines that use it keep their own copy.",
                ).format(name=repr(exercise.name)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.store.delete_exercise(exercise.id)
        except LibraryError as error:
            QMessageBox.warning(
                self, translate("ExerciseLibraryWindow", "Delete exercise"), str(error)
            )
            return
        self.refresh()
        self.library_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None and self.editor.isVisible():
            self.editor.reject()
        super().closeEvent(event)


def open_exercise_library(profile: str, parent: QWidget | None = None) -> ExerciseLibraryWindow:
    """Show the library of a profile in its own window and return it."""
    window = ExerciseLibraryWindow(LibraryStore.for_profile(profile), parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
