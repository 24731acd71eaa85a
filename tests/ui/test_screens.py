"""Screenshots of every screen a runner sees, checked for cut-off text.

Renders the start view, a session step of each kind (get ready, a tempo-paced set early
and in its last seconds, a self-paced set, paused, a hold, switch sides, rest) and the end
view, and the History window with data, at 1180x780 in the light and the dark palette;
the session steps also at 760x540, for the built-in routine and a self-paced variant of it.

Each test fails on any label whose text is cut off (wider or taller than its label, a
fit-text widget of ui/widgets.py eliding it, a button narrower than its text) and on any
visible widget outside the window.

The images are written for a person to look at: to the folder named by the environment
variable HIPTIMER_SHOTS_DIR, or else to `screens` under pytest's temporary folder
(for example /tmp/pytest-of-<user>/pytest-current/screens/). File names say the screen,
the routine, the palette and the size: session-builtin-dark-760x540-05-switch.png.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QStyle,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Mode, Routine
from hiptimer.core.timeline import StepKind
from hiptimer.profiles.settings import Settings, Theme
from hiptimer.store import HistoryStore
from hiptimer.store.demo import demo_sessions
from hiptimer.ui.history.window import HistoryWindow
from hiptimer.ui.profile_link import ProfileLink
from hiptimer.ui.theme import apply_theme
from hiptimer.ui.widgets import FitParagraph, FitText, PhaseStrip

Key = Qt.Key
SHOTS_ENV = "HIPTIMER_SHOTS_DIR"
BIG = (1180, 780)
SMALL = (760, 540)
THEMES = (Theme.LIGHT, Theme.DARK)


def _self_paced(routine: Routine) -> Routine:
    """The same routine with every rep exercise at the runner's own pace (no tempo)."""
    exercises = tuple(
        dataclasses.replace(e, dose=dataclasses.replace(e.dose, tempo=None))
        if e.mode is Mode.REPS
        else e
        for e in routine.exercises
    )
    return dataclasses.replace(routine, name=f"{routine.name} (own pace)", exercises=exercises)


ROUTINES = {"builtin": DEFAULT_ROUTINE, "selfpaced": _self_paced(DEFAULT_ROUTINE)}


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get(SHOTS_ENV)
    if folder:
        path = Path(folder)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("screens", numbered=False)


@pytest.fixture(params=THEMES, ids=lambda theme: theme.value)
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Theme]:
    apply_theme(qapp, request.param)
    yield request.param


# --- what counts as cut off -----------------------------------------------------------


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport: clipped to it by design, not by the window."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height():
            return f"wraps to {need} px high in {label.height()} px"
        return None
    need = label.minimumSizeHint()
    if need.width() > label.width() + 1 or need.height() > label.height() + 1:
        return f"needs {need.width()}x{need.height()} px, has {label.width()}x{label.height()}"
    return None


def _fit_text_problem(widget: FitText) -> str | None:
    if not widget.text():
        return None
    metrics = QFontMetricsF(widget.drawn_font())
    width = metrics.horizontalAdvance(widget.text())
    # As the widget paints: Qt's own elision at its width.
    drawn = metrics.elidedText(widget.text(), Qt.TextElideMode.ElideRight, widget.width())
    if width > widget.width() + 0.5 or drawn != widget.text():
        return f"elided to {drawn!r}: needs {width:.0f} px, has {widget.width()}"
    return None


def _paragraph_problem(widget: FitParagraph) -> str | None:
    if not widget.text():
        return None
    flags = int(Qt.TextFlag.TextWordWrap)
    box = QFontMetricsF(widget.drawn_font()).boundingRect(
        QRectF(0, 0, widget.width(), 100_000), flags, widget.text()
    )
    if box.height() > widget.height() + 0.5:
        return f"cut off: needs {box.height():.0f} px high, has {widget.height()}"
    return None


def _phase_problem(widget: PhaseStrip) -> str | None:
    if widget.phase is not None or not widget.text():
        return None  # the three phase words are fitted to their cells
    from hiptimer.ui.widgets import _fitted_font

    line = QRectF(0, 0, widget.width(), widget.height() * 0.68)
    font = _fitted_font(widget.font(), widget.text(), line, widget.pixel_size())
    width = QFontMetricsF(font).horizontalAdvance(widget.text())
    if width > widget.width() + 0.5:
        return f"cut off: needs {width:.0f} px, has {widget.width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    need = QFontMetricsF(button.font()).horizontalAdvance(text)
    if need > button.contentsRect().width() - 4:
        return f"text needs {need:.0f} px, button has {button.contentsRect().width()}"
    return None


