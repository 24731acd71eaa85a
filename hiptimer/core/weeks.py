"""Local calendar weeks (Monday to Sunday) for the charts.

A week is found from the local calendar date, never by adding 7 * 86400 seconds to a
timestamp: weeks that contain a daylight-saving change are 167 or 169 hours long, and
fixed-length arithmetic would move sessions near midnight into the wrong week.
`tz=None` means the computer's own time zone.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

WEEK = timedelta(days=7)


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
