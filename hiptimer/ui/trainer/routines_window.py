"""A profile's routines in one window: new, edit, duplicate, delete, import, export, print.

Each row shows the first exercise's picture, the total time and a timeline strip
(hiptimer.ui.trainer.routine_rows).

Entry point: open_routines_window(profile, parent=None) -> RoutinesWindow (shown).
Signals: routines_changed() after anything was saved, imported or deleted;
routine_chosen(Routine) when "Use this routine" is pressed (the built-in one included).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QImage, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.files import safe_stem
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Routine
from hiptimer.core.text import inert
from hiptimer.core.timeline import compile_routine
from hiptimer.core.wording import clock_text
from hiptimer.exchange.routine_file import RoutineFileError
from hiptimer.present.strip import strip_summary, timeline_strip
from hiptimer.profiles.saved import LibraryError, LibraryStore, StoredRoutine
from hiptimer.ui.trainer import descriptions
from hiptimer.ui.trainer.fields import ErrorLabel, action_button, make_action
from hiptimer.ui.trainer.handout_dialog import HandoutDialog, documents_dir
from hiptimer.ui.trainer.library_window import ExerciseLibraryWindow
from hiptimer.ui.trainer.routine_editor import RoutineEditor
from hiptimer.ui.trainer.routine_rows import (
    DETAILS_ROLE,
    NAME_ROLE,
    ROUTINE_ROLE,
    SECONDS_ROLE,
    STRIP_ROLE,
    RoutineRowDelegate,
    RoutineThumbnails,
)

ITEM_ROLE = ROUTINE_ROLE
# The longest side a thumbnail's picture is decoded at (a row is far smaller).
THUMBNAIL_PIXELS = 256


class RoutinesWindow(QWidget):
    routines_changed = Signal()
    routine_chosen = Signal(object)

    def __init__(self, store: LibraryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.profile = store.folder.name
        self.editors: list[RoutineEditor] = []
        self.library_window: ExerciseLibraryWindow | None = None
        self.handout_dialog: HandoutDialog | None = None
        self.setWindowTitle(
            translate("RoutinesWindow", "Routines: {profile}").format(profile=self.profile)
        )
        self.resize(720, 520)

        title = QLabel(
            translate("RoutinesWindow", "Routines of {profile}").format(profile=self.profile)
        )
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("RoutinesWindow", "Routines"))
        self.list.setSpacing(3)
        self.list.setUniformItemSizes(False)
        self.thumbnails = RoutineThumbnails(self._picture)
        self.delegate = RoutineRowDelegate(self.thumbnails, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(lambda *_: self._update_actions())
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        descriptions.describe_list(self.list, "routines")
        self.error = ErrorLabel()

        self.new_action = make_action(
            self,
            translate("RoutinesWindow", "&New"),
            "Ctrl+N",
            translate("RoutinesWindow", "Build a new routine"),
        )
        self.edit_action = make_action(
            self,
            translate("RoutinesWindow", "&Edit"),
            "F2",
            translate("RoutinesWindow", "Change this routine"),
        )
        self.duplicate_action = make_action(
            self,
            translate("RoutinesWindow", "D&uplicate"),
            "Ctrl+D",
            translate("RoutinesWindow", "Copy this routine"),
        )
        self.delete_action = make_action(
            self,
            translate("RoutinesWindow", "Delete"),
            "Del",
            translate("RoutinesWindow", "Delete this routine"),
        )
        self.import_action = make_action(
            self,
            translate("RoutinesWindow", "&Import…"),
            "Ctrl+I",
            translate("RoutinesWindow", "Check a routine file and add it to this profile"),
        )
        self.export_action = make_action(
            self,
            translate("RoutinesWindow", "E&xport…"),
            "Ctrl+E",
            translate("RoutinesWindow", "Write this routine to one file for a client"),
        )
        self.handout_action = make_action(
            self,
            translate("RoutinesWindow", "&Handout PDF…"),
            QKeySequence.StandardKey.Print,
            translate("RoutinesWindow", "Print this routine as PDF"),
        )
        self.library_action = make_action(
            self,
            translate("RoutinesWindow", "Exercise &library…"),
            "Ctrl+L",
            translate("RoutinesWindow", "See and make exercises"),
        )
        self.use_action = make_action(
            self,
            translate("RoutinesWindow", "Use this &routine"),
            None,
            translate("RoutinesWindow", "Choose it for the next session"),
        )
        close = make_action(
            self,
            translate("RoutinesWindow", "Close"),
            QKeySequence.StandardKey.Close,
            translate("RoutinesWindow", "Close the window"),
        )
        self.new_action.triggered.connect(self.new_routine)
        self.edit_action.triggered.connect(self.edit_selected)
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action.triggered.connect(self._delete_asking)
        self.import_action.triggered.connect(self.import_dialog)
        self.export_action.triggered.connect(self.export_dialog)
        self.handout_action.triggered.connect(self.open_handout_dialog)
        self.library_action.triggered.connect(self.open_library)
        self.use_action.triggered.connect(self._use_selected)
        close.triggered.connect(self.close)

        top = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.duplicate_action):
            top.addWidget(action_button(action))
        top.addStretch(1)
        top.addWidget(action_button(self.delete_action))
        bottom = QHBoxLayout()
        for action in (
            self.import_action,
            self.export_action,
            self.handout_action,
            self.library_action,
        ):
            bottom.addWidget(action_button(action))
        bottom.addStretch(1)
        use = action_button(self.use_action)
        use.setDefault(True)
        bottom.addWidget(use)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.refresh()

    # Listing -----------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        chosen = self.selected()
        wanted = select or (chosen.name if isinstance(chosen, Routine) else None)
        self.list.clear()
        self.delegate.longest = 0.0
        self._add(
            DEFAULT_ROUTINE, translate("RoutinesWindow", "built-in: Edit makes your own copy")
        )
        for stored in self.store.routines():
            if stored.routine is None:
                unreadable = translate("RoutinesWindow", "{file}\ncannot be read: {problem}")
                item = QListWidgetItem(
                    unreadable.format(file=stored.path.name, problem=stored.problem)
                )
                item.setData(ITEM_ROLE, stored)
                self.list.addItem(item)
            else:
                self._add(stored.routine, "")
        for row in range(self.list.count()):
            data = self.list.item(row).data(ITEM_ROLE)
            if isinstance(data, Routine) and data.name == wanted and row > 0:
                self.list.setCurrentRow(row)
                break
        else:
            self.list.setCurrentRow(self.list.count() - 1 if self.list.count() > 1 else 0)
        self._update_actions()

    def _add(self, routine: Routine, note: str) -> None:
        timeline = compile_routine(routine)
        seconds = timeline.total_seconds
        total = clock_text(seconds)
        count = len(routine.exercises)
        line = (
            translate("RoutinesWindow", "%n exercise, about {time}", None, count)
            if count == 1
            else translate("RoutinesWindow", "%n exercises, about {time}", None, count)
        ).format(time=total)
        details = f"{line}{'  ·  ' + note if note else ''}"
        item = QListWidgetItem(f"{routine.name}\n{details}")
        item.setData(ITEM_ROLE, routine)
        item.setData(NAME_ROLE, inert(routine.name))
        item.setData(DETAILS_ROLE, details)
        strip = timeline_strip(timeline)
        item.setData(STRIP_ROLE, strip)
        item.setData(SECONDS_ROLE, seconds)
        self.delegate.longest = max(self.delegate.longest, seconds)
        item.setToolTip(strip_summary(strip, seconds))
        self.list.addItem(item)

    def _picture(self, name: str) -> QImage | None:
        """A custom exercise's picture for a thumbnail, decoded small."""
        from hiptimer.ui.picture_cache import decode_for_display

        return decode_for_display(self.store.picture_bytes(name), THUMBNAIL_PIXELS)

    def selected(self) -> Routine | StoredRoutine | None:
        item = self.list.currentItem()
        data = item.data(ITEM_ROLE) if item is not None else None
        return data if isinstance(data, Routine | StoredRoutine) else None

    def _is_built_in(self) -> bool:
        return self.list.currentRow() == 0

    def _update_actions(self) -> None:
        selected = self.selected()
        readable = isinstance(selected, Routine)
        self.edit_action.setEnabled(readable)
        self.duplicate_action.setEnabled(readable)
        self.export_action.setEnabled(readable)
        self.handout_action.setEnabled(readable)
        self.use_action.setEnabled(readable)
        self.delete_action.setEnabled(selected is not None and not self._is_built_in())

    # Actions -----------------------------------------------------------------------------

    def _open_editor(self, routine: Routine | None, saved_name: str | None) -> RoutineEditor:
        editor = RoutineEditor(self.store, routine, saved_name=saved_name)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.routine_saved.connect(self._saved)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: RoutineEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _saved(self, name: str) -> None:
        self.refresh(select=name)
        self.routines_changed.emit()

    def new_routine(self) -> RoutineEditor:
        return self._open_editor(None, None)

    def edit_selected(self) -> RoutineEditor | None:
        selected = self.selected()
        if not isinstance(selected, Routine):
            return None
        if self._is_built_in():
            copy = dataclasses.replace(selected, name=self.store.free_name(selected.name))
            return self._open_editor(copy, None)
        return self._open_editor(selected, selected.name)

    def duplicate_selected(self) -> bool:
        selected = self.selected()
        if not isinstance(selected, Routine):
            return False
        copy = dataclasses.replace(selected, name=self.store.free_name(selected.name))
        try:
            self.store.save_routine(copy)
        except (LibraryError, ValueError) as error:
            self.error.set_message(str(error))
            return False
        self._saved(copy.name)
        return True

    def _delete_asking(self) -> None:
        self.delete_selected(confirm=True)

    def delete_selected(self, *, confirm: bool = True) -> bool:
        selected = self.selected()
        if selected is None or self._is_built_in():
            return False
        name = selected.name
        if confirm:
            answer = QMessageBox.question(
                self,
                translate("RoutinesWindow", "Delete routine"),
                translate("RoutinesWindow", "Delete the routine {name} from {profile}?").format(
                    name=repr(name), profile=self.profile
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            if isinstance(selected, StoredRoutine):
                selected.path.unlink()
            else:
                self.store.delete_routine(name)
        except (LibraryError, OSError) as error:
            self.error.set_message(str(error))
            return False
        self.error.set_message("")
        self.refresh()
        self.routines_changed.emit()
        return True

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("RoutinesWindow", "Import a routine"),
            str(documents_dir()),
            translate("RoutinesWindow", "HipTimer routine (*.json)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> Routine | None:
        """Check a routine file and add it; a bad file changes nothing and says why."""
        try:
            routine = self.store.import_file(path)
        except RoutineFileError as error:
            lines = [inert(line) for line in error.lines()]
            if len(lines) == 1:
                message = translate("RoutinesWindow", "The file {file} was not imported: {problem}")
                self.error.set_message(message.format(file=inert(path.name), problem=lines[0]))
            else:
                count = len(lines)
                message = translate(
                    "RoutinesWindow",
                    "The file {file} was not imported. It has %n problems:",
                    None,
                    count,
                )
                bullets = "".join(f"\n• {line}" for line in lines)
                self.error.set_message(message.format(file=inert(path.name)) + bullets)
            return None
        except (LibraryError, ValueError) as error:
            problem = translate("RoutinesWindow", "the file {file} was not imported: {problem}")
            self.error.set_message(problem.format(file=path.name, problem=error))
            return None
        self.error.set_message("")
        self._saved(routine.name)
        return routine

    def export_dialog(self) -> None:
        selected = self.selected()
        if not isinstance(selected, Routine):
            return
        suggested = documents_dir() / f"{safe_stem(selected.name, 'routine')}.json"
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("RoutinesWindow", "Export routine"),
            str(suggested),
            translate("RoutinesWindow", "HipTimer routine (*.json)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        selected = self.selected()
        if not isinstance(selected, Routine):
            return False
        try:
            self.store.export_routine(selected, path)
        except (LibraryError, ValueError) as error:
            self.error.set_message(str(error))
            return False
        self.error.set_message("")
        return True

    def open_handout_dialog(self) -> HandoutDialog | None:
        selected = self.selected()
        if not isinstance(selected, Routine):
            return None
        client = "" if self.profile == "default" else self.profile
        self.handout_dialog = HandoutDialog(self.store, selected, client, self)
        self.handout_dialog.open()
        return self.handout_dialog

    def open_library(self) -> ExerciseLibraryWindow:
        if self.library_window is None:
            self.library_window = ExerciseLibraryWindow(self.store, self)
            self.library_window.library_changed.connect(self._library_changed)
        self.library_window.show()
        self.library_window.raise_()
        return self.library_window

    def _library_changed(self) -> None:
        for editor in self.editors:
            editor.refresh_library()

    def _use_selected(self) -> None:
        selected = self.selected()
        if isinstance(selected, Routine):
            self.routine_chosen.emit(selected)

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors):
            if not editor.close():
                event.ignore()
                return
        # Its library and handout belong to this profile: they go with it.
        if self.handout_dialog is not None and self.handout_dialog.isVisible():
            self.handout_dialog.reject()
        if self.library_window is not None:
            self.library_window.close()
        super().closeEvent(event)


def open_routines_window(profile: str, parent: QWidget | None = None) -> RoutinesWindow:
    """Show a profile's routines in their own window and return it."""
    window = RoutinesWindow(LibraryStore.for_profile(profile), parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
