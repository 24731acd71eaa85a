"""Opening a history file that may be damaged, and getting the history back from a backup.

A database that cannot be opened, or that fails PRAGMA integrity_check, is renamed out
of the way (never overwritten, never deleted) and `StoreRecovery` is raised: it says what
happened, where the file went and which backup is the newest sound one, and it can put
that backup in place or start an empty history.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hiptimer.store import database
from hiptimer.store.errors import NewerDatabaseError, StoreError, translate
from hiptimer.store.schema import check_version

if TYPE_CHECKING:
    from hiptimer.store.history import HistoryStore


class StoreRecovery(StoreError):
    """The history file was damaged and has been moved aside; see `message` and `backup`."""

    def __init__(
        self,
        *,
        store_class: type[HistoryStore],
        path: Path,
        profile: str,
        problem: str,
        moved_to: list[Path],
        backup: Path | None,
    ) -> None:
        self.store_class = store_class
        self.path = path
        self.profile = profile
        self.problem = problem
        self.moved_to = moved_to
        self.backup = backup
        super().__init__(self.message)

    @property
    def backup_day(self) -> date | None:
        for day, path in database.list_backups(self.backup.parent if self.backup else Path()):
            if path == self.backup:
                return day
        return None

    @property
    def message(self) -> str:
        where = self.moved_to[0] if self.moved_to else self.path
        text = (
            f"Your history could not be read ({self.problem}). The damaged file was kept "
            f"and renamed to {where.name} in {where.parent}; nothing was deleted."
        )
        if self.backup is None:
            return text + " There is no intact backup, so HipTimer starts an empty history."
        day = self.backup_day
        when = day.strftime("%A %d %B %Y") if day else self.backup.name
        return (
            text + f" The newest intact backup is from {when}: restore it to get your "
            "history back up to that day, or start an empty history."
        )

    def restore_backup(self, *, today: date | None = None) -> HistoryStore:
        """Put the newest intact backup where the database was, and open it."""
        if self.backup is None:
            raise StoreError("There is no intact backup to restore")
        restore_backup(self.backup, self.path)
        return self.store_class.open_path(self.path, profile=self.profile, today=today)

    def start_empty(self, *, today: date | None = None) -> HistoryStore:
        """Open a new, empty history in the damaged file's place."""
        return self.store_class.open_path(self.path, profile=self.profile, today=today)


def restore_backup(backup: Path, path: Path) -> None:
    """Copy `backup` to `path` (verified). A file already at `path` is moved aside first."""
    if database.file_problems(backup):
        raise StoreError(f"The backup {backup} is damaged too; choose an older one")
    if path.exists():
        database.move_aside(path)
    database.restore_file(backup, path)


def open_checked(
    store_class: type[HistoryStore],
    path: Path,
    profile: str,
    today: date | None,
    backups: bool,
) -> HistoryStore:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > 0:
        # The first look is read-only: a damaged file (and its log) stays exactly as found.
        problems = _look(path)
        if problems:
            _recover(store_class, path, profile, problems[0])
    try:
        con = database.connect(path, wal=False)
    except sqlite3.Error as error:
        raise translate(error, path, "opening your history") from error
    store = store_class(con, path, profile)
    try:
        check_version(con)
        database.enable_wal(con)
        store._setup(today, backups)
    except NewerDatabaseError:
        con.close()
        raise
    except sqlite3.Error as error:
        con.close()
        raise translate(error, path, "preparing your history") from error
    return store


def _look(path: Path) -> list[str]:
    """Integrity problems of the file; raises StoreError when it cannot be reached at all."""
    try:
        probe = database.connect(path, read_only=True)
    except sqlite3.Error as error:
        if database.is_corruption(error):
            return [str(error)]
        raise translate(error, path, "opening your history") from error
    try:
        return database.integrity_problems(probe)
    except sqlite3.Error as error:
        if database.is_corruption(error):
            return [str(error)]
        raise translate(error, path, "checking your history") from error
    finally:
        probe.close()


def _recover(store_class: type[HistoryStore], path: Path, profile: str, problem: str) -> None:
    moved = database.move_aside(path)
    backup = database.newest_good_backup(path.parent / database.BACKUP_FOLDER)
    raise StoreRecovery(
        store_class=store_class,
        path=path,
        profile=profile,
        problem=problem,
        moved_to=moved,
        backup=backup,
    )
