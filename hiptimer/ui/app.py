"""Start the Qt application and open the main window (the launch switches for demos and
tests are read in hiptimer.ui.launch_options)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.clock import Clock, ScaledClock, SystemClock
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Routine
from hiptimer.profiles.settings import LoadedSettings, Theme, default_settings_path, load_settings
from hiptimer.ui.launch_options import LaunchOptions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from hiptimer.exchange.routine_file import RoutineFileError

# The longest the garbage collector waits for the window's first paint (hiptimer.start).
GARBAGE_COLLECTION_WAIT_MS = 1000
# Reminders (and D-Bus) start a moment after the window shows: start-up stays quick.
REMINDERS_AFTER_MS = 3000


class StartRoutine(NamedTuple):
    routine: Routine
    # The bytes of the custom pictures its exercises name (decoded when first shown).
    pictures: Mapping[str, bytes]
    problem: RoutineFileError | None


def load_start_routine(path: str | None) -> StartRoutine:
    """The routine to open with: the file asked for, or the built-in one if it is broken."""
    if path is None:
        return StartRoutine(DEFAULT_ROUTINE, {}, None)
    # Only when a file is asked for: the file reader's imports cost start-up time.
    from hiptimer.exchange.routine_file import RoutineFileError, read_routine_bundle

    try:
        bundle = read_routine_bundle(Path(path))
    except RoutineFileError as error:
        return StartRoutine(DEFAULT_ROUTINE, {}, error)
    return StartRoutine(bundle.routine, bundle.pictures, None)


class Launch(NamedTuple):
    """Everything read before Qt starts: options, settings, profile and routine to open."""

    options: LaunchOptions
    settings_path: Path
    settings: LoadedSettings
    routine: Routine
    # The bytes of the pictures the routine's custom exercises name.
    pictures: Mapping[str, bytes]
    routine_problem: RoutineFileError | None
    profile: str


def launch_profile(requested: str | None) -> str:
    """--profile NAME (made on first use, matched without case), else the last one used."""
    from hiptimer.profiles.folders import (
        check_profile_name,
        find_profile,
        profile_dir,
        remembered_profile,
    )

    if requested is None:
        return remembered_profile()
    name = find_profile(requested) or check_profile_name(requested)
    profile_dir(name)
    return name


def prepare_launch(args: argparse.Namespace, env: Mapping[str, str]) -> Launch:
    """The Qt-free part of opening the app. Run before importing Qt: PySide6 reads the
    source of every module imported after it, so plain modules load faster first."""
    options = LaunchOptions.from_env(env)
    settings_path = default_settings_path()
    start = load_start_routine(getattr(args, "routine", None))
    profile = launch_profile(getattr(args, "profile", None))
    settings = load_settings(settings_path)
    return Launch(
        options, settings_path, settings, start.routine, start.pictures, start.problem, profile
    )


def build_window(
    args: argparse.Namespace,
    env: Mapping[str, str] | None = None,
    launch: Launch | None = None,
) -> object:
    """Make the main window as `hiptimer` opens it (the caller shows it and runs Qt)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hiptimer.ui.main_window import MainWindow

    environ = os.environ if env is None else env
    if launch is None:
        launch = prepare_launch(args, environ)
    from hiptimer.ui.translation import use_language

    # The texts in the person's language before any widget exists.
    language_note = use_language(launch.settings.settings.language, environ)
    options = launch.options
    app = QApplication.instance()
    settings = launch.settings.settings
    if getattr(args, "high_contrast", False):
        settings = settings.with_changes(high_contrast=True)
    if isinstance(app, QApplication) and (
        settings.theme is not Theme.SYSTEM or settings.high_contrast
    ):
        from hiptimer.ui.theme import apply_theme

        apply_theme(app, settings.theme, settings.high_contrast)
    clock: Clock = SystemClock()
    if options.clock_speed != 1.0:
        clock = ScaledClock(clock, options.clock_speed)
    sound = None
    if not options.sound:
        from hiptimer.ui.sound import SilentSound

        sound = SilentSound()
    window = MainWindow(
        launch.routine,
        pictures=launch.pictures,
        clock=clock,
        clock_speed=options.clock_speed,
        settings=settings,
        settings_path=launch.settings_path,
        sound=sound,
        speech_engine=options.speech_engine,
        profile=launch.profile,
    )
    if isinstance(app, QApplication):
        # Names from labels and the focus ring: once the window has painted (start-up).
        window.first_painted.connect(lambda: _accessible(app))
    for message in launch.settings.problems:
        window.notify(translate("app", "Settings: {problem}.").format(problem=message))
    if language_note:
        window.notify(language_note)
    problem = launch.routine_problem
    if problem is not None:
        QTimer.singleShot(0, lambda: window.show_routine_error(problem, fallback=True))
    if options.autostart is not None:
        index = min(options.autostart, len(window.timeline.steps) - 1)
        # Once the first paint's work is done: the history opens then, and a session
        # started before it would not be saved.
        window.first_painted.connect(
            lambda: QTimer.singleShot(0, lambda: window.start_session(index))
        )
    return window


