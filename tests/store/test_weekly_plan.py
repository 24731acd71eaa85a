"""The weekly plan in the store's settings, this week's progress, `hiptimer plan --week`."""

from datetime import date, time, timedelta

import pytest

from hiptimer.cli import main
from hiptimer.core.weeks import WeeklyPlan, week_start
from hiptimer.core.weeks import today as local_today
from hiptimer.profiles.folders import open_history
from hiptimer.store import charts
from tests.store.known import BERLIN, TODAY, known_records


def test_a_new_profile_plans_monday_wednesday_friday(store):
    assert store.weekly_plan == WeeklyPlan()
    assert store.plan_per_week == 3


def test_the_plan_is_saved_and_drives_the_adherence_target(store):
    store.set_weekly_plan(WeeklyPlan((1, 3), time(7, 15)))
    assert store.weekly_plan == WeeklyPlan((1, 3), time(7, 15))
    # The chart's planned sessions a week follow the days.
    assert store.plan_per_week == 2
    assert store.connection.execute(
        "SELECT value FROM settings WHERE key = 'plan_days'"
    ).fetchone() == ("1,3",)


def test_an_older_number_only_plan_is_spread_over_the_week(store):
    store.set_plan_per_week(2)
    assert store.weekly_plan.per_week == 2


def test_notes_are_remembered(store):
    assert store.note("missed") is None
    store.set_note("missed", "2026-03-16")
    assert store.note("missed") == "2026-03-16"


def test_week_progress_counts_this_week_and_the_streak(store):
    store.add_sessions(known_records())
    progress = charts.week_progress(store, TODAY, BERLIN)
    this_week = charts.sessions_per_week(store, [week_start(TODAY)], BERLIN)[0].sessions
    assert progress.done == this_week and progress.planned == 3
    assert progress.streak == charts.current_streak(store, TODAY, BERLIN)
    store.set_weekly_plan(WeeklyPlan((0,)))
    kept = charts.week_progress(store, TODAY, BERLIN)
    assert kept.planned == 1 and kept.streak >= 1


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def test_plan_week_command_prints_the_plan_and_this_week(data_home, capsys):
    assert main(["history", "demo", "--weeks", "2", "--profile", "Sam"]) == 0
    capsys.readouterr()
    with open_history("Sam") as store:
        store.set_weekly_plan(WeeklyPlan((0, 3), time(6, 45)))
        today = local_today()
        done = [d for d in charts.done_days(store, week_start(today)) if d <= today]
    assert main(["plan", "--week", "--profile", "Sam"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Plan: Mon, Thu at 06:45 (2 a week)")
    assert f"This week: {len(done)} of 2" in out
    monday = week_start(today)
    assert f"Monday    {monday.isoformat()}  planned" in out
    for day in set(done):
        assert f"{day.isoformat()}" in out and "done" in out
    # The global --profile before the command works the same.
    assert main(["--profile", "Sam", "plan", "--week"]) == 0
    assert capsys.readouterr().out == out


def test_plan_week_names_a_missing_profile_once(data_home, capsys):
    assert main(["plan", "--week", "--profile", "Nobody"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hiptimer: ") and "Nobody" in err and len(err.strip().splitlines()) == 1


def test_plan_week_refuses_a_routine_file(data_home, capsys):
    assert main(["plan", "--week", "x.json"]) == 2
    assert "--week takes no routine file" in capsys.readouterr().err


def test_week_text_marks_missed_today_and_to_come():
    from hiptimer.cli.plan import week_text

    wednesday = date(2026, 3, 18)
    text = week_text(WeeklyPlan(), [wednesday - timedelta(days=1)], wednesday)
    assert "Monday    2026-03-16  planned  missed" in text
    assert "Tuesday   2026-03-17  extra    done" in text
    assert "Wednesday 2026-03-18  planned  today" in text
    assert "Friday    2026-03-20  planned  to come" in text
