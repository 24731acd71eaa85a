"""The routine editor's actions and toolbar: save, undo and redo, export, handout,
new exercise, and the moves of the routine's exercises. RoutineEditor builds on it and
does what the actions say.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from hiptimer.core.i18n import translate
from hiptimer.ui.trainer.fields import make_action

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack


class RoutineEditorActions(QMainWindow):
    """The routine editor's actions (made by _build_actions) and what they call."""

    save_action: QAction
    undo_action: QAction
    redo_action: QAction
    export_action: QAction
    handout_action: QAction
    new_exercise_action: QAction
    add_action: QAction
    up_action: QAction
    down_action: QAction
    remove_action: QAction
    # Set by RoutineEditor.
    undo_stack: QUndoStack
    # What the actions do: RoutineEditor's methods.
    save: Callable[[], bool]
    export_dialog: Callable[[], None]
    open_handout_dialog: Callable[[], object]
    new_exercise: Callable[[], object]
    add_selected_library_exercise: Callable[[], None]
    move_selected: Callable[[int], None]
    remove_selected: Callable[[], None]
    _on_undo_text: Callable[[str], None]
    _on_redo_text: Callable[[str], None]

    def _build_actions(self) -> None:
        self.save_action = make_action(
            self,
            translate("RoutineEditorActions", "&Save"),
            QKeySequence.StandardKey.Save,
            translate("RoutineEditorActions", "Save"),
        )
        self.save_action.triggered.connect(self.save)
        # Own actions rather than the stack's: those put the whole command text on the
        # button ("Undo change sets of Clamshells"); here it goes into the tooltip.
        self.undo_action = make_action(
            self,
            translate("RoutineEditorActions", "&Undo"),
            QKeySequence.StandardKey.Undo,
            translate("RoutineEditorActions", "Undo"),
        )
        self.redo_action = make_action(
            self,
            translate("RoutineEditorActions", "&Redo"),
            "Ctrl+Shift+Z",
            translate("RoutineEditorActions", "Redo"),
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_text)
        self.undo_stack.redoTextChanged.connect(self._on_redo_text)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.export_action = make_action(
            self,
            translate("RoutineEditorActions", "&Export…"),
            "Ctrl+E",
            translate("RoutineEditorActions", "Write the routine to one file for a client"),
        )
        self.export_action.triggered.connect(self.export_dialog)
        self.handout_action = make_action(
            self,
            translate("RoutineEditorActions", "&Handout PDF…"),
            QKeySequence.StandardKey.Print,
            translate("RoutineEditorActions", "Print a handout as PDF"),
        )
        self.handout_action.triggered.connect(self.open_handout_dialog)
        self.new_exercise_action = make_action(
            self,
            translate("RoutineEditorActions", "&New exercise…"),
            "Ctrl+N",
            translate("RoutineEditorActions", "Make an exercise of your own for the library"),
        )
        self.new_exercise_action.triggered.connect(self.new_exercise)
        self.add_action = make_action(
            self,
            translate("RoutineEditorActions", "&Add to routine"),
            None,
            translate("RoutineEditorActions", "Add the library exercise (Enter in the library)"),
        )
        self.add_action.triggered.connect(self.add_selected_library_exercise)
        self.up_action = make_action(
            self,
            translate("RoutineEditorActions", "Move &up"),
            None,
            translate("RoutineEditorActions", "Move up (Ctrl+Up in the list)"),
        )
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action = make_action(
            self,
            translate("RoutineEditorActions", "Move do&wn"),
            None,
            translate("RoutineEditorActions", "Move down (Ctrl+Down in the list)"),
        )
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        self.remove_action = make_action(
            self,
            translate("RoutineEditorActions", "Re&move"),
            None,
            translate("RoutineEditorActions", "Remove from the routine (Delete in the list)"),
        )
        self.remove_action.triggered.connect(self.remove_selected)
        close = make_action(
            self,
            translate("RoutineEditorActions", "Close"),
            QKeySequence.StandardKey.Close,
            translate("RoutineEditorActions", "Close the editor"),
        )
        close.triggered.connect(self.close)

        toolbar = QToolBar(translate("RoutineEditorActions", "Routine"))
        toolbar.setObjectName("routine-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.save_action, self.undo_action, self.redo_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.export_action, self.handout_action, self.new_exercise_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
