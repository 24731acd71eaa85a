"""The history survives what a disk, a copy or another program can do to it.

Each case checks three things: the real sessions are all still there (or come back from
the backup offered), the person is told plainly what happened (a message naming the
file), and no backup is pruned or replaced by a copy of something empty or unverified.
A full disk is made by SQLite itself: PRAGMA max_page_count caps the database at its
present size, so a write that needs a new page fails with SQLITE_FULL, as on a real disk.
"""

from __future__ import annotations

import csv
import dataclasses
import os
import shutil
import sqlite3
from datetime import date, timedelta

import pytest

from hiptimer.core.clock import FakeClock
from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Sides, Tempo, validate_routine
from hiptimer.core.session import Session, State
from hiptimer.core.timeline import compile_routine
from hiptimer.exchange.csv_export import HEADER, export_session_csv
from hiptimer.profiles.folders import open_history
from hiptimer.store import HistoryStore, SessionRecorder, StoreError, StoreRecovery
from hiptimer.store.database import list_backups
from hiptimer.store.recovery import marker_path
from hiptimer.store.schema import APPLICATION_ID
from tests.store.known import known_records

DAY = date(2026, 3, 10)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "alex" / "history.sqlite3"


def real_rows(path_or_store):
    """Every session and set, as plain tuples (compared before and after each fault)."""
    if isinstance(path_or_store, HistoryStore):
        con = path_or_store.connection
    else:
        con = sqlite3.connect(path_or_store)
    try:
        sessions = con.execute(
            "SELECT id, routine_name, started_at, status, effort, note FROM sessions ORDER BY id"
        ).fetchall()
        sets = con.execute(
            "SELECT session_id, step_index, exercise_id, reps_done FROM sets"
            " ORDER BY session_id, step_index"
        ).fetchall()
        return sessions, sets
    finally:
        if not isinstance(path_or_store, HistoryStore):
            con.close()


def backed_up(path, records=None):
    """A history of real sessions and a backup holding them (taken the next day)."""
    with HistoryStore.open_path(path, today=DAY) as store:
        store.add_sessions(records or known_records())
    with HistoryStore.open_path(path, today=DAY + timedelta(days=1)) as store:
        rows = real_rows(store)
    assert rows[0] and rows[1]
    return rows


def backup_files(path):
    folder = path.parent / "backups"
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.is_dir() else {}


def assert_no_backup_lost(before, path):
    after = backup_files(path)
    for name, data in before.items():
        assert after.get(name) == data, f"backup {name} was pruned or replaced"


def shifted_records(hours):
    """Another person's sessions: the known ones, some hours later."""
    shift = hours * 3600
    return [
        dataclasses.replace(
            record,
            started_at=record.started_at + shift,
            ended_at=record.ended_at + shift,
            results=[
                dataclasses.replace(r, started_at=r.started_at + shift, ended_at=r.ended_at + shift)
                for r in record.results
            ],
            note="someone else",
        )
        for record in known_records()
    ]


def long_routine():
    """A routine whose snapshot needs more than one database page (4 KB) to store."""
    cue = "keep the hips level and the knee over the toes, breathe out on the way up, slow"
    exercises = tuple(
        Exercise(
            id=f"move-{n}",
            name=f"Move {n}",
            mode=Mode.REPS,
            sides=Sides.NONE,
            dose=Dose(sets=1, reps=2, tempo=Tempo(1, 0, 1)),
            cues=tuple(f"Cue {n}.{k}: {cue}" for k in range(4)),
        )
        for n in range(8)
    )
    return validate_routine(
        Routine(name="Long cues", exercises=exercises, prepare_seconds=3, rest_between_exercises=5)
    )


def fill_the_disk(store):
    """From now on the database may not grow: what needs a new page gets SQLITE_FULL."""
    con = store.connection
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    assert con.execute(f"PRAGMA max_page_count = {pages}").fetchone()[0] == pages


def free_the_disk(store):
    store.connection.execute("PRAGMA max_page_count = 1073741823")


def run_session(session, clock, seconds):
    for _ in range(round(seconds / 0.5)):
        clock.advance(0.5)
        session.tick()


# --- logs (-wal) that do not belong -----------------------------------------------------