def _accessible(app: QApplication) -> None:
    from hiptimer.ui.accessibility import install

    install(app)


def run_app(args: argparse.Namespace) -> int:
    launch = prepare_launch(args, os.environ)
    from PySide6.QtCore import QLoggingCategory, QTimer
    from PySide6.QtWidgets import QApplication

    from hiptimer.core.collector import resume_garbage_collection
    from hiptimer.profiles.paths import resource_path
    from hiptimer.ui.main_window import MainWindow

    # Qt's multimedia back end lists every optional library it did not find; that
    # noise hides real messages. Real failures still show in the window.
    QLoggingCategory.setFilterRules("qt.multimedia.*=false\nqt.multimedia.ffmpeg*=false")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("HipTimer")
    app.setApplicationDisplayName("HipTimer")
    # Matches the installed desktop entry, so desktops show its icon for the window.
    app.setDesktopFileName("io.github.hiptimer.HipTimer")
    from hiptimer.ui.single_instance import SingleInstance, SingleInstanceError

    instance: SingleInstance | None = SingleInstance(launch.profile)
    try:
        if instance is not None and not instance.acquire(listen=False):
            if instance.activation_sent:
                already = translate(
                    "app",
                    "HipTimer is already open for profile {profile}: "
                    "its window was asked to come to the front.",
                )
                print(already.format(profile=repr(launch.profile)), file=sys.stderr)
                return 0
            hung = translate(
                "app",
                "hiptimer: HipTimer is already open for profile {profile}, but its "
                "window did not answer (it may be busy or hung). Close that HipTimer, or end "
                "its process, then start again.",
            )
            print(hung.format(profile=repr(launch.profile)), file=sys.stderr)
            return 1
    except SingleInstanceError as error:
        # Without the lock HipTimer still works; a second start could then write too.
        print(f"hiptimer: {error}", file=sys.stderr)
        instance = None
    window = build_window(args, launch=launch)
    assert isinstance(window, MainWindow)
    from hiptimer.ui.profile_link import ProfileLink

    link = ProfileLink(
        window, launch.profile, instance, saved_routine=getattr(args, "routine", None) is None
    )
    if instance is not None:
        window.first_painted.connect(instance.listen)
    # Started through `hiptimer`, the garbage collector waits for the first paint, or
    # a second at most (a window that opens minimised paints later).
    window.first_painted.connect(resume_garbage_collection)
    QTimer.singleShot(GARBAGE_COLLECTION_WAIT_MS, resume_garbage_collection)
    app.aboutToQuit.connect(link.close)
    # The tray icon, where the desktop has a tray: after the first paint (asking whether
    # there is one can take a moment), held here for as long as the app runs.
    trays: list[object] = []

    def add_tray() -> None:
        from hiptimer.ui.tray import install_tray

        trays.append(install_tray(window))

    window.first_painted.connect(add_tray)
    # The History window's modules and numbers, loaded while idle after the first paint.
    window.first_painted.connect(link.start_preload)
    icon = resource_path("icons", "hiptimer.svg")
    if icon.is_file():
        # Drawing the SVG icon at every size takes a moment: after the first paint (and
        # so is loading QIcon's enums).
        def set_icon() -> None:
            from PySide6.QtGui import QIcon

            app.setWindowIcon(QIcon(str(icon)))

        window.first_painted.connect(set_icon)
    # Reminders at the planned times, once the window and its history are up. Started
    # in the background (at login), HipTimer shows no window: only the reminders, and
    # their "Start now" (or another start of HipTimer) brings the window.
    background = bool(getattr(args, "background", False))
    if background:
        app.setQuitOnLastWindowClosed(False)
        link.window_ready()
        link.start_reminders()
        if instance is not None:
            instance.listen()
        return app.exec()
    window.first_painted.connect(
        lambda: QTimer.singleShot(REMINDERS_AFTER_MS, link.start_reminders)
    )
    window.show()
    return app.exec()
