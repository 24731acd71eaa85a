"""Opening the SQLite file safely, checking it, moving a broken one aside, and backups."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from hiptimer.core.files import move_into_place
from hiptimer.core.i18n import translate
from hiptimer.store.errors import StoreError

# Files SQLite keeps next to a database; they travel with it when it is moved aside.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
BACKUP_PREFIX = "history-"
BACKUP_SUFFIX = ".sqlite3"
KEEP_BACKUPS = 7
BACKUP_FOLDER = "backups"
PARTIAL_SUFFIX = ".partial"
# Codes that mean "this file is not a healthy database" (rather than "cannot reach it").
_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def connect(path: Path, *, read_only: bool = False, wal: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode: every transaction in this package is explicit.

    `wal=False` leaves the journal mode alone (it changes the file), for a first look.
    """
    if read_only:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        con = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        # FULL: a commit is on disk (WAL fsynced) before the next step of the session starts.
        con.execute("PRAGMA synchronous = FULL")
        # 32 MB of page cache: the all-time charts of a long history read every set.
        con.execute("PRAGMA cache_size = -32768")
        if wal and not read_only:
            enable_wal(con)
    except BaseException:
        con.close()
        raise
    return con


def enable_wal(con: sqlite3.Connection) -> None:
    # WAL: readers never block the writer, and a commit is one append to the log.
    con.execute("PRAGMA journal_mode = WAL")


def is_corruption(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code in _CORRUPT_CODES:
        return True
    text = str(error)
    return "malformed" in text or "not a database" in text


def integrity_problems(con: sqlite3.Connection, limit: int = 20) -> list[str]:
    """PRAGMA integrity_check; an empty list means the file is sound."""
    rows = con.execute(f"PRAGMA integrity_check({limit:d})").fetchall()
    if rows == [("ok",)]:
        return []
    return [str(row[0]) for row in rows]


@contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (including a failed COMMIT)."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise


def _free_name(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists() or any(
        candidate.with_name(candidate.name + s).exists() for s in COMPANION_SUFFIXES
    ):
        candidate = path.with_name(f"{path.name}-{n}")
        n += 1
    return candidate


def move_aside(path: Path, now: datetime | None = None, *, label: str = "broken") -> list[Path]:
    """Rename a broken database (and its -wal/-shm) out of the way; never overwrite anything.

    Returns the new paths, the database first. `label` goes into the new name
    ("history.sqlite3.broken-20260310-081500").
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = _free_name(path.with_name(f"{path.name}.{label}-{stamp}"))
    moved: list[Path] = []
    for suffix in ("", *COMPANION_SUFFIXES):
        source = path.with_name(path.name + suffix)
        if source.exists():
            destination = target.with_name(target.name + suffix)
            source.rename(destination)
            moved.append(destination)
    return moved


# --- backups -------------------------------------------------------------------------


def backup_path(folder: Path, day: date) -> Path:
    return folder / f"{BACKUP_PREFIX}{day.isoformat()}{BACKUP_SUFFIX}"


def list_backups(folder: Path) -> list[tuple[date, Path]]:
    """Backups in the folder, newest first."""
    found: list[tuple[date, Path]] = []
    if not folder.is_dir():
        return found
    for item in folder.iterdir():
        name = item.name
        if not (name.startswith(BACKUP_PREFIX) and name.endswith(BACKUP_SUFFIX)):
            continue
        try:
            day = date.fromisoformat(name[len(BACKUP_PREFIX) : -len(BACKUP_SUFFIX)])
        except ValueError:
            continue
        found.append((day, item))
    return sorted(found, reverse=True)


def file_problems(path: Path) -> list[str]:
    """Integrity problems of a database file opened read-only; [] when sound."""
    try:
        con = connect(path, read_only=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        return integrity_problems(con)
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        con.close()


class DeepCheck:
    """The full PRAGMA integrity_check of a database file, on a thread of its own with a
    read-only connection of its own (SQLite lets the thread go while it reads, and WAL
    lets it read beside the writer): it walks every page, which takes a quarter of a
    second on ten years of history, so an open after today's backup does not wait for it.

    `problems` is None until it is done, then [] for a sound file. `when_done(callback)`
    calls back with the problems, on the checking thread (or at once, if done)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] | None = None
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._callbacks: list[Callable[[list[str]], None]] = []
        self._thread = threading.Thread(
            target=self._run, name="hiptimer-integrity-check", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        problems = file_problems(self.path)
        with self._lock:
            self.problems = problems
            callbacks, self._callbacks = self._callbacks, []
        self._done.set()
        for callback in callbacks:
            callback(problems)

    def when_done(self, callback: Callable[[list[str]], None]) -> None:
        with self._lock:
            problems = self.problems
            if problems is None:
                self._callbacks.append(callback)
                return
        callback(problems)

    def wait(self, timeout: float | None = None) -> list[str] | None:
        """The problems once done (None if `timeout` seconds pass first)."""
        self._done.wait(timeout)
        return self.problems


def newest_good_backup(folder: Path) -> Path | None:
    for _day, path in list_backups(folder):
        if not file_problems(path):
            return path
    return None


def copy_database(source: sqlite3.Connection, target: Path, *, replace: bool = False) -> None:
    """Copy with the sqlite3 backup API into a new file, verified, then renamed into place.

    The copy is written under a temporary name first, so a crash never leaves a file with
    the final name that is half written. An existing `target` is never overwritten, unless
    `replace` (today's backup brought up to date): then only by a copy that passed its check.
    """
    if target.exists() and not replace:
        raise StoreError(
            translate("History", "{target} already exists; HipTimer does not overwrite it").format(
                target=target
            )
        )
    # Named for this process: a command-line export may back up while the app does too.
    partial = target.with_name(f"{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            problems = integrity_problems(dest)
        finally:
            dest.close()
        if problems:
            raise StoreError(
                translate(
                    "History", "The copy {target} failed its integrity check: {problem}"
                ).format(target=target, problem=problems[0])
            )
        move_into_place(partial, target)
    except BaseException:
        # A full disk (or any failure) leaves no half copy behind to fill it further.
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def write_backup(
    con: sqlite3.Connection,
    folder: Path,
    day: date,
    keep: int = KEEP_BACKUPS,
    *,
    replace: bool = False,
) -> Path:
    """Today's backup of an open database, then only the newest `keep` are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    clear_partials(folder)
    target = backup_path(folder, day)
    copy_database(con, target, replace=replace)
    for _day, old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)
    return target


def clear_partials(folder: Path) -> None:
    """Remove copies cut short: this process's own at once, others' once a day old.

    (Another process may be writing its copy right now; a crash leaves one behind.)
    """
    own = f".{os.getpid()}{PARTIAL_SUFFIX}"
    for leftover in folder.glob(f"*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if leftover.name.endswith(own) or time.time() - leftover.stat().st_mtime > 86400:
                leftover.unlink()


def restore_file(backup: Path, target: Path) -> None:
    """Copy a backup to where the database belongs (which must be free)."""
    source = connect(backup, read_only=True)
    try:
        copy_database(source, target)
    finally:
        source.close()


def sessions_on_disk(path: Path) -> list[tuple[str, int]]:
    """Each session's status and number of saved sets, oldest first, read through a new
    connection of its own: what was committed is in the file, not just in a cache (the
    self-test's check that the history was written)."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        rows = con.execute(
            "SELECT s.status, (SELECT COUNT(*) FROM sets t WHERE t.session_id = s.id)"
            " FROM sessions s ORDER BY s.started_at, s.id"
        ).fetchall()
    return [(str(status), int(count)) for status, count in rows]
