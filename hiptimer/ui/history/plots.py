"""The History window's charts, drawn with pyqtgraph (imported here only).

The charts share one x axis: bar number 0..n-1, where a bar is a calendar week, or for
ranges longer than two years a calendar month (its value then the weekly average). Hovering
a chart puts the exact numbers under the mouse into `hover_text` and emits `hovered`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hiptimer.core.i18n import translate
from hiptimer.core.weeks import (
    Periods,
    PeriodSessions,
    PeriodWork,
    WeekSessions,
    WeekSides,
    periods,
    sessions_by_period,
    work_by_period,
)
from hiptimer.store.charts import EffortPoint
from hiptimer.ui.locale_format import day_month, month_year, short_date, weekday

# Okabe-Ito colours: told apart with the common colour-vision deficiencies; the legend
# and the hover text name the side in words as well.
LEFT_COLOUR = QColor("#0072B2")
RIGHT_COLOUR = QColor("#E69F00")
BOTH_COLOUR = QColor("#56B4E9")
ON_PLAN_COLOUR = QColor("#009E73")
EFFORT_COLOUR = QColor("#D55E00")


def swatch(colour: QColor, label: str) -> str:
    """A coloured square and a word, for a legend inside a chart title."""
    return f"<span style='color:{colour.name()}'>■</span> {label}"


def long_date(day: date) -> str:
    return short_date(day)


def period_name(start: date, monthly: bool) -> str:
    if monthly:
        return month_year(start)
    return translate("plots", "Week of {date}").format(date=long_date(start))


def amount(value: float, unit: str) -> str:
    text = f"{value:,.1f}".removesuffix(".0")
    if unit == "s":
        return translate("plots", "{amount} s").format(amount=text)
    return translate("plots", "{amount} reps").format(amount=text)


# The left axis of linked charts, in pixels: room for "1000" and the axis name.
LEFT_AXIS_WIDTH = 64
# Label every n-th bar: weeks in ones, twos, months, quarters, half years and years.
TICK_STEPS = (1, 2, 3, 4, 6, 8, 12, 13, 24, 26, 52, 104)
# Steps for a count axis (reps, seconds): whole numbers only.
WHOLE_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000)


def whole_step(top: float, most: int = 6) -> int:
    """A whole-number tick step giving at most `most` ticks from 0 to top (no 0.2 ... 1.0)."""
    return next((s for s in WHOLE_STEPS if top / s <= most), WHOLE_STEPS[-1])


class PeriodAxis(pg.AxisItem):  # type: ignore[misc]
    """Bar numbers shown as dates, with as many labels as fit."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self.spans = periods([])
        # The axes of the other charts of the same range: all label the same bars, so
        # the dates under one chart are the dates under the others.
        self.peers: list[PeriodAxis] = []

    def step_for(self, size: float) -> int:
        """Label every step-th bar: as many labels as fit in size pixels."""
        count = len(self.spans)
        room = max(int(size / 70), 1)
        return next((s for s in TICK_STEPS if count / s <= room), TICK_STEPS[-1])

    def shared_step(self, size: float) -> int:
        """The step that fits the narrowest of this axis and its peers (same dates on all)."""
        steps = [self.step_for(size)]
        steps += [p.step_for(p.geometry().width()) for p in self.peers if p.geometry().width() > 0]
        return max(steps)

    def resizeEvent(self, ev: object = None) -> None:
        super().resizeEvent(ev)
        # A narrower peer may need fewer labels on every axis (none yet while building).
        for peer in getattr(self, "peers", ()):
            peer.picture = None
            peer.update()

    def tickValues(
        self,
        minVal: float,
        maxVal: float,
        size: float,
    ) -> list[tuple[float, list[int]]]:
        count = len(self.spans)
        if not count:
            return []
        step = self.shared_step(size)
        first = max(math.ceil(minVal), 0)
        last = min(math.floor(maxVal), count - 1)
        # Counted back from the newest bar, so the current week or month is labelled.
        return [(step, [i for i in range(first, last + 1) if (count - 1 - i) % step == 0])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        starts = self.spans.starts
        long = self.spans.monthly or len(starts) > 60
        labels = []
        for value in values:
            index = round(value)
            if not 0 <= index < len(starts):
                labels.append("")
            elif long:
                labels.append(month_year(starts[index], short=True))
            else:
                labels.append(day_month(starts[index]))
        return labels


class Chart(pg.PlotWidget):  # type: ignore[misc]
    """A plot in the system palette's colours, without pan or zoom (nothing to get lost in)."""

    hovered = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self.axis = PeriodAxis()
        super().__init__(parent, axisItems={"bottom": self.axis})
        self.spans = periods([])
        self.hover_text = ""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=False, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        self.set_title(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(110)
        self.scene().sigMouseMoved.connect(self._mouse_moved)

    @property
    def title(self) -> str:
        return str(self.getPlotItem().titleLabel.text)

    def set_title(self, title: str) -> None:
        colour = self.palette().color(QPalette.ColorRole.WindowText).name()
        self.getPlotItem().setTitle(title, color=colour, size="11pt")

    def set_periods(self, spans: Periods) -> None:
        self.spans = spans
        self.axis.spans = spans
        self.getPlotItem().setXRange(-0.6, max(len(spans), 1) - 0.4, padding=0)
        self.axis.picture = None
        self.axis.update()

    def link_x(self, *others: Chart) -> None:
        """Share the x range and the date labels with other charts of the same range,
        placed one above the other at the same width: the left axes get one width, so
        the plot areas, the bars and the dates line up."""
        group = [self, *others]
        for chart in others:
            chart.getPlotItem().setXLink(self.getPlotItem())
        for chart in group:
            chart.axis.peers = [c.axis for c in group if c is not chart]
            chart.getPlotItem().getAxis("left").setWidth(LEFT_AXIS_WIDTH)

    def text_at(self, x: float) -> str:
        """The exact values at x (in bar units); '' where there is nothing."""
        raise NotImplementedError

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        plot = self.getPlotItem()
        if not plot.sceneBoundingRect().contains(scene_pos):
            return
        text = self.text_at(plot.vb.mapSceneToView(scene_pos).x())
        if text != self.hover_text:
            self.hover_text = text
            self.hovered.emit(text)
            if text:
                QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), text, self)
            else:
                QToolTip.hideText()

    def _bar_at(self, x: float) -> int | None:
        index = round(x)
        return index if 0 <= index < len(self.spans) else None


