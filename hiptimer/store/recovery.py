"""Opening a history file that may be damaged or foreign, and getting the history back.

Before anything writes to it, the file is looked at read-only: its header, PRAGMA
application_id, schema and integrity. A log (-wal) left beside it is replayed only when
it belongs to this database: it is first tried on a copy, and a log that would change the
history into another one (another database's log, or a stale copy of this one's) is moved
aside instead. A file that is not HipTimer's, or is damaged, is renamed out of the way
(never overwritten, never deleted) and `StoreRecovery` is raised: it says what happened,
where the file went and which backup is the newest sound one, and it can put that backup
in place or start an empty history.

Until the person chooses, a marker beside the history remembers the question, so it is
asked again at every start (even after a crash) and no backup is taken meanwhile.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hiptimer.core.files import write_text_atomic
from hiptimer.core.i18n import translate
from hiptimer.core.weeks import day_text
from hiptimer.store import database
from hiptimer.store.errors import NewerDatabaseError, StoreError, store_error
from hiptimer.store.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    check_version,
    expected_tables,
    table_names,
)

if TYPE_CHECKING:
    from hiptimer.store.history import HistoryStore

MARKER_SUFFIX = ".recovery"
SQLITE_MAGIC = b"SQLite format 3\x00"
_OK, _DAMAGED, _FOREIGN, _NEWER = "ok", "damaged", "foreign", "newer"


class StoreRecovery(StoreError):
    """The history file was damaged or not HipTimer's and has been moved aside.

    See `message` and `backup`. `foreign` is True when the file belongs to another program.
    """

    def __init__(
        self,
        *,
        store_class: type[HistoryStore],
        path: Path,
        profile: str,
        problem: str,
        moved_to: list[Path],
        backup: Path | None,
        foreign: bool = False,
    ) -> None:
        self.store_class = store_class
        self.path = path
        self.profile = profile
        self.problem = problem
        self.moved_to = moved_to
        self.backup = backup
        self.foreign = foreign
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
        if self.foreign:
            text = translate(
                "History",
                "The file {name} in {folder} is not a HipTimer history ({problem}). HipTimer "
                "did not change it: it was renamed to {new_name}; nothing was deleted.",
            ).format(
                name=self.path.name,
                folder=self.path.parent,
                problem=self.problem,
                new_name=where.name,
            )
        else:
            text = translate(
                "History",
                "Your history could not be read ({problem}). The damaged file was kept and "
                "renamed to {new_name} in {folder}; nothing was deleted.",
            ).format(problem=self.problem, new_name=where.name, folder=where.parent)
        if self.backup is None:
            return (
                text
                + " "
                + translate(
                    "History", "There is no intact backup, so HipTimer starts an empty history."
                )
            )
        day = self.backup_day
        when = day_text(day) if day else self.backup.name
        return (
            text
            + " "
            + translate(
                "History",
                "The newest intact backup is from {day}: restore it to get your history back "
                "up to that day, or start an empty history.",
            ).format(day=when)
        )

    def restore_backup(self, *, today: date | None = None) -> HistoryStore:
        """Put the newest intact backup where the database was, and open it."""
        if self.backup is None:
            raise StoreError(translate("History", "There is no intact backup to restore"))
        restore_backup(self.backup, self.path)
        clear_marker(self.path)
        return self.store_class.open_path(self.path, profile=self.profile, today=today)

    def start_empty(self, *, today: date | None = None) -> HistoryStore:
        """Open a new, empty history in the damaged file's place."""
        clear_marker(self.path)
        return self.store_class.open_path(self.path, profile=self.profile, today=today)


def restore_backup(backup: Path, path: Path) -> None:
    """Copy `backup` to `path` (verified). A file already at `path` is moved aside first."""
    if database.file_problems(backup):
        raise StoreError(
            translate("History", "The backup {backup} is damaged too; choose an older one").format(
                backup=backup
            )
        )
    if path.exists() or _companion(path, "-wal").exists():
        database.move_aside(path)
    database.restore_file(backup, path)


