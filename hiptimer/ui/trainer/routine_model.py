"""The routine editor's list models: the exercises of the routine, with the undoable
changes made to it, and the profile's exercise library they are dragged from.

Every change, whether it comes from a button, a key, a drag or moveRows(), is pushed on a
QUndoStack as a command, so undo and redo cover all of them the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QStyle

from hiptimer.core.i18n import translate
from hiptimer.core.routine import Exercise
from hiptimer.core.wording import dose_line
from hiptimer.profiles.saved import unique_id

ROW_MIME = "application/x-hiptimer-routine-row"
EXERCISE_MIME = "application/x-hiptimer-exercise"
EXERCISE_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractListModel):
    """The profile's exercises, dragged into the routine as copies."""

    def __init__(self) -> None:
        super().__init__()
        self.exercises: list[Any] = []

    def set_exercises(self, exercises: list[Any]) -> None:
        self.beginResetModel()
        self.exercises = list(exercises)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.exercises)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        exercise = self.exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{exercise.name}\n{dose_line(exercise)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "LibraryModel", "Drag into the routine, or press Enter to add it at the end"
            )
        if role == EXERCISE_ROLE:
            return exercise
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            data.setData(EXERCISE_MIME, QByteArray(self.exercises[rows[0]].id.encode()))
        return data


