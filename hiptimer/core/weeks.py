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

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate

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


# The weekday a week starts on (0 = Monday, as ISO weeks; 6 = Sunday), as the person's
# locale says: set once at start-up by the window (hiptimer.ui.translation), Monday until
# then. Every week the charts, streaks and plans count starts on it.
_first_weekday = 0


def set_first_weekday(weekday: int) -> None:
    global _first_weekday  # noqa: PLW0603 - one calendar per process, set at start-up
    _first_weekday = weekday % 7


def first_weekday() -> int:
    return _first_weekday


def week_start(day: date) -> date:
    """The first day of the week holding `day`: its Monday unless the locale starts
    weeks on another day (`set_first_weekday`)."""
    return day - timedelta(days=(day.weekday() - _first_weekday) % 7)


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


# --- the weekly plan ----------------------------------------------------------------

# In English; translated where shown: translate("Weeks", DAY_NAMES[day]).
DAY_NAMES = (
    QT_TRANSLATE_NOOP("Weeks", "Monday"),
    QT_TRANSLATE_NOOP("Weeks", "Tuesday"),
    QT_TRANSLATE_NOOP("Weeks", "Wednesday"),
    QT_TRANSLATE_NOOP("Weeks", "Thursday"),
    QT_TRANSLATE_NOOP("Weeks", "Friday"),
    QT_TRANSLATE_NOOP("Weeks", "Saturday"),
    QT_TRANSLATE_NOOP("Weeks", "Sunday"),
)
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Weeks", "January"),
    QT_TRANSLATE_NOOP("Weeks", "February"),
    QT_TRANSLATE_NOOP("Weeks", "March"),
    QT_TRANSLATE_NOOP("Weeks", "April"),
    QT_TRANSLATE_NOOP("Weeks", "May"),
    QT_TRANSLATE_NOOP("Weeks", "June"),
    QT_TRANSLATE_NOOP("Weeks", "July"),
    QT_TRANSLATE_NOOP("Weeks", "August"),
    QT_TRANSLATE_NOOP("Weeks", "September"),
    QT_TRANSLATE_NOOP("Weeks", "October"),
    QT_TRANSLATE_NOOP("Weeks", "November"),
    QT_TRANSLATE_NOOP("Weeks", "December"),
)


def day_text(day: date) -> str:
    """'Wednesday 11 March 2026' in the reader's language, for Qt-free messages (the
    window writes dates with its locale: hiptimer.ui.locale_format)."""
    return translate("Weeks", "{weekday} {day} {month} {year}").format(
        weekday=translate("Weeks", DAY_NAMES[day.weekday()]),
        day=f"{day.day:02d}",
        month=translate("Weeks", MONTH_NAMES[day.month - 1]),
        year=day.year,
    )


DAY_SHORT_NAMES = (
    QT_TRANSLATE_NOOP("Weeks", "Mon"),
    QT_TRANSLATE_NOOP("Weeks", "Tue"),
    QT_TRANSLATE_NOOP("Weeks", "Wed"),
    QT_TRANSLATE_NOOP("Weeks", "Thu"),
    QT_TRANSLATE_NOOP("Weeks", "Fri"),
    QT_TRANSLATE_NOOP("Weeks", "Sat"),
    QT_TRANSLATE_NOOP("Weeks", "Sun"),
)


@dataclass(frozen=True)
class WeeklyPlan:
    """Which weekdays (0 = Monday) a person means to train, and at what time of day."""

    days: tuple[int, ...] = (0, 2, 4)
    at: time = time(18, 0)

    def __post_init__(self) -> None:
        if not self.days:
            raise ValueError("a weekly plan needs at least one day")
        if any(not 0 <= day <= 6 for day in self.days) or len(set(self.days)) != len(self.days):
            raise ValueError(f"plan days are distinct weekdays 0 to 6, got {self.days}")
        object.__setattr__(self, "days", tuple(sorted(self.days)))

    @property
    def per_week(self) -> int:
        return len(self.days)

    def days_text(self) -> str:
        return ", ".join(translate("Weeks", DAY_SHORT_NAMES[day]) for day in self.days)

    def text(self) -> str:
        return translate("Weeks", "{days} at {time}").format(
            days=self.days_text(), time=self.at.strftime("%H:%M")
        )

    def encode(self) -> tuple[str, str]:
        """The two settings values that store the plan: days and time."""
        return ",".join(str(day) for day in self.days), self.at.strftime("%H:%M")

    @classmethod
    def decode(cls, days: str, at: str) -> WeeklyPlan:
        """Read the stored values back; ValueError for anything malformed."""
        return cls(tuple(int(part) for part in days.split(",")), time.fromisoformat(at))

    def next_time(self, now: datetime) -> datetime:
        """The first planned moment strictly after `now` (same tzinfo as now)."""
        for offset in range(8):
            day = now.date() + timedelta(days=offset)
            if day.weekday() in self.days:
                moment = datetime.combine(day, self.at, now.tzinfo)
                if moment > now:
                    return moment
        raise AssertionError("a plan with a day always has one within a week")

    def missed_day(self, done: Iterable[date], today: date) -> date | None:
        """The latest planned day this week before today with no session on or after it,
        while the week's plan is not met: the one gentle mention a reminder may make."""
        done_days = sorted(done)  # one entry per session: two on a day count twice
        monday = week_start(today)
        this_week = [day for day in done_days if monday <= day <= today]
        if len(this_week) >= self.per_week:
            return None
        for offset in range((today - monday).days - 1, -1, -1):
            day = monday + timedelta(days=offset)
            if day.weekday() in self.days:
                if any(day <= done_day < today for done_day in this_week):
                    return None
                return day
        return None


@dataclass(frozen=True)
class WeekProgress:
    """This week against the plan, and the weeks kept in a row."""

    done: int
    planned: int
    streak: int
