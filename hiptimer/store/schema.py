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

# Version 5 (issue 19): running totals for the History window, kept by triggers on `sets`
# so an all-time chart reads a few thousand rows instead of every set. Per session (its
# table row, and whether it counts for the week) and per exercise and side over all time
# (the balance); seconds held are kept as whole milliseconds so that adding and taking
# away a set leaves exactly what was there. A migration of its own: it assumes nothing
# about other tables.
# What a set adds to its exercise's week: reps, or for a held set its seconds (in ms, as
# reps times 1000 for a set of reps, so that one whole number holds both).
_AMOUNT = (
    "CASE WHEN {row}.mode = 'hold' THEN CAST(ROUND(COALESCE({row}.hold_done_s, 0) * 1000)"
    " AS INTEGER) ELSE COALESCE({row}.reps_done, 0) * 1000 END"
)
_TOTALS_ADD = """
    INSERT INTO session_totals (session_id, sets_done, sets_skipped, reps, held_ms, active_s)
        SELECT NEW.session_id, 0, 0, 0, 0, 0.0
        WHERE NOT EXISTS (SELECT 1 FROM session_totals WHERE session_id = NEW.session_id);
    UPDATE session_totals SET
        sets_done = sets_done + (NEW.skipped = 0), sets_skipped = sets_skipped + NEW.skipped,
        reps = reps + COALESCE(NEW.reps_done, 0),
        held_ms = held_ms + CAST(ROUND(COALESCE(NEW.hold_done_s, 0) * 1000) AS INTEGER),
        active_s = active_s + NEW.active_s
        WHERE session_id = NEW.session_id;
    INSERT INTO side_totals (exercise_id, side, sets, reps, held_ms)
        SELECT NEW.exercise_id, NEW.side, 0, 0, 0
        WHERE NEW.side IS NOT NULL AND NOT EXISTS (SELECT 1 FROM side_totals
            WHERE exercise_id = NEW.exercise_id AND side = NEW.side);
    UPDATE side_totals SET
        sets = sets + 1, reps = reps + COALESCE(NEW.reps_done, 0),
        held_ms = held_ms + CAST(ROUND(COALESCE(NEW.hold_done_s, 0) * 1000) AS INTEGER)
        WHERE exercise_id = NEW.exercise_id AND side = NEW.side;
    INSERT INTO exercise_totals (exercise_id, started_at, session_id, side, sets, amount_ms)
        SELECT NEW.exercise_id, s.started_at, NEW.session_id, COALESCE(NEW.side, ''), 0, 0
        FROM sessions s WHERE s.id = NEW.session_id AND NOT EXISTS (SELECT 1
            FROM exercise_totals WHERE session_id = NEW.session_id
            AND exercise_id = NEW.exercise_id AND side = COALESCE(NEW.side, ''));
    UPDATE exercise_totals SET sets = sets + 1, amount_ms = amount_ms + {amount_new}
        WHERE session_id = NEW.session_id AND exercise_id = NEW.exercise_id
        AND side = COALESCE(NEW.side, '');
"""
_TOTALS_TAKE = """
    UPDATE session_totals SET
        sets_done = sets_done - (OLD.skipped = 0), sets_skipped = sets_skipped - OLD.skipped,
        reps = reps - COALESCE(OLD.reps_done, 0),
        held_ms = held_ms - CAST(ROUND(COALESCE(OLD.hold_done_s, 0) * 1000) AS INTEGER),
        active_s = active_s - OLD.active_s
        WHERE session_id = OLD.session_id;
    DELETE FROM session_totals WHERE session_id = OLD.session_id
        AND sets_done + sets_skipped = 0;
    UPDATE side_totals SET
        sets = sets - 1, reps = reps - COALESCE(OLD.reps_done, 0),
        held_ms = held_ms - CAST(ROUND(COALESCE(OLD.hold_done_s, 0) * 1000) AS INTEGER)
        WHERE exercise_id = OLD.exercise_id AND side = OLD.side;
    DELETE FROM side_totals WHERE exercise_id = OLD.exercise_id AND side = OLD.side
        AND sets = 0;
    UPDATE exercise_totals SET sets = sets - 1, amount_ms = amount_ms - {amount_old}
        WHERE session_id = OLD.session_id AND exercise_id = OLD.exercise_id
        AND side = COALESCE(OLD.side, '');
    DELETE FROM exercise_totals WHERE session_id = OLD.session_id
        AND exercise_id = OLD.exercise_id AND side = COALESCE(OLD.side, '') AND sets = 0;
"""
_TOTALS_ADD = _TOTALS_ADD.replace("{amount_new}", _AMOUNT.format(row="NEW"))
_TOTALS_TAKE = _TOTALS_TAKE.replace("{amount_old}", _AMOUNT.format(row="OLD"))
_V5: Migration = (
    """
    CREATE TABLE session_totals (
        session_id INTEGER PRIMARY KEY,
        sets_done INTEGER NOT NULL,
        sets_skipped INTEGER NOT NULL,
        reps INTEGER NOT NULL,
        held_ms INTEGER NOT NULL,
        active_s REAL NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE side_totals (
        exercise_id TEXT NOT NULL,
        side TEXT NOT NULL,
        sets INTEGER NOT NULL,
        reps INTEGER NOT NULL,
        held_ms INTEGER NOT NULL,
        PRIMARY KEY (exercise_id, side)
    ) STRICT, WITHOUT ROWID
    """,
    # Per exercise, session and side, found by exercise and start time (the weekly work
    # chart walks one exercise's weeks in order); '' is the side of unsided work.
    """
    CREATE TABLE exercise_totals (
        exercise_id TEXT NOT NULL,
        started_at REAL NOT NULL,
        session_id INTEGER NOT NULL,
        side TEXT NOT NULL,
        sets INTEGER NOT NULL,
        amount_ms INTEGER NOT NULL,
        PRIMARY KEY (exercise_id, started_at, session_id, side)
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX exercise_totals_by_session ON exercise_totals (session_id, exercise_id, side)",
    f"CREATE TRIGGER sets_totals_insert AFTER INSERT ON sets BEGIN {_TOTALS_ADD} END",
    f"CREATE TRIGGER sets_totals_delete AFTER DELETE ON sets BEGIN {_TOTALS_TAKE} END",
    f"CREATE TRIGGER sets_totals_update AFTER UPDATE ON sets BEGIN {_TOTALS_TAKE}"
    f" {_TOTALS_ADD} END",
    """
    INSERT INTO session_totals (session_id, sets_done, sets_skipped, reps, held_ms, active_s)
        SELECT session_id, SUM(skipped = 0), SUM(skipped), SUM(COALESCE(reps_done, 0)),
            SUM(CAST(ROUND(COALESCE(hold_done_s, 0) * 1000) AS INTEGER)), SUM(active_s)
        FROM sets GROUP BY session_id
    """,
    """
    INSERT INTO side_totals (exercise_id, side, sets, reps, held_ms)
        SELECT exercise_id, side, COUNT(*), SUM(COALESCE(reps_done, 0)),
            SUM(CAST(ROUND(COALESCE(hold_done_s, 0) * 1000) AS INTEGER))
        FROM sets WHERE side IS NOT NULL GROUP BY exercise_id, side
    """,
    f"""
    INSERT INTO exercise_totals (exercise_id, started_at, session_id, side, sets, amount_ms)
        SELECT t.exercise_id, s.started_at, t.session_id, COALESCE(t.side, ''), COUNT(*),
            SUM({_AMOUNT.format(row="t")})
        FROM sets t JOIN sessions s ON s.id = t.session_id
        GROUP BY t.exercise_id, t.session_id, COALESCE(t.side, '')
    """,
    # A session's start never moves; should it ever, its totals follow.
    """
    CREATE TRIGGER sessions_totals_start AFTER UPDATE OF started_at ON sessions BEGIN
        UPDATE exercise_totals SET started_at = NEW.started_at WHERE session_id = NEW.id;
    END
    """,
)

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2, _V3, _V4, _V5)
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
