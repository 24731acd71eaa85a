"""The store keeps every set the moment it ends, and a crashed session can go on."""

import sqlite3

import pytest

from hiptimer.core.clock import FakeClock
from hiptimer.core.session import Session, SetFinished
from hiptimer.core.timeline import compile_routine
from hiptimer.profiles.folders import open_history
from hiptimer.store import HistoryStore, SessionRecorder, StoreError
from tests.store.conftest import recorded_session, run_for, small_routine

SET_STEPS = [1, 3, 5, 7, 9, 11]


def test_database_settings_and_strict_tables(store):
    con = store.connection
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    assert {"sessions", "sets"} <= set(tables)
    assert all(
        sql.rstrip().upper().endswith(("STRICT", "STRICT, WITHOUT ROWID"))
        for sql in tables.values()
    )
    with pytest.raises(sqlite3.IntegrityError):  # STRICT: no text in an integer column
        con.execute(
            "INSERT INTO sessions (routine_name, sets_planned, started_at) VALUES ('r', 'many', 0)"
        )
    with pytest.raises(sqlite3.IntegrityError):  # foreign keys are enforced
        con.execute(
            "INSERT INTO sets (session_id, step_index, exercise_id, exercise_name, mode, set_no,"
            " sets, skipped, active_s, started_at, ended_at) VALUES (999, 1, 'x', 'x', 'reps',"
            " 1, 1, 0, 1, 0, 1)"
        )


def test_profile_database_lives_in_the_data_folder_and_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with open_history("Alex K") as store:
        assert (
            store.path == tmp_path / "data" / "hiptimer" / "profiles" / "Alex K" / "history.sqlite3"
        )
        assert store.profile == "Alex K"
        assert store.path.is_file()
    with open_history() as store:
        assert store.profile == "default" and store.path.parent.name == "default"


def test_each_set_is_visible_to_another_connection_the_moment_it_ends(store):
    session, recorder, clock = recorded_session(store)
    other = sqlite3.connect(store.path)
    seen = []

    def check(event):
        if isinstance(event, SetFinished):
            rows = other.execute(
                "SELECT step_index, reps_done, hold_done_s, side, equipment FROM sets"
                " WHERE session_id = ? ORDER BY step_index",
                (recorder.session_id,),
            ).fetchall()
            seen.append(rows)

    session.subscribe(check)  # after the recorder: it runs once the set is committed
    session.start()
    run_for(session, clock, 100)
    assert [len(rows) for rows in seen] == [1, 2, 3, 4, 5, 6]
    final = seen[-1]
    assert [r[0] for r in final] == SET_STEPS
    assert [r[1] for r in final[:4]] == [3, 3, 3, 3]
    assert [r[2] for r in final[4:]] == [4.0, 4.0]
    assert [r[3] for r in final] == ["left", "right", "left", "right", "right", "left"]
    assert final[0][4] == "mat; band (green)" and final[4][4] == ""
    status, ended = other.execute(
        "SELECT status, ended_at FROM sessions WHERE id = ?", (recorder.session_id,)
    ).fetchone()
    assert status == "finished" and ended == session.results[-1].ended_at < clock.wall()
    other.close()


def test_session_row_has_the_routine_snapshot_and_start(store):
    _session, _recorder, clock = recorded_session(store)
    row = store.connection.execute(
        "SELECT routine_name, r.json, started_at, status, sets_planned"
        " FROM sessions JOIN routines r ON r.id = routine_id"
    ).fetchone()
    assert row[0] == "Small" and '"id":"bridge"' in row[1]
    assert row[2] == clock.wall() and row[3] == "running" and row[4] == 6
    recorded_session(store)  # the same routine again: one snapshot kept for both sessions
    assert store.connection.execute("SELECT COUNT(*) FROM routines").fetchone() == (1,)


def test_back_redoes_a_set_and_the_row_is_replaced(store):
    session, _recorder, clock = recorded_session(store)
    session.start()
    run_for(session, clock, 2 + 6)  # prepare, then the first set ends
    assert session.index == 2
    session.back()  # redo the first set, this time skipped halfway
    run_for(session, clock, 3)
    session.skip()
    rows = store.connection.execute("SELECT step_index, reps_done, skipped FROM sets").fetchall()
    assert rows == [(1, 1, 1)]


def test_ended_early_and_feedback(store):
    session, recorder, clock = recorded_session(store)
    session.start()
    run_for(session, clock, 2 + 6 + 1)
    session.finish()
    recorder.save_feedback(7, "  left hip tight  ")
    row = store.connection.execute("SELECT status, effort, note FROM sessions").fetchone()
    assert row == ("ended_early", 7, "left hip tight")
    with pytest.raises(ValueError):
        recorder.save_feedback(11, "")


