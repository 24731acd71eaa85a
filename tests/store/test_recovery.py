"""A damaged history is moved aside (never deleted) and the newest intact backup offered."""

import sqlite3
from datetime import date, timedelta

import pytest

from hiptimer.store import HistoryStore, StoreError, StoreRecovery, restore_backup
from hiptimer.store.database import list_backups
from hiptimer.store.demo import demo_sessions

DAY = date(2026, 3, 10)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "alex" / "history.sqlite3"


def fill(path, day=DAY, weeks=8):
    with HistoryStore.open_path(path, today=day) as store:
        store.add_sessions(demo_sessions(weeks, today=day))
        return store.session_count()


def backed_up_history(path):
    """A history with sessions, and a backup that holds them (taken the next day)."""
    count = fill(path)
    HistoryStore.open_path(path, today=DAY + timedelta(days=1)).close()
    return count


def test_a_backup_is_written_once_a_day_verified_and_seven_are_kept(path):
    count = fill(path)
    for n in range(1, 11):
        HistoryStore.open_path(path, today=DAY + timedelta(days=n)).close()
        HistoryStore.open_path(path, today=DAY + timedelta(days=n)).close()  # same day: no new one
    backups = list_backups(path.parent / "backups")
    assert [d for d, _ in backups] == [DAY + timedelta(days=n) for n in range(10, 3, -1)]
    newest = sqlite3.connect(backups[0][1])
    assert newest.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert newest.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == count
    assert not list((path.parent / "backups").glob("*.partial"))


def test_garbage_bytes_are_moved_aside_and_the_backup_restores_the_history(path):
    count = backed_up_history(path)
    garbage = b"this is not a database, it was overwritten by something else\n" * 100
    path.write_bytes(garbage)
    with pytest.raises(StoreRecovery) as caught:
        HistoryStore.open_path(path, today=DAY + timedelta(days=2))
    recovery = caught.value
    assert recovery.moved_to[0].read_bytes() == garbage  # kept, byte for byte
    assert recovery.moved_to[0].name.startswith("history.sqlite3.broken-")
    assert not path.exists()
    assert recovery.backup == path.parent / "backups" / "history-2026-03-11.sqlite3"
    message = recovery.message
    assert "could not be read" in message and "nothing was deleted" in message
    assert "Wednesday 11 March 2026" in message and recovery.moved_to[0].name in message
    with recovery.restore_backup(today=DAY + timedelta(days=2)) as store:
        assert store.session_count() == count
        assert store.integrity_problems() == []


def test_a_truncated_file_is_moved_aside_with_its_wal(path):
    backed_up_history(path)
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    path.write_bytes(data[: len(data) // 2])
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"stale log")
    with pytest.raises(StoreRecovery) as caught:
        HistoryStore.open_path(path, today=DAY + timedelta(days=2))
    moved = caught.value.moved_to
    base = moved[0].name
    assert base.startswith("history.sqlite3.broken-")
    assert {p.name for p in moved} >= {base, base + "-wal"}
    assert moved[0].read_bytes() == data[: len(data) // 2]
    assert (moved[0].parent / (base + "-wal")).read_bytes() == b"stale log"
    assert not wal.exists()
    assert caught.value.backup is not None


def test_moving_aside_never_overwrites_an_earlier_broken_file(path):
    backed_up_history(path)
    names = set()
    for n in range(2):
        path.write_bytes(b"garbage %d" % n * 500)
        with pytest.raises(StoreRecovery) as caught:
            HistoryStore.open_path(path, today=DAY + timedelta(days=2))
        names.add(caught.value.moved_to[0].name)
        caught.value.start_empty(today=DAY + timedelta(days=2)).close()  # the choice
    assert len(names) == 2
    assert sorted(p.read_bytes()[:9] for p in path.parent.glob("*.broken-*")) == [
        b"garbage 0",
        b"garbage 1",
    ]


def test_a_damaged_backup_is_skipped_for_an_older_sound_one(path):
    backed_up_history(path)
    HistoryStore.open_path(path, today=DAY + timedelta(days=2)).close()
    newest = path.parent / "backups" / "history-2026-03-12.sqlite3"
    newest.write_bytes(b"rotten" * 1000)
    path.write_bytes(b"rotten" * 1000)
    with pytest.raises(StoreRecovery) as caught:
        HistoryStore.open_path(path, today=DAY + timedelta(days=2))
    assert caught.value.backup.name == "history-2026-03-11.sqlite3"
    with pytest.raises(StoreError, match="damaged too"):
        restore_backup(newest, path)


def test_without_a_backup_the_person_is_told_and_can_start_empty(path):
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(StoreRecovery) as caught:
        HistoryStore.open_path(path, today=DAY)
    assert caught.value.backup is None
    assert "There is no intact backup" in caught.value.message
    with caught.value.start_empty(today=DAY) as store:
        assert store.session_count() == 0
    assert len(list(path.parent.glob("history.sqlite3.broken-*"))) == 1


def test_a_backup_that_cannot_be_written_does_not_stop_the_app(path):
    path.parent.mkdir(parents=True)
    (path.parent / "backups").write_text("a file where the folder should be")
    with HistoryStore.open_path(path, today=DAY) as store:
        assert store.backup_problem is not None
        assert "could not be written" in store.backup_problem
        assert "history itself is fine" in store.backup_problem
        assert store.session_count() == 0


def test_refreshing_todays_backup_takes_in_what_was_saved_since(tmp_path):
    from datetime import date

    from hiptimer.core.builtin import DEFAULT_ROUTINE

    day = date(2026, 3, 2)
    store = HistoryStore.open_path(tmp_path / "history.sqlite3", profile="t", today=day)
    backup = next(store.backup_dir.iterdir())
    store.begin_session(DEFAULT_ROUTINE, 1_772_400_000.0)
    assert store.backup_if_due(day) is None  # today's exists: left alone
    assert store.refresh_backup(day) == backup
    con = sqlite3.connect(backup)
    assert con.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert [p.name for p in store.backup_dir.iterdir()] == [backup.name]  # no leftovers
    store.close()
