"""One client per window: switching profile closes every trainer window of the old client,
the picker and every title name the new one, and each write lands in the new client's files."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.timeline import StepKind
from hiptimer.profiles import folders as profiles
from hiptimer.profiles.saved import LibraryStore
from hiptimer.ui.history import open_history
from hiptimer.ui.profile_link import ProfileLink
from hiptimer.ui.trainer.routines_window import RoutinesWindow
from tests.trainer_support import data_home

__all__ = ["data_home"]


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def set_rows(name: str) -> list[tuple[str, int]]:
    path = profiles.profile_dir(name) / "history.sqlite3"
    if not path.exists():
        return []
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT exercise_id, set_no FROM sets").fetchall()


def open_everything(link: ProfileLink) -> list:
    """Every trainer window a trainer can have open at once, for link's profile."""
    link.open_routines()
    routines = link.open_tools[-1]
    assert isinstance(routines, RoutinesWindow)
    editor = routines.new_routine()
    handout = routines.open_handout_dialog()
    library = routines.open_library()
    exercise_editor = library.new_exercise()
    link.open_library()
    own_library = link.open_tools[-1]
    assert link.store is not None
    history = open_history(link.window, link.store)
    return [routines, editor, handout, library, exercise_editor, own_library, history]


def test_switching_client_closes_every_trainer_window_and_writes_go_to_the_new_one(
    make_window, qtbot, data_home
):
    profiles.create_profile("Anna Berg")
    profiles.create_profile("Ben Cole")
    harness = make_window()
    link = ProfileLink(harness.window, "Anna Berg")
    link.window_ready()
    picker = link._picker
    assert picker is not None and picker.currentText() == "Anna Berg"
    assert "Anna Berg" in harness.window.windowTitle()

    windows = open_everything(link)
    for window in windows:
        assert window.isVisible()
        assert "Anna Berg" in window.windowTitle(), window.windowTitle()

    # The trainer picks Ben on the start screen's picker.
    picker.activated.emit(picker.findData("Ben Cole"))
    assert link.profile == "Ben Cole"
    assert [w.isVisible() for w in windows] == [False] * len(windows)
    assert link.open_tools == []
    flush_deletes()
    assert picker.currentText() == "Ben Cole"
    assert "Ben Cole" in harness.window.windowTitle()

    # Ben's windows: a routine saved, an exercise saved, a session recorded.
    link.open_routines()
    routines = link.open_tools[-1]
    assert routines.windowTitle() == "Routines: Ben Cole"
    editor = routines.new_routine()
    assert "Ben Cole" in editor.windowTitle()
    editor.library_view.setCurrentIndex(editor.library_model.index(0))
    editor.add_selected_library_exercise()
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Ben week 1")
    assert editor.save()
    editor.close()
    library = routines.open_library()
    exercise_editor = library.new_exercise()
    assert "Ben Cole" in exercise_editor.windowTitle()
    qtbot.keyClicks(exercise_editor.form.name_edit, "Step-down")
    exercise_editor.save()
    ben, anna = LibraryStore.for_profile("Ben Cole"), LibraryStore.for_profile("Anna Berg")
    assert [s.routine.name for s in ben.routines() if s.routine] == ["Ben week 1"]
    assert [e.name for e in ben.custom_exercises()] == ["Step-down"]
    assert list(anna.routines()) == [] and anna.custom_exercises() == []

    # "Use this routine" in Ben's window, then a session: it is Ben's.
    routines.list.setCurrentRow(1)
    routines.use_action.trigger()
    assert harness.window.routine.name == "Ben week 1"
    routines.close()
    flush_deletes()
    harness.window.activateWindow()
    qtbot.waitUntil(harness.window.isActiveWindow, timeout=2000)
    harness.press(Qt.Key.Key_Return)
    assert harness.window.session_active, harness.state
    harness.skip_to(lambda step: step.kind is StepKind.WORK)
    harness.press(Qt.Key.Key_Right)  # a skipped set is a row too
    assert set_rows("Ben Cole") != []
    assert set_rows("Anna Berg") == []
    harness.window.end_session()
    harness.window.back_to_start()


def test_a_routine_chosen_for_another_client_is_refused(make_window, data_home):
    profiles.create_profile("Anna Berg")
    profiles.create_profile("Ben Cole")
    harness = make_window()
    link = ProfileLink(harness.window, "Anna Berg")
    link.window_ready()
    # The Profiles dialog switches (as choose_profile does): the picker follows.
    link.switch_profile("Ben Cole")
    assert link._picker is not None and link._picker.currentText() == "Ben Cole"
    shown = harness.window.routine
    other = DEFAULT_ROUTINE.__class__(**{**DEFAULT_ROUTINE.__dict__, "name": "Anna only"})
    link.use_routine(other, "Anna Berg")
    assert harness.window.routine == shown
    box = harness.window._message_box
    assert box is not None and "belongs to Anna Berg" in box.text()
    box.close()
    flush_deletes()
