"""The History window.

    HistoryWindow(store, parent=None)   # a top-level window; refresh() reloads from store

Range buttons (8 weeks, 6 months, all time; Ctrl+1..3), an exercise chooser, the main
chart (reps or seconds held per week, left and right side by side), sessions per week
against the plan with the streak, effort over time, and two tables: balance and sessions.
File > Export CSV (Ctrl+E) writes the range shown.
"""

from __future__ import annotations

import time
from datetime import date, tzinfo
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.weeks import range_start
from hiptimer.core.weeks import today as local_today
from hiptimer.exchange.csv_export import CsvExportError, export_csv
from hiptimer.store import HistoryStore, StoreError
from hiptimer.store.charts import (
    RANGE_6_MONTHS,
    RANGE_8_WEEKS,
    RANGE_ALL,
    HistoryData,
    load_history,
)
from hiptimer.ui.history.plots import EffortChart, SessionsChart, WorkChart
from hiptimer.ui.history.progress_charts import ProgressCharts
from hiptimer.ui.history.tables import BalanceModel, SessionsModel

RANGES: tuple[tuple[str, int | None, str], ...] = (
    (QT_TRANSLATE_NOOP("HistoryWindow", "8 weeks"), RANGE_8_WEEKS, "Ctrl+1"),
    (QT_TRANSLATE_NOOP("HistoryWindow", "6 months"), RANGE_6_MONTHS, "Ctrl+2"),
    (QT_TRANSLATE_NOOP("HistoryWindow", "All time"), RANGE_ALL, "Ctrl+3"),
)
# How much made-up history "Try with made-up data" adds (as `history demo --weeks 12`).
DEMO_WEEKS = 12
RANGE_WORDS: dict[int | None, str] = {
    RANGE_8_WEEKS: QT_TRANSLATE_NOOP("HistoryWindow", "the last 8 weeks"),
    RANGE_6_MONTHS: QT_TRANSLATE_NOOP("HistoryWindow", "the last 6 months"),
    RANGE_ALL: QT_TRANSLATE_NOOP("HistoryWindow", "all of the history"),
}


