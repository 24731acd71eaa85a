"""Chart numbers for a history worked out by hand, and week bucketing across DST."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hiptimer.core.weeks import local_date, range_start, week_start, week_starts
from hiptimer.store import charts
from hiptimer.store.history import SessionRecord
from tests.store.known import (
    BERLIN,
    CLAMS,
    CLAMS_PER_WEEK,
    PLANK,
    ROUTINE,
    SESSIONS_PER_WEEK,
    STRETCH,
    STRETCH_PER_WEEK,
    TODAY,
    WEEKS,
    known_records,
)

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def known(store):
    store.add_sessions(known_records())
    return store


def naive_week(timestamp, first_monday_ts):
    """Bucketing by adding 7 * 86400 seconds: what the store must not do."""
    return int((timestamp - first_monday_ts) // (7 * 86400))


@pytest.mark.parametrize(
    ("tz", "monday", "session", "expected_week"),
    [
        # Berlin springs forward on Sunday 29 March: that week is 167 hours long.
        (BERLIN, date(2026, 3, 23), datetime(2026, 3, 30, 0, 30), date(2026, 3, 30)),
        # New York falls back on Sunday 1 November: that week is 169 hours long.
        (NEW_YORK, date(2026, 10, 26), datetime(2026, 11, 1, 23, 30), date(2026, 10, 26)),
    ],
)
def test_weeks_follow_the_local_calendar_across_a_dst_change(
    store, tz, monday, session, expected_week
):
    at = session.replace(tzinfo=tz).timestamp()
    monday_ts = datetime.combine(monday, datetime.min.time()).replace(tzinfo=tz).timestamp()
    naive = monday + timedelta(weeks=naive_week(at, monday_ts))
    assert naive != expected_week  # fixed-length weeks would get this one wrong
    assert week_start(local_date(at, tz)) == expected_week

    record = known_records(tz)[0]
    moved = [r.__class__(**{**r.__dict__, "started_at": at}) for r in record.results[:2]]
    store.add_sessions([SessionRecord(ROUTINE, at, at + 600, "finished", moved)])
    weeks = week_starts(monday, monday + timedelta(days=7))
    work = charts.work_per_week(store, CLAMS.id, weeks, tz)
    assert [(w.week, w.left, w.right) for w in work] == [
        (week, 15.0, 15.0) if week == expected_week else (week, 0.0, 0.0) for week in weeks
    ]
    per_week = charts.sessions_per_week(store, weeks, tz)
    assert [w.sessions for w in per_week] == [int(w == expected_week) for w in weeks]


def test_range_starts_on_a_monday():
    assert range_start(TODAY, 8) == date(2026, 1, 26)
    assert range_start(TODAY, 1) == date(2026, 3, 16)
    assert range_start(TODAY, None) is None
    assert week_starts(date(2026, 3, 4), date(2026, 3, 18)) == WEEKS


def test_reps_and_holds_per_week_per_side(known):
    weeks = charts.week_axis(known, None, TODAY, BERLIN)
    assert weeks == WEEKS
    clams = charts.work_per_week(known, CLAMS.id, weeks, BERLIN)
    assert [(w.left, w.right, w.both) for w in clams] == [
        (left, right, 0) for left, right in CLAMS_PER_WEEK
    ]
    stretch = charts.work_per_week(known, STRETCH.id, weeks, BERLIN)
    assert [(w.left, w.right) for w in stretch] == STRETCH_PER_WEEK
    plank = charts.work_per_week(known, PLANK.id, weeks, BERLIN)
    assert [w.both for w in plank] == [40, 0, 0]


def test_the_week_is_the_one_where_the_person_is():
    # Sunday 15 March 23:30 in Berlin is already Monday morning in Tokyo.
    at = datetime(2026, 3, 15, 23, 30, tzinfo=BERLIN).timestamp()
    assert week_start(local_date(at, BERLIN)) == date(2026, 3, 9)
    assert week_start(local_date(at, ZoneInfo("Asia/Tokyo"))) == date(2026, 3, 16)


def test_sessions_per_week_against_the_plan_and_the_streak(known):
    per_week = charts.sessions_per_week(known, WEEKS, BERLIN)
    assert [(w.sessions, w.plan, w.on_plan) for w in per_week] == [
        (3, 3, True),
        (1, 3, False),
        (2, 3, False),
    ]
    assert charts.current_streak(known, TODAY, BERLIN) == 0
    known.set_plan_per_week(1)
    assert charts.current_streak(known, TODAY, BERLIN) == 3
    known.set_plan_per_week(2)
    # This week already has two; last week had one: the streak is this week alone.
    assert charts.current_streak(known, TODAY, BERLIN) == 1


def test_streak_counting_rules():
    mondays = [date(2026, 3, 2) + timedelta(weeks=n) for n in range(4)]
    counts = {mondays[0]: 3, mondays[1]: 3, mondays[2]: 3, mondays[3]: 1}
    # The current week is not over: it does not break the streak yet.
    assert charts.streak_from_counts(counts, mondays[3], 3) == 3
    counts[mondays[3]] = 3
    assert charts.streak_from_counts(counts, mondays[3], 3) == 4
    assert charts.streak_from_counts(counts, mondays[3] + timedelta(weeks=2), 3) == 0


def test_balance_flags_sides_more_than_ten_percent_apart(known):
    rows = {b.exercise_id: b for b in charts.balance(known, None, BERLIN)}
    assert set(rows) == {"clamshells", "stretch"}  # the plank has no sides
    clams = rows["clamshells"]
    assert (clams.left, clams.right) == (82, 89)
    assert clams.ratio == pytest.approx(89 / 82)
    assert clams.difference == pytest.approx(1 - 82 / 89)  # 7.9 %
    assert not clams.flagged
    stretch = rows["stretch"]
    assert (stretch.left, stretch.right) == (80, 85) and not stretch.flagged
    # The last week alone: stretch 30 / 25 is 16.7 % apart.
    recent = {b.exercise_id: b for b in charts.balance(known, date(2026, 3, 16), BERLIN)}
    assert recent["stretch"].flagged and recent["stretch"].weaker == "right"
    assert not recent["clamshells"].flagged
    assert [b.exercise_id for b in charts.balance(known, None, BERLIN)] == ["clamshells", "stretch"]


def test_exactly_ten_percent_is_not_flagged():
    assert not charts.Balance("x", "X", "reps", 90, 100).flagged
    assert charts.Balance("x", "X", "reps", 89, 100).flagged
    assert charts.Balance("x", "X", "reps", 100, 89).flagged
    assert charts.Balance("x", "X", "reps", 0, 0).ratio is None


def test_sessions_table_and_effort(known):
    table = charts.session_summaries(known, None, BERLIN)
    assert len(table) == 6 and table[0].started_at > table[-1].started_at
    first = table[-1]
    assert (first.sets_done, first.sets_skipped, first.sets_planned) == (6, 1, 7)
    assert first.reps == 57 and first.hold_seconds == 100 and first.effort == 6
    assert first.minutes == pytest.approx(14)
    efforts = charts.effort_points(known, None, BERLIN)
    assert [(p.day.day, p.effort) for p in efforts] == [(2, 6), (4, 7), (10, 5), (16, 4), (17, 8)]
    recent = charts.session_summaries(known, date(2026, 3, 10), BERLIN)
    assert len(recent) == 3


def test_load_history_for_a_range(known):
    data = charts.load_history(known, 8, None, today=TODAY, tz=BERLIN)
    assert len(data.weeks) == 8 and data.weeks[-1] == date(2026, 3, 16)
    assert data.exercise.id == "clamshells"
    assert [e.id for e in data.exercises] == ["clamshells", "stretch", "plank"]
    assert [e.sided for e in data.exercises] == [True, True, False]
    assert [(w.left, w.right) for w in data.work[-3:]] == CLAMS_PER_WEEK
    assert [w.sessions for w in data.sessions_per_week[-3:]] == SESSIONS_PER_WEEK
    assert sum(w.sessions for w in data.sessions_per_week) == 6
    held = charts.load_history(known, None, "stretch", today=TODAY, tz=BERLIN)
    assert held.weeks == WEEKS and held.exercise.unit == "s"
    assert [(w.left, w.right) for w in held.work] == STRETCH_PER_WEEK
    assert not held.has_demo


def test_an_empty_history_loads(store):
    data = charts.load_history(store, None, today=TODAY, tz=BERLIN)
    assert data.weeks == [date(2026, 3, 16)] and data.exercise is None
    assert data.work == [] and data.balance == [] and data.sessions == []
    assert data.sessions_per_week[0].sessions == 0 and data.streak == 0


def test_last_session_for_the_start_view(store):
    assert charts.last_session(store) is None
    store.add_sessions(known_records())
    last = charts.last_session(store)
    assert last is not None and last.effort == 8 and last.hold_seconds == 55
    assert last.started_at == max(r.started_at for r in known_records())


def test_too_little_work_is_not_flagged():
    # One partial rep: 0 left against 1 right is 100 % apart but no finding.
    first_try = charts.Balance("x", "X", "reps", 0, 1)
    assert first_try.difference == 1.0 and not first_try.enough and not first_try.flagged
    assert not charts.Balance("x", "X", "reps", 5, 9).flagged
    assert charts.Balance("x", "X", "reps", 5, charts.MIN_REPS_TO_COMPARE).flagged
    assert not charts.Balance("x", "X", "hold", 0, 29).flagged
    assert charts.Balance("x", "X", "hold", 0, charts.MIN_SECONDS_TO_COMPARE).flagged
