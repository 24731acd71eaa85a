"""Getting the History window ready in the background, so the first Ctrl+H opens at once.

A second after the first paint, while the app is idle, one step at a time on the event
loop (QTimer with 0 ms: never another thread, since pyqtgraph makes Qt objects as it loads):
numpy, pyqtgraph, the window's own modules, the charts' numbers of the profile's history
(kept by hiptimer.store.aggregates until the history changes), then the window itself,
built hidden (Ctrl+H shows it: hiptimer.ui.history.prepare_history). Between two steps
the event loop runs whatever waits. While `busy()` says so (a session is running, so a
countdown must not wait for an import that takes a few hundred milliseconds) no step
runs; the preload waits IDLE_RETRY_MS and looks again.

`timings` keeps how long each step took, for the benchmark.
"""

from __future__ import annotations

import contextlib
import importlib
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from hiptimer.store import HistoryStore
    from hiptimer.ui.history.window import HistoryWindow

# The first step waits this long after start(): the app's own work after the first paint
# (opening the history, loading the sound and speech) and a first key press go first.
START_AFTER_MS = 1000
# Looked again after this long while the app was busy.
IDLE_RETRY_MS = 2000
# The modules, heaviest first: numpy alone is a third of pyqtgraph's load.
MODULES = ("numpy", "pyqtgraph", "hiptimer.ui.history.window")


class HistoryPreload(QObject):
    """Loads the History window's modules and numbers step by step while idle."""

    finished = Signal()

    def __init__(
        self,
        busy: Callable[[], bool],
        store: Callable[[], HistoryStore | None],
        parent: QObject | None = None,
        *,
        host: QWidget | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        """host: the window the History window belongs to (None: not built ahead)."""
        super().__init__(parent)
        self._host = host
        self._busy = busy
        self._store = store
        self._today = today
        self._steps: list[tuple[str, Callable[[], object]]] = [
            (name, partial(importlib.import_module, name)) for name in MODULES
        ]
        self._steps += self._history_steps()
        self.timings: dict[str, float] = {}
        self.done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        """Begin (again) START_AFTER_MS from now."""
        if not self.done and not self._timer.isActive():
            self._timer.start(START_AFTER_MS)

    def stop(self) -> None:
        self._timer.stop()

    def warm(self) -> None:
        """The numbers again (another profile's history was opened)."""
        if self.done:
            self.done = False
            self._steps += self._history_steps()
        self.start()

    def _numbers(self) -> None:
        store = self._store()
        if store is None:
            return
        import sqlite3

        from hiptimer.store import StoreError
        from hiptimer.store.charts import RANGE_8_WEEKS, load_history

        # The window opens on this range (HistoryWindow's default) for today; what goes
        # wrong here is said when the window is opened.
        with contextlib.suppress(StoreError, sqlite3.Error):
            load_history(store, RANGE_8_WEEKS, today=self._today() if self._today else None)

    def _history_steps(self) -> list[tuple[str, Callable[[], object]]]:
        return [
            ("history numbers", self._numbers),
            ("history window", self._window),
            ("history drawn", self._drawn),
        ]

    def _window(self) -> HistoryWindow | None:
        store = self._store()
        if store is None or self._host is None:
            return None
        from hiptimer.ui.history import prepare_history

        return prepare_history(self._host, store)

    def _drawn(self) -> None:
        # Drawn once off screen: styles, layout and the charts' text are ready to show.
        window = self._window()
        if window is not None and not window.isVisible():
            window.grab()

    def _step(self) -> None:
        if not self._steps:
            return
        if self._busy():
            self._timer.start(IDLE_RETRY_MS)
            return
        name, run = self._steps.pop(0)
        started = time.perf_counter()
        run()
        self.timings[name] = time.perf_counter() - started
        if self._steps:
            self._timer.start(0)
        else:
            self.done = True
            self.finished.emit()
