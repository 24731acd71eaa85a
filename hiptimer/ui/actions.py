"""The main window's actions, menus and keys, and when each action can be used.

Every action is added to the window as well as to its menu, so the keys work with the
menus hidden (full screen). Other windows add their menus before Help (see
hiptimer.ui.profile_link).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from hiptimer.core.session import SessionView
    from hiptimer.ui.main_window import MainWindow
    from hiptimer.ui.session_view import SessionScreen


def make_action(
    window: QWidget, text: str, keys: list[str], tip: str, slot: Callable[[], object]
) -> QAction:
    """An action with its keys and tip, on `window` so its keys work without menus."""
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> None:
    """The window's act_* actions."""
    window.act_start = make_action(
        window, "&Start", ["Return", "Enter"], "Start the routine (Enter)", window.start_session
    )
    window.act_pause = make_action(
        window, "&Pause", ["Space"], "Pause or go on (Space)", window.toggle_pause
    )
    window.act_skip = make_action(
        window,
        "S&kip step",
        ["Right", "PgDown"],
        "Skip to the next step (Right or Page Down)",
        window.skip,
    )
    window.act_back = make_action(
        window,
        "&Back a step",
        ["Left", "PgUp"],
        "Back to the previous step (Left or Page Up)",
        window.back,
    )
    window.act_done = make_action(
        window, "&Done", ["Return", "Enter"], "This set is done (Enter)", window.done
    )
    window.act_more = make_action(
        window,
        "One rep &more",
        ["+", "="],
        "Count one more rep (+)",
        lambda: window.change_reps(1),
    )
    window.act_fewer = make_action(
        window, "One rep &fewer", ["-"], "Count one rep fewer (-)", lambda: window.change_reps(-1)
    )
    window.act_end = make_action(
        window,
        "&End session…",
        ["Esc"],
        "Leave full screen, or end the session (Esc)",
        window.request_end,
    )
    window.act_fullscreen = make_action(
        window,
        "&Full screen",
        ["F11", "F"],
        "Full screen for the mat (F11 or F)",
        window.toggle_fullscreen,
    )
    window.act_fullscreen.setCheckable(True)
    window.act_mute = make_action(
        window, "&Mute", ["M"], "Mute beeps and speech (M)", window.toggle_mute
    )
    window.act_mute.setCheckable(True)
    window.act_mute.setChecked(window.settings.muted)
    window.act_open = make_action(
        window,
        "&Open routine file…",
        ["Ctrl+O"],
        "Follow a routine from a file (Ctrl+O)",
        window.open_routine_dialog,
    )
    window.act_settings = make_action(
        window,
        "S&ettings…",
        ["Ctrl+,"],
        "Sound, speech, prepare time and theme (Ctrl+,)",
        window.show_settings,
    )
    window.act_quit = make_action(
        window, "&Quit", ["Ctrl+Q"], "Quit HipTimer (Ctrl+Q)", window.close
    )
    window.act_about = make_action(
        window, "&About HipTimer", [], "About HipTimer", window.show_about
    )


def build_menus(window: MainWindow) -> None:
    """Every menu of the main window, in one place. Other windows add theirs before Help."""
    bar = window.menuBar()
    window.file_menu = QMenu("&File", window)
    window.file_menu.addAction(window.act_open)
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.act_settings)
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.act_quit)
    window.session_menu = QMenu("&Session", window)
    for action in (window.act_start, window.act_pause, window.act_skip, window.act_back):
        window.session_menu.addAction(action)
    window.session_menu.addSeparator()
    for action in (window.act_done, window.act_more, window.act_fewer):
        window.session_menu.addAction(action)
    window.session_menu.addSeparator()
    window.session_menu.addAction(window.act_end)
    window.view_menu = QMenu("&View", window)
    window.view_menu.addAction(window.act_fullscreen)
    window.view_menu.addAction(window.act_mute)
    window.help_menu = QMenu("&Help", window)
    window.help_menu.addAction(window.act_about)
    for menu in (window.file_menu, window.session_menu, window.view_menu, window.help_menu):
        bar.addMenu(menu)


def update_actions(window: MainWindow, view: SessionView | None) -> None:
    """Enable what can be done now: on the start screen, in a session, paused, at the end."""
    on_start = window.stack.currentWidget() is window.start_screen
    active = paused = False
    if view is not None:
        from hiptimer.core.session import State

        active = view.state in (State.RUNNING, State.PAUSED)
        paused = view.state is State.PAUSED
    self_paced = active and view is not None and view.step.self_paced
    window.act_start.setEnabled(on_start)
    for action in (window.act_pause, window.act_skip, window.act_back, window.act_end):
        action.setEnabled(active)
    for action in (window.act_done, window.act_more, window.act_fewer):
        action.setEnabled(self_paced)
    window.act_open.setEnabled(not active)
    window.act_settings.setEnabled(True)
    # Esc still leaves full screen when no session runs.
    window.act_end.setEnabled(active or window.isFullScreen())
    text = "Resume (Space)" if paused else "Pause (Space)"
    window.act_pause.setText("&Resume" if paused else "&Pause")
    screen = window.made_session_screen
    if screen is not None and screen.pause_button.text() != text:
        screen.pause_button.setText(text)
        screen.fit_buttons()


def bind_buttons(window: MainWindow, screen: SessionScreen) -> None:
    """The session screen's buttons trigger the window's actions and follow their state."""
    pairs: list[tuple[QPushButton, QAction]] = [
        (screen.back_button, window.act_back),
        (screen.pause_button, window.act_pause),
        (screen.skip_button, window.act_skip),
        (screen.fewer_button, window.act_fewer),
        (screen.done_button, window.act_done),
        (screen.more_button, window.act_more),
        (screen.mute_button, window.act_mute),
        (screen.fullscreen_button, window.act_fullscreen),
        (screen.end_button, window.act_end),
    ]
    for button, action in pairs:
        button.clicked.connect(action.trigger)
        button.setToolTip(action.toolTip())

        def sync(button: QPushButton = button, action: QAction = action) -> None:
            button.setEnabled(action.isEnabled())

        action.changed.connect(sync)
        sync()


def label_toggles(window: MainWindow, screen: SessionScreen) -> None:
    """The mute and full-screen buttons say what pressing them does now."""
    screen.mute_button.setText("Unmute (M)" if window.settings.muted else "Mute (M)")
    full = window.isFullScreen()
    screen.fullscreen_button.setText("Leave full screen (F11)" if full else "Full screen (F11)")
    screen.fit_buttons()


def sync_fullscreen(window: MainWindow) -> None:
    """Full screen hides the menus and the status bar; the buttons and keys say so."""
    full = window.isFullScreen()
    window.menuBar().setVisible(not full)
    window.statusBar().setVisible(not full)
    window.act_fullscreen.setChecked(full)
    screen = window.made_session_screen
    if screen is not None:
        label_toggles(window, screen)
    session = window.session
    update_actions(window, session.view() if window.session_active and session else None)