def test_a_log_copied_from_another_history_is_set_aside_not_replayed(path, tmp_path):
    rows = backed_up(path)
    before = backup_files(path)
    other = HistoryStore.open_path(tmp_path / "sam" / "history.sqlite3", today=DAY)
    try:
        other.add_sessions(shifted_records(5))
        foreign = other.path.with_name("history.sqlite3-wal").read_bytes()
    finally:
        other.close()
    assert len(foreign) > 4096
    wal = path.with_name("history.sqlite3-wal")
    wal.write_bytes(foreign)
    with HistoryStore.open_path(path, today=DAY + timedelta(days=2)) as store:
        assert real_rows(store) == rows
        [notice] = store.notices
    assert "did not belong" in notice and "history.sqlite3-wal.set-aside-" in notice
    assert "as it was last saved" in notice
    [kept] = path.parent.glob("history.sqlite3-wal.set-aside-*")
    assert kept.read_bytes() == foreign and kept.name in notice
    assert real_rows(path) == rows
    assert_no_backup_lost(before, path)


def test_a_stale_log_of_this_same_history_is_set_aside(path):
    records = known_records()
    store = HistoryStore.open_path(path, today=DAY)
    store.add_sessions(records[:3])
    stale = path.with_name("history.sqlite3-wal").read_bytes()
    store.add_sessions(records[3:])
    rows = real_rows(store)
    store.close()
    assert not path.with_name("history.sqlite3-wal").exists()  # closed: all in the file
    path.with_name("history.sqlite3-wal").write_bytes(stale)
    with HistoryStore.open_path(path, today=DAY) as store:
        assert real_rows(store) == rows
        assert "replace sessions already saved" in store.notices[0]


def test_the_log_a_crash_leaves_is_still_replayed(path, tmp_path):
    crashed = tmp_path / "crashed" / "history.sqlite3"
    crashed.parent.mkdir()
    store = HistoryStore.open_path(path, today=DAY)
    store.add_sessions(known_records()[:2])
    rows = real_rows(store)
    # What a killed process leaves: the file and its log, the newest sets only in the log.
    shutil.copyfile(path, crashed)
    shutil.copyfile(path.with_name("history.sqlite3-wal"), crashed.with_name("history.sqlite3-wal"))
    store.close()
    with HistoryStore.open_path(crashed, today=DAY) as again:
        assert real_rows(again) == rows
        assert again.notices == []


# --- files that are not a history -------------------------------------------------------


def test_a_zero_byte_file_with_a_backup_is_damage_and_the_backup_is_offered(path):
    rows = backed_up(path)
    before = backup_files(path)
    path.write_bytes(b"")
    with pytest.raises(StoreRecovery) as caught:
        HistoryStore.open_path(path, today=DAY + timedelta(days=2))
    recovery = caught.value
    assert "empty (0 bytes)" in recovery.message
    assert recovery.backup is not None and recovery.backup.name in before
    assert recovery.moved_to[0].read_bytes() == b""
    assert_no_backup_lost(before, path)
    with recovery.restore_backup(today=DAY + timedelta(days=2)) as store:
        assert real_rows(store) == rows


def test_an_unrelated_sqlite_file_is_moved_aside_unchanged(path):
    rows = backed_up(path)
    before = backup_files(path)
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Kim', '555')")
    con.commit()
    con.close()
    theirs = path.read_bytes()
    with pytest.raises(StoreRecovery) as caught:
        HistoryStore.open_path(path, today=DAY + timedelta(days=2))
    recovery = caught.value
    assert recovery.foreign
    moved = recovery.moved_to[0]
    assert moved.read_bytes() == theirs  # not adopted, not altered
    assert "not-hiptimer" in moved.name
    message = recovery.message
    assert "history.sqlite3" in message and "is not a HipTimer history" in message
    assert moved.name in message and "contacts" in message
    assert_no_backup_lost(before, path)
    with recovery.restore_backup(today=DAY + timedelta(days=2)) as store:
        assert real_rows(store) == rows


