"""Every control of every window has a name (and a description) a screen reader can say.

Each window is opened the way the app opens it, on a window linked to a profile, made
active (names from form labels are given as a window gets the focus), then every widget
in it is walked. A new window is covered by adding its opener to WINDOWS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from hiptimer.profiles.folders import create_profile
from hiptimer.profiles.saved import LibraryStore
from hiptimer.ui import accessibility
from hiptimer.ui.profile_link import ProfileLink


class Opened:
    """The main window of the app, linked to its profile, and what a test opened."""

    def __init__(self, qtbot: Any, harness: Any, make_window: Any) -> None:
        self.qtbot = qtbot
        self.make_window = make_window
        self.harness = harness
        self.window = harness.window
        self.link = ProfileLink(self.window, "default")
        self.link.window_ready()

    def keep(self, widget: QWidget) -> QWidget:
        if widget.parent() is None:
            self.qtbot.addWidget(widget)
        return widget


def start_view(o: Opened) -> QWidget:
    return o.window


def session_view(o: Opened) -> QWidget:
    o.harness.press(Qt.Key.Key_Return)
    o.harness.advance(3)
    return o.window


def end_question(o: Opened) -> QWidget:
    session_view(o)
    o.harness.press(Qt.Key.Key_Escape)
    box = o.window.end_question
    assert box is not None
    return box


def end_view(o: Opened) -> QWidget:
    session_view(o)
    o.harness.advance(10 + 60)  # a set done: the quick answers are asked
    o.window.end_session()
    assert o.window.end_screen.quick.isVisible()
    return o.window


def settings(o: Opened) -> QWidget:
    o.window.show_settings()
    return o.window.settings_dialog


def message(o: Opened) -> QWidget:
    o.window.show_about()
    box = o.window.message_box
    assert box is not None
    return box


def history_question(o: Opened) -> QWidget:
    from hiptimer.profiles.folders import open_history, profile_dir

    open_history("Sam").close()
    (profile_dir("Sam") / "history.sqlite3").write_bytes(b"not a database at all\n" * 200)
    link = ProfileLink(o.make_window().window, "Sam")
    link.window_ready()  # asks what to do with the damaged history
    assert link.question is not None
    return link.question


def history(o: Opened) -> QWidget:
    from hiptimer.ui.history.window import HistoryWindow

    o.link.open_history()
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryWindow))


def plan(o: Opened) -> QWidget:
    o.link.open_plan_dialog()
    dialog = o.link.plan_dialog
    assert dialog is not None
    return dialog


def profiles(o: Opened) -> QWidget:
    from hiptimer.ui.trainer.profiles_dialog import ProfilesDialog

    return o.keep(ProfilesDialog("default"))


def routines(o: Opened) -> QWidget:
    o.link.open_routines()
    return o.link.open_tools[-1]


def library(o: Opened) -> QWidget:
    o.link.open_library()
    return o.link.open_tools[-1]


def routine_editor(o: Opened) -> QWidget:
    from hiptimer.ui.trainer import open_routine_editor

    return o.keep(open_routine_editor("default"))


def exercise_editor(o: Opened) -> QWidget:
    from hiptimer.ui.trainer.exercise_editor import ExerciseEditorDialog

    return o.keep(ExerciseEditorDialog(LibraryStore.for_profile(create_profile("Anna"))))


def handout(o: Opened) -> QWidget:
    from hiptimer.ui.trainer.handout_dialog import HandoutDialog

    store = LibraryStore.for_profile(create_profile("Anna"))
    return o.keep(HandoutDialog(store, o.window.routine, "Anna"))


# Every window and dialog we build: (what it is, how a person opens it).
WINDOWS: list[tuple[str, Callable[[Opened], QWidget]]] = [
    ("start view and main menus", start_view),
    ("session view", session_view),
    ("end the session question", end_question),
    ("end view with its quick answers", end_view),
    ("settings", settings),
    ("message box", message),
    ("a question about the history", history_question),
    ("history", history),
    ("weekly plan", plan),
    ("profiles", profiles),
    ("routines", routines),
    ("exercise library", library),
    ("routine editor", routine_editor),
    ("exercise editor", exercise_editor),
    ("handout", handout),
]


@pytest.fixture
def opened(qtbot: Any, qapp: QApplication, make_window: Any) -> Opened:
    accessibility.install(qapp)  # as the app does at start-up (hiptimer.ui.app)
    return Opened(qtbot, make_window(), make_window)


def _menu_problems(widget: QWidget) -> list[str]:
    problems = []
    for menu in widget.findChildren(QMenu):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            if not action.text().replace("&", "").strip():
                problems.append(f"an action without a name in menu {menu.title()!r}")
            elif not (action.statusTip() or action.toolTip()):
                problems.append(f"{action.text()!r} in {menu.title()!r} has no description")
    return problems


@pytest.mark.parametrize(("what", "open_it"), WINDOWS, ids=[w for w, _ in WINDOWS])
def test_every_control_has_a_name_and_a_description(
    what: str, open_it: Callable[[Opened], QWidget], opened: Opened, qtbot: Any
) -> None:
    shown = open_it(opened)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=2000)
    controls = accessibility.interactive_widgets(shown)
    assert controls, f"{what}: found no controls, so not the window"
    unnamed = accessibility.unnamed(shown)
    assert not unnamed, f"{what}: controls without a name: {unnamed}"
    undescribed = accessibility.undescribed(shown)
    assert not undescribed, f"{what}: controls without a description: {undescribed}"
    assert _menu_problems(shown) == []
