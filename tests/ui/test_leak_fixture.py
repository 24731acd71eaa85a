"""The leak check of tests/conftest.py catches what it is there to catch.

Direct checks of tests/qt_leaks.py (a window or a timer left behind on purpose is named,
then cleaned up; what was closed and deleted, stopped, or died with its parent is not),
and one pytest run in a child process showing the autouse fixture fails the leaking
tests of a run and passes the clean one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from tests.qt_leaks import LeakWatch

pytest_plugins = ["pytester"]
REPO = Path(__file__).resolve().parents[2]
kept: list[Any] = []  # what a "leaking" test below holds on to, as a careless module would


@pytest.fixture(autouse=True)
def forget_kept() -> Any:
    yield
    kept.clear()


def test_a_window_left_alive_is_named_and_then_deleted(qapp: Any) -> None:
    watch = LeakWatch.start()
    window = QMainWindow()
    window.setWindowTitle("Forgotten")
    window.show()
    kept.append(window)
    problems = watch.finish()
    assert problems == ["top-level widget left alive: QMainWindow 'Forgotten' (shown)"]
    assert not shiboken6.isValid(window), "a leak found is cleaned up for the next test"


def test_a_hidden_window_nobody_deleted_is_a_leak_too(qapp: Any) -> None:
    watch = LeakWatch.start()
    window = QWidget()
    window.show()
    window.close()  # closed, but without WA_DeleteOnClose it lives on
    kept.append(window)
    assert watch.finish() == ["top-level widget left alive: QWidget (hidden)"]


def test_closed_and_deleted_or_dropped_windows_are_no_leak(qapp: Any) -> None:
    watch = LeakWatch.start()
    closed = QWidget()
    closed.show()
    closed.close()
    closed.deleteLater()
    dropped = QWidget()
    dropped.show()
    del dropped  # only Python held it: it goes with its last reference
    assert watch.finish() == []


def test_windows_from_before_the_test_are_not_blamed_on_it(qapp: Any) -> None:
    earlier = QWidget()
    watch = LeakWatch.start()
    assert watch.finish() == []
    earlier.deleteLater()


def test_a_running_timer_is_named_however_it_was_started(qapp: Any) -> None:
    class Starter(QObject):
        go = Signal()

    watch = LeakWatch.start()
    started = QTimer()
    started.start(250)
    starter = Starter()
    by_signal = QTimer()
    by_signal.setObjectName("poll")
    by_signal.setInterval(40)
    starter.go.connect(by_signal.start)  # started by Qt, not by a Python start() call
    starter.go.emit()
    kept.extend([started, by_signal, starter])
    problems = watch.finish()
    assert problems == [
        "timer left running: QTimer, repeating, every 250 ms, without parent",
        "timer left running: QTimer 'poll', repeating, every 40 ms, without parent",
    ]
    assert not started.isActive() and not by_signal.isActive(), "leaked timers are stopped"


def test_a_timer_in_a_closed_window_that_lives_on_is_caught_with_it(qapp: Any) -> None:
    class Ticking(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.setWindowTitle("Ticking")
            self.tick = QTimer(self)
            self.tick.setSingleShot(True)
            self.tick.start(60_000)

    watch = LeakWatch.start()
    window = Ticking()
    window.show()
    window.close()
    kept.append(window)
    assert watch.finish() == [
        "top-level widget left alive: Ticking 'Ticking' (hidden)",
        "timer left running: QTimer, single-shot, every 60000 ms, owned by Ticking",
    ]


def test_a_pending_single_shot_is_a_running_timer(qapp: Any) -> None:
    watch = LeakWatch.start()
    window = QWidget()
    QTimer.singleShot(60_000, window.close)  # far off: it must still be pending
    window.deleteLater()
    assert watch.finish() == [
        "timer left running: QTimer, single-shot, every 60000 ms, without parent"
    ]


def test_stopped_timers_and_timers_deleted_with_their_window_are_no_leak(qapp: Any) -> None:
    watch = LeakWatch.start()
    stopped = QTimer()
    stopped.start(100)
    stopped.stop()
    window = QWidget()
    QTimer(window).start(100)
    window.deleteLater()
    kept.append(stopped)
    assert watch.finish() == []


LEAKY_TESTS = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

kept = []


def test_leaks_a_window(qapp):
    window = QWidget()
    window.setWindowTitle("Leaky")
    window.show()
    kept.append(window)


def test_leaks_a_timer(qapp):
    timer = QTimer()
    timer.start(1000)
    kept.append(timer)


def test_cleans_up(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    timer = QTimer(window)
    timer.start(1000)
"""


@pytest.mark.slow
def test_the_autouse_fixture_fails_leaking_tests_in_a_real_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    pytester.makeconftest((REPO / "tests" / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(test_leaky=LEAKY_TESTS)
    monkeypatch.setenv("PYTHONPATH", str(REPO))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:randomly")
    result.assert_outcomes(passed=3, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_leaks_a_window*",
            "*top-level widget left alive: QWidget 'Leaky' (shown)*",
            "*ERROR at teardown of test_leaks_a_timer*",
            "*timer left running: QTimer, repeating, every 1000 ms, without parent*",
        ]
    )
