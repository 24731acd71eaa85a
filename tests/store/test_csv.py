"""CSV export: RFC 4180, formula-safe text cells, filters, and the file written whole."""

import csv
import io
import time
from datetime import UTC, date, datetime

import pytest

from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Side, Sides
from hiptimer.exchange.csv_export import HEADER, CsvExportError, export_csv, safe_text, write_csv
from hiptimer.store import HistoryStore
from hiptimer.store.history import SessionRecord
from tests.store.known import BERLIN, CLAMS, ROUTINE, known_records, result


def read(text):
    return list(csv.DictReader(io.StringIO(text, newline="")))


def export_text(store, **options):
    out = io.StringIO(newline="")
    count = write_csv(store, out, **options)
    return count, out.getvalue()


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Clamshells", "Clamshells"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_cells_a_spreadsheet_would_run_are_made_text(text, safe):
    assert safe_text(text) == safe


def test_header_rows_and_values(store):
    store.add_sessions(known_records())
    count, text = export_text(store, tz=BERLIN)
    assert text.startswith(",".join(HEADER) + "\r\n")
    rows = read(text)
    assert count == len(rows) == 19
    first = rows[0]
    assert first == {
        "date": "2026-03-02",
        "time": "07:00:00",
        "timestamp": "2026-03-02T07:00:00+01:00",
        "session_id": "1",
        "profile": "p",
        "routine": "Known",
        "exercise": "Clamshells",
        "side": "left",
        "set": "1",
        "reps_target": "15",
        "reps_done": "15",
        "hold_target_s": "",
        "hold_done_s": "",
        "skipped": "0",
        "effort": "6",
        "note": "",
        "equipment": "mat",
        "pain_during": "",
        "morning_pain": "",
        "reps_in_reserve": "",
        "level": "",
    }
    skipped = rows[2]
    assert (skipped["reps_done"], skipped["skipped"], skipped["set"]) == ("12", "1", "2")
    hold = rows[4]
    assert (hold["hold_target_s"], hold["hold_done_s"], hold["reps_done"]) == ("30", "30", "")
    plank = rows[6]
    assert plank["side"] == "" and plank["exercise"] == "Plank"
    assert rows[7]["effort"] == "7" and rows[11]["effort"] == ""  # no effort given
    late = rows[-2]
    assert (late["date"], late["time"]) == ("2026-03-17", "23:30:00")
    assert late["timestamp"] == "2026-03-17T23:30:00+01:00"


def two_sets_in_the_repeated_hour(store):
    """Two one-set sessions at 02:30 Berlin time on 25 October 2026: the first before the
    clocks go back (summer time, UTC+2), the second an hour later (UTC+1)."""
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC).timestamp()
    records = []
    for n, at in enumerate((first, first + 3600)):
        done = [result(1, CLAMS, Side.LEFT, 1, 15, at)]
        records.append(
            SessionRecord(ROUTINE, at, at + 60, "finished", done, effort=n + 3, note=f"n{n}")
        )
    store.add_sessions(records)


def test_the_two_0230s_of_the_night_the_clocks_go_back_differ(store):
    two_sets_in_the_repeated_hour(store)
    rows = read(export_text(store, tz=BERLIN)[1])
    assert [(r["date"], r["time"]) for r in rows] == [("2026-10-25", "02:30:00")] * 2
    assert [r["timestamp"] for r in rows] == [
        "2026-10-25T02:30:00+02:00",
        "2026-10-25T02:30:00+01:00",
    ]
    assert [(r["effort"], r["note"]) for r in rows] == [("3", "n0"), ("4", "n1")]


def test_the_computers_own_zone_gives_the_same_timestamps(store, monkeypatch):
    # No tz: SQLite converts with the C library's local time, as a real export does.
    two_sets_in_the_repeated_hour(store)
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        rows = read(export_text(store)[1])
    finally:
        monkeypatch.undo()
        time.tzset()
    assert [r["timestamp"] for r in rows] == [
        "2026-10-25T02:30:00+02:00",
        "2026-10-25T02:30:00+01:00",
    ]


def test_effort_and_note_columns_carry_the_feedback_made_safe(store):
    at = datetime(2026, 3, 2, 7, 0, tzinfo=UTC).timestamp()
    done = [result(1, CLAMS, Side.LEFT, 1, 15, at)]
    note = '=HYPERLINK("http://example.com")\nsecond line'
    store.add_sessions([SessionRecord(ROUTINE, at, at + 60, "finished", done, 9, note)])
    [row] = read(export_text(store, tz=UTC)[1])
    assert row["effort"] == "9"
    assert row["note"] == "'" + note


def test_quoting_and_formula_safety_survive_a_round_trip(tmp_path):
    nasty = Exercise(
        id="nasty",
        name='=HYPERLINK("http://example.com","click")',
        mode=Mode.REPS,
        sides=Sides.LEFT_ONLY,
        dose=Dose(sets=1, reps=5),
        equipment=("band, red", 'the "good" one\nat home'),
    )
    routine = Routine(name="+Zürich, Dienstag", exercises=(nasty,))
    path = tmp_path / "-p" / "history.sqlite3"
    with HistoryStore.open_path(path, profile="@team") as store:
        at = 1_773_000_000.0
        store.add_sessions(
            [
                SessionRecord(
                    routine, at, at + 60, "finished", [result(1, nasty, Side.LEFT, 1, 5, at)]
                )
            ]
        )
        out = tmp_path / "out.csv"
        assert export_csv(store, out) == 1
    raw = out.read_bytes()
    assert raw.decode("utf-8")  # UTF-8
    assert b"\r\n" in raw
    with open(out, encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["exercise"] == "'" + nasty.name
    assert row["routine"] == "'+Zürich, Dienstag"
    assert row["profile"] == "'@team"
    assert row["equipment"] == 'band, red; the "good" one\nat home'
    assert '"band, red; the ""good"" one\nat home"' in raw.decode("utf-8")


def test_since_filters_by_local_session_day(store):
    store.add_sessions(known_records())
    _count, text = export_text(store, since=date(2026, 3, 10), tz=BERLIN)
    rows = read(text)
    assert {r["date"] for r in rows} == {"2026-03-10", "2026-03-16", "2026-03-17"}
    assert len(rows) == 6
    _count, text = export_text(store, since=date(2026, 3, 18), tz=BERLIN)
    assert read(text) == [] and text == ",".join(HEADER) + "\r\n"


def test_a_failed_export_leaves_no_half_file(store, tmp_path):
    store.add_sessions(known_records())
    with pytest.raises(CsvExportError, match="Cannot write"):
        export_csv(store, tmp_path / "missing-folder" / "out.csv")
    folder = tmp_path / "a folder"
    (folder / "inside").mkdir(parents=True)
    with pytest.raises(CsvExportError, match="a folder"):  # written, but cannot take its place
        export_csv(store, folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a folder", "p"]  # no temporary file
    assert [p.name for p in folder.iterdir()] == ["inside"]
