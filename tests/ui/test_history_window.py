"""The History window on a history whose numbers are known, as a user sees and uses it."""

import csv
import subprocess
import sys
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hiptimer.core.routine import Routine, Side
from hiptimer.store import HistoryStore, charts
from hiptimer.store.demo import demo_sessions
from hiptimer.store.history import SessionRecord
from hiptimer.ui.history import open_history
from hiptimer.ui.history.window import DEMO_WEEKS, HistoryWindow
from tests.store.known import (
    BERLIN,
    CLAMS_PER_WEEK,
    SESSIONS_PER_WEEK,
    STRETCH_PER_WEEK,
    TODAY,
    known_records,
)


@pytest.fixture
def store(tmp_path):
    with HistoryStore.open_path(tmp_path / "Alex" / "history.sqlite3") as opened:
        yield opened


@pytest.fixture
def window(qtbot, store):
    store.add_sessions(known_records())
    shown = HistoryWindow(store, today=TODAY, tz=BERLIN)
    qtbot.addWidget(shown)
    shown.resize(1100, 780)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def bars(item):
    return list(item.opts["x"]), [float(h) for h in item.opts["height"]]


def hover(qtbot, chart, x, y=1.0):
    scene = chart.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    QTest.mouseMove(chart.viewport(), chart.mapFromScene(scene))
    qtbot.waitUntil(lambda: chart.hover_text != "", timeout=1000)
    return chart.hover_text


def cell(table, row, column):
    return table.model().index(row, column).data()


def test_reps_per_week_left_and_right_side_by_side(window):
    chart = window.work_chart
    assert window.range_buttons[8].isChecked()
    assert "Clamshells: reps per week" in chart.title and "Left" in chart.title
    assert [d.isoformat() for d in chart.spans.starts[-3:]] == [
        "2026-03-02",
        "2026-03-09",
        "2026-03-16",
    ]
    left_x, left = bars(chart.left_bars)
    right_x, right = bars(chart.right_bars)
    assert len(left) == 8 and left[:5] == [0] * 5
    assert list(zip(left[-3:], right[-3:], strict=True)) == CLAMS_PER_WEEK
    assert [round(b - a, 6) for a, b in zip(left_x, right_x, strict=True)] == [0.4] * 8
    assert not chart.both_bars.isVisible()


def test_choosing_a_hold_exercise_shows_seconds_held(window, qtbot):
    box = window.exercise_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Clamshells",
        "Hip flexor stretch",
        "Plank",
    ]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.exercise_id == "stretch"
    chart = window.work_chart
    assert "Hip flexor stretch: seconds held per week" in chart.title
    _x, left = bars(chart.left_bars)
    _x, right = bars(chart.right_bars)
    assert list(zip(left[-3:], right[-3:], strict=True)) == STRETCH_PER_WEEK
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert "Plank" in chart.title and "No side" in chart.title
    assert chart.both_bars.isVisible() and not chart.left_bars.isVisible()
    assert bars(chart.both_bars)[1][-3:] == [40, 0, 0]


def test_sessions_against_the_plan_streak_and_effort(window, store):
    sessions = window.sessions_chart
    assert bars(sessions.bars)[1][-3:] == SESSIONS_PER_WEEK
    assert sessions.plan_line.value() == 3
    assert "plan 3 · streak 0 weeks" in sessions.title
    assert sessions.toolTip() == "The plan of 3 a week was met in 1 of 8 weeks"
    brushes = sessions.bars.opts["brushes"]
    assert brushes[-3].color().name() == "#009e73" and brushes[-1].color().name() != "#009e73"
    store.set_plan_per_week(1)
    window.refresh()
    assert "streak 3 weeks" in sessions.title
    effort = window.effort_chart
    assert effort.ys == [6, 7, 5, 4, 8]
    # Each dot sits in its week's column: 2 March (a Monday) is in week 5 of 0..7.
    assert effort.xs[0] == pytest.approx(5 - 3 / 7)