def test_resume_after_an_interrupted_session_continues_the_same_row(tmp_path):
    path = tmp_path / "p" / "history.sqlite3"
    store = HistoryStore.open_path(path)
    session, recorder, clock = recorded_session(store)
    session.start()
    run_for(session, clock, 2 + 6 + 5 + 6 + 3)  # two sets done, part of the rest
    first_id = recorder.session_id
    assert store.interrupted_sessions() == []  # this process's own session is not offered
    store.close()  # the process dies here: no SessionFinished

    store = HistoryStore.open_path(path)
    [found] = store.interrupted_sessions()
    assert found.session_id == first_id
    assert found.sets_saved == 2 and found.sets_planned == 6
    assert found.resume_index == 4  # the rest after the second set
    assert found.routine == small_routine()

    clock = FakeClock(start=5000.0)
    session = Session(compile_routine(found.routine), clock)
    recorder = SessionRecorder.resume(store, session, found, clock=clock)
    session.start(at_index=found.resume_index)
    assert store.interrupted_sessions() == []
    run_for(session, clock, 100)
    assert recorder.session_id == first_id and recorder.saved
    rows = store.connection.execute(
        "SELECT session_id, step_index FROM sets ORDER BY step_index"
    ).fetchall()
    assert rows == [(first_id, i) for i in SET_STEPS]
    assert store.connection.execute("SELECT id, status FROM sessions").fetchall() == [
        (first_id, "finished")
    ]
    store.close()


def test_keeping_an_interrupted_session_deletes_nothing(tmp_path):
    path = tmp_path / "p" / "history.sqlite3"
    store = HistoryStore.open_path(path)
    session, _recorder, clock = recorded_session(store)
    session.start()
    run_for(session, clock, 2 + 6 + 1)
    store.close()

    store = HistoryStore.open_path(path)
    [found] = store.interrupted_sessions()
    assert found.resume_index == 2 and found.last_set_at is not None
    store.mark_interrupted(found.session_id)
    assert store.interrupted_sessions() == []
    row = store.connection.execute("SELECT status, ended_at FROM sessions").fetchone()
    assert row == ("interrupted", found.last_set_at)
    assert len(store.session_sets(found.session_id)) == 1
    store.close()


def test_a_crash_before_any_set_resumes_at_the_start(tmp_path):
    path = tmp_path / "p" / "history.sqlite3"
    store = HistoryStore.open_path(path)
    recorded_session(store)
    store.close()
    with HistoryStore.open_path(path) as store:
        [found] = store.interrupted_sessions()
        assert found.resume_index == 0 and found.sets_saved == 0 and found.last_set_at is None


def test_a_full_disk_keeps_the_set_waiting_and_loses_nothing(store):
    errors = []
    session, recorder, clock = recorded_session(store)
    recorder.on_error = errors.append
    session.start()
    run_for(session, clock, 2 + 6 + 1)  # first set saved
    con = store.connection
    con.execute(f"PRAGMA max_page_count = {con.execute('PRAGMA page_count').fetchone()[0]}")
    # Fill the sets table's last page with another session's rows: the next set needs a page.
    other = store.begin_session(small_routine(), 0.0)
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        for i in range(1000):
            con.execute(
                "INSERT INTO sets (session_id, step_index, exercise_id, exercise_name, mode,"
                " set_no, sets, skipped, active_s, started_at, ended_at)"
                " VALUES (?, ?, 'x', 'x', 'reps', 1, 1, 0, 1, 0, 1)",
                (other, i),
            )
    run_for(session, clock, 5 + 6)  # second set ends while the disk is full
    assert session.index == 4  # the session went on regardless
    assert len(errors) == 1 and "full" in str(errors[0]) and "safe" in str(errors[0])
    assert isinstance(errors[0], StoreError) and not recorder.saved
    assert [r.step_index for r in recorder.pending] == [3]
    assert [r.step_index for r in store.session_sets(recorder.session_id)] == [1]

    store.connection.execute("PRAGMA max_page_count = 1000000")  # space freed
    assert recorder.flush() and recorder.saved
    assert [r.step_index for r in store.session_sets(recorder.session_id)] == [1, 3]


def test_feedback_for_an_unknown_session_is_a_clear_error(store):
    with pytest.raises(StoreError, match="no session 42"):
        store.save_feedback(42, 5)
