"""A weekly training schedule: which days and at what time (for the calendar export)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from hiptimer.core.errors import UserError
from hiptimer.core.i18n import translate

# iCalendar's day codes, Monday first (datetime.weekday() order).
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Schedule:
    weekdays: tuple[int, ...]  # 0 = Monday, sorted, no repeats
    at: time

    def first_day(self, today: date) -> date:
        """The first training day on or after `today`."""
        for ahead in range(7):
            day = today + timedelta(days=ahead)
            if day.weekday() in self.weekdays:
                return day
        raise AssertionError("a schedule has at least one day")

    def first_start(self, today: date) -> datetime:
        return datetime.combine(self.first_day(today), self.at)


def parse_days(text: str) -> tuple[int, ...]:
    """'mon,wed,fri' (three letters or the whole name, any case) into weekday numbers."""
    found: set[int] = set()
    for word in text.split(","):
        key = word.strip().casefold()[:3]
        if len(word.strip()) < 3 or key not in _DAY_NAMES:
            raise UserError(
                translate(
                    "Schedule",
                    "--days expects days such as mon,wed,fri (mon tue wed thu "
                    "fri sat sun), got {text!r}",
                ).format(text=text)
            )
        found.add(_DAY_NAMES.index(key))
    return tuple(sorted(found))


def parse_time(text: str) -> time:
    """'07:00' or '7:30' (24-hour clock) into a time of day."""
    hours, colon, minutes = text.strip().partition(":")
    if (
        colon
        and hours.isdigit()
        and minutes.isdigit()
        and len(minutes) == 2
        and 0 < len(hours) <= 2
        and int(hours) < 24
        and int(minutes) < 60
    ):
        return time(int(hours), int(minutes))
    raise UserError(
        translate(
            "Schedule", "--time expects a time of day as HH:MM (24-hour clock), got {text!r}"
        ).format(text=text)
    )


def parse_schedule(days: str, at: str) -> Schedule:
    return Schedule(parse_days(days), parse_time(at))
