"""What the History window's progression charts show (issue 15): per exercise and side,
week by week, the reps (or hold seconds) done per set, the resistance level and the
highest pain during the exercise. Kept apart from store/charts.py on purpose."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from hiptimer.core.weeks import week_start
from hiptimer.store.history import STATUS_ENDED_EARLY, STATUS_FINISHED, HistoryStore


@dataclass(frozen=True)
class WeekProgress:
    """One side of one exercise in one week; None where nothing was done or answered."""

    week: date
    amount: float | None  # mean reps per set, or seconds per hold
    level: str | None  # the level last used that week
    pain: int | None  # the highest pain during the exercise that week


def weekly_progress(
    store: HistoryStore,
    exercise_id: str,
    weeks: Sequence[date],
    tz: tzinfo | None = None,
) -> dict[str, list[WeekProgress]]:
    """Per side ("left", "right", or "" for an exercise without sides), one entry per
    week of `weeks` (Mondays, oldest first)."""
    rows = store.connection.execute(
        "SELECT s.started_at, COALESCE(t.side, ''), AVG(COALESCE(t.reps_done, t.hold_done_s)),"
        " (SELECT f.level FROM exercise_feedback f WHERE f.session_id = s.id"
        "  AND f.exercise_id = t.exercise_id AND f.side = COALESCE(t.side, '')),"
        " (SELECT f.pain_during FROM exercise_feedback f WHERE f.session_id = s.id"
        "  AND f.exercise_id = t.exercise_id AND f.side = COALESCE(t.side, ''))"
        " FROM sessions s JOIN sets t ON t.session_id = s.id"
        " WHERE t.exercise_id = ? AND s.status IN (?, ?)"
        " GROUP BY s.id, COALESCE(t.side, '') ORDER BY s.started_at",
        (exercise_id, STATUS_FINISHED, STATUS_ENDED_EARLY),
    ).fetchall()
    wanted = set(weeks)
    found: dict[str, dict[date, tuple[list[float], str | None, int | None]]] = {}
    for started, side, amount, level, pain in rows:
        week = week_start(datetime.fromtimestamp(float(started), tz).date())
        if week not in wanted:
            continue
        amounts, last_level, worst = found.setdefault(side, {}).get(week, ([], None, None))
        if amount is not None:
            amounts.append(float(amount))
        if pain is not None:
            worst = int(pain) if worst is None else max(worst, int(pain))
        found[side][week] = (amounts, level if level is not None else last_level, worst)
    return {
        side: [
            WeekProgress(
                week,
                sum(a) / len(a) if (a := by_week.get(week, ([], None, None))[0]) else None,
                by_week.get(week, ([], None, None))[1],
                by_week.get(week, ([], None, None))[2],
            )
            for week in weeks
        ]
        for side, by_week in sorted(found.items())
    }


def level_marks(series: Sequence[WeekProgress]) -> list[tuple[int, str]]:
    """(week index, new level) where the level changed from the week before it had one."""
    marks: list[tuple[int, str]] = []
    last: str | None = None
    for index, week in enumerate(series):
        if week.level is None:
            continue
        if last is not None and week.level != last:
            marks.append((index, week.level))
        last = week.level
    return marks
