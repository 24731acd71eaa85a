"""Local calendar weeks (Monday to Sunday) for the charts, and the pure bucketing of a
history into them: weeks, months of weeks (periods), streaks. No database here: the
store (hiptimer.store.charts) reads the rows, this module sorts them into weeks.

A week is found from the local calendar date, never by adding 7 * 86400 seconds to a
timestamp: weeks that contain a daylight-saving change are 167 or 169 hours long, and
fixed-length arithmetic would move sessions near midnight into the wrong week.
`tz=None` means the computer's own time zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

WEEK = timedelta(days=7)
# Longer ranges than this are drawn month by month (as weekly averages): 500 thin bars
# tell nobody anything.
MONTHLY_AFTER_WEEKS = 104


def local_datetime(timestamp: float, tz: tzinfo | None = None) -> datetime:
    if tz is None:
        return datetime.fromtimestamp(timestamp).astimezone()
    return datetime.fromtimestamp(timestamp, tz)


def local_date(timestamp: float, tz: tzinfo | None = None) -> date:
    if tz is None:
        return datetime.fromtimestamp(timestamp).date()
    return datetime.fromtimestamp(timestamp, tz).date()


def week_start(day: date) -> date:
    """The Monday of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday())


def week_starts(first: date, last: date) -> list[date]:
    """Every Monday from the week of `first` to the week of `last`, in order."""
    monday, end = week_start(first), week_start(last)
    weeks = []
    while monday <= end:
        weeks.append(monday)
        monday += WEEK
    return weeks


def range_start(today: date, weeks: int | None) -> date | None:
    """The Monday opening a range of `weeks` weeks that ends with this week; None = all time."""
    if weeks is None:
        return None
    return week_start(today) - WEEK * (weeks - 1)


def start_timestamp(day: date, tz: tzinfo | None = None) -> float:
    """The first moment of a local calendar day, as a Unix timestamp."""
    midnight = datetime.combine(day, time(0, 0))
    if tz is None:
        return midnight.timestamp()
    return midnight.replace(tzinfo=tz).timestamp()


def today(tz: tzinfo | None = None) -> date:
    return datetime.now(tz).date()


def count_by_week(days: Iterable[date]) -> dict[date, int]:
    """How many of days fall in each week, keyed by the week's Monday."""
    counts: dict[date, int] = {}
    for day in days:
        monday = week_start(day)
        counts[monday] = counts.get(monday, 0) + 1
    return counts


def streak_from_counts(counts: dict[date, int], this_week: date, plan: int) -> int:
    """Weeks in a row that met the plan, up to now.

    The current week counts once it meets the plan; until then it does not break the
    streak (there are days left), so the count runs back from last week.
    """
    weeks = 0
    monday = this_week
    if counts.get(monday, 0) < plan:
        monday -= WEEK
    while counts.get(monday, 0) >= plan:
        weeks += 1
        monday -= WEEK
    return weeks


@dataclass(frozen=True)
class WeekSides:
    """One week of one exercise: reps (or seconds held) per side; `both` for unsided work."""

    week: date
    left: float = 0.0
    right: float = 0.0
    both: float = 0.0


@dataclass(frozen=True)
class WeekSessions:
    week: date
    sessions: int
    plan: int

    @property
    def on_plan(self) -> bool:
        return self.sessions >= self.plan


@dataclass(frozen=True)
class Periods:
    """What one bar stands for: a week, or (for long ranges) a calendar month of weeks.

    A week belongs to the month its Monday is in. `members[i]` lists the indexes (into
    the week axis) of the weeks in period i.
    """

    starts: list[date]
    members: list[list[int]]
    monthly: bool

    def __len__(self) -> int:
        return len(self.starts)


def periods(weeks: list[date], monthly: bool | None = None) -> Periods:
    if monthly is None:
        monthly = len(weeks) > MONTHLY_AFTER_WEEKS
    if not monthly:
        return Periods(list(weeks), [[i] for i in range(len(weeks))], False)
    starts: list[date] = []
    members: list[list[int]] = []
    for index, monday in enumerate(weeks):
        first = monday.replace(day=1)
        if not starts or starts[-1] != first:
            starts.append(first)
            members.append([])
        members[-1].append(index)
    return Periods(starts, members, True)


@dataclass(frozen=True)
class PeriodWork:
    """Work in one period, as a weekly average (equal to the week's total for a week)."""

    start: date
    weeks: int
    left: float
    right: float
    both: float


@dataclass(frozen=True)
class PeriodSessions:
    start: date
    weeks: int
    sessions: int
    weeks_on_plan: int
    plan: int

    @property
    def per_week(self) -> float:
        return self.sessions / self.weeks if self.weeks else 0.0

    @property
    def on_plan(self) -> bool:
        return self.per_week >= self.plan


def work_by_period(rows: list[WeekSides], spans: Periods) -> list[PeriodWork]:
    result = []
    for start, members in zip(spans.starts, spans.members, strict=True):
        n = len(members)
        result.append(
            PeriodWork(
                start,
                n,
                sum(rows[i].left for i in members) / n,
                sum(rows[i].right for i in members) / n,
                sum(rows[i].both for i in members) / n,
            )
        )
    return result


def sessions_by_period(rows: list[WeekSessions], spans: Periods) -> list[PeriodSessions]:
    plan = rows[0].plan if rows else 0
    return [
        PeriodSessions(
            start,
            len(members),
            sum(rows[i].sessions for i in members),
            sum(rows[i].on_plan for i in members),
            plan,
        )
        for start, members in zip(spans.starts, spans.members, strict=True)
    ]
