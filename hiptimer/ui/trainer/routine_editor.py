"""The routine editor: build a routine from the library, tune each exercise, see the plan.

Entry point: open_routine_editor(profile, routine_name=None, parent=None) -> RoutineEditor.
routine_name=None starts a new routine. The window emits routine_saved(name) after each
save. Every change is undoable (Ctrl+Z / Ctrl+Shift+Z); invalid values are marked next to
their field and Save stays off until they are fixed.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.files import safe_stem
from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.routine import FieldProblem, Routine, exercise_names, routine_problems
from hiptimer.core.timeline import Timeline
from hiptimer.profiles.saved import LibraryError, LibraryStore
from hiptimer.ui.trainer import descriptions
from hiptimer.ui.trainer.editor_actions import RoutineEditorActions
from hiptimer.ui.trainer.exercise_editor import ExerciseEditorDialog
from hiptimer.ui.trainer.exercise_form import ExerciseForm
from hiptimer.ui.trainer.fields import (
    ErrorLabel,
    Field,
    action_button,
    seconds_box,
)
from hiptimer.ui.trainer.handout_dialog import HandoutDialog, documents_dir
from hiptimer.ui.trainer.progression_box import ProgressionBox
from hiptimer.ui.trainer.routine_model import (
    LibraryModel,
    RoutineExercisesModel,
    SetRoutineField,
)
from hiptimer.ui.trainer.timeline_preview import TimelinePreview

_Index = QModelIndex | QPersistentModelIndex
NAME_TAKEN = QT_TRANSLATE_NOOP(
    "RoutineEditor", "a routine with this name already exists in this profile; choose another"
)


class RoutineEditor(RoutineEditorActions):
    routine_saved = Signal(str)

    def __init__(
        self,
        store: LibraryStore,
        routine: Routine | None = None,
        *,
        saved_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """routine: what to start from (None: a new, empty one). saved_name: the name it is
        stored under in the profile, so saving replaces it; None saves a new routine."""
        super().__init__(parent)
        self.store = store
        self.profile = store.folder.name
        self._saved_name = saved_name
        self.undo_stack = QUndoStack(self)
        self.model = RoutineExercisesModel(self.undo_stack, self._on_model_change)
        self.model.library_lookup = self._library_exercise
        self._problems: list[FieldProblem] = []
        self.timeline: Timeline | None = None
        self.exercise_editor: ExerciseEditorDialog | None = None
        self.handout_dialog: HandoutDialog | None = None
        self._ready = False
        start = routine or Routine(
            name=store.free_name(translate("RoutineEditor", "New routine")),
            exercises=(),
            prepare_seconds=10,
            rest_between_exercises=30,
        )
        self._values: dict[str, object] = {
            "name": start.name,
            "prepare_seconds": start.prepare_seconds,
            "progression": start.progression,
            "rest_between_exercises": start.rest_between_exercises,
        }
        self.resize(1280, 760)
        self._build_actions()
        self._build_ui()
        self.refresh_library()
        self.model.reset(start.exercises)
        self.undo_stack.clear()
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._ready = True
        self._load_routine_fields()
        if self.model.exercises:
            self.select_row(0)
        self._refresh()

    # Building ----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        # The library, on the left.
        self.library_model = LibraryModel()
        self.library_view = QListView()
        self.library_view.setModel(self.library_model)
        self.library_view.setAccessibleName(translate("RoutineEditor", "Exercise library"))
        self.library_view.setDragEnabled(True)
        self.library_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.library_view.setSpacing(2)
        self.library_view.setWordWrap(True)
        self.library_view.doubleClicked.connect(lambda _i: self.add_selected_library_exercise())
        self.library_view.installEventFilter(self)
        library = QGroupBox(translate("RoutineEditor", "Library"))
        library_box = QVBoxLayout(library)
        library_box.addWidget(self.library_view, 1)
        row = QHBoxLayout()
        row.addWidget(action_button(self.add_action))
        row.addWidget(action_button(self.new_exercise_action))
        library_box.addLayout(row)

        # The routine, in the middle.
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(400)
        self.prepare_spin = seconds_box(9999, 5, 0)
        self.rest_spin = seconds_box(9999, 5, 0)
        self.name_field = Field(self.name_edit)
        self.prepare_field = Field(self.prepare_spin)
        self.rest_field = Field(self.rest_spin)
        top = QFormLayout()
        top.addRow(translate("RoutineEditor", "R&outine name"), self.name_field)
        top.addRow(translate("RoutineEditor", "&Get ready time"), self.prepare_field)
        top.addRow(translate("RoutineEditor", "Rest &between exercises"), self.rest_field)
        self.name_edit.textEdited.connect(lambda text: self._set_value("name", text.strip()))
        self.prepare_spin.valueChanged.connect(
            lambda value: self._set_value("prepare_seconds", value)
        )
        self.rest_spin.valueChanged.connect(
            lambda value: self._set_value("rest_between_exercises", value)
        )

        self.routine_view = QListView()
        self.routine_view.setModel(self.model)
        self.routine_view.setAccessibleName(translate("RoutineEditor", "Exercises in the routine"))
        self.routine_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.routine_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.routine_view.setDropIndicatorShown(True)
        self.routine_view.setSpacing(2)
        self.routine_view.setWordWrap(True)
        self.routine_view.setIconSize(QSize(20, 20))
        self.routine_view.installEventFilter(self)
        self.routine_view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.exercises_error = ErrorLabel()
        buttons = QHBoxLayout()
        for action in (self.up_action, self.down_action, self.remove_action):
            buttons.addWidget(action_button(action))
        buttons.addStretch(1)

        self.form = ExerciseForm(full=False)
        self.form.edited.connect(self._on_form_edited)
        form_box = QGroupBox(translate("RoutineEditor", "Selected exercise"))
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self.form)
        self.progression_box = ProgressionBox()  # issue 15: the trainer's controls
        self.progression_box.edited.connect(self._on_form_edited)
        self.progression_box.progression_set.connect(lambda on: self._set_value("progression", on))
        form_layout.addStretch(1)

        middle = QWidget()
        middle_box = QVBoxLayout(middle)
        middle_box.addLayout(top)
        middle_box.addWidget(
            QLabel(
                translate("RoutineEditor", "Exercises (drag to reorder, or Ctrl+Up / Ctrl+Down)")
            )
        )
        middle_box.addWidget(self.routine_view, 2)
        middle_box.addWidget(self.exercises_error)
        middle_box.addLayout(buttons)
        middle_box.addWidget(form_box, 3)
        middle_box.addWidget(self.progression_box)
        scroll = QScrollArea()
        scroll.setWidget(middle)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(translate("RoutineEditor", "The routine and its exercises"))
        scroll.setAccessibleDescription(
            translate("RoutineEditor", "The routine's name, its exercises and the one selected")
        )

        # The timeline preview, on the right.
        preview = self.timeline_preview = TimelinePreview()
        self.total_label, self.preview_note = preview.total_label, preview.note
        self.preview = preview.tree
        descriptions.describe_routine_editor(self)

        self.save_error = ErrorLabel()
        splitter = QSplitter()
        splitter.addWidget(library)
        splitter.addWidget(scroll)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([260, 560, 420])
        central = QWidget()
        central_box = QVBoxLayout(central)
        central_box.addWidget(self.save_error)
        central_box.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.statusBar()

    # Library -----------------------------------------------------------------------------

    def refresh_library(self) -> None:
        self.library_model.set_exercises(self.store.library())
        if not self.library_view.currentIndex().isValid() and self.library_model.exercises:
            self.library_view.setCurrentIndex(self.library_model.index(0))

    def _library_exercise(self, exercise_id: str) -> Any:
        for exercise in self.library_model.exercises:
            if exercise.id == exercise_id:
                return exercise
        return None

    def add_selected_library_exercise(self) -> None:
        index = self.library_view.currentIndex()
        if index.isValid():
            row = self.model.add(self.library_model.exercises[index.row()])
            self.select_row(row)

    def new_exercise(self) -> ExerciseEditorDialog:
        self.exercise_editor = ExerciseEditorDialog(self.store, None, self)
        self.exercise_editor.saved.connect(self._exercise_created)
        self.exercise_editor.open()
        return self.exercise_editor

    def _exercise_created(self, exercise: Any) -> None:
        self.refresh_library()
        for row, item in enumerate(self.library_model.exercises):
            if item.id == exercise.id:
                self.library_view.setCurrentIndex(self.library_model.index(row))
        self.statusBar().showMessage(
            translate(
                "RoutineEditor", "{name} is in the library; press Enter or drag it into the routine"
            ).format(name=exercise.name),
            8000,
        )

    # Routine exercises -------------------------------------------------------------------

    def selected_row(self) -> int:
        index = self.routine_view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.routine_view.selectionModel().setCurrentIndex(
                self.model.index(row),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row >= 0 and self.model.move(row, row + step):
            self.select_row(row + step)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.remove(row)
            self.select_row(min(row, self.model.rowCount() - 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            if watched is self.routine_view:
                if ctrl and key == Qt.Key.Key_Up:
                    self.move_selected(-1)
                    return True
                if ctrl and key == Qt.Key.Key_Down:
                    self.move_selected(1)
                    return True
                if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.remove_selected()
                    return True
            if watched is self.library_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_selected_library_exercise()
                return True
        return super().eventFilter(watched, event)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected_row()
        exercise = self.model.exercises[row] if row >= 0 else None
        if exercise != self.form.exercise() or exercise is None:
            self.form.set_exercise(exercise)
        self.progression_box.set_exercise(exercise)
        self._show_problems()

    def _on_form_edited(self, key: str, exercise: Any) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.replace(row, exercise, key)

    def _on_model_change(self) -> None:
        if self._ready:
            self._show_selected()
            self._refresh()

    # Routine fields ----------------------------------------------------------------------

    def _set_value(self, key: str, value: object) -> None:
        if self._ready and self._values[key] != value:
            self.undo_stack.push(SetRoutineField(self._apply_value, key, self._values[key], value))

    def _apply_value(self, key: str, value: object) -> None:
        self._values[key] = value
        self._load_routine_fields()
        self._refresh()

    def _load_routine_fields(self) -> None:
        self.progression_box.set_progression(bool(self._values["progression"]))
        name = str(self._values["name"])
        if self.name_edit.text().strip() != name:
            self.name_edit.setText(name)
        for spin, key in (
            (self.prepare_spin, "prepare_seconds"),
            (self.rest_spin, "rest_between_exercises"),
        ):
            value = float(self._values[key])  # type: ignore[arg-type]
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)

    # State, checks and preview -----------------------------------------------------------

    def routine(self) -> Routine:
        """The routine as it stands in the editor (it may have problems)."""
        return Routine(
            name=str(self._values["name"]),
            exercises=tuple(self.model.exercises),
            prepare_seconds=self._values["prepare_seconds"],  # type: ignore[arg-type]
            rest_between_exercises=self._values["rest_between_exercises"],  # type: ignore[arg-type]
            progression=bool(self._values["progression"]),
        )

    def problems(self) -> list[FieldProblem]:
        return list(self._problems)

    def _refresh(self) -> None:
        if not self._ready:
            return
        routine = self.routine()
        model_problems = routine_problems(routine)
        problems = list(model_problems)
        if routine.name.strip() and not self.store.name_is_free(routine.name, self._saved_name):
            problems.append(FieldProblem("name", translate("RoutineEditor", NAME_TAKEN)))
        self._problems = problems
        self._show_problems()
        valid = not problems
        self.save_action.setEnabled(valid)
        self.export_action.setEnabled(not model_problems)
        self.handout_action.setEnabled(not model_problems)
        self._update_preview(routine, model_problems)
        self._update_title()
        row = self.selected_row()
        count = self.model.rowCount()
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < count - 1)
        self.remove_action.setEnabled(row >= 0)

    def _show_problems(self) -> None:
        problems = self._problems
        by_path: dict[str, list[str]] = {}
        by_row: dict[int, list[str]] = {}
        names = exercise_names(self.model.exercises)
        for problem in problems:
            by_path.setdefault(problem.path, []).append(problem.message)
            if problem.path.startswith("exercises["):
                row = int(problem.path[10 : problem.path.index("]")])
                by_row.setdefault(row, []).append(problem.plain(names))
        self.name_field.set_problem("; ".join(by_path.get("name", [])))
        self.prepare_field.set_problem("; ".join(by_path.get("prepare_seconds", [])))
        self.rest_field.set_problem("; ".join(by_path.get("rest_between_exercises", [])))
        self.exercises_error.set_message("; ".join(by_path.get("exercises", [])))
        self.model.set_problems(by_row)
        row = self.selected_row()
        if row >= 0:
            self.form.show_problems(problems, f"exercises[{row}]")

    def _update_preview(self, routine: Routine, problems: list[FieldProblem]) -> None:
        self.timeline = self.timeline_preview.show_routine(routine, bool(problems))

    @property
    def preview_total_seconds(self) -> float | None:
        return None if self.timeline is None else self.timeline.total_seconds

    def redo_stack_step(self) -> None:
        self.undo_stack.redo()

    def _on_undo_text(self, text: str) -> None:
        self.undo_action.setToolTip(
            translate("RoutineEditor", "Undo: {change} (Ctrl+Z)").format(change=text)
            if text
            else translate("RoutineEditor", "Undo (Ctrl+Z)")
        )

    def _on_redo_text(self, text: str) -> None:
        tip = (
            translate("RoutineEditor", "Redo: {change} (Ctrl+Shift+Z)").format(change=text)
            if text
            else translate("RoutineEditor", "Redo (Ctrl+Shift+Z)")
        )
        self.redo_action.setToolTip(tip)

    def _on_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        title = translate("RoutineEditor", "Routine: {name}[*] ({profile})")
        self.setWindowTitle(title.format(name=self._values["name"], profile=self.profile))
        self.setWindowModified(not self.undo_stack.isClean())

    # Saving, exporting, printing ---------------------------------------------------------

    def save(self) -> bool:
        self._refresh()
        if self._problems:
            return False
        routine = self.routine()
        try:
            self.store.save_routine(routine, self._saved_name)
        except (LibraryError, ValueError) as error:
            self.save_error.set_message(str(error))
            return False
        self.save_error.set_message("")
        self._saved_name = routine.name
        self.undo_stack.setClean()
        self._refresh()
        saved = translate("RoutineEditor", "Saved {name} in profile {profile}")
        self.statusBar().showMessage(
            saved.format(name=repr(routine.name), profile=repr(self.profile)), 6000
        )
        self.routine_saved.emit(routine.name)
        return True

    def export_to(self, path: Path) -> bool:
        try:
            self.store.export_routine(self.routine(), path)
        except (LibraryError, ValueError) as error:
            self.save_error.set_message(str(error))
            return False
        exported = translate("RoutineEditor", "Exported to {path}").format(path=path)
        self.statusBar().showMessage(exported, 8000)
        return True

    def export_dialog(self) -> None:
        suggested = documents_dir() / f"{safe_stem(str(self._values['name']), 'routine')}.json"
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("RoutineEditor", "Export routine"),
            str(suggested),
            translate("RoutineEditor", "HipTimer routine (*.json)"),
        )
        if name:
            self.export_to(Path(name))

    def open_handout_dialog(self) -> HandoutDialog:
        client = "" if self.profile == "default" else self.profile
        self.handout_dialog = HandoutDialog(self.store, self.routine(), client, self)
        self.handout_dialog.open()
        return self.handout_dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.undo_stack.isClean():
            answer = QMessageBox.question(
                self,
                translate("RoutineEditor", "Unsaved changes"),
                translate("RoutineEditor", "Save the changes to {name} before closing?").format(
                    name=repr(self._values["name"])
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        super().closeEvent(event)


def open_routine_editor(
    profile: str, routine_name: str | None = None, parent: QWidget | None = None
) -> RoutineEditor:
    """Open a profile's routine (or a new one when routine_name is None) in an editor window.

    Raises LibraryError when the routine does not exist or cannot be read.
    """
    store = LibraryStore.for_profile(profile)
    routine = store.load_routine(routine_name) if routine_name else None
    editor = RoutineEditor(store, routine, saved_name=routine.name if routine else None)
    if parent is not None:
        editor.setParent(parent, Qt.WindowType.Window)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor


def copy_for_editing(routine: Routine, store: LibraryStore) -> RoutineEditor:
    """An editor on a copy of routine (the built-in one, say), saved as a new routine."""
    copy = dataclasses.replace(routine, name=store.free_name(routine.name))
    return RoutineEditor(store, copy, saved_name=None)
