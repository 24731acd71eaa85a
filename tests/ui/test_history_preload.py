"""The History window made ready in the background: between sessions, never during one."""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hiptimer.store.demo import demo_sessions
from hiptimer.ui.history import preload as preload_module
from hiptimer.ui.profile_link import ProfileLink


def linked(make_window):
    harness = make_window()
    link = ProfileLink(harness.window, "default")
    link.window_ready()
    assert link.store is not None
    return harness, link


def history_windows():
    from hiptimer.ui.history.window import HistoryWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryWindow)]


def test_ctrl_h_finds_the_modules_and_numbers_ready(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(preload_module, "START_AFTER_MS", 0)
    harness, link = linked(make_window)
    assert link.store is not None
    link.store.add_sessions(demo_sessions(6, today=date.today()))
    link.start_preload()
    preload = link.preload
    assert preload is not None
    qtbot.waitUntil(lambda: preload.done, timeout=20_000)
    assert {"numpy", "pyqtgraph", "hiptimer.ui.history.window"} <= set(sys.modules)
    assert set(preload.timings) == {
        *preload_module.MODULES,
        "history numbers",
        "history window",
        "history drawn",
    }
    # The window is built ahead, hidden, for this profile's history.
    (ahead,) = history_windows()
    assert not ahead.isVisible() and ahead.store is link.store
    from hiptimer.store.charts import load_history

    ready = load_history(link.store)
    harness.qtbot.keyClick(harness.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    windows = history_windows()
    assert windows == [ahead] and ahead.isVisible()
    # The window drew the very numbers worked out in the background.
    assert windows[0].data is ready
    assert windows[0].tabs.tabText(1) == f"Sessions ({len(ready.sessions)})"
    link.close()
    assert history_windows() == [] or not ahead.isVisible()


def test_nothing_loads_while_a_session_runs(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(preload_module, "IDLE_RETRY_MS", 20)
    monkeypatch.setattr(preload_module, "START_AFTER_MS", 0)
    harness, link = linked(make_window)
    harness.press(Qt.Key.Key_Return)
    assert harness.window.session_active
    link.start_preload()
    preload = link.preload
    assert preload is not None
    for _ in range(5):
        qtbot.wait(30)
        assert preload.timings == {} and not preload.done
    harness.window.end_session()
    assert not harness.window.session_active
    qtbot.waitUntil(lambda: preload.done, timeout=20_000)
    assert "history numbers" in preload.timings
    link.close()
