"""The History window's progression tab (issue 15): per exercise and side, the reps (or
hold seconds) per set week by week with each change of resistance level marked and named,
and the highest pain during the exercise against the limit of 5.

Drawn with pyqtgraph, like plots.py (this module is imported only with the window). The
data comes from store/progress_charts.py; the x axis is the same weeks (or months) as the
window's other charts.
"""

from __future__ import annotations

from datetime import date, tzinfo

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QWidget

from hiptimer.core.i18n import translate
from hiptimer.core.progression import PAIN_LIMIT, level_text
from hiptimer.core.routine import Side
from hiptimer.core.weeks import periods
from hiptimer.core.wording import side_name
from hiptimer.store.history import HistoryStore
from hiptimer.store.progress_charts import WeekProgress, level_marks, weekly_progress
from hiptimer.ui.history.plots import BOTH_COLOUR, LEFT_COLOUR, RIGHT_COLOUR, Chart

COLOURS = {"left": LEFT_COLOUR, "right": RIGHT_COLOUR, "": BOTH_COLOUR}


def by_period(series: list[WeekProgress], members: list[list[int]]) -> list[WeekProgress]:
    """Weeks folded into the chart's bars: mean amount, last level, highest pain."""
    folded = []
    for indexes in members:
        weeks = [series[i] for i in indexes]
        amounts = [w.amount for w in weeks if w.amount is not None]
        levels = [w.level for w in weeks if w.level is not None]
        pains = [w.pain for w in weeks if w.pain is not None]
        folded.append(
            WeekProgress(
                weeks[0].week,
                sum(amounts) / len(amounts) if amounts else None,
                levels[-1] if levels else None,
                max(pains) if pains else None,
            )
        )
    return folded


def points(values: list[float | None]) -> tuple[list[float], list[float]]:
    """(x, y) of the bars that have a value."""
    xs = [float(i) for i, v in enumerate(values) if v is not None]
    return xs, [float(v) for v in values if v is not None]


class ProgressCharts(QWidget):
    """Two charts for the exercise the window shows: level and reps, and pain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressCharts")
        self.level_chart = Chart(translate("ProgressCharts", "Level and reps per set"))
        self.pain_chart = Chart(translate("ProgressCharts", "Pain during the exercise (0-10)"))
        self.level_chart.link_x(self.pain_chart)
        self.level_chart.setAccessibleName(translate("ProgressCharts", "Level and reps chart"))
        self.level_chart.setAccessibleDescription(
            translate("ProgressCharts", "Reps per set by week on each side; level changes marked")
        )
        self.pain_chart.setAccessibleName(translate("ProgressCharts", "Pain chart"))
        self.pain_chart.setAccessibleDescription(
            translate("ProgressCharts", "Pain during the exercise by week on each side, limit 5")
        )
        self.pain_chart.getPlotItem().setYRange(0, 10, padding=0.05)
        # Side by side: the tab is short, and each chart needs its height to be read.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.level_chart, 1)
        layout.addWidget(self.pain_chart, 1)
        # What is drawn, by side: for tests and for whoever reads the numbers.
        self.series: dict[str, list[WeekProgress]] = {}
        self.marks: dict[str, list[tuple[int, str]]] = {}

    def show_exercise(
        self,
        store: HistoryStore,
        exercise_id: str | None,
        unit: str,
        weeks: list[date],
        tz: tzinfo | None = None,
    ) -> None:
        spans = periods(weeks)
        weekly = weekly_progress(store, exercise_id, weeks, tz) if exercise_id else {}
        self.series = {side: by_period(s, spans.members) for side, s in weekly.items()}
        self.marks = {side: level_marks(s) for side, s in self.series.items()}
        level_plot, pain_plot = self.level_chart.getPlotItem(), self.pain_chart.getPlotItem()
        for plot in (level_plot, pain_plot):
            plot.clear()
            if plot.legend is None:
                plot.addLegend(offset=(-5, 5))  # top right, clear of the axis
            plot.legend.clear()
            plot.legend.setLabelTextColor(self.palette().color(QPalette.ColorRole.WindowText))
        for chart in (self.level_chart, self.pain_chart):
            chart.set_periods(spans)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        limit = pg.InfiniteLine(
            pos=PAIN_LIMIT,
            angle=0,
            pen=pg.mkPen(text, width=1, style=Qt.PenStyle.DashLine),
            label=translate("ProgressCharts", "limit {limit}").format(limit=PAIN_LIMIT),
            labelOpts={"position": 0.1, "color": text, "anchors": [(0, 1), (0, 1)]},
        )
        pain_plot.addItem(limit)
        self.level_chart.set_title(
            translate("ProgressCharts", "Level and {unit} per set").format(unit=unit)
        )
        for side, series in self.series.items():
            colour = COLOURS.get(side, BOTH_COLOUR)
            name = side_name(Side(side)) if side else translate("ProgressCharts", "Both")
            xs, ys = points([w.amount for w in series])
            level_plot.addItem(
                pg.PlotDataItem(
                    xs,
                    ys,
                    name=name,
                    pen=pg.mkPen(colour, width=2),
                    symbol="o",
                    symbolSize=6,
                    symbolBrush=colour,
                    symbolPen=pg.mkPen(None),
                )
            )
            for index, level in self.marks[side]:
                mark = pg.InfiniteLine(
                    pos=index,
                    angle=90,
                    pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine),
                    label=translate("ProgressCharts", "{side}: {level}").format(
                        side=name, level=level_text(level)
                    ),
                    # Along the line, so changes a week apart do not overlap.
                    labelOpts={
                        "position": 0.5,
                        "color": colour,
                        "rotateAxis": (1, 0),
                        "anchors": [(0.5, 1), (0.5, 1)] if side != "right" else [(0.5, 0)] * 2,
                    },
                )
                level_plot.addItem(mark)
            xs, ys = points([None if w.pain is None else float(w.pain) for w in series])
            pain_plot.addItem(
                pg.PlotDataItem(
                    xs,
                    ys,
                    name=name,
                    pen=pg.mkPen(colour, width=2),
                    symbol="s",
                    symbolSize=6,
                    symbolBrush=colour,
                    symbolPen=pg.mkPen(None),
                )
            )
        pain_plot.setYRange(0, 10, padding=0.05)
