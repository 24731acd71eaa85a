"""Finding what a test leaves behind in Qt: top-level widgets and running timers.

Used by the autouse `no_qt_leaks` fixture in tests/conftest.py, which fails a test that
leaks either. How each is found:

- Top-level widgets: the C++ addresses of QApplication.topLevelWidgets() are noted before
  the test. After it (pytest-qt has closed and deleteLater'd the widgets given to
  qtbot.addWidget by then), deferred deletes are run and Python's garbage collected, so
  every widget nobody holds any more is really deleted; any top-level widget still alive
  that was not there before is a leak, shown or hidden (a hidden window that is never
  deleted still holds its memory, its timers and its signal connections).
- Running timers: every QTimer made from Python, by the project or a test, is noted when
  it is made (QTimer.__init__ is wrapped once per session, which also catches subclasses,
  however the timer is later started: start(), a signal connected to its start slot,
  setSingleShot...). After the test, every noted timer whose C++ object still exists and
  isActive() is a leak: a timer that keeps firing into a closed window, or into the next
  test. Timers that died with their parent or their last Python reference are gone and
  fine. PySide6 carries out QTimer.singleShot(ms, callable) with a QTimer it makes through
  Python, so a pending single shot is caught as well (a bare singleShot into a window
  that is closed before it fires is one). Qt's own internal timers (QBasicTimer, timers
  made in C++ by Qt itself) are not tracked.

A leak found is cleaned up (the widget closed and deleted, the timer stopped) so that
one failing test does not make the next ones fail too.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_made_timers: list[weakref.ref[QTimer]] = []
_original_init: list[Callable[..., None]] = []  # QTimer's own __init__, once wrapped


def track_timers() -> None:
    """Wrap QTimer.__init__ (once) so every QTimer made from Python is noted."""
    if _original_init:
        return
    original = QTimer.__init__
    _original_init.append(original)

    def noting_init(self: QTimer, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        _made_timers.append(weakref.ref(self))

    QTimer.__init__ = noting_init  # type: ignore[method-assign]


def _address(obj: object) -> int:
    return int(shiboken6.getCppPointer(obj)[0])


def _alive(obj: object) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def _settle(*, thorough: bool) -> None:
    """Run pending deleteLater calls and drop what only Python still held.

    A full garbage collection costs about 50 ms with Qt loaded, so the quick pass collects
    only the young generations; a test only pays for the thorough one when something looks
    left behind after the quick pass.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    for _ in range(3 if thorough else 1):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect(2 if thorough else 1)


def _describe_widget(widget: QWidget) -> str:
    name = type(widget).__name__
    title = widget.windowTitle()
    state = "shown" if widget.isVisible() else "hidden"
    parent = widget.parentWidget()
    if parent is not None:
        state += f", a window of {type(parent).__name__}"
    return f"{name} {title!r} ({state})" if title else f"{name} ({state})"


def _describe_timer(timer: QTimer) -> str:
    parent = timer.parent()
    owner = f" owned by {type(parent).__name__}" if parent is not None else " without parent"
    kind = "single-shot" if timer.isSingleShot() else "repeating"
    name = f" {timer.objectName()!r}" if timer.objectName() else ""
    return f"{type(timer).__name__}{name}, {kind}, every {timer.interval()} ms,{owner}"


@dataclass
class LeakWatch:
    """What existed before a test, to compare with what is left after it."""

    widgets_before: set[int] = field(default_factory=set)

    @classmethod
    def start(cls) -> LeakWatch:
        track_timers()
        _made_timers.clear()
        watch = cls()
        if QApplication.instance() is not None:
            _settle(thorough=False)
            watch.widgets_before = {_address(w) for w in QApplication.topLevelWidgets()}
        return watch

    def leaked_widgets(self) -> list[QWidget]:
        if QApplication.instance() is None:
            return []
        return [
            w
            for w in QApplication.topLevelWidgets()
            if _alive(w) and _address(w) not in self.widgets_before
        ]

    def leaked_timers(self) -> list[QTimer]:
        timers = (ref() for ref in _made_timers)
        return [t for t in timers if t is not None and _alive(t) and t.isActive()]

    def finish(self) -> list[str]:
        """Every leak as a line of text (empty when none); leaks found are cleaned up."""
        _settle(thorough=False)
        if not self.leaked_widgets() and not self.leaked_timers():
            _made_timers.clear()
            return []
        _settle(thorough=True)
        widgets = self.leaked_widgets()
        timers = self.leaked_timers()
        problems = [f"top-level widget left alive: {_describe_widget(w)}" for w in widgets]
        problems += [f"timer left running: {_describe_timer(t)}" for t in timers]
        for timer in timers:
            timer.stop()
        for widget in widgets:
            widget.close()
            widget.deleteLater()
        del widgets, timers
        _made_timers.clear()
        _settle(thorough=True)
        return problems
