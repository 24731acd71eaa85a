"""Progress reports: `hiptimer history report` on the runner's side, `hiptimer history
import` on the trainer's; importing twice adds nothing, hostile files change nothing."""

import json
import sqlite3

import pytest

from hiptimer.cli import main
from hiptimer.exchange.progress_report import FORMAT, MAX_FILE_BYTES, VERSION
from hiptimer.profiles.folders import open_history
from tests.store.known import known_records
from tests.trainer_support import MACHINE_PATH


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "hiptimer" / "profiles"


def contents(profile):
    """Every session and set row and every setting of a profile, as plain tuples."""
    with open_history(profile) as store:
        path = store.path
    con = sqlite3.connect(path)
    try:
        return {
            "sessions": con.execute(
                "SELECT s.routine_name, r.json, s.sets_planned, s.started_at, s.ended_at,"
                " s.status, s.effort, s.note, s.source FROM sessions s"
                " JOIN routines r ON r.id = s.routine_id ORDER BY s.started_at"
            ).fetchall(),
            "sets": con.execute(
                "SELECT s.started_at, t.step_index, t.exercise_id, t.exercise_name, t.mode,"
                " t.side, t.set_no, t.sets, t.reps_target, t.reps_done, t.hold_target_s,"
                " t.hold_done_s, t.skipped, t.active_s, t.started_at, t.ended_at, t.equipment"
                " FROM sets t JOIN sessions s ON s.id = t.session_id"
                " ORDER BY s.started_at, t.step_index"
            ).fetchall(),
            "settings": con.execute("SELECT key, value FROM settings ORDER BY key").fetchall(),
        }
    finally:
        con.close()


@pytest.fixture
def report(tmp_path, capsys):
    """Anna's report of her sessions, and her trainer's (empty) profile for her."""
    with open_history("Anna") as store:
        store.save_feedback(store.add_sessions(known_records()) and 1, 7, "left hip tight")
    out = tmp_path / "anna-report.json"
    assert main(["history", "report", "--out", str(out), "--profile", "Anna"]) == 0
    assert "send it to your trainer" in capsys.readouterr().err
    # The trainer's computer: the same name, another history.
    return out


def test_round_trip_twice_imported_same_rows(report, data_home, capsys):
    sent = contents("Anna")
    # The trainer's copy lives in another data folder: move Anna's own profile aside.
    (data_home / "Anna").rename(data_home.parent / "runner-Anna")
    with open_history("Anna") as store:  # the trainer made a profile for Anna
        assert store.session_count() == 0
    assert main(["history", "import", str(report), "--profile", "Anna"]) == 0
    assert "Imported 6 new sessions into profile 'Anna' (0 already there)" in (
        capsys.readouterr().out
    )
    first = contents("Anna")
    assert first["sessions"] == sent["sessions"]
    assert first["sets"] == sent["sets"]
    assert first["sessions"][0][6:8] == (7, "left hip tight")
    assert main(["history", "import", str(report), "--profile", "Anna"]) == 0
    assert "Imported 0 new sessions into profile 'Anna' (6 already there)" in (
        capsys.readouterr().out
    )
    assert contents("Anna") == first


def test_since_limits_the_report(report, tmp_path, capsys):
    everything = json.loads(report.read_text(encoding="utf-8"))
    days = sorted(s["started_at"] for s in everything["sessions"])
    from datetime import datetime

    cut = datetime.fromtimestamp(days[5]).date().isoformat()
    later = tmp_path / "later.json"
    assert (
        main(["history", "report", "--out", str(later), "--since", cut, "--profile", "Anna"]) == 0
    )
    sessions = json.loads(later.read_text(encoding="utf-8"))["sessions"]
    assert 0 < len(sessions) < len(everything["sessions"])
    assert {s["uid"] for s in sessions} < {s["uid"] for s in everything["sessions"]}
    assert everything["format"] == FORMAT and everything["version"] == VERSION
    assert everything["profile"] == "Anna" and len(everything["history_id"]) == 32


def refused(capsys, *argv):
    code = main(["history", "import", *argv])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("hiptimer: "), err
    return err


