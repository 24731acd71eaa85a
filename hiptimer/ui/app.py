"""Start the Qt application and open the main window.

Environment variables for demos and the real-window test (not needed in normal use):

- ``HIPTIMER_AUTOSTART=N``: start a session at step N of the timeline (0 = the beginning)
  as soon as the window is up.
- ``HIPTIMER_CLOCK_SPEED=X``: run the session clock X times faster than real time
  (1 to 100), to walk through a routine quickly.
- ``HIPTIMER_SPEECH_ENGINE=NAME``: use this QtTextToSpeech engine (``mock`` in tests,
  ``none`` for no speech); the platform's default engine otherwise.
- ``HIPTIMER_SOUND=off``: no beeps, without even looking for a sound device.

A bad value is reported on stderr and ignored.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from hiptimer.core.clock import Clock, SystemClock
from hiptimer.core.library import DEFAULT_ROUTINE
from hiptimer.core.routine import Routine
from hiptimer.exchange.routine_file import RoutineFileError, read_routine_file
from hiptimer.settings import default_settings_path, load_settings

MAX_CLOCK_SPEED = 100.0


class ScaledClock:
    """A clock running `speed` times faster than another, from the moment it is made."""

    def __init__(self, base: Clock, speed: float) -> None:
        self._base = base
        self.speed = speed
        self._mono0 = base.monotonic()
        self._wall0 = base.wall()

    def monotonic(self) -> float:
        return self._mono0 + (self._base.monotonic() - self._mono0) * self.speed

    def wall(self) -> float:
        return self._wall0 + (self._base.monotonic() - self._mono0) * self.speed


@dataclass(frozen=True)
class LaunchOptions:
    autostart: int | None = None
    clock_speed: float = 1.0
    speech_engine: str | None = None
    sound: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> LaunchOptions:
        def warn(name: str, value: str, expected: str) -> None:
            print(f"hiptimer: ignoring {name}={value!r}: expected {expected}", file=sys.stderr)

        autostart: int | None = None
        raw = env.get("HIPTIMER_AUTOSTART", "").strip()
        if raw:
            if raw.isdigit():
                autostart = int(raw)
            else:
                warn("HIPTIMER_AUTOSTART", raw, "a step number (0 or more)")
        speed = 1.0
        raw = env.get("HIPTIMER_CLOCK_SPEED", "").strip()
        if raw:
            try:
                speed = float(raw)
                if not 1.0 <= speed <= MAX_CLOCK_SPEED:
                    raise ValueError(raw)
            except ValueError:
                warn("HIPTIMER_CLOCK_SPEED", raw, f"a number from 1 to {MAX_CLOCK_SPEED:g}")
                speed = 1.0
        engine = env.get("HIPTIMER_SPEECH_ENGINE", "").strip() or None
        sound = env.get("HIPTIMER_SOUND", "").strip().lower() not in ("off", "0", "no")
        return cls(autostart, speed, engine, sound)


def load_start_routine(path: str | None) -> tuple[Routine, RoutineFileError | None]:
    """The routine to open with: the file asked for, or the built-in one if it is broken."""
    if path is None:
        return DEFAULT_ROUTINE, None
    try:
        return read_routine_file(Path(path)), None
    except RoutineFileError as error:
        return DEFAULT_ROUTINE, error


def build_window(args: argparse.Namespace, env: Mapping[str, str] | None = None) -> object:
    """Make the main window as `hiptimer` opens it (the caller shows it and runs Qt)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hiptimer.ui.main_window import MainWindow
    from hiptimer.ui.sound import SilentSound
    from hiptimer.ui.theme import apply_theme

    env = os.environ if env is None else env
    options = LaunchOptions.from_env(env)
    settings_path = default_settings_path()
    loaded = load_settings(settings_path)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, loaded.settings.theme)
    routine, problem = load_start_routine(getattr(args, "routine", None))
    clock: Clock = SystemClock()
    if options.clock_speed != 1.0:
        clock = ScaledClock(clock, options.clock_speed)
    window = MainWindow(
        routine,
        clock=clock,
        clock_speed=options.clock_speed,
        settings=loaded.settings,
        settings_path=settings_path,
        sound=None if options.sound else SilentSound(),
        speech_engine=options.speech_engine,
        profile=getattr(args, "profile", None),
    )
    for message in loaded.problems:
        window.notify(f"Settings: {message}.")
    if problem is not None:
        QTimer.singleShot(0, lambda: window.show_routine_error(problem, fallback=True))
    if options.autostart is not None:
        index = min(options.autostart, len(window.timeline.steps) - 1)
        QTimer.singleShot(0, lambda: window.start_session(index))
    return window


def run_app(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QWidget

    from hiptimer.paths import resource_path

    # Qt's multimedia back end lists every optional library it did not find; that
    # noise hides real messages. Real failures still show in the window.
    QLoggingCategory.setFilterRules("qt.multimedia.*=false\nqt.multimedia.ffmpeg*=false")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("HipTimer")
    app.setApplicationDisplayName("HipTimer")
    app.setDesktopFileName("hiptimer")
    icon = resource_path("icons", "hiptimer.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    window = build_window(args)
    assert isinstance(window, QWidget)
    window.show()
    return app.exec()
