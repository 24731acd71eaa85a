"""The History window's sums in SQL (hiptimer.store.aggregates) against the plain queries
of hiptimer.store.charts, the totals the triggers keep, and the per-profile cache."""

import random
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from hiptimer.core.routine import Mode, Side
from hiptimer.core.session import SetResult
from hiptimer.core.weeks import local_date, range_start, start_timestamp, week_starts
from hiptimer.store import aggregates, charts
from hiptimer.store.demo import demo_sessions
from tests.store.known import BERLIN, ROUTINE, TODAY, known_records

NEW_YORK = ZoneInfo("America/New_York")


def recounted(con):
    """The totals worked out afresh from every set, as the triggers should keep them."""
    sessions = con.execute(
        "SELECT session_id, SUM(skipped = 0), SUM(skipped), SUM(COALESCE(reps_done, 0)),"
        " SUM(CAST(ROUND(COALESCE(hold_done_s, 0) * 1000) AS INTEGER)), SUM(active_s)"
        " FROM sets GROUP BY session_id ORDER BY session_id"
    ).fetchall()
    sides = con.execute(
        "SELECT exercise_id, side, COUNT(*), SUM(COALESCE(reps_done, 0)),"
        " SUM(CAST(ROUND(COALESCE(hold_done_s, 0) * 1000) AS INTEGER))"
        " FROM sets WHERE side IS NOT NULL GROUP BY exercise_id, side ORDER BY 1, 2"
    ).fetchall()
    exercises = con.execute(
        "SELECT t.exercise_id, s.started_at, t.session_id, COALESCE(t.side, ''), COUNT(*),"
        " SUM(CASE WHEN t.mode = 'hold' THEN CAST(ROUND(COALESCE(t.hold_done_s, 0) * 1000)"
        " AS INTEGER) ELSE COALESCE(t.reps_done, 0) * 1000 END)"
        " FROM sets t JOIN sessions s ON s.id = t.session_id"
        " GROUP BY 1, 3, 4 ORDER BY 1, 2, 3, 4"
    ).fetchall()
    return sessions, sides, exercises


def kept(con):
    sessions = con.execute(
        "SELECT session_id, sets_done, sets_skipped, reps, held_ms, active_s"
        " FROM session_totals ORDER BY session_id"
    ).fetchall()
    sides = con.execute(
        "SELECT exercise_id, side, sets, reps, held_ms FROM side_totals ORDER BY 1, 2"
    ).fetchall()
    exercises = con.execute(
        "SELECT exercise_id, started_at, session_id, side, sets, amount_ms"
        " FROM exercise_totals ORDER BY 1, 2, 3, 4"
    ).fetchall()
    return sessions, sides, exercises


def approx_rows(rows):
    return [tuple(round(v, 6) if isinstance(v, float) else v for v in row) for row in rows]


def same_totals(con):
    (kept_sessions, kept_sides, kept_work), (fresh_sessions, fresh_sides, fresh_work) = (
        kept(con),
        recounted(con),
    )
    assert approx_rows(kept_sessions) == approx_rows(fresh_sessions)
    assert kept_sides == fresh_sides
    assert kept_work == fresh_work


def rounded(weeks):
    return [(w.week, round(w.left, 6), round(w.right, 6), round(w.both, 6)) for w in weeks]


def a_set(index, reps, side=Side.LEFT, skipped=False):
    return SetResult(
        step_index=index,
        exercise_id="clamshells",
        exercise_name="Clamshells",
        side=side,
        set_no=1,
        sets=2,
        mode=Mode.REPS,
        reps_target=15,
        reps_done=reps,
        hold_target=None,
        hold_done=None,
        skipped=skipped,
        active_seconds=40.0,
        started_at=1.0,
        ended_at=41.0,
    )


def test_triggers_keep_the_totals_through_every_kind_of_write(store):
    con = store.connection
    store.add_sessions(known_records())
    same_totals(con)
    session = store.begin_session(ROUTINE, datetime(2026, 3, 18, 9).timestamp())
    store.record_set(session, a_set(0, 15), "mat")
    store.record_set(session, a_set(1, 9, Side.RIGHT, skipped=True), "mat")
    same_totals(con)
    # Doing a set again (after "back") replaces it: the update trigger moves the totals.
    store.record_set(session, a_set(0, 12, Side.RIGHT), "mat")
    same_totals(con)
    # A session's start never moves, but should it, the weekly sums follow it.
    con.execute("UPDATE sessions SET started_at = started_at + 60 WHERE id = ?", (session,))
    same_totals(con)
    assert con.execute(
        "SELECT sets_done, sets_skipped, reps FROM session_totals WHERE session_id = ?",
        (session,),
    ).fetchone() == (1, 1, 21)
    store.add_sessions(demo_sessions(3, today=TODAY), replace_demo=True)
    same_totals(con)
    assert store.delete_demo_sessions() > 0
    same_totals(con)
    store.delete_session(session)
    same_totals(con)
    assert con.execute(
        "SELECT COUNT(*) FROM session_totals WHERE session_id = ?", (session,)
    ).fetchone() == (0,)