class WorkChart(Chart):
    """Reps (or seconds held) per week for one exercise: left and right as paired bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.rows: list[PeriodWork] = []
        self.unit = "reps"
        self.name = ""
        self.sided = True
        no_pen = pg.mkPen(None)
        self.left_bars = pg.BarGraphItem(x=[], height=[], width=0.4, brush=LEFT_COLOUR, pen=no_pen)
        self.right_bars = pg.BarGraphItem(
            x=[], height=[], width=0.4, brush=RIGHT_COLOUR, pen=no_pen
        )
        self.both_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=BOTH_COLOUR, pen=no_pen)
        for item in (self.left_bars, self.right_bars, self.both_bars):
            self.getPlotItem().addItem(item)

    def show_work(self, name: str, unit: str, weekly: list[WeekSides], weeks: list[date]) -> None:
        spans = periods(weeks)
        self.rows = rows = work_by_period(weekly, spans) if weekly else []
        self.unit, self.name = unit, name
        self.set_periods(spans)
        x = list(range(len(rows)))
        left = [r.left for r in rows]
        right = [r.right for r in rows]
        both = [r.both for r in rows]
        self.sided = any(left) or any(right) or not any(both)
        offset = 0.2 if self.sided else 0.0
        self.left_bars.setOpts(x=[i - offset for i in x], height=left)
        self.right_bars.setOpts(x=[i + offset for i in x], height=right)
        self.both_bars.setOpts(x=x, height=both)
        self.left_bars.setVisible(self.sided)
        self.right_bars.setVisible(self.sided)
        self.both_bars.setVisible(any(both))
        keys = []
        if self.sided:
            keys += [
                swatch(LEFT_COLOUR, translate("WorkChart", "Left")),
                swatch(RIGHT_COLOUR, translate("WorkChart", "Right")),
            ]
        if any(both):
            both_word = (
                translate("WorkChart", "Both sides")
                if self.sided
                else translate("WorkChart", "No side")
            )
            keys.append(swatch(BOTH_COLOUR, both_word))
        if unit == "s":
            what = (
                translate("WorkChart", "{name}: seconds held per week, monthly average")
                if spans.monthly
                else translate("WorkChart", "{name}: seconds held per week")
            )
        else:
            what = (
                translate("WorkChart", "{name}: reps per week, monthly average")
                if spans.monthly
                else translate("WorkChart", "{name}: reps per week")
            )
        title = what.format(name=name) if name else translate("WorkChart", "No exercises yet")
        self.set_title(f"{title} &nbsp;&nbsp;&nbsp; {'   '.join(keys)}" if name else title)
        top = max([*left, *right, *both, 1.0])
        self.getPlotItem().setYRange(0, top * 1.12, padding=0)
        # Reps and seconds are counted whole: a week of one rep is not 0.2, 0.4 ... 1.0.
        step = whole_step(top * 1.12)
        self.getPlotItem().getAxis("left").setTickSpacing(step, step)
        self.getPlotItem().setLabel(
            "left",
            translate("WorkChart", "seconds") if unit == "s" else translate("WorkChart", "reps"),
        )

    def text_at(self, x: float) -> str:
        index = self._bar_at(x)
        if index is None or not self.rows:
            return ""
        row = self.rows[index]
        parts = []
        if self.sided:
            parts += [
                translate("WorkChart", "left {amount}").format(amount=amount(row.left, self.unit)),
                translate("WorkChart", "right {amount}").format(
                    amount=amount(row.right, self.unit)
                ),
            ]
        if row.both:
            parts.append(amount(row.both, self.unit))
        text = f"{period_name(row.start, self.spans.monthly)}, {self.name}: " + ", ".join(parts)
        if self.spans.monthly:
            weeks = row.weeks  # a plain name: lupdate skips a call whose count is an expression
            text += translate("WorkChart", " a week on average (%n weeks)", None, weeks)
        return text


class SessionsChart(Chart):
    """Sessions per week against the plan; the weeks that met it in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SessionsChart", "Sessions per week"), parent)
        self.rows: list[PeriodSessions] = []
        self.streak = 0
        self.summary = ""
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, pen=pg.mkPen(None))
        plot = self.getPlotItem()
        plot.addItem(self.bars)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        self.plan_line = pg.InfiniteLine(
            pos=3,
            angle=0,
            pen=pg.mkPen(text, width=2, style=Qt.PenStyle.DashLine),
            label=translate("SessionsChart", "plan {value:g}"),
            labelOpts={"position": 0.98, "color": text, "anchors": [(1, 1), (1, 1)]},
        )
        plot.addItem(self.plan_line)
        plot.getAxis("left").setTickSpacing(1, 1)  # whole sessions

    def show_sessions(self, weekly: list[WeekSessions], weeks: list[date], streak: int) -> None:
        spans = periods(weeks)
        self.set_periods(spans)
        self.rows = rows = sessions_by_period(weekly, spans)
        self.streak = streak
        plan = weekly[0].plan if weekly else 3
        met = sum(w.on_plan for w in weekly)
        title = (
            translate("SessionsChart", "Sessions a week (monthly average), plan {plan}")
            if spans.monthly
            else translate("SessionsChart", "Sessions a week, plan {plan}")
        )
        streak_text = (
            translate("SessionsChart", "streak %n week", None, streak)
            if streak == 1
            else translate("SessionsChart", "streak %n weeks", None, streak)
        )
        self.set_title(f"{title.format(plan=plan)} · {streak_text}")
        counted = len(weekly)  # a plain name: lupdate skips a call whose count is an expression
        summary = translate(
            "SessionsChart", "The plan of {plan} a week was met in {met} of %n weeks", None, counted
        )
        self.summary = summary.format(plan=plan, met=met)
        self.setToolTip(self.summary)
        below = self.palette().color(QPalette.ColorRole.Mid)
        self.bars.setOpts(
            x=list(range(len(rows))),
            height=[r.per_week for r in rows],
            brushes=[pg.mkBrush(ON_PLAN_COLOUR if r.on_plan else below) for r in rows],
        )
        self.plan_line.setValue(plan)
        top = max([r.per_week for r in rows] + [plan])
        # Room above the plan line for its label.
        self.getPlotItem().setYRange(0, top + 1.2, padding=0)

    def text_at(self, x: float) -> str:
        index = self._bar_at(x)
        if index is None or not self.rows:
            return ""
        row = self.rows[index]
        # Plain names for the counts: lupdate skips a call whose count is an expression.
        weeks, sessions = row.weeks, row.sessions
        if self.spans.monthly:
            month = translate(
                "SessionsChart",
                "{period}: {per_week} sessions a week on average, plan {plan} met in {met} of "
                "%n weeks",
                None,
                weeks,
            )
            return month.format(
                period=period_name(row.start, True),
                per_week=f"{row.per_week:.1f}",
                plan=row.plan,
                met=row.weeks_on_plan,
            )
        week = (
            translate(
                "SessionsChart", "{period}: %n session of {plan} planned ({verdict})", None, 1
            )
            if row.sessions == 1
            else translate(
                "SessionsChart",
                "{period}: %n sessions of {plan} planned ({verdict})",
                None,
                sessions,
            )
        )
        verdict = (
            translate("SessionsChart", "plan met")
            if row.on_plan
            else translate("SessionsChart", "below plan")
        )
        return week.format(period=period_name(row.start, False), plan=row.plan, verdict=verdict)


