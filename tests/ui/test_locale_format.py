"""Dates, times, numbers and week starts as the person's locale writes them."""

from __future__ import annotations

import datetime

import pytest

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


@pytest.fixture
def store(tmp_path):
    from hiptimer.store import HistoryStore
    from tests.store.known import known_records

    with HistoryStore.open_path(tmp_path / "Alex" / "history.sqlite3") as opened:
        opened.add_sessions(known_records())
        yield opened


def _history(qtbot, store):
    from hiptimer.ui.history.window import HistoryWindow
    from tests.store.known import BERLIN, TODAY

    window = HistoryWindow(store, today=TODAY, tz=BERLIN)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _first_session_row(window) -> list[str]:
    model = window.sessions_table.model()
    last = model.rowCount() - 1
    return [model.index(last, column).data() for column in (0, 1)]


def test_the_history_window_in_german_has_german_dates_and_monday_weeks(qtbot, store):
    assert use_language("de", {"LANG": "de_DE.UTF-8"}) is None
    window = _history(qtbot, store)
    assert _first_session_row(window) == ["Mo. 2. März 2026", "07:00"]
    starts = window.work_chart.axis.spans.starts
    assert starts and all(start.weekday() == 0 for start in starts)
    label = window.work_chart.axis.tickStrings([len(starts) - 1], 1, 1)[0]
    assert label == f"{starts[-1].day}. März"


def test_the_history_window_in_us_english_starts_weeks_on_sunday(qtbot, store):
    assert use_language("system", {"LANG": "en_US.UTF-8"}) is None
    window = _history(qtbot, store)
    day, time = _first_session_row(window)
    assert day == "Mon Mar 2, 2026" and time.replace("\u202f", " ") == "7:00 AM"
    starts = window.work_chart.axis.spans.starts
    assert starts and all(start.weekday() == 6 for start in starts)
    label = window.work_chart.axis.tickStrings([len(starts) - 1], 1, 1)[0]
    assert label == f"Mar {starts[-1].day}"
