"""The end view tells what happened (finished, ended early, resumed and finished, with
counts) and the keys do what a desktop user expects there and on the start screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hiptimer.core.session import State
from hiptimer.ui.history import close_history
from tests.trainer_support import data_home
from tests.ui.test_profile_link import answer, linked


def finish_by_skipping(harness) -> None:
    harness.window.activateWindow()
    harness.qtbot.waitUntil(harness.window.isActiveWindow, timeout=2000)
    for _ in range(200):
        if harness.state is State.FINISHED:
            return
        harness.press(Qt.Key.Key_Right)
    raise AssertionError(f"still {harness.state} after 200 skips")


def test_a_resumed_session_that_finishes_says_so_with_counts(make_window):
    harness, link = linked(make_window)
    harness.press(Qt.Key.Key_Return)
    harness.advance(10 + 60 + 0.25)  # one set saved, then the app "dies"
    link.store.close()
    harness.window.session = None
    harness.window.back_to_start()

    again, link2 = linked(make_window)
    answer(link2, "Resume")
    again.advance(10 + 8 + 60 + 0.25)  # get ready, switch sides, the right side
    finish_by_skipping(again)
    end = again.window.end_screen
    assert end.title.text() == "Resumed and finished"
    assert "2 of 24 sets done (1 before the break)" in end.subtitle.text()
    assert "well done" not in end.title.text().casefold()
    # Part-done and never-reached rows read as such, not as cut-off text.
    done_column = [end.cell(row, 3) for row in range(end.table.rowCount())]
    assert done_column[0].startswith("◐ part: 12 of 24 reps")
    assert not any(text.startswith("…") for text in done_column)


def test_nothing_done_is_never_well_done(make_window):
    harness = make_window()
    harness.press(Qt.Key.Key_Return)
    harness.window.end_session()
    end = harness.window.end_screen
    assert end.title.text() == "Session over: no sets done"
    assert "0 of 24 sets done" in end.subtitle.text()


def test_see_history_on_the_end_view_by_button_and_ctrl_h(make_window, qtbot):
    harness, link = linked(make_window)
    end = harness.window.end_screen
    harness.press(Qt.Key.Key_Return)
    harness.advance(10 + 60 + 0.25)
    harness.window.end_session()
    assert end.history_button.isVisible() and end.history_button.text().startswith("See histor&y")
    end.history_button.click()
    from hiptimer.ui.history import _open

    window = _open[id(link.store)]
    assert window.isVisible() and window.windowTitle() == "History: default"
    window.close()
    harness.window.activateWindow()
    qtbot.waitUntil(harness.window.isActiveWindow, timeout=2000)
    harness.press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert _open[id(link.store)].isVisible()
    close_history(link.store)


def test_enter_in_the_note_saves_and_shows_saved(make_window, qtbot):
    harness, link = linked(make_window)
    harness.press(Qt.Key.Key_Return)
    harness.advance(10 + 60 + 0.25)
    session_id = link.recorder.session_id
    harness.window.end_session()
    end = harness.window.end_screen
    end.note.setFocus()
    qtbot.keyClicks(end.note, "hips fine")
    qtbot.keyClick(end.note, Qt.Key.Key_Return)
    assert harness.window.stack.currentWidget() is end  # still there, confirming
    assert end.saved.text() == "Saved with this session."
    row = link.store.connection.execute(
        "SELECT note FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    assert row == ("hips fine",)
    # The next Enter goes back to the start.
    qtbot.keyClick(end.again_button, Qt.Key.Key_Return)
    assert harness.window.stack.currentWidget() is harness.window.start_screen


def test_enter_on_the_focused_routines_button_opens_routines_not_a_session(make_window, qtbot):
    harness, link = linked(make_window)
    harness.window.activateWindow()
    qtbot.waitUntil(harness.window.isActiveWindow, timeout=2000)
    qtbot.waitUntil(link.routines_button.isVisible, timeout=2000)  # shown by a queued call
    link.routines_button.setFocus()
    assert link.routines_button.hasFocus()
    harness.press(Qt.Key.Key_Return)
    assert harness.window.session is None or not harness.window.session_active
    assert [w.windowTitle() for w in link.open_tools] == ["Routines: default"]
    assert link.close_tools()
    # With the start button (or nothing) focused, Enter starts.
    harness.window.start_screen.start_button.setFocus()
    harness.press(Qt.Key.Key_Return)
    assert harness.window.session_active


def test_enter_in_the_profile_name_field_creates_the_profile(qtbot, data_home):
    from hiptimer.profiles import folders as profiles
    from hiptimer.ui.trainer.profiles_dialog import ProfilesDialog

    dialog = ProfilesDialog("default")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Cara Dunn")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert "Cara Dunn" in profiles.list_profiles()
    assert dialog.isVisible() and dialog.chosen is None  # created, not switched


__all__ = ["data_home"]
