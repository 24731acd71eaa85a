"""What the History window draws, computed from the database: no Qt here.

Everything is bucketed by local calendar week (the pure bucketing, periods and streaks
are in hiptimer.core.weeks; this module reads the database). A range is a number of
weeks ending with the current one, or None for all time. `tz` is a tzinfo (None: the
computer's own zone); tests pass zoneinfo zones.

`load_history(...)` gathers one screenful; the smaller functions answer one question each.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo

from hiptimer.core.weeks import (
    WeekProgress,
    WeekSessions,
    WeekSides,
    count_by_week,
    local_date,
    range_start,
    start_timestamp,
    streak_from_counts,
    week_start,
    week_starts,
)
from hiptimer.core.weeks import today as local_today
from hiptimer.store import aggregates
from hiptimer.store.history import SOURCE_DEMO, HistoryStore

# The ranges the window offers, in weeks (None: all time).
RANGE_8_WEEKS = 8
RANGE_6_MONTHS = 26
RANGE_ALL = None
# Sides differing by more than this share of the stronger side's work are flagged.
IMBALANCE_LIMIT = 0.10
# ... once the stronger side did at least one set's worth (the built-in sets are 12-15
# reps and 30 s holds). Below that a 10 % gap is less than one rep, and a gap is one set
# cut short (a doorbell, a cramp), not a weaker hip: 0 left against 1 right is no finding.
MIN_REPS_TO_COMPARE = 10
MIN_SECONDS_TO_COMPARE = 30


@dataclass(frozen=True)
class ExerciseInfo:
    id: str
    name: str
    mode: str  # 'reps' or 'hold'
    sided: bool

    @property
    def unit(self) -> str:
        return "s" if self.mode == "hold" else "reps"


@dataclass(frozen=True)
class Balance:
    exercise_id: str
    name: str
    mode: str
    left: float
    right: float

    @property
    def ratio(self) -> float | None:
        """Right over left; None when the left side has nothing."""
        return None if self.left == 0 else self.right / self.left

    @property
    def difference(self) -> float:
        """How much less the weaker side did, as a share of the stronger side (0..1)."""
        stronger = max(self.left, self.right)
        return 0.0 if stronger == 0 else 1.0 - min(self.left, self.right) / stronger

    @property
    def enough(self) -> bool:
        """Whether there is enough work to compare the sides (see MIN_REPS_TO_COMPARE)."""
        least = MIN_SECONDS_TO_COMPARE if self.mode == "hold" else MIN_REPS_TO_COMPARE
        return max(self.left, self.right) >= least

    @property
    def flagged(self) -> bool:
        return self.enough and self.difference > IMBALANCE_LIMIT

    @property
    def weaker(self) -> str | None:
        if self.left == self.right:
            return None
        return "left" if self.left < self.right else "right"


@dataclass(frozen=True)
class SessionSummary:
    session_id: int
    started_at: float
    ended_at: float | None
    routine: str
    status: str
    sets_done: int
    sets_skipped: int
    sets_planned: int
    reps: int
    hold_seconds: float
    active_seconds: float
    effort: int | None
    note: str
    demo: bool

    @property
    def minutes(self) -> float | None:
        if self.ended_at is None:
            return None
        return max(self.ended_at - self.started_at, 0.0) / 60


@dataclass(frozen=True)
class EffortPoint:
    day: date
    started_at: float
    effort: int


@dataclass(frozen=True)
class HistoryData:
    """One screenful of the History window."""

    weeks: list[date]
    exercises: list[ExerciseInfo]
    exercise: ExerciseInfo | None
    work: list[WeekSides]
    sessions_per_week: list[WeekSessions]
    streak: int
    plan: int
    balance: list[Balance]
    sessions: Sequence[SessionSummary]
    effort: list[EffortPoint]
    has_demo: bool = False
    timings: dict[str, float] = field(default_factory=dict, compare=False)


def _since_clause(since: date | None, tz: tzinfo | None) -> float:
    return float("-inf") if since is None else start_timestamp(since, tz)


def exercises(store: HistoryStore) -> list[ExerciseInfo]:
    """Every exercise in the history, in routine order (as last done)."""
    con = store.connection
    # Hop from one exercise id to the next along the index instead of reading every set.
    ids = [
        row[0]
        for row in con.execute(
            "WITH RECURSIVE e (id) AS (SELECT MIN(exercise_id) FROM sets"
            " UNION ALL SELECT (SELECT MIN(exercise_id) FROM sets WHERE exercise_id > e.id)"
            " FROM e WHERE e.id IS NOT NULL) SELECT id FROM e WHERE id IS NOT NULL"
        )
    ]
    found = []
    for exercise_id in ids:
        # Names and order follow the latest session that had the exercise.
        name, mode, step = con.execute(
            "SELECT exercise_name, mode, step_index FROM sets WHERE exercise_id = ?1"
            " AND session_id = (SELECT MAX(session_id) FROM sets WHERE exercise_id = ?1)"
            " ORDER BY step_index LIMIT 1",
            (exercise_id,),
        ).fetchone()
        sided = con.execute(
            "SELECT EXISTS (SELECT 1 FROM sets WHERE exercise_id = ? AND side IS NOT NULL)",
            (exercise_id,),
        ).fetchone()[0]
        found.append((step, name, ExerciseInfo(exercise_id, name, mode, bool(sided))))
    return [info for _step, _name, info in sorted(found)]


def first_session_day(store: HistoryStore, tz: tzinfo | None = None) -> date | None:
    row = store.connection.execute("SELECT MIN(started_at) FROM sessions").fetchone()
    return None if row[0] is None else local_date(row[0], tz)


def week_axis(
    store: HistoryStore, since: date | None, today: date, tz: tzinfo | None = None
) -> list[date]:
    """The Mondays a chart shows: from the range start (or the first session) to this week."""
    first = since if since is not None else first_session_day(store, tz)
    return week_starts(first or today, today)


def _sets_in_range(since: date | None, tz: tzinfo | None) -> tuple[str, tuple[float, ...]]:
    """FROM clause and parameters for the sets of sessions starting on or after `since`.

    All time reads the sets alone; a range walks the sessions by start time first and
    then their sets (CROSS JOIN fixes that order), touching only the range's rows.
    """
    if since is None:
        return "sets t", ()
    return (
        "sessions s CROSS JOIN sets t ON t.session_id = s.id AND s.started_at >= ?",
        (start_timestamp(since, tz),),
    )


def work_per_week(
    store: HistoryStore, exercise_id: str, weeks: list[date], tz: tzinfo | None = None
) -> list[WeekSides]:
    """Reps per side per week (seconds held for a hold exercise); a set cut short counts
    what was done before it stopped."""
    if not weeks:
        return []
    con = store.connection
    source, params = _sets_in_range(weeks[0], tz)
    rows = con.execute(
        f"SELECT t.session_id, t.side, SUM(COALESCE(t.reps_done, 0)),"
        f" SUM(COALESCE(t.hold_done_s, 0)), MAX(t.mode = 'hold')"
        f" FROM {source} WHERE t.exercise_id = ? GROUP BY t.session_id, t.side",
        (*params, exercise_id),
    ).fetchall()
    starts = dict(
        con.execute(
            "SELECT id, started_at FROM sessions WHERE started_at >= ?",
            (start_timestamp(weeks[0], tz),),
        ).fetchall()
    )
    totals = {week: [0.0, 0.0, 0.0] for week in weeks}
    slot = {"left": 0, "right": 1, None: 2}
    days: dict[int, date] = {}
    for session_id, side, reps, held, is_hold in rows:
        started = starts.get(session_id)
        if started is None:
            continue
        day = days.get(session_id)
        if day is None:
            day = days[session_id] = local_date(started, tz)
        bucket = totals.get(week_start(day))
        if bucket is not None:
            bucket[slot[side]] += held if is_hold else reps
    return [WeekSides(week, *totals[week]) for week in weeks]


def _session_days(con: sqlite3.Connection, since: date | None, tz: tzinfo | None) -> Iterable[date]:
    # A session counts when at least one set in it was done (not skipped).
    rows = con.execute(
        "SELECT started_at FROM sessions s WHERE started_at >= ? AND EXISTS"
        " (SELECT 1 FROM sets t WHERE t.session_id = s.id AND t.skipped = 0)",
        (_since_clause(since, tz),),
    )
    return (local_date(row[0], tz) for row in rows)


def sessions_per_week(
    store: HistoryStore, weeks: list[date], tz: tzinfo | None = None
) -> list[WeekSessions]:
    plan = store.plan_per_week
    counts = count_by_week(_session_days(store.connection, weeks[0] if weeks else None, tz))
    return [WeekSessions(week, counts.get(week, 0), plan) for week in weeks]


def current_streak(store: HistoryStore, today: date | None = None, tz: tzinfo | None = None) -> int:
    counts = count_by_week(_session_days(store.connection, None, tz))
    return streak_from_counts(counts, week_start(today or local_today(tz)), store.plan_per_week)


def balance(
    store: HistoryStore,
    since: date | None = None,
    tz: tzinfo | None = None,
    known: list[ExerciseInfo] | None = None,
) -> list[Balance]:
    """Left against right per exercise worked on both sides, over the range."""
    source, params = _sets_in_range(since, tz)
    rows = store.connection.execute(
        "SELECT t.exercise_id,"
        " SUM(CASE WHEN t.side = 'left' THEN COALESCE(t.reps_done, 0) END),"
        " SUM(CASE WHEN t.side = 'right' THEN COALESCE(t.reps_done, 0) END),"
        " SUM(CASE WHEN t.side = 'left' THEN COALESCE(t.hold_done_s, 0) END),"
        " SUM(CASE WHEN t.side = 'right' THEN COALESCE(t.hold_done_s, 0) END)"
        f" FROM {source} GROUP BY t.exercise_id",
        params,
    ).fetchall()
    infos = exercises(store) if known is None else known
    order = {info.id: n for n, info in enumerate(infos)}
    by_id = {info.id: info for info in infos}
    result = []
    for exercise_id, left_reps, right_reps, left_held, right_held in rows:
        info = by_id.get(exercise_id)
        if info is None or left_reps is None or right_reps is None:
            continue  # worked on one side (or none) in this range
        hold = info.mode == "hold"
        left = left_held if hold else left_reps
        right = right_held if hold else right_reps
        result.append(Balance(exercise_id, info.name, info.mode, float(left), float(right)))
    return sorted(result, key=lambda b: order.get(b.exercise_id, len(order)))


def session_summaries(
    store: HistoryStore,
    since: date | None = None,
    tz: tzinfo | None = None,
    *,
    started_at: float | None = None,
) -> list[SessionSummary]:
    """The sessions in the range (or the one starting at `started_at`), newest first,
    with what was done in each."""
    low = _since_clause(since, tz) if started_at is None else started_at
    high = float("inf") if started_at is None else started_at
    rows = store.connection.execute(
        "SELECT s.id, s.started_at, s.ended_at, s.routine_name, s.status,"
        " COALESCE(SUM(t.skipped = 0), 0), COALESCE(SUM(t.skipped), 0), s.sets_planned,"
        " COALESCE(SUM(t.reps_done), 0), COALESCE(SUM(t.hold_done_s), 0),"
        " COALESCE(SUM(t.active_s), 0), s.effort, s.note, s.source = ?"
        " FROM sessions s LEFT JOIN sets t ON t.session_id = s.id"
        " WHERE s.started_at BETWEEN ? AND ? GROUP BY s.id ORDER BY s.started_at DESC",
        (SOURCE_DEMO, low, high),
    ).fetchall()
    return [_summary(r) for r in rows]


def last_session(store: HistoryStore) -> SessionSummary | None:
    """The newest session, for a line such as 'Last session: Tuesday, 21 min, effort 6'."""
    row = store.connection.execute("SELECT MAX(started_at) FROM sessions").fetchone()
    if row[0] is None:
        return None
    found = session_summaries(store, None, None, started_at=row[0])
    return found[0] if found else None


def effort_points(
    store: HistoryStore, since: date | None = None, tz: tzinfo | None = None
) -> list[EffortPoint]:
    rows = store.connection.execute(
        "SELECT started_at, effort FROM sessions WHERE started_at >= ? AND effort IS NOT NULL"
        " ORDER BY started_at",
        (_since_clause(since, tz),),
    ).fetchall()
    return [EffortPoint(local_date(started, tz), started, effort) for started, effort in rows]


def load_history(
    store: HistoryStore,
    weeks: int | None = RANGE_8_WEEKS,
    exercise_id: str | None = None,
    *,
    today: date | None = None,
    tz: tzinfo | None = None,
    cache: bool = True,
) -> HistoryData:
    """Everything the History window shows for a range and a chosen exercise.

    `exercise_id` None (or unknown) picks the first exercise in routine order. The sums
    come from hiptimer.store.aggregates, per week in SQL; the answer is kept per profile
    until the history changes (`cache=False` asks the database again).
    """
    today = today or local_today(tz)
    if not cache:
        return _load(store, weeks, exercise_id, today, tz)
    key = ("history", weeks, exercise_id, today, tz)
    return aggregates.cached(store, key, lambda: _load(store, weeks, exercise_id, today, tz))


def _load(
    store: HistoryStore,
    weeks: int | None,
    exercise_id: str | None,
    today: date,
    tz: tzinfo | None,
) -> HistoryData:
    con = store.connection
    marks = [time.perf_counter()]
    since = range_start(today, weeks)
    first = first_session_day(store, tz)
    axis = week_starts(since or first or today, today)
    bounds = aggregates.week_bounds(axis, tz)
    known = exercises(store)
    chosen = next((e for e in known if e.id == exercise_id), known[0] if known else None)
    work = aggregates.work_by_week(con, chosen.id, axis, bounds) if chosen else []
    marks.append(time.perf_counter())
    plan = store.plan_per_week
    # The streak counts every week back from this one, whatever the range shows.
    every = week_starts(first or today, today)
    if every == axis:
        counted = aggregates.sessions_by_week(con, bounds)
    else:
        counted = aggregates.sessions_by_week(con, aggregates.week_bounds(every, tz))
    counts = dict(zip(every, counted, strict=True))
    per_week = [WeekSessions(week, counts.get(week, 0), plan) for week in axis]
    streak = streak_from_counts(counts, week_start(today), plan)
    marks.append(time.perf_counter())
    low = None if since is None else start_timestamp(since, tz)
    by_id = {info.id: info for info in known}
    order = {info.id: n for n, info in enumerate(known)}
    sides = []
    for exercise_id_, left_reps, left_held, right_reps, right_held in aggregates.side_sums(
        con, low
    ):
        info = by_id.get(exercise_id_)
        if info is None:
            continue
        hold = info.mode == "hold"
        left, right = (left_held, right_held) if hold else (left_reps, right_reps)
        sides.append(Balance(exercise_id_, info.name, info.mode, left, right))
    sides.sort(key=lambda b: order.get(b.exercise_id, len(order)))
    marks.append(time.perf_counter())
    start = float("-inf") if low is None else low
    table = aggregates.SessionPages(con, start, float("inf"), SOURCE_DEMO, _summary)
    rated = aggregates.efforts(con, start)
    days = aggregates.LocalDays(axis, bounds, tz).many([at for at, _ in rated])
    points = [EffortPoint(day, at, effort) for day, (at, effort) in zip(days, rated, strict=True)]
    marks.append(time.perf_counter())
    names = ("work", "adherence", "balance", "sessions")
    return HistoryData(
        weeks=axis,
        exercises=known,
        exercise=chosen,
        work=work,
        sessions_per_week=per_week,
        streak=streak,
        plan=plan,
        balance=sides,
        sessions=table,
        effort=points,
        has_demo=store.session_count(demo=True) > 0,
        timings={n: b - a for n, a, b in zip(names, marks, marks[1:], strict=False)},
    )


def _summary(r: tuple) -> SessionSummary:  # type: ignore[type-arg]
    return SessionSummary(
        session_id=r[0],
        started_at=r[1],
        ended_at=r[2],
        routine=r[3],
        status=r[4],
        sets_done=r[5],
        sets_skipped=r[6],
        sets_planned=r[7],
        reps=r[8],
        hold_seconds=r[9],
        active_seconds=r[10],
        effort=r[11],
        note=r[12],
        demo=bool(r[13]),
    )


def done_days(store: HistoryStore, since: date, tz: tzinfo | None = None) -> list[date]:
    """The local days with a session that did some work, from `since` on (one per session)."""
    return sorted(_session_days(store.connection, since, tz))


def week_progress(
    store: HistoryStore, today: date | None = None, tz: tzinfo | None = None
) -> WeekProgress:
    """This week's sessions done against the plan, and the weeks kept in a row."""
    today = today or local_today(tz)
    monday = week_start(today)
    done = sum(1 for day in _session_days(store.connection, monday, tz) if day <= today)
    return WeekProgress(done, store.weekly_plan.per_week, current_streak(store, today, tz))