# --- the question remembered ----------------------------------------------------------


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def _write_marker(path: Path, problem: str, moved_to: list[Path], foreign: bool) -> None:
    marker = marker_path(path)
    partial = marker.with_name(marker.name + f".{os.getpid()}{database.PARTIAL_SUFFIX}")
    record = {"problem": problem, "moved_to": [p.name for p in moved_to], "foreign": foreign}
    # Without the marker (a read-only folder) the question is still asked this time.
    with contextlib.suppress(OSError):
        write_text_atomic(marker, json.dumps(record), temporary=partial)


def _read_marker(path: Path) -> dict[str, object] | None:
    marker = marker_path(path)
    if not marker.exists():
        return None
    try:
        record = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        record = None
    if not isinstance(record, dict):
        # A marker cut short still means: a question is waiting.
        return {"problem": "the file could not be read", "moved_to": [], "foreign": False}
    return record


def clear_marker(path: Path) -> None:
    marker_path(path).unlink(missing_ok=True)


def _pending(store_class: type[HistoryStore], path: Path, profile: str) -> StoreRecovery | None:
    record = _read_marker(path)
    if record is None:
        return None
    names = record.get("moved_to")
    moved = [path.with_name(str(n)) for n in names] if isinstance(names, list) else []
    return StoreRecovery(
        store_class=store_class,
        path=path,
        profile=profile,
        problem=str(record.get("problem") or "the file could not be read"),
        moved_to=moved,
        backup=database.newest_good_backup(path.parent / database.BACKUP_FOLDER),
        foreign=bool(record.get("foreign")),
    )


# --- looking before opening ----------------------------------------------------------


@dataclass(frozen=True)
class _Verdict:
    state: str
    reason: str = ""
    identity: str | None = None
    sessions: frozenset[tuple[int, float]] = field(default_factory=frozenset)


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _inspect(path: Path, *, copy: bool = False, deep: bool = True) -> _Verdict:
    """What the database at `path` is, opened without changing it.

    `copy`: the file is a private copy (opened read-write so its log is replayed).
    `deep`: walk every page (PRAGMA integrity_check); otherwise only the header, the
    application id, the version and the tables are looked at.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError as error:
        raise StoreError(
            translate("History", "Your history {path} cannot be read: {strerror}").format(
                path=path, strerror=error.strerror
            )
        ) from error
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return _Verdict(_DAMAGED, translate("History", "file is not a database"))
    try:
        if copy:
            con = sqlite3.connect(path, isolation_level=None)
        else:
            con = database.connect(path, read_only=True)
    except sqlite3.Error as error:
        if database.is_corruption(error):
            return _Verdict(_DAMAGED, str(error))
        raise store_error(error, path, translate("History", "opening your history")) from error
    try:
        return _inspect_open(con, deep=deep)
    except sqlite3.Error as error:
        if database.is_corruption(error):
            return _Verdict(_DAMAGED, str(error))
        raise store_error(error, path, translate("History", "checking your history")) from error
    finally:
        con.close()


def _inspect_open(con: sqlite3.Connection, *, deep: bool = True) -> _Verdict:
    problems = database.integrity_problems(con) if deep else []
    if problems:
        return _Verdict(_DAMAGED, problems[0])
    app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
    version = int(con.execute("PRAGMA user_version").fetchone()[0])
    if app_id not in (0, APPLICATION_ID):
        text = translate("History", "it belongs to another program, application id {id:#x}")
        return _Verdict(_FOREIGN, text.format(id=app_id))
    if version > SCHEMA_VERSION:
        return _Verdict(_NEWER)
    tables = table_names(con)
    if tables != expected_tables(version):
        shown = ", ".join(sorted(tables)[:6]) or "none"
        text = translate("History", "its tables are not a HipTimer history's: {tables}")
        return _Verdict(_FOREIGN, text.format(tables=shown))
    identity = None
    if "settings" in tables:
        row = con.execute("SELECT value FROM settings WHERE key = 'history_id'").fetchone()
        identity = None if row is None else str(row[0])
    sessions: frozenset[tuple[int, float]] = frozenset()
    if "sessions" in tables and deep:
        query = "SELECT id, started_at FROM sessions"
        if version >= 2:
            # Made-up sessions may be removed; real ones never go without being asked.
            query += " WHERE source = 'real'"
        sessions = frozenset((int(i), float(s)) for i, s in con.execute(query))
    return _Verdict(_OK, identity=identity, sessions=sessions)


def _belongs(alone: _Verdict, both: _Verdict) -> bool:
    """The log only carries this history forward: same identity, no real session lost."""
    if alone.identity is not None and alone.identity != both.identity:
        return False
    return alone.sessions <= both.sessions


def _with_log(path: Path) -> tuple[_Verdict, _Verdict]:
    """The database alone and with its log replayed, both looked at on private copies."""
    with tempfile.TemporaryDirectory(prefix="hiptimer-check-") as folder:
        alone = Path(folder) / "alone.sqlite3"
        both = Path(folder) / "both.sqlite3"
        try:
            shutil.copyfile(path, alone)
            shutil.copyfile(path, both)
            shutil.copyfile(_companion(path, "-wal"), _companion(both, "-wal"))
        except OSError as error:
            raise StoreError(
                translate("History", "Your history {path} cannot be checked: {problem}").format(
                    path=path, problem=error.strerror or error
                )
            ) from error
        return _inspect(alone, copy=True), _inspect(both, copy=True)


def _set_log_aside(path: Path, why: str) -> str:
    """Rename the log (and its index) out of the way; the notice that says so."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    wal = _companion(path, "-wal")
    target = wal.with_name(f"{wal.name}.set-aside-{stamp}")
    n = 2
    while target.exists():
        target = wal.with_name(f"{wal.name}.set-aside-{stamp}-{n}")
        n += 1
    wal.rename(target)
    shm = _companion(path, "-shm")
    if shm.exists():
        shm.rename(target.with_name(target.name + "-shm"))
    return translate(
        "History",
        "A log file beside your history did not belong to it ({why}); it was renamed to "
        "{name} in {folder} and not used. Your history is as it was last saved.",
    ).format(why=why, name=target.name, folder=target.parent)


