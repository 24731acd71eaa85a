"""The weekly plan: days and time, the next planned moment, the one missed day to mention."""

from datetime import date, datetime, time

import pytest

from hiptimer.core.weeks import WeeklyPlan
from hiptimer.core.wording import reminder_text, week_progress_text

MONDAY = date(2026, 3, 16)


def test_default_is_monday_wednesday_friday_at_six():
    plan = WeeklyPlan()
    assert plan.days == (0, 2, 4) and plan.per_week == 3
    assert plan.text() == "Mon, Wed, Fri at 18:00"


def test_encode_and_decode_round_trip_and_sort_the_days():
    plan = WeeklyPlan((5, 1), time(7, 30))
    assert plan.days == (1, 5)
    assert plan.encode() == ("1,5", "07:30")
    assert WeeklyPlan.decode(*plan.encode()) == plan


@pytest.mark.parametrize("days", [(), (7,), (1, 1), (-1,)])
def test_bad_days_are_refused(days):
    with pytest.raises(ValueError):
        WeeklyPlan(days)


def test_next_time_is_the_next_planned_moment_after_now():
    plan = WeeklyPlan()
    at_six = datetime(2026, 3, 16, 18, 0)
    assert plan.next_time(datetime(2026, 3, 16, 9, 0)) == at_six
    # At the planned moment itself the next one is Wednesday's.
    assert plan.next_time(at_six) == datetime(2026, 3, 18, 18, 0)
    # Saturday evening: Monday next week.
    assert plan.next_time(datetime(2026, 3, 21, 20, 0)) == datetime(2026, 3, 23, 18, 0)


def test_a_missed_day_is_the_last_planned_day_left_without_a_session():
    plan = WeeklyPlan()
    wednesday, friday = date(2026, 3, 18), date(2026, 3, 20)
    # Nothing done by Wednesday: Monday slipped.
    assert plan.missed_day([], wednesday) == MONDAY
    # A session on Tuesday makes up for Monday.
    assert plan.missed_day([date(2026, 3, 17)], wednesday) is None
    # Friday with only Monday done: Wednesday slipped.
    assert plan.missed_day([MONDAY], friday) == wednesday
    # On Monday there is nothing to miss yet; a kept week has nothing missed.
    assert plan.missed_day([], MONDAY) is None
    assert plan.missed_day([MONDAY, MONDAY, MONDAY], friday) is None


def test_the_wording_of_progress_and_reminders():
    assert week_progress_text(1, 3, 0) == "This week: 1 of 3 planned done · streak 0 weeks"
    assert week_progress_text(3, 3, 1) == "This week: 3 of 3 done, plan kept · streak 1 week"
    title, body = reminder_text(None)
    assert title == "Time for your hip routine" and "slipped" not in body
    assert "Monday slipped by" in reminder_text("Monday")[1]
