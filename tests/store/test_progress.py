"""Progression data in the history: quick answers, the morning answer, dated doses."""

import io
import json

import pytest

from hiptimer.cli import main
from hiptimer.core.builtin import CLAMSHELLS, HIP_FLEXOR_STRETCH
from hiptimer.core.progression import Change, Feedback, Feel, Morning, SideDose
from hiptimer.core.routine import Mode, Routine, Side
from hiptimer.core.session import SetResult
from hiptimer.exchange.csv_export import write_csv
from hiptimer.store.history import STATUS_FINISHED, SessionRecord
from hiptimer.store.progress import (
    accept,
    current_dose,
    level_changes,
    outcomes,
    save_feedback,
    save_morning,
    session_needing_morning,
    suggestions,
)
from tests.store.test_csv import read

ROUTINE = Routine(name="Two", exercises=(CLAMSHELLS, HIP_FLEXOR_STRETCH))
DAY = 86400.0


def results(routine, done_left=None):
    """Every set of the routine at its dose (the left clamshells may fall short)."""
    found, index = [], 0
    for exercise in routine.exercises:
        dose = exercise.dose
        for side in exercise.sides.order:
            for set_no in range(1, dose.sets + 1):
                reps = dose.reps
                if exercise.mode is Mode.REPS and side is Side.LEFT and done_left is not None:
                    reps = done_left
                hold = exercise.mode is Mode.HOLD
                found.append(
                    SetResult(
                        index,
                        exercise.id,
                        exercise.name,
                        side,
                        set_no,
                        dose.sets,
                        exercise.mode,
                        None if hold else dose.reps,
                        None if hold else reps,
                        dose.hold_seconds,
                        dose.hold_seconds,
                        False,
                        30.0,
                        index,
                        index + 30,
                    )
                )
                index += 1
    return found


def answers(pain_left=0, reserve=3, level="yellow band"):
    return [
        Feedback("clamshells", "left", pain_left, reserve, None, level),
        Feedback("clamshells", "right", 0, reserve, None, level),
        Feedback("hip-flexor-stretch", "left", 0, None, Feel.TOO_EASY, None),
        Feedback("hip-flexor-stretch", "right", 0, None, Feel.RIGHT, None),
    ]


def record(day, feedback, morning=None, done_left=None):
    start = 1_767_254_400.0 + day * DAY
    return SessionRecord(
        ROUTINE,
        start,
        start + 900,
        STATUS_FINISHED,
        results(ROUTINE, done_left),
        feedback=feedback,
        morning_pain=morning,
    )


def by_side(found):
    return {(s.exercise.id, s.side): s for s in found}


def test_two_easy_sessions_step_every_side_up_and_accepting_dates_it(store):
    store.add_sessions([record(0, answers()), record(2, answers())])
    found = by_side(suggestions(store, ROUTINE))
    assert len(found) == 4
    left = found[("clamshells", "left")]
    assert left.current == SideDose(2, 15, level=1)
    assert left.decision.change is Change.UP and left.decision.dose.reps == 17
    assert left.level == "yellow band"
    stretch = found[("hip-flexor-stretch", "left")]
    assert stretch.decision.dose.seconds == 40  # too easy: +10 s
    assert found[("hip-flexor-stretch", "right")].decision.dose.seconds == 35  # right: +5 s
    assert accept(store, list(found.values()), at=5 * DAY) == 4
    rows = store.connection.execute(
        "SELECT exercise_id, side, changed_at, sets, reps, seconds, level FROM doses"
        " ORDER BY exercise_id, side"
    ).fetchall()
    assert rows[0] == ("clamshells", "left", 5 * DAY, 2, 17, None, "yellow band")
    history = outcomes(store, CLAMSHELLS, "left", left.plan)
    assert current_dose(store, CLAMSHELLS, "left", left.plan, history).reps == 17


def test_a_missed_set_keeps_and_a_painful_side_steps_down_alone(store):
    store.add_sessions([record(0, answers()), record(2, answers(pain_left=7), done_left=13)])
    found = by_side(suggestions(store, ROUTINE))
    left, right = found[("clamshells", "left")], found[("clamshells", "right")]
    assert left.decision.change is Change.DOWN and "pain 7/10" in left.decision.reason
    assert left.decision.dose.reps == 13
    assert right.decision.change is Change.UP