def _log_kept(alone: _Verdict, both: _Verdict) -> bool:
    if both.state == _OK and (alone.state != _OK or _belongs(alone, both)):
        return True
    return both.state == _NEWER and alone.state in (_OK, _NEWER)


def _check(path: Path, notices: list[str]) -> _Verdict:
    """The verdict on a non-empty history file, its log replayed only if it belongs."""
    wal = _companion(path, "-wal")
    if _size(wal) == 0:
        return _inspect(path)
    alone, both = _with_log(path)
    if _log_kept(alone, both):
        return both
    if alone.state in (_OK, _NEWER):
        # Looked at once more before anything moves: a copy taken while another HipTimer
        # was writing (a command-line export beside the open window) may be torn.
        alone, both = _with_log(path)
        if _log_kept(alone, both):
            return both
        why = "it holds another database's pages"
        if both.state == _OK:
            why = "replaying it would replace sessions already saved"
        notices.append(_set_log_aside(path, why))
        return alone
    return alone


def _writable(path: Path) -> bool:
    """The person lets HipTimer write here (not only the system: root may write anyway)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return True
    return bool(mode & 0o222) and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _checked_today(path: Path, today: date | None) -> bool:
    """Today's backup exists: the file passed the full check today (it was checked
    before the backup was taken, and the backup's copy was checked again)."""
    from hiptimer.core.weeks import today as local_today

    folder = path.parent / database.BACKUP_FOLDER
    return database.backup_path(folder, today or local_today()).exists()


