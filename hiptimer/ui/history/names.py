"""Accessible names and descriptions for the History window's controls (the window is
named here, beside it, so its own module stays about the charts and tables)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hiptimer.core.i18n import translate

if TYPE_CHECKING:
    from hiptimer.ui.history.window import HistoryWindow


def name_controls(window: HistoryWindow) -> None:
    """Names a screen reader says for the History window's charts, tables and choices."""
    window.exercise_box.setAccessibleName(translate("HistoryWindow", "Exercise"))
    window.work_chart.setAccessibleName(translate("HistoryWindow", "Reps per week chart"))
    window.work_chart.setAccessibleDescription(
        translate("HistoryWindow", "Reps or seconds held per week for one exercise, left and right")
    )
    window.sessions_chart.setAccessibleName(translate("HistoryWindow", "Sessions per week chart"))
    window.sessions_chart.setAccessibleDescription(
        translate("HistoryWindow", "Sessions done each week against the plan")
    )
    window.effort_chart.setAccessibleName(translate("HistoryWindow", "Effort chart"))
    window.effort_chart.setAccessibleDescription(
        translate("HistoryWindow", "How hard each session felt, from 1 to 10")
    )
    window.balance_table.setAccessibleName(translate("HistoryWindow", "Left and right balance"))
    window.balance_table.setAccessibleDescription(
        translate("HistoryWindow", "Work done on each side of each exercise")
    )
    window.sessions_table.setAccessibleName(translate("HistoryWindow", "Sessions"))
    window.sessions_table.setAccessibleDescription(
        translate("HistoryWindow", "Every set of every session in the chosen range")
    )
    window.tabs.setAccessibleName(translate("HistoryWindow", "Tables"))
    window.tabs.setAccessibleDescription(
        translate("HistoryWindow", "The balance table and the sessions table")
    )
    window.tabs.tabBar().setAccessibleName(translate("HistoryWindow", "Tables"))
    window.tabs.tabBar().setAccessibleDescription(
        translate("HistoryWindow", "Choose the balance table or the sessions table")
    )
    window.remove_demo_button.setToolTip(
        translate("HistoryWindow", "Remove the made-up demo sessions from this history")
    )
