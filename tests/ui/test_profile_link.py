"""The window wired to a profile's history: what a user does and what lands in the database."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from hiptimer.core.session import State
from hiptimer.core.timeline import StepKind
from hiptimer.profiles.folders import open_history, profile_dir
from hiptimer.store import HistoryStore
from hiptimer.ui.history_link import recent_text
from hiptimer.ui.profile_link import ProfileLink


def linked(make_window, profile="default"):
    harness = make_window()
    link = ProfileLink(harness.window, profile)
    link.window_ready()
    return harness, link


def answer(link, label):
    box = link.question
    assert box is not None, "expected a question"
    button = next(b for b in box.buttons() if b.text() == label)
    button.click()
    QApplication.processEvents()


def test_each_finished_set_is_a_row_in_the_profile_database(make_window, qtbot):
    harness, link = linked(make_window)
    assert link.store is not None
    start = harness.window.start_screen
    assert start.recent.text() == "No sessions yet: your first one starts your history."
    harness.press(Qt.Key.Key_Return)
    harness.advance(10 + 60)  # prepare, then the first set of bridges (left side)
    harness.advance(0.25)
    rows = (
        sqlite3.connect(profile_dir("default") / "history.sqlite3")
        .execute("SELECT exercise_id, side, set_no, reps_done, skipped FROM sets")
        .fetchall()
    )
    assert rows == [("glute-bridge", "left", 1, 12, 0)]
    # The right side is skipped: it is still a row, marked skipped.
    harness.advance(8)
    assert harness.window.session.step.kind is StepKind.WORK
    harness.press(Qt.Key.Key_Right)
    session_id = link.recorder.session_id
    sides = [(r.side, r.skipped) for r in link.store.session_sets(session_id)]
    assert sides == [("left", False), ("right", True)]
    # Ending early keeps both and the effort and note go with the session.
    harness.window.end_session()
    assert harness.state is State.FINISHED
    assert "1 of 24 sets done" in harness.window.end_screen.subtitle.text()
    harness.window.feedback_saved.emit(7, "left knee a bit stiff")
    row = link.store.connection.execute(
        "SELECT status, effort, note FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    assert row == ("ended_early", 7, "left knee a bit stiff")
    # The fake clock's wall time is far from today: the line names the day.
    assert start.recent.text().startswith("Last session: ")
    assert "effort 7, ended early" in start.recent.text()


def test_an_interrupted_session_is_offered_and_resumes_in_the_same_row(make_window, qtbot):
    harness, link = linked(make_window)
    harness.press(Qt.Key.Key_Return)
    harness.advance(10 + 60 + 0.25)  # the first set is saved, then the app "dies"
    first_id = link.recorder.session_id
    link.store.close()
    harness.window.session = None  # nothing ends the session: as after a crash
    harness.window.back_to_start()

    again, link2 = linked(make_window)
    assert link2.question is not None
    assert "cut short" in link2.question.text()
    assert "1 of 24 sets" in link2.question.informativeText()
    answer(link2, "Resume")
    session = again.window.session
    assert session is not None and session.state is State.RUNNING
    # First a short get-ready, then the step after the saved set: the switch to the right.
    assert session.step.index == 2 and session.step.kind is StepKind.PREPARE
    assert again.screen.kind.text() == "GET READY" and again.screen.countdown.text() == "10"
    assert again.window.speaker.spoken[-1] == (
        "Get ready. Right side. Single-leg glute bridge. Right foot planted, left leg up."
    )
    again.advance(10)
    assert session.step.index == 2 and session.step.kind is StepKind.SWITCH
    assert link2.recorder.session_id == first_id
    again.advance(8 + 60 + 0.25)
    sides = [r.side for r in link2.store.session_sets(first_id)]
    assert sides == ["left", "right"]
    # The end screen counts the set done before the crash too.
    again.window.end_session()
    rows = again.window.end_screen.rows
    bridge = [r for r in rows if r.exercise == "Single-leg glute bridge"]
    assert all(r.started for r in bridge) and len(bridge) == 2
    assert "2 of 24 sets done (1 before the break)" in again.window.end_screen.subtitle.text()


def test_keep_as_interrupted_keeps_the_sets_and_asks_no_more(make_window):
    harness, link = linked(make_window)
    harness.press(Qt.Key.Key_Return)
    harness.advance(10 + 60 + 0.25)
    session_id = link.recorder.session_id
    link.store.close()
    harness.window.session = None
    harness.window.back_to_start()

    _, link2 = linked(make_window)
    answer(link2, "Keep as interrupted")
    assert link2.store.session_status(session_id) == "interrupted"
    assert len(link2.store.session_sets(session_id)) == 1
    assert "interrupted" in link2.window.start_screen.recent.text()
    _, link3 = linked(make_window)
    assert link3.question is None


def test_a_damaged_history_is_set_aside_and_the_backup_offered(make_window):
    store = open_history("default")  # makes today's backup of a fresh history
    store.close()
    path = profile_dir("default") / "history.sqlite3"
    path.write_bytes(b"not a database at all\n" * 200)
    _, link = linked(make_window)
    assert link.question is not None
    assert "damaged" in link.question.text()
    assert link.question.icon() is QMessageBox.Icon.Warning
    assert "nothing was deleted" in link.question.informativeText()
    answer(link, "Restore the backup")
    assert link.store is not None and link.store.integrity_problems() == []
    kept = [
        p
        for p in path.parent.iterdir()
        if p.is_file() and p != path and p.read_bytes().startswith(b"not a database")
    ]
    assert len(kept) == 1  # the damaged file, kept byte for byte beside the restored one


def test_ctrl_h_opens_the_history_window_for_this_profile(make_window, qtbot):
    harness, link = linked(make_window)
    harness.qtbot.keyClick(harness.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    from hiptimer.ui.history.window import HistoryWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryWindow)]
    assert len(windows) == 1 and windows[0].isVisible()
    assert windows[0].store is link.store
    for window in windows:
        window.close()


def test_switching_profile_moves_the_history(make_window):
    harness, link = linked(make_window)
    link.open_history()
    from hiptimer.ui.history.window import HistoryWindow

    old_history = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryWindow))
    assert old_history.isVisible()
    link.switch_profile("Anna")
    assert not old_history.isVisible()  # the old profile's charts do not stay behind
    assert link.profile == "Anna" and harness.window.profile == "Anna"
    assert link.store is not None
    assert link.store.path.parent == profile_dir("Anna")
    harness.press(Qt.Key.Key_Return)
    harness.advance(10 + 60 + 0.25)
    assert len(link.store.session_sets(link.recorder.session_id)) == 1
    default = open_history("default")
    assert default.session_count() == 0
    default.close()


def test_a_history_that_cannot_open_still_lets_the_session_run(make_window, monkeypatch):
    from hiptimer.store import StoreError

    def refuse(*_args, **_kwargs):
        raise StoreError("The disk is full: free some space, then start HipTimer again.")

    monkeypatch.setattr(HistoryStore, "open_path", refuse)
    harness, _ = linked(make_window)
    box = harness.window.message_box
    assert box is not None and "sessions will not be saved" in box.text()
    assert "disk is full" in box.informativeText()
    box.done(QMessageBox.StandardButton.Ok)
    harness.press(Qt.Key.Key_Return)
    harness.advance(15)
    assert harness.state is State.RUNNING
    assert "not being saved" in harness.window.status_label.text()


def test_recent_text_reads_like_a_person_wrote_it():
    from datetime import datetime

    from hiptimer.store.charts import SessionSummary

    now = datetime(2026, 11, 25, 18, 0)
    started = datetime(2026, 11, 24, 7, 30).timestamp()
    summary = SessionSummary(
        session_id=1,
        started_at=started,
        ended_at=started + 21 * 60,
        routine="r",
        status="finished",
        sets_done=24,
        sets_skipped=0,
        sets_planned=24,
        reps=0,
        hold_seconds=0,
        active_seconds=0,
        effort=6,
        note="",
        demo=False,
    )
    assert recent_text(summary, now) == "Last session: yesterday, 21 min, effort 6"


def test_todays_backup_takes_in_each_session_as_it_ends(make_window):
    harness, link = linked(make_window)
    backups = link.store.backup_dir
    assert len(list(backups.iterdir())) == 1  # made when the history opened, still empty
    harness.press(Qt.Key.Key_Return)
    harness.advance(10 + 60 + 0.25)
    harness.window.end_session()
    written = list(backups.iterdir())
    assert len(written) == 1
    con = sqlite3.connect(written[0])
    assert con.execute("SELECT COUNT(*) FROM sets").fetchone()[0] == 1
    con.close()


def test_the_picker_lists_profiles_made_while_the_app_was_open(make_window):
    from hiptimer.profiles.folders import create_profile

    _, link = linked(make_window)
    create_profile("Bea")
    link._picker.showPopup()
    names = [link._picker.itemText(i) for i in range(link._picker.count())]
    link._picker.hidePopup()
    assert "Bea" in names and "default" in names


def test_a_routine_chosen_from_the_profile_shows_its_own_picture(make_window, qtbot):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from hiptimer.core.builtin import DEFAULT_ROUTINE
    from hiptimer.core.routine import Dose, Exercise, Mode, Routine
    from hiptimer.profiles.saved import LibraryStore

    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff00ff"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    store = LibraryStore.for_profile("default")
    name = store.add_picture(bytes(data.data()))
    walk = Exercise(
        id="monster-walk",
        name="Monster walk",
        mode=Mode.REPS,
        dose=Dose(sets=1, reps=10),
        picture=name,
    )
    routine = Routine(name="Rehab", exercises=(walk, DEFAULT_ROUTINE.exercises[0]))
    harness, link = linked(make_window)
    link.use_routine(routine)
    row = harness.window.start_screen.exercise_rows()[0]
    harness.window.start_screen.draw_pictures()
    grabbed = row.grab().toImage()
    magenta = sum(
        grabbed.pixelColor(x, y).name() == "#ff00ff"
        for x in range(0, grabbed.width(), 3)
        for y in range(0, grabbed.height(), 3)
    )
    assert magenta > 20


def test_the_routine_chosen_is_the_one_the_next_start_opens(make_window):
    import dataclasses

    from hiptimer.core.builtin import DEFAULT_ROUTINE
    from hiptimer.profiles.saved import LibraryStore

    short = dataclasses.replace(
        DEFAULT_ROUTINE, name="Short hips", exercises=DEFAULT_ROUTINE.exercises[:2]
    )
    LibraryStore.for_profile("default").save_routine(short)
    harness, link = linked(make_window)
    assert harness.window.routine == DEFAULT_ROUTINE
    link.use_routine(short)
    assert harness.window.start_screen.title.text() == "Short hips"

    again, link2 = linked(make_window)  # the next start of the app
    assert again.window.routine == short
    link2.switch_profile("Anna")  # a profile that never chose: the built-in routine
    assert again.window.routine == DEFAULT_ROUTINE
    link2.switch_profile("default")
    assert again.window.routine == short


def test_routines_and_library_windows_stay_open_on_their_own(make_window):
    import gc

    from hiptimer.ui.trainer.library_window import ExerciseLibraryWindow
    from hiptimer.ui.trainer.routines_window import RoutinesWindow

    harness, _ = linked(make_window)
    harness.qtbot.keyClick(harness.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    harness.qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    gc.collect()
    QApplication.processEvents()
    shown = {
        type(w)
        for w in QApplication.topLevelWidgets()
        if isinstance(w, RoutinesWindow | ExerciseLibraryWindow) and w.isVisible()
    }
    assert shown == {RoutinesWindow, ExerciseLibraryWindow}