def open_checked(
    store_class: type[HistoryStore],
    path: Path,
    profile: str,
    today: date | None,
    backups: bool,
    background_check: bool = False,
) -> HistoryStore:
    """Open the history at `path` as HistoryStore.open_path describes.

    The full integrity check runs before opening, unless `background_check` and today's
    backup exists and no log is left beside the file: then the header, application id,
    version and tables are looked at first, and the full check runs after opening on a
    thread of its own (`store.deep_check`; the caller acts on what it finds).
    """
    if path.is_dir():
        raise StoreError(_folder_message(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    waiting = _pending(store_class, path, profile)
    if waiting is not None:
        raise waiting
    notices: list[str] = []
    wal = _companion(path, "-wal")
    backup_folder = path.parent / database.BACKUP_FOLDER
    light = False
    if path.exists() and path.stat().st_size == 0:
        # An empty file where a history was (a backup proves there was one) is damage;
        # a history is never left empty once made (see HistoryStore._setup).
        if database.newest_good_backup(backup_folder) is not None:
            _recover(store_class, path, profile, "the file is empty (0 bytes)")
        # A crash while a new history was being made leaves it all in the log: kept
        # when it makes a whole HipTimer history (the empty file has nothing to lose).
        if _size(wal) and _with_log(path)[1].state != _OK:
            notices.append(
                _set_log_aside(path, translate("History", "it does not make a HipTimer history"))
            )
    elif path.exists():
        light = background_check and _size(wal) == 0 and _checked_today(path, today)
        verdict = _inspect(path, deep=False) if light else _check(path, notices)
        if verdict.state in (_DAMAGED, _FOREIGN):
            _recover(store_class, path, profile, verdict.reason, foreign=verdict.state == _FOREIGN)
    elif _size(wal):
        notices.append(_set_log_aside(path, translate("History", "there is no database for it")))
    read_only = path.exists() and not _writable(path)
    try:
        con = database.connect(path, read_only=read_only, wal=False)
    except sqlite3.Error as error:
        raise store_error(error, path, translate("History", "opening your history")) from error
    store = store_class(con, path, profile)
    store.notices.extend(notices)
    try:
        version = check_version(con)
        if read_only:
            if version < SCHEMA_VERSION:
                raise StoreError(
                    translate(
                        "History",
                        "Your history {path} is read-only and from an older "
                        "HipTimer, so it cannot be upgraded. Make the file writable, "
                        "then start HipTimer again.",
                    ).format(path=path)
                )
            store.read_only = True
            store.notices.append(
                translate(
                    "History",
                    "Your history file {path} is read-only: your past sessions "
                    "show, but new sessions cannot be saved until you make it "
                    "writable again.",
                ).format(path=path)
            )
        else:
            database.enable_wal(con)
        store._setup(today, backups)
        if path.exists() and light:
            store.deep_check = database.DeepCheck(path)
    except NewerDatabaseError:
        con.close()
        raise
    except StoreError:
        con.close()
        raise
    except sqlite3.Error as error:
        con.close()
        raise store_error(error, path, translate("History", "preparing your history")) from error
    return store


def set_aside_damaged(store: HistoryStore, problem: str) -> StoreRecovery:
    """The full check after opening found damage: close the history, move the file aside
    as an open would have, and return the question (the newest sound backup offered)."""
    store.close()
    try:
        _recover(type(store), store.path, store.profile, problem)
    except StoreRecovery as recovery:
        return recovery
    raise AssertionError("_recover always raises")  # pragma: no cover


def _folder_message(path: Path) -> str:
    text = (
        f"{path} is a folder, not a history file, so HipTimer cannot keep your history "
        "there. HipTimer leaves the folder as it is: move or rename it, then start HipTimer "
        "again."
    )
    backup = database.newest_good_backup(path.parent / database.BACKUP_FOLDER)
    if backup is not None:
        text += f" Your newest intact backup is {backup}: copy it to {path} to get it back."
    return text


def _recover(
    store_class: type[HistoryStore],
    path: Path,
    profile: str,
    problem: str,
    *,
    foreign: bool = False,
) -> None:
    moved = database.move_aside(path, label="not-hiptimer" if foreign else "broken")
    _write_marker(path, problem, moved, foreign)
    backup = database.newest_good_backup(path.parent / database.BACKUP_FOLDER)
    raise StoreRecovery(
        store_class=store_class,
        path=path,
        profile=profile,
        problem=problem,
        moved_to=moved,
        backup=backup,
        foreign=foreign,
    )
