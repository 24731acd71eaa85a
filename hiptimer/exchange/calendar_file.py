"""A routine as a weekly calendar series (iCalendar, RFC 5545), with a reminder.

One VEVENT repeats on the chosen weekdays (RRULE) at a floating local time: it happens at
07:00 wherever the runner is, as a training habit should. Lines end in CRLF and are folded
at 75 octets, never inside a UTF-8 character.
"""

from __future__ import annotations

import math
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from hiptimer import __version__
from hiptimer.core.files import write_atomic
from hiptimer.core.routine import Routine
from hiptimer.core.schedule import DAY_CODES, Schedule
from hiptimer.core.timeline import compile_routine
from hiptimer.core.wording import dose_text

PRODID = f"-//HipTimer//HipTimer {__version__}//EN"
REMINDER_MINUTES = 10
_LIMIT = 75


def escape_text(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> bytes:
    """One content line as octets, folded so no physical line exceeds 75 octets."""
    out = bytearray()
    room = _LIMIT
    for char in line:
        encoded = char.encode("utf-8")
        if len(encoded) > room:
            out += b"\r\n "
            room = _LIMIT - 1
        out += encoded
        room -= len(encoded)
    return bytes(out + b"\r\n")


def duration_text(seconds: float) -> str:
    """'PT23M30S': whole seconds, rounded up (a DURATION value, RFC 5545 3.3.6)."""
    whole = max(1, math.ceil(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        f"{hours}H" if hours else "",
        f"{minutes}M" if minutes else "",
        f"{secs}S" if secs else "",
    ]
    return "PT" + "".join(parts)


def calendar_lines(
    routine: Routine, schedule: Schedule, *, today: date, now: datetime, uid: str | None = None
) -> list[str]:
    total = compile_routine(routine).total_seconds
    start = schedule.first_start(today)
    exercises = "\n".join(
        f"{i}. {e.name}: {dose_text(e)}" for i, e in enumerate(routine.exercises, 1)
    )
    description = (
        f"HipTimer routine {routine.name}, about {math.ceil(total / 60)} min:\n{exercises}"
    )
    days = ",".join(DAY_CODES[d] for d in schedule.weekdays)
    return [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid or uuid.uuid4()}@hiptimer",
        f"DTSTAMP:{now.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART:{start:%Y%m%dT%H%M%S}",
        f"DURATION:{duration_text(total)}",
        f"RRULE:FREQ=WEEKLY;BYDAY={days}",
        f"SUMMARY:{escape_text(f'Hip routine: {routine.name}')}",
        f"DESCRIPTION:{escape_text(description)}",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(f'Time for your hip routine: {routine.name}')}",
        f"TRIGGER:-PT{REMINDER_MINUTES}M",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]


def calendar_bytes(
    routine: Routine, schedule: Schedule, *, today: date, now: datetime, uid: str | None = None
) -> bytes:
    lines = calendar_lines(routine, schedule, today=today, now=now, uid=uid)
    return b"".join(fold(line) for line in lines)


def write_calendar(routine: Routine, schedule: Schedule, path: Path) -> None:
    now = datetime.now(UTC)
    data = calendar_bytes(routine, schedule, today=datetime.now().date(), now=now)
    write_atomic(path, data)