def test_a_file_with_another_programs_application_id_is_not_ours(path):
    backed_up(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234")
    con.close()
    with pytest.raises(StoreRecovery) as caught:
        HistoryStore.open_path(path, today=DAY + timedelta(days=2))
    assert caught.value.foreign and "application id 0x4d2" in caught.value.message


def test_histories_are_marked_as_hiptimer_on_creation_and_on_upgrade(path):
    backed_up(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 0")  # as every history before this version
    con.close()
    HistoryStore.open_path(path, today=DAY).close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_a_folder_in_place_of_the_history_is_refused_and_left_alone(path):
    backed_up(path)
    path.unlink()
    path.mkdir()
    (path / "inside.txt").write_text("keep me")
    with pytest.raises(StoreError) as caught:
        HistoryStore.open_path(path, today=DAY + timedelta(days=2))
    message = str(caught.value)
    assert str(path) in message and "is a folder" in message
    assert "newest intact backup" in message and "history-2026-03-11.sqlite3" in message
    assert [p.name for p in path.iterdir()] == ["inside.txt"]
    assert "disk I/O" not in message


def test_a_read_only_history_says_so_when_it_opens(path):
    rows = backed_up(path)
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        with HistoryStore.open_path(path, today=DAY + timedelta(days=2)) as store:
            assert store.read_only
            assert real_rows(store) == rows  # the past still shows
            [notice] = store.notices
            assert str(path) in notice and "read-only" in notice
            assert "cannot be saved" in notice
            with pytest.raises(StoreError, match="read-only"):
                store.begin_session(long_routine(), 1_773_000_000.0)
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == before


# --- the recovery question is remembered --------------------------------------------------


def test_an_unanswered_question_comes_back_and_takes_no_backup_meanwhile(path):
    rows = backed_up(path)
    path.write_bytes(b"scribbled over" * 400)
    with pytest.raises(StoreRecovery) as first:
        HistoryStore.open_path(path, today=DAY + timedelta(days=2))
    assert marker_path(path).exists()
    before = backup_files(path)
    # Closed, quit or killed while the question was open: every later start asks again,
    # day after day, and no backup is written or pruned while it waits.
    for day in range(3, 12):
        with pytest.raises(StoreRecovery) as again:
            HistoryStore.open_path(path, today=DAY + timedelta(days=day))
        assert again.value.moved_to == first.value.moved_to
        assert again.value.backup == first.value.backup
        assert "could not be read" in again.value.message
    assert backup_files(path) == before
    with again.value.restore_backup(today=DAY + timedelta(days=12)) as store:
        assert real_rows(store) == rows
    assert not marker_path(path).exists()
    HistoryStore.open_path(path, today=DAY + timedelta(days=13)).close()  # no question


def test_an_empty_history_started_after_damage_never_pushes_out_the_good_backups(path):
    backed_up(path)
    path.write_bytes(b"scribbled over" * 400)
    with pytest.raises(StoreRecovery) as caught:
        HistoryStore.open_path(path, today=DAY + timedelta(days=2))
    before = backup_files(path)
    caught.value.start_empty(today=DAY + timedelta(days=2)).close()
    for day in range(3, 20):
        HistoryStore.open_path(path, today=DAY + timedelta(days=day)).close()
    assert_no_backup_lost(before, path)
    assert [d for d, _ in list_backups(path.parent / "backups")] == [
        date.fromisoformat(name[8:18]) for name in sorted(before, reverse=True)
    ]


def test_a_backup_cut_short_by_a_full_disk_leaves_no_partial_file(path, monkeypatch):
    rows = backed_up(path)
    folder = path.parent / "backups"
    before = backup_files(path)
    crashed = folder / "history-2026-03-01.sqlite3.999999.partial"  # a crash, days ago
    crashed.write_bytes(b"x" * 100)
    long_ago = os.stat(crashed).st_mtime - 3 * 86400
    os.utime(crashed, (long_ago, long_ago))
    real_connect = sqlite3.connect

    def small_disk(target, *args, **options):
        con = real_connect(target, *args, **options)
        if str(target).endswith(".partial"):
            con.execute("PRAGMA max_page_count = 3")  # the copy runs out of room
        return con

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    with HistoryStore.open_path(path, today=DAY + timedelta(days=2)) as store:
        assert store.backup_problem is not None and "full" in store.backup_problem
        for day in range(3, 9):
            assert store.refresh_backup(DAY + timedelta(days=day)) is None
        monkeypatch.undo()
        assert real_rows(store) == rows
    assert list(folder.glob("*.partial")) == []
    assert backup_files(path) == before


# --- a full disk while a session runs --------------------------------------------------


def test_a_session_whose_first_write_fails_is_written_when_space_returns(path):
    rows = backed_up(path)
    routine = long_routine()
    clock = FakeClock()
    errors = []
    with HistoryStore.open_path(path, today=DAY + timedelta(days=2)) as store:
        fill_the_disk(store)
        session = Session(compile_routine(routine), clock)
        recorder = SessionRecorder(store, session, routine, clock=clock, on_error=errors.append)
        assert recorder.session_id is None and not recorder.saved
        assert "disk holding your history is full" in str(errors[0])
        session.start()
        run_session(session, clock, 30)
        assert len(session.results) >= 2
        assert real_rows(store) == rows  # nothing half-written, nothing lost
        free_the_disk(store)
        run_session(session, clock, 400)
        assert session.state is State.FINISHED
        recorder.save_feedback(6, "fine once the disk had room")
        assert recorder.saved and recorder.session_id is not None
        sessions, sets = real_rows(store)
        assert sessions[:-1] == rows[0] and set(sets) >= set(rows[1])
        new = sessions[-1]
        assert new[1:] == ("Long cues", recorder.started_at, "finished", 6, new[5])
        assert new[5] == "fine once the disk had room"
        saved = [s for s in sets if s[0] == new[0]]
        assert len(saved) == len(session.results) == 8


def test_a_disk_full_throughout_keeps_everything_saved_and_the_session_exports(path, tmp_path):
    rows = backed_up(path)
    routine = long_routine()
    clock = FakeClock()
    with HistoryStore.open_path(path, today=DAY + timedelta(days=2)) as store:
        fill_the_disk(store)
        before = backup_files(path)
        session = Session(compile_routine(routine), clock)
        recorder = SessionRecorder(store, session, routine, clock=clock)
        session.start()
        run_session(session, clock, 400)
        assert session.state is State.FINISHED
        with pytest.raises(StoreError, match="full"):
            recorder.save_feedback(4, "=SUM(A1)")
        assert not recorder.saved and recorder.feedback == (4, "=SUM(A1)")
        assert real_rows(store) == rows
        assert store.integrity_problems() == []
        store.refresh_backup(DAY + timedelta(days=2))
        assert_no_backup_lost(before, path)
    out = tmp_path / "session.csv"
    assert export_session_csv(out, "alex", routine, recorder.results, effort=4, note="=SUM(A1)")
    with open(out, encoding="utf-8", newline="") as handle:
        exported = list(csv.DictReader(handle))
    assert list(exported[0]) == list(HEADER)
    assert len(exported) == 8 and {r["exercise"] for r in exported} >= {"Move 0", "Move 7"}
    assert {(r["effort"], r["note"], r["session_id"]) for r in exported} == {("4", "'=SUM(A1)", "")}
    assert all(r["timestamp"][10] == "T" and r["timestamp"][-6] in "+-" for r in exported)
    assert real_rows(path) == rows


# --- the same faults, met through the window ------------------------------------------


def linked(make_window):
    from hiptimer.ui.profile_link import ProfileLink

    harness = make_window()
    link = ProfileLink(harness.window, "default")
    link.window_ready()
    return harness, link


def damaged_default_history():
    """The default profile's history with sessions and a backup holding them, then
    scribbled over."""
    from hiptimer.profiles.folders import profile_dir

    with open_history("default") as store:
        store.add_sessions(known_records())
        store.refresh_backup()
        rows = real_rows(store)
    path = profile_dir("default") / "history.sqlite3"
    path.write_bytes(b"scribbled over" * 400)
    return path, rows


def test_closing_the_recovery_question_decides_nothing_and_it_comes_back(make_window):
    from PySide6.QtWidgets import QApplication

    path, rows = damaged_default_history()
    before = backup_files(path)
    harness, link = linked(make_window)
    box = link.question
    assert box is not None and box.text() == "Your history file was damaged."
    assert "nothing was deleted" in box.informativeText()
    box.reject()  # Escape, or the window's close button
    QApplication.processEvents()
    assert link.store is None and link.question is None
    assert "not open yet" in harness.window.status_label.text()
    assert marker_path(path).exists()
    link.open_history()  # Ctrl+H asks again
    assert link.question is not None and "damaged" in link.question.text()
    # Quit or killed with the question open: the next start asks the same again.
    _, later = linked(make_window)
    assert later.question is not None
    assert later.question.informativeText() == link.question.informativeText()
    assert backup_files(path) == before
    button = next(b for b in later.question.buttons() if b.text() == "Restore the backup")
    button.click()
    QApplication.processEvents()
    assert later.store is not None and real_rows(later.store) == rows
    assert not marker_path(path).exists()
    _, third = linked(make_window)
    assert third.question is None and real_rows(third.store) == rows


def test_an_unrelated_database_is_named_in_the_question(make_window):
    from hiptimer.profiles.folders import profile_dir

    path, rows = damaged_default_history()
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.close()
    _, link = linked(make_window)
    assert link.question.text() == "Your history file is not a HipTimer history."
    detail = link.question.informativeText()
    assert "history.sqlite3" in detail and str(profile_dir("default")) in detail
    assert "restore it" in detail
    moved = next(path.parent.glob("history.sqlite3.not-hiptimer-*"))
    assert moved.name in detail
    theirs = sqlite3.connect(moved)
    assert theirs.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
    assert theirs.execute("PRAGMA application_id").fetchone() == (0,)  # not claimed
    theirs.close()
    restore = next(b for b in link.question.buttons() if b.text() == "Restore the backup")
    restore.click()
    assert link.store is not None and real_rows(link.store) == rows


def test_a_read_only_history_is_said_plainly_when_the_window_opens(make_window):
    from hiptimer.profiles.folders import profile_dir

    with open_history("default") as store:
        store.add_sessions(known_records())
    path = profile_dir("default") / "history.sqlite3"
    path.chmod(0o444)
    try:
        harness, link = linked(make_window)
        box = harness.window.message_box
        assert box is not None
        assert box.text() == "Your history is read-only: new sessions will not be saved."
        assert str(path) in box.informativeText()
        assert link.store is not None and link.store.read_only
    finally:
        path.chmod(0o644)


def test_disk_full_at_session_start_then_space_returns_through_the_window(make_window):
    from PySide6.QtCore import Qt

    from hiptimer.profiles.folders import profile_dir

    with open_history("default") as store:
        store.add_sessions(known_records())
        rows = real_rows(store)
    harness, link = linked(make_window)
    link.use_routine(long_routine())
    fill_the_disk(link.store)
    harness.press(Qt.Key.Key_Return)
    assert link.recorder is not None and link.recorder.session_id is None
    status = harness.window.status_label.text()
    assert "disk holding your history is full" in status
    harness.advance(200)
    assert harness.state is State.FINISHED
    end = harness.window.end_screen
    assert end.is_unsaved and "could not be saved" in end.unsaved.text()
    assert "if it is closed first, the session is lost" in end.unsaved.text()
    assert end.export_button.isVisible()
    harness.window.end_screen.effort.setValue(7)
    end.save_button.click()  # Save: kept, and said to be not saved yet
    assert "not saved yet" in end.saved.text()
    assert real_rows(profile_dir("default") / "history.sqlite3") == rows
    free_the_disk(link.store)
    assert link.retry_saving()
    assert not end.is_unsaved and end.saved.text() == "Saved with this session."
    assert "now saved in your history" in harness.window.status_label.text()
    sessions, sets = real_rows(link.store)
    assert sessions[:-1] == rows[0]
    assert sessions[-1][1] == "Long cues" and sessions[-1][4] == 7
    assert len([s for s in sets if s[0] == sessions[-1][0]]) == 8


def test_disk_full_throughout_ends_with_a_plain_notice_and_an_export(make_window, tmp_path):
    from PySide6.QtCore import Qt

    from hiptimer.profiles.folders import profile_dir

    with open_history("default") as store:
        store.add_sessions(known_records())
        rows = real_rows(store)
    harness, link = linked(make_window)
    link.use_routine(long_routine())
    fill_the_disk(link.store)
    before = backup_files(profile_dir("default") / "history.sqlite3")
    harness.press(Qt.Key.Key_Return)
    harness.advance(200)
    end = harness.window.end_screen
    assert end.is_unsaved
    end.note.setText("tired")
    end.save_button.click()
    assert not link.retry_saving()  # still full
    target = tmp_path / "kept.csv"
    assert link.export_unsaved(str(target)) == target
    with open(target, encoding="utf-8", newline="") as handle:
        exported = list(csv.DictReader(handle))
    assert len(exported) == 8 and {r["note"] for r in exported} == {"tired"}
    assert f"Exported this session (8 sets) to {target}" in harness.window.status_label.text()
    link.close()  # quitting: the last try fails too, and nothing saved is lost
    path = profile_dir("default") / "history.sqlite3"
    assert real_rows(path) == rows
    assert_no_backup_lost(before, path)


def test_the_command_line_says_one_line_for_a_folder_in_place_of_the_history(capsys):
    from hiptimer.cli import main
    from hiptimer.profiles.folders import profile_dir

    with open_history("default") as store:
        store.add_sessions(known_records())
    path = profile_dir("default") / "history.sqlite3"
    saved = path.with_name("kept.sqlite3")
    path.rename(saved)
    path.mkdir()
    assert main(["history", "export", "--csv", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    assert captured.err.startswith(f"hiptimer: {path} is a folder")
    assert path.is_dir() and list(path.iterdir()) == []


def test_a_new_history_killed_before_its_first_checkpoint_keeps_its_log(path, tmp_path):
    # The file holds only its first page; the tables and the first session are in the
    # log. Both views are HipTimer's and the log loses nothing: it is replayed.
    from hiptimer.store.schema import migrate

    made = tmp_path / "made" / "history.sqlite3"
    made.parent.mkdir()
    con = sqlite3.connect(made, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    migrate(con)
    con.execute(
        "INSERT INTO sessions (routine_name, sets_planned, started_at) VALUES ('First', 4, 1e9)"
    )
    path.parent.mkdir()
    shutil.copyfile(made, path)
    shutil.copyfile(made.with_name("history.sqlite3-wal"), path.with_name("history.sqlite3-wal"))
    con.close()
    assert path.stat().st_size == 4096
    with HistoryStore.open_path(path, today=DAY) as store:
        assert store.notices == []
        assert real_rows(store)[0] == [(1, "First", 1e9, "running", None, "")]


def test_a_second_reader_beside_the_open_window_keeps_the_live_log(path):
    # `hiptimer history export` while the window records: the log is in use, and it is
    # this history's own; nothing is moved and both go on.
    window = HistoryStore.open_path(path, today=DAY)
    try:
        window.add_sessions(known_records()[:3])
        assert path.with_name("history.sqlite3-wal").stat().st_size > 0
        with HistoryStore.open_path(path, today=DAY) as export:
            assert export.notices == []
            assert real_rows(export) == real_rows(window)
        window.add_sessions(known_records()[3:])
        assert len(real_rows(window)[0]) == len(known_records())
    finally:
        window.close()
    assert not list(path.parent.glob("*set-aside*"))


def test_two_sessions_waiting_for_space_are_both_written_when_it_returns(make_window):
    from PySide6.QtCore import Qt

    with open_history("default") as store:
        store.add_sessions(known_records())
        rows = real_rows(store)
    harness, link = linked(make_window)
    link.use_routine(long_routine())
    fill_the_disk(link.store)
    started = []
    for _ in range(2):
        harness.press(Qt.Key.Key_Return)
        started.append(link.recorder.started_at)
        harness.advance(200)
        assert harness.window.end_screen.is_unsaved
        harness.window.end_screen.again_button.click()
        harness.advance(1)  # the next session starts a second later
    assert real_rows(link.store) == rows
    free_the_disk(link.store)
    assert link.retry_saving()
    sessions, sets = real_rows(link.store)
    assert sessions[: len(rows[0])] == rows[0]
    assert [s[2] for s in sessions[len(rows[0]) :]] == started
    assert len(sets) == len(rows[1]) + 16


def test_switching_profile_with_a_session_still_waiting_says_it_is_lost(make_window):
    from PySide6.QtCore import Qt

    harness, link = linked(make_window)
    link.use_routine(long_routine())
    fill_the_disk(link.store)
    harness.press(Qt.Key.Key_Return)
    harness.advance(200)
    harness.window.end_screen.again_button.click()
    link.switch_profile("Anna")
    status = harness.window.status_label.text()
    assert "1 session of default could not be saved" in status and "it is not in it" in status
    assert link.retry_saving()  # nothing waits for a closed history any more