class RoutineExercisesModel(QAbstractListModel):
    """The exercises of the routine being edited, in order."""

    def __init__(self, undo_stack: QUndoStack, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.undo_stack = undo_stack
        self.on_change = on_change
        self.exercises: list[Exercise] = []
        self.problems: dict[int, list[str]] = {}
        # Set by the editor: finds a library exercise by id for drops from the library.
        self.library_lookup: Callable[[str], Exercise | None] = lambda _id: None

    # Reading -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.exercises)

    def data(  # noqa: PLR0911 (one return per role)
        self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.exercises):
            return None
        exercise = self.exercises[index.row()]
        problems = self.problems.get(index.row(), [])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {exercise.name}\n{dose_line(exercise)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(problems) if problems else exercise.name
        if role == Qt.ItemDataRole.DecorationRole and problems:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and problems:
            return translate("RoutineExercisesModel", "Has problems: ") + "; ".join(problems)
        if role == EXERCISE_ROLE:
            return exercise
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def set_problems(self, problems: dict[int, list[str]]) -> None:
        if problems != self.problems:
            self.problems = problems
            if self.exercises:
                self.dataChanged.emit(self.index(0), self.index(len(self.exercises) - 1))

    def free_id(self, exercise_id: str, ignore_row: int | None = None) -> str:
        taken = [e.id for row, e in enumerate(self.exercises) if row != ignore_row]
        return unique_id(exercise_id[:60], taken)

    # Changes through the undo stack ------------------------------------------------------

    def add(self, exercise: Exercise, row: int | None = None) -> int:
        """Insert a copy of exercise (with an id unique in the routine); returns its row."""
        row = len(self.exercises) if row is None or row < 0 else min(row, len(self.exercises))
        exercise = dataclasses.replace(exercise, id=self.free_id(exercise.id))
        self.undo_stack.push(_Insert(self, row, exercise))
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.exercises):
            self.undo_stack.push(_Remove(self, row))

    def move(self, row: int, to: int) -> bool:
        """Move the exercise at row so that it ends up at index to."""
        if row == to or not (0 <= row < len(self.exercises) and 0 <= to < len(self.exercises)):
            return False
        self.undo_stack.push(_Move(self, row, to))
        return True

    def replace(self, row: int, exercise: Exercise, key: str) -> None:
        """Change one exercise; consecutive changes to the same field undo as one step."""
        old = self.exercises[row]
        if exercise != old:
            self.undo_stack.push(_Replace(self, row, old, exercise, key))

    def moveRows(
        self,
        sourceParent: _Index,
        sourceRow: int,
        count: int,
        destinationParent: _Index,
        destinationChild: int,
    ) -> bool:
        """Qt's move (destinationChild: the row to insert before), as an undoable step."""
        if count != 1 or sourceParent.isValid() or destinationParent.isValid():
            return False
        to = destinationChild if destinationChild < sourceRow else destinationChild - 1
        return self.move(sourceRow, to)

    # Drag and drop -----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME, EXERCISE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ROW_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return data.hasFormat(ROW_MIME) or data.hasFormat(EXERCISE_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """A row dragged within the list moves; an exercise from the library is added.

        A move returns False on purpose: the view would otherwise delete the dragged row
        itself after a successful move, and the command has moved it already.
        """
        if parent.isValid():  # dropped onto an item: place it before that item
            row = parent.row()
        if row < 0:
            row = len(self.exercises)
        if data.hasFormat(ROW_MIME):
            source = int(bytes(data.data(ROW_MIME).data()).decode() or -1)
            if 0 <= source < len(self.exercises):
                self.move(source, row if row < source else row - 1)
            return False
        if data.hasFormat(EXERCISE_MIME):
            exercise = self.library_lookup(bytes(data.data(EXERCISE_MIME).data()).decode())
            if exercise is None:
                return False
            self.add(exercise, row)
            return True
        return False

    # The raw operations the commands use -------------------------------------------------

    def _insert(self, row: int, exercise: Exercise) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.exercises.insert(row, exercise)
        self.endInsertRows()
        self.on_change()

    def _remove(self, row: int) -> Exercise:
        self.beginRemoveRows(QModelIndex(), row, row)
        exercise = self.exercises.pop(row)
        self.endRemoveRows()
        self.on_change()
        return exercise

    def _move(self, row: int, to: int) -> None:
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to if to < row else to + 1)
        self.exercises.insert(to, self.exercises.pop(row))
        self.endMoveRows()
        self.on_change()

    def _set(self, row: int, exercise: Exercise) -> None:
        self.exercises[row] = exercise
        self.dataChanged.emit(self.index(row), self.index(row))
        self.on_change()

    def reset(self, exercises: Sequence[Exercise]) -> None:
        self.beginResetModel()
        self.exercises = list(exercises)
        self.problems = {}
        self.endResetModel()
        self.on_change()


class _Insert(QUndoCommand):
    def __init__(self, model: RoutineExercisesModel, row: int, exercise: Exercise) -> None:
        super().__init__(translate("_Insert", "add {name}").format(name=exercise.name))
        self.model, self.row, self.exercise = model, row, exercise

    def redo(self) -> None:
        self.model._insert(self.row, self.exercise)

    def undo(self) -> None:
        self.model._remove(self.row)


class _Remove(QUndoCommand):
    def __init__(self, model: RoutineExercisesModel, row: int) -> None:
        super().__init__(
            translate("_Remove", "remove {name}").format(name=model.exercises[row].name)
        )
        self.model, self.row = model, row
        self.exercise = model.exercises[row]

    def redo(self) -> None:
        self.exercise = self.model._remove(self.row)

    def undo(self) -> None:
        self.model._insert(self.row, self.exercise)


class _Move(QUndoCommand):
    def __init__(self, model: RoutineExercisesModel, row: int, to: int) -> None:
        super().__init__(translate("_Move", "move {name}").format(name=model.exercises[row].name))
        self.model, self.row, self.to = model, row, to

    def redo(self) -> None:
        self.model._move(self.row, self.to)

    def undo(self) -> None:
        self.model._move(self.to, self.row)


_REPLACE_ID = 7001


class _Replace(QUndoCommand):
    def __init__(
        self, model: RoutineExercisesModel, row: int, old: Exercise, new: Exercise, key: str
    ) -> None:
        super().__init__(
            translate("_Replace", "change {field} of {name}").format(
                field=key.rsplit(".", maxsplit=1)[-1].replace("_", " "), name=old.name
            )
        )
        self.model, self.row, self.old, self.new, self.key = model, row, old, new, key

    def id(self) -> int:
        return _REPLACE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Replace) or (other.row, other.key) != (self.row, self.key):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.model._set(self.row, self.new)

    def undo(self) -> None:
        self.model._set(self.row, self.old)


class SetRoutineField(QUndoCommand):
    """A routine-level value (name, prepare time, rest between exercises)."""

    ID = 7002

    def __init__(
        self, apply: Callable[[str, object], None], key: str, old: object, new: object
    ) -> None:
        super().__init__(
            translate("SetRoutineField", "change {field}").format(field=key.replace("_", " "))
        )
        self.apply, self.key, self.old, self.new = apply, key, old, new

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetRoutineField) or other.key != self.key:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.apply(self.key, self.new)

    def undo(self) -> None:
        self.apply(self.key, self.old)