def test_hover_shows_the_exact_values(window, qtbot):
    text = hover(qtbot, window.work_chart, 5)
    assert text == "Week of 2 Mar 2026, Clamshells: left 52 reps, right 60 reps"
    assert window.hover_label.text() == text
    assert hover(qtbot, window.sessions_chart, 6) == (
        "Week of 9 Mar 2026: 1 session of 3 planned (below plan)"
    )
    assert hover(qtbot, window.effort_chart, 7 - 3 / 7 + 1 / 7, 8) == "Tue 17 Mar 2026: effort 8"


def test_balance_and_sessions_tables(window):
    balance = window.balance_table
    assert balance.model().rowCount() == 2
    assert [cell(balance, 0, c) for c in range(6)] == [
        "Clamshells",
        "82",
        "89",
        "1.09",
        "7.9 %",
        "balanced",
    ]
    assert [cell(balance, 1, c) for c in range(3)] == ["Hip flexor stretch", "80 s", "85 s"]
    assert window.tabs.tabText(0) == "Left / right balance"
    sessions = window.sessions_table
    assert sessions.model().rowCount() == 6 and window.tabs.tabText(1) == "Sessions (6)"
    assert [cell(sessions, 5, c) for c in range(9)] == [
        "Mon 2 Mar 2026",
        "07:00",
        "Known",
        "14",
        "6 of 7, 1 cut short",
        "57",
        "100 s",
        "6",
        "finished",
    ]
    tip = sessions.model().index(5, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Clamshells, left: 15/15  12/15" in tip and "Plank, -: 40/40 s" in tip


def test_a_short_range_flags_the_weaker_side(window, qtbot):
    window.set_range(1)
    assert window.tabs.tabText(0) == "Left / right balance (⚠ 1 to check)"
    row = [cell(window.balance_table, 1, c) for c in (0, 4, 5)]
    assert row == ["Hip flexor stretch", "16.7 %", "⚠ right side behind by more than 10 %"]


def test_range_buttons_and_shortcuts(window, qtbot):
    qtbot.mouseClick(window.range_buttons[None], Qt.MouseButton.LeftButton)
    assert window.weeks is None and len(window.work_chart.spans) == 3
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.weeks == 26 and window.range_buttons[26].isChecked()
    assert len(window.work_chart.spans) == 26
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.weeks == 8


def test_export_csv_from_the_window(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "alex.csv"
    asked = []

    def choose(parent, title, suggested, filters):
        asked.append((title, suggested))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    assert "Ctrl+E" in window.export_button.text()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked[0][0] == "Export the last 8 weeks as CSV"
    assert asked[0][1].endswith("hiptimer-Alex-2026-03-18.csv")
    with open(target, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 19 and rows[0]["exercise"] == "Clamshells"
    assert "Saved 19 sets" in window.statusBar().currentMessage()
    window.set_range(1)
    window.export_csv_dialog()
    with open(target, encoding="utf-8", newline="") as handle:
        assert {r["date"] for r in csv.DictReader(handle)} == {"2026-03-16", "2026-03-17"}


def test_long_ranges_are_drawn_by_month_as_weekly_averages(qtbot, store):
    today = date(2026, 3, 18)
    store.add_sessions(demo_sessions(130, today=today))
    window = HistoryWindow(store, today=today)
    qtbot.addWidget(window)
    window.set_range(None)
    chart = window.work_chart
    assert chart.spans.monthly and "monthly average" in chart.title
    weeks = charts.week_axis(store, None, today)
    weekly = charts.work_per_week(store, "glute-bridge", weeks)
    march = [w for w in weekly if (w.week.year, w.week.month) == (2026, 3)]
    _x, left = bars(chart.left_bars)
    assert len(left) == len(chart.spans) == len({(w.year, w.month) for w in weeks}) == 31
    assert left[-1] == pytest.approx(sum(w.left for w in march) / len(march))
    assert chart.axis.tickStrings([len(left) - 1], 1, 1) == ["Mar 2026"]
    assert window.demo_bar.isVisibleTo(window)


def test_demo_sessions_can_be_removed_from_the_window(qtbot, store, monkeypatch):
    store.add_sessions(demo_sessions(4, today=TODAY))
    window = HistoryWindow(store, today=TODAY)
    qtbot.addWidget(window)
    assert window.demo_bar.isVisibleTo(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.remove_demo_button, Qt.MouseButton.LeftButton)
    assert store.session_count() == 0 and not window.demo_bar.isVisibleTo(window)
    assert window.pages.currentWidget() is window.empty_page
    assert window.try_demo_button.isVisibleTo(window)


def test_an_empty_history_offers_made_up_data_after_asking(qtbot, store, monkeypatch):
    window = HistoryWindow(store, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.empty_page
    assert window.try_demo_button.isVisible()
    assert window.try_demo_button.text() == "Try with made-up data"
    assert "hiptimer history" not in window.empty_label.text()  # no shell command
    asked = []

    def no(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    qtbot.mouseClick(window.try_demo_button, Qt.MouseButton.LeftButton)
    assert store.session_count() == 0 and "made-up" in asked[0] and "Alex" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.try_demo_button, Qt.MouseButton.LeftButton)
    # The same sessions as `hiptimer history demo --weeks 12` on the same day.
    expected = demo_sessions(DEMO_WEEKS, today=TODAY)
    assert store.session_count(demo=True) == len(expected) == store.session_count()
    assert window.pages.currentIndex() == 0 and window.demo_bar.isVisible()
    assert window.work_chart.left_bars.opts["height"] is not None


def one_partial_rep(store):
    """A first try: one rep on the right, the left set stopped at once."""
    from tests.store.known import CLAMS, result

    start = datetime(2026, 3, 18, 7, 0, tzinfo=BERLIN).timestamp()
    results = [
        result(1, CLAMS, Side.LEFT, 1, 0, start),
        result(2, CLAMS, Side.RIGHT, 1, 1, start + 30),
    ]
    routine = Routine(name="Try", exercises=(CLAMS,))
    store.add_sessions([SessionRecord(routine, start, start + 60, "ended_early", results)])


def test_little_data_whole_rep_ticks_and_no_imbalance_flag(qtbot, store):
    one_partial_rep(store)
    window = HistoryWindow(store, today=TODAY, tz=BERLIN)
    qtbot.addWidget(window)
    window.resize(1100, 780)
    window.show()
    qtbot.waitExposed(window)
    axis = window.work_chart.getPlotItem().getAxis("left")
    low, high = window.work_chart.getPlotItem().viewRange()[1]
    ticks = [v for _spacing, values in axis.tickValues(low, high, 300) for v in values]
    assert ticks and all(float(v).is_integer() for v in ticks)
    assert 1.0 in ticks
    # 0 left against 1 right is no finding: nothing flagged, and the table says why.
    assert window.tabs.tabText(0) == "Left / right balance"
    assert cell(window.balance_table, 0, 5) == "too little to compare (under 10 reps)"


def test_the_three_charts_share_their_x_axis_and_date_labels(window, qtbot):
    charts_ = (window.work_chart, window.sessions_chart, window.effort_chart)
    views = [chart.getPlotItem().getViewBox() for chart in charts_]
    for resized in ((1100, 780), (1600, 900), (800, 600)):
        window.resize(*resized)
        qtbot.wait(20)
        ranges = [tuple(round(v, 6) for v in view.viewRange()[0]) for view in views]
        assert len(set(ranges)) == 1
        labels = []
        for chart in charts_:
            axis = chart.axis
            low, high = ranges[0]
            ticks = axis.tickValues(low, high, axis.geometry().width())
            labels.append(axis.tickStrings(ticks[0][1], 1, 1) if ticks else [])
        assert labels[0] and labels[0] == labels[1] == labels[2]
    assert views[1].linkedView(0) is views[0] and views[2].linkedView(0) is views[0]


def test_open_history_opens_one_window_per_store(qtbot, store):
    first = open_history(None, store)
    qtbot.addWidget(first)
    assert open_history(None, store) is first and first.isVisible()
    assert first.range_buttons[8].isChecked()
    everything = HistoryWindow(store, weeks=None)
    qtbot.addWidget(everything)
    assert everything.range_buttons[None].isChecked() and everything.weeks is None
    assert first.windowTitle() == "History: Alex"


def test_pyqtgraph_is_loaded_only_when_the_window_opens():
    code = (
        "import sys, hiptimer.cli, hiptimer.ui.app, hiptimer.ui.history, hiptimer.store;"
        "assert 'pyqtgraph' not in sys.modules, 'loaded too early';"
        "import hiptimer.ui.history.window;"
        "assert 'pyqtgraph' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
