"""`hiptimer --self-test`: does this installation work, end to end, without a screen?

Opens the real window offscreen, runs the first minutes of the built-in routine on a
fast fake clock, saves each set to a history in a temporary folder, reads it back, opens
the History window and checks the sound and speech modules load. Nothing of the user's
is read or written. Prints one line per check and ends with 'self-test: N passed, N failed'.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from hiptimer.core.i18n import translate

# Minutes of the routine to run: past the first exercise's four sets and into the second.
ROUTINE_SECONDS = 6 * 60
TICK_SECONDS = 0.25


def _distinct_colours(image: object, step: int = 7) -> int:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: list[tuple[str, str | None]] = []

    def check(name: str, test: Callable[[], str | None]) -> None:
        try:
            problem = test()
        except Exception as error:  # a self-test reports every failure, whatever it is
            problem = f"{type(error).__name__}: {error}"
            traceback.print_exc(file=sys.stderr)
        results.append((name, problem))
        print(f"ok   {name}" if problem is None else f"FAIL {name}: {problem}")

    with tempfile.TemporaryDirectory(prefix="hiptimer-self-test-") as folder:
        _run_checks(Path(folder), check)

    failed = sum(problem is not None for _, problem in results)
    print(
        translate("Cli", "self-test: {passed} passed, {failed} failed").format(
            passed=len(results) - failed, failed=failed
        )
    )
    return 1 if failed else 0


def _run_checks(folder: Path, check: Callable[[str, Callable[[], str | None]], None]) -> None:
    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtWidgets import QApplication

    from hiptimer.core.builtin import DEFAULT_ROUTINE
    from hiptimer.core.clock import FakeClock
    from hiptimer.core.session import State
    from hiptimer.profiles.paths import resource_path
    from hiptimer.profiles.settings import Settings
    from hiptimer.store import HistoryStore, SessionRecorder
    from hiptimer.store.database import sessions_on_disk
    from hiptimer.ui.main_window import MainWindow
    from hiptimer.ui.sound import SilentSound

    # Optional multimedia back ends that are missing are not the self-test's concern.
    QLoggingCategory.setFilterRules("qt.multimedia.*=false")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    check(
        "resources found",
        lambda: (
            None
            if resource_path("icons", "hiptimer.svg").is_file()
            else "the icon is missing from the resources folder"
        ),
    )

    def audio_modules() -> str | None:
        from PySide6 import QtMultimedia, QtTextToSpeech

        engines = QtTextToSpeech.QTextToSpeech.availableEngines()
        return None if QtMultimedia and engines is not None else "no speech engine list"

    check("sound and speech modules load", audio_modules)

    store = HistoryStore.open_path(folder / "history.sqlite3", profile="self-test")
    clock = FakeClock()
    window = MainWindow(
        DEFAULT_ROUTINE,
        clock=clock,
        settings=Settings(),
        settings_path=folder / "settings.json",
        sound=SilentSound(),
        speech_engine="none",
        profile="self-test",
    )
    recorders: list[SessionRecorder] = []
    window.session_started.connect(
        lambda session: recorders.append(
            SessionRecorder(store, session, session.timeline.routine, clock=clock)
        )
    )
    window.resize(1000, 700)
    window.show()
    app.processEvents()

    def start_view() -> str | None:
        colours = _distinct_colours(window.grab().toImage())
        return None if colours > 20 else f"the start view looks blank ({colours} colours)"

    check("window shows the start view", start_view)

    def run_routine() -> str | None:
        window.start_session()
        for _ in range(round(ROUTINE_SECONDS / TICK_SECONDS)):
            clock.advance(TICK_SECONDS)
            window.poll()
        app.processEvents()
        session = window.session
        if session is None or session.state is not State.RUNNING:
            return "the session is not running"
        colours = _distinct_colours(window.grab().toImage())
        if colours <= 20:
            return f"the session view looks blank ({colours} colours)"
        window.end_session()
        return None if session.results else "no set was finished"

    check(f"runs {ROUTINE_SECONDS // 60} minutes of the built-in routine", run_routine)

    def history_saved() -> str | None:
        session = window.session
        expected = len(session.results) if session is not None else -1
        saved = sessions_on_disk(folder / "history.sqlite3")
        rows = sum(sets for _status, sets in saved)
        status = saved[0][0] if saved else "missing"
        if rows != expected:
            return f"{rows} sets in the history, {expected} finished"
        return None if status == "ended_early" else f"the session was saved as {status!r}"

    check("history written and read back", history_saved)

    def history_window() -> str | None:
        from hiptimer.ui.history import open_history

        history = open_history(None, store)
        history.resize(1000, 700)
        app.processEvents()
        colours = _distinct_colours(history.grab().toImage())
        history.close()
        return None if colours > 20 else f"the History window looks blank ({colours} colours)"

    check("History window draws its charts", history_window)
    window.close()
    store.close()
    app.processEvents()
