"""The full integrity check of a profile opened again the same day runs after opening, on
a thread of its own; damage it finds is handled as damage found at opening."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from hiptimer.profiles.folders import HISTORY_FILE, profile_dir
from hiptimer.store import HistoryStore, StoreRecovery
from hiptimer.store.demo import demo_sessions
from hiptimer.store.recovery import set_aside_damaged

DAY = date(2026, 3, 10)


def damaged_after_backup(path, today=DAY):
    """A history with today's backup taken, then pages in its middle overwritten."""
    with HistoryStore.open_path(path, today=today) as store:
        store.add_sessions(demo_sessions(30, today=today))
        store.refresh_backup(today)
        size = store.connection.execute("PRAGMA page_size").fetchone()[0]
        # A leaf of the index of sets by exercise: nothing reads it while the window
        # opens, so only a check of every page finds it.
        page = store.connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'sets_by_exercise'"
            " AND pagetype = 'leaf' ORDER BY pageno LIMIT 1"
        ).fetchone()[0]
    data = bytearray(path.read_bytes())
    at = (page - 1) * size + 200
    data[at : at + 1500] = b"\xff" * 1500
    path.write_bytes(bytes(data))
    return bytes(data)


def test_the_first_open_of_a_day_checks_everything_before_opening(tmp_path):
    path = tmp_path / "p" / "history.sqlite3"
    damaged_after_backup(path)
    # The next day there is no backup of that day yet: the full check runs first.
    with pytest.raises(StoreRecovery):
        HistoryStore.open_path(path, today=date(2026, 3, 11), background_check=True)


def test_later_opens_check_beside_the_open_history_and_find_the_damage(tmp_path):
    path = tmp_path / "p" / "history.sqlite3"
    data = damaged_after_backup(path)
    # Without background_check (the command line) the same day's open still checks first.
    with pytest.raises(StoreRecovery):
        HistoryStore.open_path(path, today=DAY)
    path.with_name(path.name + ".recovery").unlink()
    path.write_bytes(data)
    store = HistoryStore.open_path(path, today=DAY, background_check=True)
    assert store.deep_check is not None
    problems = store.deep_check.wait(timeout=60)
    assert problems, "the full check found nothing"
    recovery = set_aside_damaged(store, problems[0])
    assert not path.exists() and recovery.moved_to[0].read_bytes() == data
    assert recovery.backup is not None and recovery.backup.name == "history-2026-03-10.sqlite3"
    with recovery.restore_backup(today=DAY) as restored:
        assert restored.integrity_problems() == [] and restored.session_count() > 0


def test_a_sound_history_opened_again_has_a_clean_check(tmp_path):
    path = tmp_path / "p" / "history.sqlite3"
    HistoryStore.open_path(path, today=DAY).close()
    with HistoryStore.open_path(path, today=DAY, background_check=True) as store:
        assert store.deep_check is not None and store.deep_check.wait(timeout=60) == []
    with HistoryStore.open_path(path, today=DAY) as store:
        assert store.deep_check is None  # checked before opening


def test_the_window_offers_the_backup_when_the_check_after_opening_finds_damage(make_window, qtbot):
    from hiptimer.ui.profile_link import ProfileLink

    today = date.today()
    path = profile_dir("default") / HISTORY_FILE
    damaged_after_backup(path, today)
    harness = make_window()
    link = ProfileLink(harness.window, "default")
    link.window_ready()
    # Opened at once; the check beside it (done by now, or soon) finds the damage.
    qtbot.waitUntil(lambda: link.question is not None, timeout=60_000)
    assert link.store is None
    box = link.question
    assert box.text() == "Your history file was damaged."
    assert "Restore the backup" in [b.text() for b in box.buttons()]
    next(b for b in box.buttons() if b.text() == "Restore the backup").click()
    QApplication.processEvents()
    assert link.store is not None and link.store.integrity_problems() == []
    assert list(path.parent.glob("history.sqlite3.broken-*"))
    link.close()
