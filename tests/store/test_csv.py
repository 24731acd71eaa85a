"""CSV export: RFC 4180, formula-safe text cells, filters, and the file written whole."""

import csv
import io
from datetime import date

import pytest

from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Side, Sides
from hiptimer.exchange.csv_export import HEADER, CsvExportError, export_csv, safe_text, write_csv
from hiptimer.store import HistoryStore
from hiptimer.store.history import SessionRecord
from tests.store.known import BERLIN, known_records, result


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
        "equipment": "mat",
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
