"""Every past schema version upgrades to the current one, keeping its data."""

import sqlite3

import pytest

from hiptimer.store import HistoryStore, NewerDatabaseError
from hiptimer.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate, user_version
from tests.store.past_schemas import PAST_SCHEMAS


def make_database(path, version):
    schema, data = PAST_SCHEMAS[version]
    con = sqlite3.connect(path)
    con.executescript(schema + data)
    con.close()


def schema_of(con):
    return sorted(
        con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        )
    )


def test_every_past_version_has_a_frozen_copy():
    assert set(PAST_SCHEMAS) == set(range(SCHEMA_VERSION))


@pytest.mark.parametrize("version", sorted(PAST_SCHEMAS))
def test_frozen_copy_matches_what_the_migrations_made(tmp_path, version):
    frozen = tmp_path / "frozen.sqlite3"
    make_database(frozen, version)
    built = sqlite3.connect(tmp_path / "built.sqlite3", isolation_level=None)
    migrate(built, target=version)
    con = sqlite3.connect(frozen)
    normal = [(t, n, tb, " ".join((sql or "").split())) for t, n, tb, sql in schema_of(con)]
    made = [(t, n, tb, " ".join((sql or "").split())) for t, n, tb, sql in schema_of(built)]
    assert normal == made
    assert user_version(con) == user_version(built) == version


@pytest.mark.parametrize("version", sorted(PAST_SCHEMAS))
def test_each_past_version_upgrades_and_keeps_its_data(tmp_path, version):
    path = tmp_path / "p" / "history.sqlite3"
    path.parent.mkdir()
    make_database(path, version)
    with HistoryStore.open_path(path) as store:
        con = store.connection
        assert user_version(con) == SCHEMA_VERSION
        fresh = sqlite3.connect(tmp_path / "fresh.sqlite3", isolation_level=None)
        migrate(fresh)
        assert [r[:3] for r in schema_of(con)] == [r[:3] for r in schema_of(fresh)]
        if version >= 1:
            sessions = con.execute(
                "SELECT id, status, effort, note, source FROM sessions ORDER BY id"
            ).fetchall()
            assert sessions[:2] == [
                (1, "finished", 6, "first one", "real"),
                (2, "running", None, "", "real"),
            ]
            if version >= 2:
                assert sessions[2] == (3, "finished", 5, "", "demo")
                assert store.plan_per_week == 2
                store.set_plan_per_week(3)
            snapshots = con.execute(
                "SELECT s.id, r.name, r.json FROM sessions s JOIN routines r ON r.id = s.routine_id"
            ).fetchall()
            assert [row[0] for row in snapshots] == [1, 2, 3][: len(sessions)]
            assert {row[1:] for row in snapshots} == {
                ("Hip strength for runners", '{"name":"Hip strength for runners"}')
            }
            assert len(store.session_sets(1)) == 2 and store.session_sets(1)[1].skipped
            # The snapshot in this sample cannot be followed: kept, closed as interrupted.
            assert store.interrupted_sessions() == []
            assert store.session_status(2) == "interrupted"
            assert len(store.session_sets(2)) == 1
        assert store.plan_per_week == 3
        assert store.integrity_problems() == []
        store.set_plan_per_week(2)
        assert store.plan_per_week == 2


def test_a_failing_migration_rolls_back_completely(tmp_path):
    con = sqlite3.connect(tmp_path / "h.sqlite3", isolation_level=None)
    broken = (*MIGRATIONS, ("CREATE TABLE half_done (x INTEGER) STRICT", "NOT SQL AT ALL"))
    with pytest.raises(sqlite3.OperationalError):
        migrate(con, migrations=broken)
    assert user_version(con) == SCHEMA_VERSION
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names and "sessions" in names


def test_a_database_from_a_newer_version_is_left_alone(tmp_path):
    path = tmp_path / "p" / "history.sqlite3"
    path.parent.mkdir()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer HipTimer"):
        HistoryStore.open_path(path, backups=False)
    assert path.read_bytes() == before