@pytest.mark.parametrize("tz", [BERLIN, NEW_YORK])
@pytest.mark.parametrize("weeks", [8, 26, None])
def test_load_history_matches_the_plain_queries(store, tz, weeks):
    """Three years of made-up sessions (random times of day, across every DST change): the
    SQL sums per week agree with the plain per-session queries, range by range."""
    store.add_sessions(demo_sessions(160, today=TODAY, tz=tz))
    store.add_sessions(known_records(tz))
    data = charts.load_history(store, weeks, today=TODAY, tz=tz, cache=False)
    since = range_start(TODAY, weeks)
    axis = charts.week_axis(store, since, TODAY, tz)
    assert data.weeks == axis
    for info in data.exercises:
        chosen = charts.load_history(store, weeks, info.id, today=TODAY, tz=tz, cache=False)
        plain = charts.work_per_week(store, info.id, axis, tz)
        assert rounded(chosen.work) == rounded(plain)
    assert data.sessions_per_week == charts.sessions_per_week(store, axis, tz)
    assert data.streak == charts.current_streak(store, TODAY, tz)
    plain = charts.balance(store, since, tz)
    assert [(b.exercise_id, b.mode) for b in data.balance] == [
        (b.exercise_id, b.mode) for b in plain
    ]
    for mine, theirs in zip(data.balance, plain, strict=True):
        assert mine.left == pytest.approx(theirs.left, abs=0.01)
        assert mine.right == pytest.approx(theirs.right, abs=0.01)
    summaries = charts.session_summaries(store, since, tz)
    assert len(data.sessions) == len(summaries) > 0
    assert [s.session_id for s in data.sessions] == [s.session_id for s in summaries]
    for mine, theirs in zip(data.sessions, summaries, strict=True):
        assert mine.hold_seconds == pytest.approx(theirs.hold_seconds, abs=0.01)
        assert mine.__dict__ | {"hold_seconds": 0} == theirs.__dict__ | {"hold_seconds": 0}
    assert data.effort == charts.effort_points(store, since, tz)


def test_the_sessions_table_reads_page_by_page(store, monkeypatch):
    monkeypatch.setattr(aggregates.SessionPages, "PAGE", 7)
    store.add_sessions(demo_sessions(12, today=TODAY, tz=BERLIN))
    data = charts.load_history(store, None, today=TODAY, tz=BERLIN, cache=False)
    plain = charts.session_summaries(store, None, BERLIN)
    assert len(data.sessions) == len(plain) > 20
    assert data.sessions[0] == plain[0] and data.sessions[-1] == plain[-1]
    assert data.sessions[6:9] == plain[6:9]
    assert list(data.sessions) == plain and data.sessions == plain
    with pytest.raises(IndexError):
        data.sessions[len(plain)]


@pytest.mark.parametrize("tz", [BERLIN, NEW_YORK, None])
def test_local_days_by_arithmetic_agree_with_the_time_zone(tz):
    weeks = week_starts(date(2025, 1, 1), date(2026, 12, 31))
    bounds = aggregates.week_bounds(weeks, tz)
    days = aggregates.LocalDays(weeks, bounds, tz)
    shuffle = random.Random(19)
    moments = [bounds[0] - 3600.0, bounds[-1] + 60.0]
    for week in weeks:
        start = start_timestamp(week, tz)
        moments += [start, start - 1, start + 7 * 86400 - 1]
        moments += [start + shuffle.uniform(0, 7 * 86400) for _ in range(3)]
    # Oldest first as the store reads them, then in any order.
    for moment in sorted(moments) + shuffle.sample(moments, len(moments)):
        assert days.day(moment) == local_date(moment, tz), datetime.fromtimestamp(moment, tz)
    for order in (sorted(moments), shuffle.sample(moments, len(moments))):
        many = aggregates.LocalDays(weeks, bounds, tz).many(order)
        assert many == [local_date(moment, tz) for moment in order]


def test_answers_are_kept_until_the_history_changes(store):
    store.add_sessions(known_records())
    first = charts.load_history(store, None, today=TODAY, tz=BERLIN)
    assert charts.load_history(store, None, today=TODAY, tz=BERLIN) is first
    # Another question is another answer.
    assert charts.load_history(store, 8, today=TODAY, tz=BERLIN) is not first
    session = store.begin_session(ROUTINE, datetime(2026, 3, 18, 9, tzinfo=BERLIN).timestamp())
    store.record_set(session, a_set(0, 15), "mat")
    after = charts.load_history(store, None, "clamshells", today=TODAY, tz=BERLIN)
    assert after is not first
    before_work = charts.load_history(store, None, "clamshells", today=TODAY, tz=BERLIN)
    assert before_work is after
    this_week = after.work[-1]
    store.record_set(session, a_set(1, 10), "mat")
    newer = charts.load_history(store, None, "clamshells", today=TODAY, tz=BERLIN)
    assert newer.work[-1].left == this_week.left + 10
    # A write through another connection (the command line) is seen too.
    import sqlite3

    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute(
        "INSERT INTO settings (key, value) VALUES ('plan_per_week', '5')"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )
    other.close()
    replanned = charts.load_history(store, None, "clamshells", today=TODAY, tz=BERLIN)
    assert replanned is not newer and replanned.plan == 5
