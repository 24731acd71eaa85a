"""The start view's week line: this week's sessions against the plan, and the streak."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt

from hiptimer.core.weeks import WeeklyPlan
from hiptimer.ui.profile_link import ProfileLink


def test_the_start_view_shows_this_week_against_the_plan(make_window, qtbot):
    harness = make_window()
    link = ProfileLink(harness.window, "default")
    link.window_ready()
    start = harness.window.start_screen
    assert start.week.text() == "This week: 0 of 3 planned done · streak 0 weeks"
    harness.press(Qt.Key.Key_Return)
    harness.advance(10 + 60 + 0.25)  # prepare, then the first set is done
    harness.window.end_session()
    harness.window.feedback_saved.emit(5, "")
    assert start.week.text() == "This week: 1 of 3 planned done · streak 0 weeks"
    # One planned day a week: this week is kept, and it counts in the streak.
    assert link.store is not None
    link.store.set_weekly_plan(WeeklyPlan((3,), time(8, 0)))
    link.refresh_recent()
    assert start.week.text() == "This week: 1 of 1 done, plan kept · streak 1 week"
    assert start.week.isVisibleTo(start)