class EffortChart(Chart):
    """How hard each session felt (1-10); by month (average) over long ranges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("EffortChart", "Effort (1-10)"), parent)
        self.xs: list[float] = []
        self.ys: list[float] = []
        self.labels: list[str] = []
        self.line = pg.PlotDataItem(
            [],
            [],
            pen=pg.mkPen(EFFORT_COLOUR, width=2),
            symbol="o",
            symbolSize=6,
            symbolBrush=EFFORT_COLOUR,
            symbolPen=pg.mkPen(None),
        )
        self.getPlotItem().addItem(self.line)
        self.getPlotItem().setYRange(0, 10.5, padding=0)

    def show_effort(self, points: list[EffortPoint], weeks: list[date]) -> None:
        spans = periods(weeks)
        self.set_periods(spans)
        first = weeks[0] if weeks else date.max
        shown = [p for p in points if p.day >= first]
        self.xs, self.ys, self.labels = [], [], []
        if spans.monthly:
            index = {start: i for i, start in enumerate(spans.starts)}
            months: dict[int, list[int]] = {}
            for p in shown:
                monday = p.day.toordinal() - p.day.weekday()
                slot = index.get(date.fromordinal(monday).replace(day=1))
                if slot is not None:
                    months.setdefault(slot, []).append(p.effort)
            for slot, efforts in sorted(months.items()):
                average = sum(efforts) / len(efforts)
                self.xs.append(slot)
                self.ys.append(average)
                sessions = len(efforts)  # a plain name, for lupdate
                label = translate(
                    "EffortChart",
                    "{period}: effort {effort} on average (%n sessions)",
                    None,
                    sessions,
                )
                self.labels.append(
                    label.format(
                        period=period_name(spans.starts[slot], True), effort=f"{average:.1f}"
                    )
                )
        else:
            for p in shown:
                # Within its week: Monday a little left of the week's bar, Sunday right.
                self.xs.append((p.day - first).days / 7 - 3 / 7)
                self.ys.append(p.effort)
                day = f"{weekday(p.day)} {long_date(p.day)}"
                label = translate("EffortChart", "{day}: effort {effort}")
                self.labels.append(label.format(day=day, effort=p.effort))
        self.line.setData(self.xs, self.ys)
        self.line.setSymbol("o" if len(self.xs) <= 120 else None)
        self.getPlotItem().setYRange(0, 10.5, padding=0)
        title = (
            translate("EffortChart", "Effort (1-10), monthly average")
            if spans.monthly
            else translate("EffortChart", "Effort (1-10)")
        )
        self.set_title(
            title
            if self.xs
            else translate("EffortChart", "Effort (1-10): none saved in this range")
        )

    def text_at(self, x: float) -> str:
        if not self.xs:
            return ""
        nearest = min(range(len(self.xs)), key=lambda i: abs(self.xs[i] - x))
        return self.labels[nearest] if abs(self.xs[nearest] - x) <= 0.5 else ""