def test_the_morning_question_follows_pain_and_is_kept(store):
    store.add_sessions([record(0, answers()), record(2, answers(pain_left=3))])
    session = session_needing_morning(store)
    assert session is not None
    save_morning(store, session, Morning.WORSE)
    assert session_needing_morning(store) is None
    assert store.connection.execute(
        "SELECT morning_pain FROM sessions WHERE id = ?", (session,)
    ).fetchone() == ("worse",)
    left = by_side(suggestions(store, ROUTINE))[("clamshells", "left")]
    assert left.decision.change is Change.DOWN and "worse" in left.decision.reason


def test_bad_answers_are_refused_and_nothing_is_lost(store):
    store.add_sessions([record(0, answers())])
    with pytest.raises(ValueError, match="pain is 0 to 10"):
        save_feedback(store, 1, [Feedback("clamshells", "left", 11)])
    assert store.connection.execute("SELECT COUNT(*) FROM exercise_feedback").fetchone() == (4,)
    save_feedback(store, 1, [Feedback("clamshells", "left", 2, 1, None, "red band")])
    assert store.connection.execute(
        "SELECT pain_during, reps_in_reserve, level FROM exercise_feedback"
        " WHERE exercise_id = 'clamshells' AND side = 'left'"
    ).fetchall() == [(2, 1, "red band")]


def test_level_changes_are_dated_and_exported(store):
    store.add_sessions(
        [record(0, answers()), record(2, answers(level="red band"), morning="settled")]
    )
    assert [label for _, label in level_changes(store, "clamshells", "left")] == [
        "yellow band",
        "red band",
    ]
    out = io.StringIO(newline="")
    write_csv(store, out)
    rows = read(out.getvalue())
    clams = [r for r in rows if r["exercise"] == "Clamshells" and r["side"] == "left"]
    assert {(r["level"], r["pain_during"], r["reps_in_reserve"]) for r in clams} == {
        ("yellow band", "0", "3"),
        ("red band", "0", "3"),
    }
    assert {r["morning_pain"] for r in rows if r["session_id"] == "2"} == {"settled"}
    stretch = [r for r in rows if r["exercise"] == HIP_FLEXOR_STRETCH.name]
    assert {r["reps_in_reserve"] for r in stretch} == {"too_easy", "right"}


def test_progress_json_after_history_demo_lists_every_exercise_and_side(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["history", "demo", "--weeks", "12", "--profile", "Sam"]) == 0
    capsys.readouterr()
    assert main(["progress", "--profile", "Sam", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["profile"] == "Sam"
    entries = shown["exercises"]
    assert len(entries) == 12
    assert {(e["exercise"], e["side"]) for e in entries} == {
        (x, s)
        for x in (
            "glute-bridge",
            "lateral-band-steps",
            "clamshells",
            "hip-hikes",
            "donkey-kicks",
            "hip-flexor-stretch",
        )
        for s in ("left", "right")
    }
    for entry in entries:
        assert set(entry) == {
            "exercise",
            "side",
            "level",
            "sets",
            "reps",
            "seconds",
            "change",
            "reason",
        }
        assert entry["reason"] and entry["change"] in {"up", "down", "same"}
        assert (entry["reps"] is None) != (entry["seconds"] is None)
    assert {e["level"] for e in entries if e["exercise"] == "clamshells"} <= {
        "tan band",
        "yellow band",
        "red band",
        "green band",
        "blue band",
    }
    assert main(["history", "export", "--csv", "-", "--profile", "Sam"]) == 0
    rows = read(capsys.readouterr().out)
    painful = [r for r in rows if r["pain_during"] and int(r["pain_during"]) > 5]
    assert painful and {r["side"] for r in painful} == {"left"}
    assert {r["morning_pain"] for r in painful} == {"worse"}
    assert main(["progress", "--profile", "Sam"]) == 0
    text = capsys.readouterr().out
    assert "Clamshells (left): 2 x" in text and "band" in text


def test_progress_for_a_missing_profile_is_one_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["progress", "--profile", "nobody"]) == 2
    assert "no profile named 'nobody'" in capsys.readouterr().err
