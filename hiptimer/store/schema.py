"""The database schema and its migrations.

`MIGRATIONS[n]` upgrades a database from version n to n + 1 (PRAGMA user_version); a new
file is version 0. Shipped migrations never change: a later change is a new entry, and
tests/store keeps a copy of every past schema to prove each one still upgrades.

Each migration runs statement by statement inside one explicit BEGIN IMMEDIATE ... COMMIT:
Python's `with connection:` does not make DDL atomic, and `executescript` would commit a
half-done upgrade.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from hiptimer.core.i18n import translate
from hiptimer.store.errors import NewerDatabaseError

Migration = tuple[str, ...]

_V1: Migration = (
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine_name TEXT NOT NULL,
        routine_json TEXT NOT NULL,
        sets_planned INTEGER NOT NULL CHECK (sets_planned >= 0),
        started_at REAL NOT NULL,
        ended_at REAL,
        status TEXT NOT NULL DEFAULT 'running'
            CHECK (status IN ('running', 'finished', 'ended_early', 'interrupted')),
        effort INTEGER CHECK (effort BETWEEN 1 AND 10),
        note TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
    "CREATE INDEX sessions_by_start ON sessions (started_at)",
    """
    CREATE TABLE sets (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        step_index INTEGER NOT NULL CHECK (step_index >= 0),
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('reps', 'hold')),
        side TEXT CHECK (side IN ('left', 'right')),
        set_no INTEGER NOT NULL CHECK (set_no >= 1),
        sets INTEGER NOT NULL CHECK (sets >= 1),
        reps_target INTEGER,
        reps_done INTEGER CHECK (reps_done >= 0),
        hold_target_s REAL,
        hold_done_s REAL CHECK (hold_done_s >= 0),
        skipped INTEGER NOT NULL CHECK (skipped IN (0, 1)),
        active_s REAL NOT NULL,
        started_at REAL NOT NULL,
        ended_at REAL NOT NULL,
        equipment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, step_index)
    ) STRICT, WITHOUT ROWID
    """,
    # Chart queries read one exercise at a time; this index answers them without the table.
    """
    CREATE INDEX sets_by_exercise
        ON sets (exercise_id, session_id, side, reps_done, hold_done_s, skipped)
    """,
)

# Version 2: demo sessions are told apart from real ones, and a profile has settings
# (the planned sessions per week that the adherence chart measures against).
_V2: Migration = (
    """
    ALTER TABLE sessions ADD COLUMN source TEXT NOT NULL DEFAULT 'real'
        CHECK (source IN ('real', 'demo'))
    """,
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT",
)

# Version 3: each routine snapshot is kept once, not once per session (a ten-year daily
# history shrinks from 27 MB to about 10 MB, and scans of sessions no longer step through
# the snapshot's overflow pages).
_V3: Migration = (
    """
    CREATE TABLE routines (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        json TEXT NOT NULL UNIQUE
    ) STRICT
    """,
    """
    INSERT INTO routines (name, json)
        SELECT MIN(routine_name), routine_json FROM sessions GROUP BY routine_json
    """,
    "ALTER TABLE sessions ADD COLUMN routine_id INTEGER REFERENCES routines (id)",
    """
    UPDATE sessions SET routine_id = (SELECT id FROM routines WHERE json = sessions.routine_json)
    """,
    "ALTER TABLE sessions DROP COLUMN routine_json",
)

# Version 4 (issue 15): how each exercise went on each side (pain during it, reps in
# reserve or how a hold felt, the resistance level used), the answer about the next
# morning's pain, and the dated doses that progression set per exercise and side.
_V4: Migration = (
    """
    ALTER TABLE sessions ADD COLUMN morning_pain TEXT
        CHECK (morning_pain IN ('settled', 'same', 'worse'))
    """,
    """
    CREATE TABLE exercise_feedback (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        exercise_id TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', '')),
        pain_during INTEGER CHECK (pain_during BETWEEN 0 AND 10),
        reps_in_reserve INTEGER CHECK (reps_in_reserve BETWEEN 0 AND 4),
        feel TEXT CHECK (feel IN ('too_easy', 'right', 'too_hard')),
        level TEXT,
        PRIMARY KEY (session_id, exercise_id, side)
    ) STRICT, WITHOUT ROWID
    """,
    """
    CREATE TABLE doses (
        exercise_id TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', '')),
        changed_at REAL NOT NULL,
        sets INTEGER NOT NULL CHECK (sets >= 1),
        reps INTEGER CHECK (reps >= 1),
        seconds REAL CHECK (seconds > 0),
        level TEXT,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (exercise_id, side, changed_at)
    ) STRICT
    """,
)

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2, _V3, _V4)
SCHEMA_VERSION = len(MIGRATIONS)

# PRAGMA application_id of every HipTimer history: "HipT" in ASCII. Set when a history is
# made or first opened by this version; a file with another id belongs to another program.
APPLICATION_ID = 0x48697054


def expected_tables(version: int) -> frozenset[str]:
    """The tables a HipTimer history of schema `version` holds, no more and no fewer."""
    return _EXPECTED_TABLES[version]


def _tables_of_each_version() -> tuple[frozenset[str], ...]:
    found = []
    for version in range(SCHEMA_VERSION + 1):
        con = sqlite3.connect(":memory:", isolation_level=None)
        try:
            migrate(con, target=version)
            found.append(table_names(con))
        finally:
            con.close()
    return tuple(found)


def table_names(con: sqlite3.Connection) -> frozenset[str]:
    rows = con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return frozenset(str(row[0]) for row in rows)


def user_version(con: sqlite3.Connection) -> int:
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def check_version(con: sqlite3.Connection, newest: int = SCHEMA_VERSION) -> int:
    """The database's version; NewerDatabaseError when this HipTimer is too old for it."""
    current = user_version(con)
    if current > newest:
        raise NewerDatabaseError(
            translate(
                "History",
                "This history was written by a newer HipTimer (schema "
                "version {current}, this one knows up to {newest}). Update "
                "HipTimer to open it; the file is left as it is.",
            ).format(current=current, newest=newest)
        )
    return current


def migrate(
    con: sqlite3.Connection,
    *,
    target: int | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Bring the database up to `target` (default: the newest); return the version reached.

    The connection must be in autocommit mode (isolation_level=None). A failing migration
    rolls back completely and leaves the previous version in place.
    """
    newest = len(migrations)
    target = newest if target is None else target
    current = check_version(con, newest)
    for version in range(current, target):
        con.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have upgraded while this one waited for the lock.
            if user_version(con) != version:
                con.execute("ROLLBACK")
                continue
            for statement in migrations[version]:
                con.execute(statement)
            con.execute(f"PRAGMA user_version = {version + 1:d}")
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
    return user_version(con)


_EXPECTED_TABLES = _tables_of_each_version()
