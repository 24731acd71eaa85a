"""Dates, times, numbers and week starts as the person's locale writes them."""

from __future__ import annotations

import datetime

from hiptimer.core import weeks
from hiptimer.ui import locale_format as fmt
from hiptimer.ui.translation import use_language

FRIDAY = datetime.date(2026, 12, 4)
EVENING = datetime.time(18, 45)


def test_german_dates_times_numbers_and_monday_weeks() -> None:
    assert use_language("de", {"LANG": "de_DE.UTF-8"}) is None
    assert fmt.day_month(FRIDAY) == "4. Dez."
    assert fmt.short_date(FRIDAY) == "4. Dez. 2026"
    assert fmt.long_date(FRIDAY) == "4. Dezember 2026"
    assert fmt.month_year(FRIDAY) == "Dezember 2026"
    assert fmt.weekday(FRIDAY) == "Fr." and fmt.weekday(FRIDAY, short=False) == "Freitag"
    assert fmt.time_text(EVENING) == "18:45"
    assert fmt.number_text(1234.5, 1) == "1.234,5"
    assert weeks.first_weekday() == 0
    assert weeks.week_start(FRIDAY) == datetime.date(2026, 11, 30)  # a Monday


def test_us_english_has_sunday_weeks_and_a_twelve_hour_clock() -> None:
    assert use_language("system", {"LANG": "en_US.UTF-8"}) is None
    assert fmt.day_month(FRIDAY) == "Dec 4" and fmt.long_date(FRIDAY) == "December 4, 2026"
    assert fmt.time_text(EVENING).replace("\u202f", " ") == "6:45 PM"
    assert weeks.first_weekday() == 6
    assert weeks.week_start(FRIDAY) == datetime.date(2026, 11, 29)  # a Sunday
    assert weeks.week_starts(FRIDAY, FRIDAY + datetime.timedelta(days=2)) == [
        datetime.date(2026, 11, 29),
        datetime.date(2026, 12, 6),
    ]


def test_spanish_and_french_dates_keep_their_own_word_order() -> None:
    assert use_language("es", {"LANG": "es_ES.UTF-8"}) is None
    assert fmt.long_date(FRIDAY) == "4 de diciembre de 2026"
    assert use_language("fr", {"LANG": "fr_FR.UTF-8"}) is None
    assert fmt.day_month(FRIDAY) == "4 déc." and fmt.long_date(FRIDAY) == "4 décembre 2026"


def test_english_in_the_plain_c_locale_is_as_before() -> None:
    assert use_language("system", {"LANG": "C.UTF-8"}) is None
    assert fmt.short_date(FRIDAY) == "4 Dec 2026" and fmt.time_text(EVENING) == "18:45"
    assert weeks.week_start(FRIDAY) == datetime.date(2026, 11, 30)


def test_a_missed_day_is_found_in_a_week_that_starts_on_sunday() -> None:
    weeks.set_first_weekday(6)
    plan = weeks.WeeklyPlan(days=(6, 2))  # Sunday and Wednesday
    # Friday 4 December: Sunday 29 November and Wednesday 2 December were planned.
    assert plan.missed_day([], FRIDAY) == datetime.date(2026, 12, 2)
    assert plan.missed_day([datetime.date(2026, 12, 3)], FRIDAY) is None
