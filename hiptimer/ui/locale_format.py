"""Dates, times and numbers as the person's locale writes them (QLocale's default, set
from the language at start-up by hiptimer.ui.translation): "4 Dec 2026", "4. Dez. 2026",
"Dec 4, 2026"; "18:45" or "6:45 PM". Files keep ISO dates (the CSV export, file names).

Each pattern is the locale's own long date pattern with the parts a place does not need
taken out, so the order and the words between stay the locale's ("d 'de' MMMM").
"""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QDate, QLocale, QTime

_WEEKDAY = re.compile(r"d{4}[,.]?\s*|\s*,?\s*d{4}")
_YEAR = re.compile(r"[\s,]*(?:'de'\s*)?y+[.]?|y+[\s,]*")


def _qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pattern(*, year: bool, short_month: bool) -> str:
    pattern = _WEEKDAY.sub("", QLocale().dateFormat(QLocale.FormatType.LongFormat)).strip(", ")
    if not year:
        pattern = _YEAR.sub("", pattern).strip(", ")
    if short_month:
        pattern = pattern.replace("MMMM", "MMM")
    return pattern


def long_date(day: datetime.date) -> str:
    """'4 December 2026', '4. Dezember 2026', 'December 4, 2026'."""
    return QLocale().toString(_qdate(day), _pattern(year=True, short_month=False))


def short_date(day: datetime.date) -> str:
    """'4 Dec 2026', '4. Dez. 2026', 'Dec 4, 2026'."""
    return QLocale().toString(_qdate(day), _pattern(year=True, short_month=True))


def day_month(day: datetime.date, *, short: bool = True) -> str:
    """'4 Dec', '4. Dez.', 'Dec 4': a day in a chart's axis ('4 December' long)."""
    return QLocale().toString(_qdate(day), _pattern(year=False, short_month=short))


def month_year(day: datetime.date, *, short: bool = False) -> str:
    """'December 2026' ('Dec 2026' short), in the locale's words."""
    return QLocale().toString(_qdate(day), "MMM yyyy" if short else "MMMM yyyy")


def weekday(day: datetime.date, *, short: bool = True) -> str:
    """'Fri', 'Fr.', 'vie' ('Friday' with short=False)."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day.isoweekday(), form)


def time_text(moment: datetime.time | datetime.datetime) -> str:
    """'18:45', '6:45 PM': a time of day as the locale shows it."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def number_text(value: float, decimals: int = 0) -> str:
    """'1,234', '1.234', '7,5': a number with the locale's marks."""
    return QLocale().toString(float(value), "f", decimals)