def _tab_problems(bar: QTabBar) -> Iterator[str]:
    metrics = QFontMetricsF(bar.font())
    for index in range(bar.count()):
        need = metrics.horizontalAdvance(bar.tabText(index))
        if need > bar.tabRect(index).width() - 8:
            yield f"tab {bar.tabText(index)!r} elided: needs {need:.0f} px"


def _table_problems(table: QTableView) -> Iterator[str]:
    """Cells and column titles whose text does not fit their column (Qt elides them)."""
    model = table.model()
    metrics = QFontMetricsF(table.font())
    header = table.horizontalHeader()
    header_metrics = QFontMetricsF(header.font())
    # A cell's text sits inside the style's focus margins; a title beside a sort mark.
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        width = table.columnWidth(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if header.isVisible() and header_metrics.horizontalAdvance(title) + margin > width:
            yield f"column title {title!r} elided in {width} px"
        for row in range(model.rowCount()):
            if table.visualRect(model.index(row, column)).isEmpty():
                continue  # scrolled out of sight
            text = str(model.index(row, column).data() or "")
            if text and metrics.horizontalAdvance(text) + margin > width:
                yield f"cell {text!r} elided in {width} px"


def cut_off(window: QWidget) -> list[str]:
    """Every piece of text cut off, and every visible widget outside the window."""
    area = QRect(QPoint(0, 0), window.size())
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        name = widget.objectName() or type(widget).__name__
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not _scrolled(widget, window) and not area.contains(place):
            problems.append(f"{name}: at {place.getRect()}, outside the window {area.getRect()}")
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, FitText):
            problem = _fit_text_problem(widget)
        elif isinstance(widget, FitParagraph):
            problem = _paragraph_problem(widget)
        elif isinstance(widget, PhaseStrip):
            problem = _phase_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QTabBar):
            problems += [f"{name}: {p}" for p in _tab_problems(widget)]
        elif isinstance(widget, QTableView):
            problems += [f"{name}: {p}" for p in _table_problems(widget)]
        if problem:
            text = widget.text() if hasattr(widget, "text") else ""
            problems.append(f"{name} {str(text)[:60]!r}: {problem}")
    return problems


class Camera:
    """Saves a window's picture under a name and collects what is cut off on it."""

    def __init__(self, folder: Path, prefix: str) -> None:
        self.folder = folder
        self.prefix = prefix
        self.taken: list[Path] = []
        self.problems: list[str] = []

    def take(self, window: QWidget, name: str) -> None:
        for _ in range(4):
            QApplication.processEvents()
        path = self.folder / f"{self.prefix}-{len(self.taken):02d}-{name}.png"
        assert window.grab().save(str(path)), path
        self.taken.append(path)
        self.problems += [f"{path.name}: {p}" for p in cut_off(window)]

    def check(self) -> None:
        assert all(p.stat().st_size > 0 for p in self.taken)
        assert not self.problems, "\n".join(self.problems)


# --- the screens ----------------------------------------------------------------------


def walk_session(h, camera: Camera, self_paced: bool) -> None:
    """Go through one step of each kind, photographing each as a runner would see it."""
    window = h.window
    h.press(Key.Key_Return)
    h.advance(1.5)
    assert window.session.step.kind is StepKind.PREPARE
    camera.take(window, "prepare")

    def at(predicate: Callable[[object], bool], then: float = 1.5) -> None:
        h.skip_to(predicate)
        h.advance(then)

    work = window.session.step
    at(lambda s: s.kind is StepKind.WORK, 2.2)
    work = window.session.step
    if self_paced:
        assert work.self_paced
        h.press(Key.Key_Plus)  # the count corrected once: the +/- buttons show
        camera.take(window, "work-self-paced")
    else:
        assert work.seconds is not None
        camera.take(window, "work-tempo")
        h.advance(work.seconds - 2.2 - 2.0)  # the last seconds: the big number turns urgent
        camera.take(window, "work-last-seconds")
    h.press(Key.Key_Space)
    camera.take(window, "paused")
    h.press(Key.Key_Space)
    at(lambda s: s.kind is StepKind.SWITCH)
    camera.take(window, "switch")
    at(lambda s: s.kind is StepKind.REST)
    camera.take(window, "rest")
    at(lambda s: s.kind is StepKind.HOLD, 3)
    camera.take(window, "hold")
    at(lambda s: s.kind is StepKind.DONE, 0.5)
    h.settle()
    assert window.stack.currentWidget() is window.end_screen
    camera.take(window, "end")