def test_another_persons_report_is_refused_unless_the_trainer_confirms(report, capsys):
    with open_history("Ben") as store:
        store.add_sessions(known_records()[:1])
    before = contents("Ben")
    err = refused(capsys, str(report), "--profile", "Ben")
    assert "from profile 'Anna', not 'Ben'" in err and "--yes-this-client" in err
    assert contents("Ben") == before
    assert main(["history", "import", str(report), "--profile", "Ben", "--yes-this-client"]) == 0
    capsys.readouterr()
    # From now on Ben's profile takes Anna's history's reports; another history is refused.
    other = json.loads(report.read_text(encoding="utf-8"))
    other["history_id"] = "f" * 32
    other["profile"] = "Ben"
    other["sessions"] = [dict(s, uid="other/" + s["uid"]) for s in other["sessions"]]
    report.write_text(json.dumps(other), encoding="utf-8")
    after = contents("Ben")
    err = refused(capsys, str(report), "--profile", "Ben")
    assert "another history" in err
    assert contents("Ben") == after


def hostile(report):
    good = report.read_text(encoding="utf-8")
    data = json.loads(good)
    future = dict(data, version=VERSION + 1)
    wrong_effort = json.loads(good)
    wrong_effort["sessions"][3]["effort"] = "hard"
    wrong_reps = json.loads(good)
    wrong_reps["sessions"][5]["sets"][0]["reps_done"] = -2
    wrong_list = dict(data, sessions={"a": 1})
    bad_routine = json.loads(good)
    bad_routine["routines"][0]["exercises"] = 5
    return {
        "empty": ("", "empty"),
        "broken JSON": (good[:-40], "not valid JSON"),
        "duplicate key": ('{"format": 1, "format": 2}', "appears twice"),
        "future version": (json.dumps(future), "newer HipTimer"),
        "wrong type (effort)": (
            json.dumps(wrong_effort),
            "Session 4, effort: use a whole number from 1 to 10, or null (was a text)",
        ),
        "wrong type (reps)": (
            json.dumps(wrong_reps),
            "Session 6, set 1, reps done: use a whole number or null (was -2)",
        ),
        "wrong type (sessions)": (json.dumps(wrong_list), "Sessions: use a list (was an object)"),
        "bad routine": (
            json.dumps(bad_routine),
            "Routine 1: Exercises: use a list in brackets (was a whole number)",
        ),
        "not a report": (json.dumps({"format": "hiptimer-routine"}), "not a HipTimer progress"),
        "a list": ("[]", "top level"),
        "NaN": (good.replace('"created_at":', '"created_at":NaN,"x":', 1), "NaN"),
    }


def test_hostile_reports_are_refused_with_one_line_and_change_nothing(report, tmp_path, capsys):
    with open_history("Anna") as store:
        store.add_sessions(known_records()[:2])
    before = contents("Anna")
    for name, (text, expected) in hostile(report).items():
        path = tmp_path / "hostile.json"
        path.write_text(text, encoding="utf-8")
        err = refused(capsys, str(path), "--profile", "Anna")
        assert expected in err, (name, err)
        assert not MACHINE_PATH.search(err), (name, err)
        assert contents("Anna") == before, name
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    assert "a report is at most" in refused(capsys, str(huge), "--profile", "Anna")
    assert "cannot read" in refused(capsys, str(tmp_path), "--profile", "Anna")
    assert contents("Anna") == before


def test_one_bad_session_among_good_ones_adds_nothing(report, data_home, capsys):
    """The last session holds the same step twice: the five good ones are not added either."""
    data = json.loads(report.read_text(encoding="utf-8"))
    data["sessions"][-1]["sets"][0]["hold_done"] = None
    data["sessions"][-1]["status"] = "finished"
    data["sessions"][-1]["sets"][0]["step_index"] = 0
    data["sessions"][-1]["sets"].append(dict(data["sessions"][-1]["sets"][0]))
    report.write_text(json.dumps(data), encoding="utf-8")
    before = contents("Anna")
    err = refused(capsys, str(report), "--profile", "Anna")
    assert "the same step appears twice" in err
    assert contents("Anna") == before


def test_a_profiles_own_report_adds_nothing_to_it(report, capsys):
    before = contents("Anna")
    assert main(["history", "import", str(report), "--profile", "Anna"]) == 0
    assert "Imported 0 new sessions into profile 'Anna' (6 already there)" in (
        capsys.readouterr().out
    )
    assert contents("Anna") == before