class HistoryWindow(QMainWindow):
    # Emitted after the window (re)loaded and drew its data; carries seconds spent.
    drawn = Signal(float)

    def __init__(
        self,
        store: HistoryStore,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        tz: tzinfo | None = None,
        weeks: int | None = RANGE_8_WEEKS,
    ) -> None:
        super().__init__(parent)
        # A window of its own even with a parent (so it never draws inside the session view).
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.store = store
        self._today = today
        self._tz = tz
        self.weeks = weeks
        self.exercise_id: str | None = None
        self.data: HistoryData | None = None
        self.timings: dict[str, float] = {}
        self.setWindowTitle(
            translate("HistoryWindow", "History: {profile}").format(profile=store.profile)
        )
        self.resize(1100, 780)
        self._build()
        self.refresh()

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.export_action = QAction(translate("HistoryWindow", "&Export CSV…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_csv_dialog)
        close = QAction(translate("HistoryWindow", "&Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(translate("HistoryWindow", "&File"))
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(close)

        top = QHBoxLayout()
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[int | None, QPushButton] = {}
        view_menu = self.menuBar().addMenu(translate("HistoryWindow", "&View"))
        for label, weeks, keys in RANGES:
            button = QPushButton(translate("HistoryWindow", label))
            button.setCheckable(True)
            words = translate("HistoryWindow", RANGE_WORDS[weeks])
            button.setToolTip(
                translate("HistoryWindow", "Show {range} ({keys})").format(range=words, keys=keys)
            )
            button.clicked.connect(lambda _=False, w=weeks: self.set_range(w))
            self.range_group.addButton(button)
            self.range_buttons[weeks] = button
            top.addWidget(button)
            action = QAction(translate("HistoryWindow", label), self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, w=weeks: self.set_range(w))
            view_menu.addAction(action)
        if self.weeks in self.range_buttons:
            self.range_buttons[self.weeks].setChecked(True)
        top.addSpacing(24)
        top.addWidget(QLabel(translate("HistoryWindow", "Exercise:")))
        self.exercise_box = QComboBox()
        self.exercise_box.setMinimumContentsLength(24)
        self.exercise_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.exercise_box.setToolTip(
            translate("HistoryWindow", "Which exercise the main chart shows")
        )
        self.exercise_box.activated.connect(self._exercise_chosen)
        top.addWidget(self.exercise_box)
        top.addStretch(1)
        self.export_button = QPushButton(translate("HistoryWindow", "Export CSV… (Ctrl+E)"))
        self.export_button.setToolTip(
            translate("HistoryWindow", "Save the sets in this range as a CSV file (Ctrl+E)")
        )
        self.export_button.clicked.connect(self.export_csv_dialog)
        top.addWidget(self.export_button)

        self.demo_bar = QWidget()
        demo_row = QHBoxLayout(self.demo_bar)
        demo_row.setContentsMargins(0, 0, 0, 0)
        self.demo_label = QLabel(
            translate(
                "HistoryWindow",
                "These charts include made-up demo sessions, to show what the history looks like.",
            )
        )
        self.demo_label.setWordWrap(True)
        self.remove_demo_button = QPushButton(translate("HistoryWindow", "Remove demo sessions"))
        self.remove_demo_button.clicked.connect(self.remove_demo)
        demo_row.addWidget(self.demo_label, 1)
        demo_row.addWidget(self.remove_demo_button)

        self.work_chart = WorkChart()
        self.sessions_chart = SessionsChart()
        self.effort_chart = EffortChart()
        for chart in (self.work_chart, self.sessions_chart, self.effort_chart):
            chart.hovered.connect(self._show_hover)
        # One x axis for the three: the same weeks, labelled with the same dates.
        self.work_chart.link_x(self.sessions_chart, self.effort_chart)

        self.balance_model = BalanceModel()
        self.balance_table = self._table(self.balance_model)
        self.sessions_model = SessionsModel(self.store.session_sets, self._tz)
        self.sessions_table = self._table(self.sessions_model)
        self.sessions_table.horizontalHeader().setSectionResizeMode(
            9, QHeaderView.ResizeMode.Stretch
        )
        # Column widths from the newest rows: measuring thousands of rows costs seconds.
        self.sessions_table.horizontalHeader().setResizeContentsPrecision(60)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.balance_table, translate("HistoryWindow", "Left / right balance"))
        self.tabs.addTab(self.sessions_table, translate("HistoryWindow", "Sessions"))
        # Issue 15: level, reps and pain per side (its own module and store query).
        self.progress_charts = ProgressCharts()
        self.tabs.addTab(self.progress_charts, translate("HistoryWindow", "Progression"))

        # The three charts one above the other, full width: a week sits at the same x in
        # each, so its reps, its sessions and its effort line up under one date.
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.work_chart)
        split.addWidget(self.sessions_chart)
        split.addWidget(self.effort_chart)
        split.addWidget(self.tabs)
        split.setChildrenCollapsible(False)
        self.tabs.setMinimumHeight(150)
        # Shares of the height: the main chart, the two small charts, the tables.
        split.setSizes([3600, 1900, 1900, 2600])
        for index, stretch in enumerate((4, 2, 2, 3)):
            split.setStretchFactor(index, stretch)

        self.empty_label = QLabel(
            translate(
                "HistoryWindow",
                "<h3>No sessions yet</h3><p>Finish a routine and its sets show up here, week by "
                "week and side by side.</p><p>To look around first, fill this history with "
                "%n weeks of made-up sessions; one click removes them again.</p>",
                None,
                DEMO_WEEKS,
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.try_demo_button = QPushButton(translate("HistoryWindow", "Try with made-up data"))
        self.try_demo_button.setToolTip(
            translate(
                "HistoryWindow",
                "Fill this profile's empty history with %n weeks of made-up sessions",
                None,
                DEMO_WEEKS,
            )
        )
        self.try_demo_button.clicked.connect(self.try_demo)
        self.empty_page = QWidget()
        empty = QVBoxLayout(self.empty_page)
        empty.addStretch(1)
        empty.addWidget(self.empty_label)
        empty.addWidget(self.try_demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(split)
        self.pages.addWidget(self.empty_page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.demo_bar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.hover_label = QLabel(
            translate("HistoryWindow", "Point at a bar or a dot to see its numbers.")
        )
        self.statusBar().addWidget(self.hover_label, 1)

    def _table(self, model: BalanceModel | SessionsModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    # --- data -----------------------------------------------------------------------

    def today(self) -> date:
        return self._today or local_today(self._tz)

    def refresh(self) -> None:
        """Reload from the store and redraw (after a session ends, for instance)."""
        started = time.perf_counter()
        data = load_history(
            self.store, self.weeks, self.exercise_id, today=self.today(), tz=self._tz
        )
        loaded = time.perf_counter()
        if data is self.data:
            # The very answer drawn already (kept until the history changes).
            self.timings = {"query": loaded - started, "draw": 0.0}
            self.drawn.emit(loaded - started)
            return
        self.data = data
        self._fill_exercises(data)
        if data.exercise is not None:
            self.work_chart.show_work(data.exercise.name, data.exercise.unit, data.work, data.weeks)
        else:
            self.work_chart.show_work("", "reps", [], data.weeks)
        self.sessions_chart.show_sessions(data.sessions_per_week, data.weeks, data.streak)
        exercise = data.exercise
        self.progress_charts.show_exercise(
            self.store,
            exercise.id if exercise else None,
            exercise.unit if exercise else "reps",
            data.weeks,
            self._tz,
        )
        self.effort_chart.show_effort(data.effort, data.weeks)
        self.balance_model.set_rows(data.balance)
        self.sessions_model.set_rows(data.sessions)
        sessions_tab = translate("HistoryWindow", "Sessions ({count})")
        self.tabs.setTabText(1, sessions_tab.format(count=len(data.sessions)))
        flagged = sum(b.flagged for b in data.balance)
        self.tabs.setTabText(
            0,
            translate("HistoryWindow", "Left / right balance")
            + (translate("HistoryWindow", " (⚠ %n to check)", None, flagged) if flagged else ""),
        )
        self.demo_bar.setVisible(data.has_demo)
        self.pages.setCurrentIndex(0 if self.store.session_count() else 1)
        done = time.perf_counter()
        self.timings = {"query": loaded - started, "draw": done - loaded}
        self.drawn.emit(done - started)

    def _fill_exercises(self, data: HistoryData) -> None:
        box = self.exercise_box
        box.blockSignals(True)
        box.clear()
        for info in data.exercises:
            box.addItem(info.name, info.id)
        if data.exercise is not None:
            box.setCurrentIndex(box.findData(data.exercise.id))
        box.setEnabled(bool(data.exercises))
        box.blockSignals(False)

    def set_range(self, weeks: int | None) -> None:
        """Show the last `weeks` weeks (None: all time); the buttons offer 8, 26 and all."""
        self.weeks = weeks
        button = self.range_buttons.get(weeks)
        if button is not None:
            button.setChecked(True)
        else:
            self.range_group.setExclusive(False)
            for other in self.range_buttons.values():
                other.setChecked(False)
            self.range_group.setExclusive(True)
        self.refresh()

    def range_words(self) -> str:
        if self.weeks in RANGE_WORDS:
            return translate("HistoryWindow", RANGE_WORDS[self.weeks])
        weeks = self.weeks or 0  # a plain name: lupdate skips a call whose count is an expression
        return translate("HistoryWindow", "the last %n weeks", None, weeks)

    def set_exercise(self, exercise_id: str) -> None:
        self.exercise_id = exercise_id
        self.refresh()

    def _exercise_chosen(self, index: int) -> None:
        self.set_exercise(self.exercise_box.itemData(index))

    def _show_hover(self, text: str) -> None:
        self.hover_label.setText(
            text or translate("HistoryWindow", "Point at a bar or a dot to see its numbers.")
        )

    # --- actions --------------------------------------------------------------------

    def export_csv_dialog(self) -> Path | None:
        what = self.range_words()
        suggested = Path.home() / f"hiptimer-{self.store.profile}-{self.today().isoformat()}.csv"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("HistoryWindow", "Export {range} as CSV").format(range=what),
            str(suggested),
            translate("HistoryWindow", "CSV files (*.csv);;All files (*)"),
        )
        if not name:
            return None
        path = Path(name)
        try:
            count = export_csv(
                self.store, path, since=range_start(self.today(), self.weeks), tz=self._tz
            )
        except (CsvExportError, StoreError) as error:
            QMessageBox.warning(self, translate("HistoryWindow", "Export CSV"), str(error))
            return None
        saved = translate("HistoryWindow", "Saved %n sets from {range} to {path}", None, count)
        self.statusBar().showMessage(saved.format(range=what, path=path), 10_000)
        return path

    def try_demo(self) -> int:
        """Fill an empty history with made-up sessions (as `hiptimer history demo` does),
        after asking. Returns how many sessions were added."""
        answer = QMessageBox.question(
            self,
            translate("HistoryWindow", "Try with made-up data"),
            translate(
                "HistoryWindow",
                "Fill the history of {profile} with %n weeks of made-up "
                "sessions? They are marked as demo sessions, and 'Remove demo sessions' takes "
                "them out again.",
                None,
                DEMO_WEEKS,
            ).format(profile=self.store.profile),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        from hiptimer.store.demo import demo_sessions

        try:
            if self.store.session_count(demo=False):
                # Only into an empty history, like the command: real sessions stay alone.
                QMessageBox.information(
                    self,
                    translate("HistoryWindow", "Try with made-up data"),
                    translate("HistoryWindow", "This history has sessions of its own now."),
                )
                self.refresh()
                return 0
            records = demo_sessions(DEMO_WEEKS, today=self.today(), tz=self._tz)
            added = self.store.add_sessions(records, replace_demo=True)
        except StoreError as error:
            QMessageBox.warning(
                self, translate("HistoryWindow", "Try with made-up data"), str(error)
            )
            return 0
        self.refresh()
        added_text = translate("HistoryWindow", "Added %n made-up sessions", None, added)
        self.statusBar().showMessage(added_text, 10_000)
        return added

    def remove_demo(self) -> None:
        answer = QMessageBox.question(
            self,
            translate("HistoryWindow", "Remove demo sessions"),
            translate(
                "HistoryWindow",
                "Remove the made-up demo sessions from this profile? Your own sessions stay.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            removed = self.store.delete_demo_sessions()
        except StoreError as error:
            QMessageBox.warning(
                self, translate("HistoryWindow", "Remove demo sessions"), str(error)
            )
            return
        self.refresh()
        removed_text = translate("HistoryWindow", "Removed %n demo sessions", None, removed)
        self.statusBar().showMessage(removed_text, 10_000)
