"""Every schema HipTimer has shipped, frozen as it was, with a little data in it.

When a migration is added, the schema it upgrades from is added here (copied from
`sqlite3 history.sqlite3 .schema` of a database at that version), so the migration test
keeps proving that each past database still opens.
"""

V1_SCHEMA = """
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
) STRICT;
CREATE INDEX sessions_by_start ON sessions (started_at);
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
) STRICT, WITHOUT ROWID;
CREATE INDEX sets_by_exercise
    ON sets (exercise_id, session_id, side, reps_done, hold_done_s, skipped);
PRAGMA user_version = 1;
"""

V1_DATA = """
INSERT INTO sessions VALUES
  (1, 'Hip strength for runners', '{"name":"Hip strength for runners"}', 24,
   1767254400.0, 1767255600.0, 'finished', 6, 'first one'),
  (2, 'Hip strength for runners', '{"name":"Hip strength for runners"}', 24,
   1767427200.0, NULL, 'running', NULL, '');
INSERT INTO sets VALUES
  (1, 1, 'clamshells', 'Clamshells', 'reps', 'left', 1, 2, 15, 15, NULL, NULL, 0, 60.0,
   1767254410.0, 1767254470.0, 'mat'),
  (1, 3, 'clamshells', 'Clamshells', 'reps', 'right', 1, 2, 15, 12, NULL, NULL, 1, 48.0,
   1767254480.0, 1767254528.0, 'mat'),
  (2, 1, 'stretch', 'Stretch', 'hold', NULL, 1, 1, NULL, NULL, 30.0, 30.0, 0, 30.0,
   1767427210.0, 1767427240.0, '');
"""

V2_SCHEMA = (
    V1_SCHEMA.replace("PRAGMA user_version = 1;", "")
    + """
ALTER TABLE sessions ADD COLUMN source TEXT NOT NULL DEFAULT 'real'
    CHECK (source IN ('real', 'demo'));
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
PRAGMA user_version = 2;
"""
)

V2_DATA = (
    V1_DATA.replace("'first one'),", "'first one', 'real'),").replace(
        "NULL, '');", "NULL, '', 'real');"
    )
    + """
INSERT INTO sessions VALUES
  (3, 'Hip strength for runners', '{"name":"Hip strength for runners"}', 24,
   1767513600.0, 1767514800.0, 'finished', 5, '', 'demo');
INSERT INTO settings VALUES ('plan_per_week', '2');
"""
)

V3_SCHEMA = (
    V2_SCHEMA.replace("PRAGMA user_version = 2;", "")
    + """
CREATE TABLE routines (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    json TEXT NOT NULL UNIQUE
) STRICT;
ALTER TABLE sessions ADD COLUMN routine_id INTEGER REFERENCES routines (id);
ALTER TABLE sessions DROP COLUMN routine_json;
PRAGMA user_version = 3;
"""
)

V3_DATA = (
    """
INSERT INTO routines VALUES
  (1, 'Hip strength for runners', '{"name":"Hip strength for runners"}');
INSERT INTO sessions VALUES
  (1, 'Hip strength for runners', 24, 1767254400.0, 1767255600.0, 'finished', 6, 'first one',
   'real', 1),
  (2, 'Hip strength for runners', 24, 1767427200.0, NULL, 'running', NULL, '', 'real', 1),
  (3, 'Hip strength for runners', 24, 1767513600.0, 1767514800.0, 'finished', 5, '', 'demo',
   1);
"""
    + V1_DATA[V1_DATA.index("INSERT INTO sets") :]
    + "INSERT INTO settings VALUES ('plan_per_week', '2');\n"
)

V4_SCHEMA = (
    V3_SCHEMA.replace("PRAGMA user_version = 3;", "")
    + """
ALTER TABLE sessions ADD COLUMN morning_pain TEXT
    CHECK (morning_pain IN ('settled', 'same', 'worse'));
CREATE TABLE exercise_feedback (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    exercise_id TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('left', 'right', '')),
    pain_during INTEGER CHECK (pain_during BETWEEN 0 AND 10),
    reps_in_reserve INTEGER CHECK (reps_in_reserve BETWEEN 0 AND 4),
    feel TEXT CHECK (feel IN ('too_easy', 'right', 'too_hard')),
    level TEXT,
    PRIMARY KEY (session_id, exercise_id, side)
) STRICT, WITHOUT ROWID;
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
) STRICT;
PRAGMA user_version = 4;
"""
)

V4_DATA = (
    V3_DATA.replace("'real', 1),", "'real', 1, NULL),").replace(
        "'demo',\n   1);", "'demo',\n   1, NULL);"
    )
    + """
INSERT INTO exercise_feedback VALUES (1, 'clamshells', 'left', 2, 1, NULL, NULL);
"""
)

# version -> (schema script, data script). Version 0 is a new, empty file.
PAST_SCHEMAS: dict[int, tuple[str, str]] = {
    0: ("", ""),
    1: (V1_SCHEMA, V1_DATA),
    2: (V2_SCHEMA, V2_DATA),
    3: (V3_SCHEMA, V3_DATA),
    4: (V4_SCHEMA, V4_DATA),
}
