"""Fixtures for window tests: a fake clock, a silent sound output, the mock speech engine,
a recording screen-saver inhibitor (user folders are moved by tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hiptimer.core.clock import FakeClock
from hiptimer.core.session import State
from hiptimer.profiles.settings import Settings, Theme
from hiptimer.ui.keep_awake import KeepAwake
from hiptimer.ui.main_window import MainWindow
from hiptimer.ui.sound import SilentSound
from hiptimer.ui.theme import apply_theme


@pytest.fixture(autouse=True)
def system_theme_after(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, Theme.SYSTEM)


class RecordingInhibitor:
    """Stands in for the D-Bus screen-saver call and remembers what was asked."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def inhibit(self) -> None:
        self.calls.append("inhibit")

    def release(self) -> None:
        self.calls.append("release")

    @property
    def holding(self) -> bool:
        return bool(self.calls) and self.calls[-1] == "inhibit"


class Harness:
    """A real MainWindow with its test doubles, and helpers to drive it like a user."""

    def __init__(self, qtbot: Any, window: MainWindow, clock: FakeClock) -> None:
        self.qtbot = qtbot
        self.window = window
        self.clock = clock
        self.sound: SilentSound = window.sound  # type: ignore[assignment]
        self.inhibitor: RecordingInhibitor = window.keep_awake._inhibitor  # type: ignore[assignment]

    @property
    def screen(self) -> Any:
        return self.window.session_screen

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.window, key, modifier)

    def settle(self) -> None:
        """Let resizes and the re-layouts they cause run to the end."""
        for _ in range(4):
            QApplication.processEvents()

    def advance(self, seconds: float, dt: float = 0.25) -> None:
        """Let time pass the way the poll timer sees it: in small steps, polling each."""
        steps = round(seconds / dt)
        for _ in range(steps):
            self.clock.advance(dt)
            self.window.poll()
        rest = seconds - steps * dt
        if rest > 1e-9:
            self.clock.advance(rest)
            self.window.poll()

    def skip_to(self, predicate: Callable[[Any], bool], key: Qt.Key = Qt.Key.Key_Right) -> None:
        session = self.window.session
        assert session is not None
        for _ in range(len(session.timeline.steps)):
            if predicate(session.step):
                return
            self.press(key)
        raise AssertionError("no such step")

    @property
    def state(self) -> State:
        session = self.window.session
        assert session is not None
        return session.state


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path) -> Callable[..., Harness]:
    def make(routine: Any = None, settings: Settings | None = None, **options: Any) -> Harness:
        clock = FakeClock()
        options.setdefault("sound", SilentSound())
        options.setdefault("speech_engine", "mock")
        options.setdefault("keep_awake", KeepAwake(RecordingInhibitor()))
        options.setdefault("settings_path", tmp_path / "settings.json")
        window = MainWindow(routine, clock=clock, settings=settings or Settings(), **options)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return Harness(qtbot, window, clock)

    return make
