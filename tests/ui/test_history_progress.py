"""The History window's Progression tab (issue 15): per exercise and side, reps and level
week by week with level changes marked, and pain; on a demo history with a painful week."""

from __future__ import annotations

from datetime import timedelta

from hiptimer.core.progression import PAIN_LIMIT
from hiptimer.core.weeks import week_start
from hiptimer.store import HistoryStore
from hiptimer.store.demo import PAINFUL, PAINFUL_WEEKS_AGO, demo_sessions
from hiptimer.ui.history.window import HistoryWindow
from tests.store.known import BERLIN, TODAY


def curve(item):
    xs, ys = item.getData()
    return [float(x) for x in xs], [float(y) for y in ys]


def test_progression_tab_shows_reps_levels_and_the_painful_week(qtbot, tmp_path):
    with HistoryStore.open_path(tmp_path / "Alex" / "history.sqlite3") as store:
        store.add_sessions(demo_sessions(12, today=TODAY, seed=1, tz=BERLIN))
        window = HistoryWindow(store, today=TODAY, tz=BERLIN)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.set_range(8)
        window.set_exercise("clamshells")
        tab = window.progress_charts
        window.tabs.setCurrentWidget(tab)
        assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Progression"
        assert set(tab.series) == {"left", "right"}
        weeks = window.data.weeks
        painful = weeks.index(week_start(TODAY) - timedelta(weeks=PAINFUL_WEEKS_AGO))

        # Pain: the left side's painful week stands above the limit, the right does not.
        pain_items = {i.name(): i for i in tab.pain_chart.getPlotItem().listDataItems()}
        xs, ys = curve(pain_items["Left"])
        assert ys[xs.index(painful)] >= PAINFUL["clamshells"] > PAIN_LIMIT
        assert all(y <= PAIN_LIMIT for x, y in zip(xs, ys, strict=True) if x != painful)
        assert max(curve(pain_items["Right"])[1]) <= PAIN_LIMIT

        # Reps per set each week a side was trained, and each level change marked by name.
        reps_items = {i.name(): i for i in tab.level_chart.getPlotItem().listDataItems()}
        for side in ("Left", "Right"):
            xs, ys = curve(reps_items[side])
            assert len(xs) >= 6 and all(5 <= y <= 25 for y in ys)
        assert tab.marks["left"], "the demo's bands step up during these weeks"
        lines = [
            item.label.format
            for item in tab.level_chart.getPlotItem().items
            if hasattr(item, "label") and getattr(item, "angle", 0) == 90
        ]
        for index, level in tab.marks["left"]:
            assert f"Left: {level}" in lines
            assert tab.series["left"][index].level == level != tab.series["left"][index - 1].level
        window.close()
