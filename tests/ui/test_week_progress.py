"""The start view's week line: this week's sessions against the plan, and the streak."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

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


def test_the_plan_dialog_changes_days_time_and_the_start_at_login(make_window, qtbot, user_folders):
    harness = make_window()
    link = ProfileLink(harness.window, "default")
    link.window_ready()
    assert link.act_plan in link.history_menu.actions()
    link.act_plan.trigger()
    dialog = link.plan_dialog
    assert dialog is not None and dialog.isVisible()
    assert [box.isChecked() for box in dialog.days] == [
        True,
        False,
        True,
        False,
        True,
        False,
        False,
    ]
    assert dialog.time.time().toString("HH:mm") == "18:00"
    # No day at all: one clear line, and OK cannot be pressed.
    for box in dialog.days:
        box.setChecked(False)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem.text().startswith("Choose at least one day")
    dialog.days[1].setChecked(True)
    dialog.days[5].setChecked(True)
    assert ok.isEnabled() and not dialog.problem.isVisible()
    dialog.time.setTime(QTime(7, 30))
    dialog.background.setChecked(True)
    ok.click()
    assert link.store is not None
    assert link.store.weekly_plan == WeeklyPlan((1, 5), time(7, 30))
    start = harness.window.start_screen
    assert start.week.text() == "This week: 0 of 2 planned done · streak 0 weeks"
    entry = user_folders / "config" / "autostart" / "io.github.hiptimer.HipTimer.Background.desktop"
    assert "--background" in entry.read_text(encoding="utf-8")
    # Turned off again: the entry is removed.
    link.act_plan.trigger()
    dialog = link.plan_dialog
    assert dialog.background.isChecked()
    dialog.background.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not entry.exists()