@pytest.mark.parametrize("size", [BIG, SMALL], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("routine", list(ROUTINES), ids=str)
def test_every_session_step_fits(make_window, shots, theme, routine, size):
    h = make_window(ROUTINES[routine], settings=Settings(prepare_seconds=10, theme=theme))
    h.window.resize(*size)
    h.settle()
    assert (h.window.width(), h.window.height()) == size
    camera = Camera(shots, f"session-{routine}-{theme.value}-{size[0]}x{size[1]}")
    walk_session(h, camera, self_paced=routine == "selfpaced")
    assert len(camera.taken) == (8 if routine == "builtin" else 7)
    camera.check()


def test_the_start_view_fits(make_window, shots, theme):
    h = make_window()
    link = ProfileLink(h.window, "Sam")
    link.window_ready()  # the profile picker
    assert link.store is not None
    link.store.add_sessions(demo_sessions(3, today=_today()))
    link.refresh_recent()  # the "Last session" line
    h.window.resize(*BIG)
    h.settle()
    start = h.window.start_screen
    assert start.recent.isVisible() and start.recent.text().startswith("Last session")
    assert not start.list_area.verticalScrollBar().isVisible()
    camera = Camera(shots, f"start-{theme.value}-{BIG[0]}x{BIG[1]}")
    camera.take(h.window, "start")
    camera.check()
    link.close()


def _today():
    from hiptimer.core.weeks import today

    return today()


def test_the_history_window_fits(qtbot, tmp_path, shots, theme):
    with HistoryStore.open_path(tmp_path / "Sam" / "history.sqlite3") as store:
        camera = Camera(shots, f"history-{theme.value}-{BIG[0]}x{BIG[1]}")
        window = HistoryWindow(store)
        qtbot.addWidget(window)
        window.resize(*BIG)
        window.show()
        qtbot.waitExposed(window)
        camera.take(window, "empty")
        store.add_sessions(demo_sessions(12, today=window.today()))
        window.refresh()
        camera.take(window, "8-weeks")
        window.tabs.setCurrentIndex(1)
        window.set_range(None)
        camera.take(window, "all-time-sessions")
        window.close()
    camera.check()


def test_the_checks_catch_cut_off_text_and_stray_widgets(qtbot):
    """The checks themselves: a label too narrow for its text, an eliding fit-text and a
    widget past the window's edge are each reported."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    label = QLabel("A label with far too much text for it", window)
    label.setGeometry(10, 10, 60, 20)
    fit = FitText("An exercise name that will not fit", parent=window)
    fit.set_pixel_size(30)
    fit.setGeometry(10, 40, 50, 40)
    stray = QLabel("x", window)
    stray.setGeometry(280, 150, 60, 60)
    window.show()
    qtbot.waitExposed(window)
    table = QTableWidget(1, 1, window)
    table.setGeometry(10, 90, 150, 50)
    table.setItem(0, 0, QTableWidgetItem("Half-kneeling hip flexor stretch, left side"))
    table.setColumnWidth(0, 60)
    table.show()
    problems = cut_off(window)
    assert any("cell 'Half-kneeling" in p and "elided" in p for p in problems)
    assert any(p.startswith("QLabel 'A label") and "needs" in p for p in problems)
    assert any(p.startswith("FitText") and "elided" in p for p in problems)
    assert any("outside the window" in p for p in problems)
    label.setGeometry(10, 10, 280, 20)
    fit.setText("Fits")
    stray.setGeometry(250, 150, 20, 20)
    table.setItem(0, 0, QTableWidgetItem("Bridge"))
    assert cut_off(window) == []
