"""The main window's actions, menus and keys, and when each action can be used.

Every action is added to the window as well as to its menu, so the keys work with the
menus hidden (full screen). Other windows add their menus before Help (see
hiptimer.ui.profile_link).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from hiptimer.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton, QStackedWidget

    from hiptimer.core.session import SessionView
    from hiptimer.profiles.settings import Settings
    from hiptimer.ui.session_view import SessionScreen
    from hiptimer.ui.start_view import StartScreen


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


class WindowActions(QMainWindow):
    """The main window's actions, menus and keys, and when each can be used. MainWindow
    builds on it: it makes the screens and does what the actions say."""

    # Made by build_actions and build_menus.
    act_start: QAction
    act_pause: QAction
    act_skip: QAction
    act_back: QAction
    act_done: QAction
    act_more: QAction
    act_fewer: QAction
    act_end: QAction
    act_fullscreen: QAction
    act_mute: QAction
    act_open: QAction
    act_settings: QAction
    act_quit: QAction
    act_about: QAction
    file_menu: QMenu
    session_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    # Set by MainWindow.
    settings: Settings
    stack: QStackedWidget
    start_screen: StartScreen
    _session_screen: SessionScreen | None
    # What the actions do: MainWindow's methods.
    start_session: Callable[..., None]
    toggle_pause: Callable[[], None]
    skip: Callable[[], None]
    back: Callable[[], None]
    done: Callable[[], None]
    change_reps: Callable[[int], None]
    request_end: Callable[[], None]
    toggle_fullscreen: Callable[[], None]
    toggle_mute: Callable[[], None]
    open_routine_dialog: Callable[[], None]
    show_settings: Callable[[], None]
    show_about: Callable[[], None]

    def _enter_on_start(self) -> None:
        """Enter on the start screen presses the focused button (a focused "Routines…"
        opens Routines); with no button focused, it starts the session."""
        from PySide6.QtWidgets import QAbstractButton, QApplication

        focused = QApplication.focusWidget()
        if (
            isinstance(focused, QAbstractButton)
            and focused.window() is self
            and focused.isVisible()
            and focused.isEnabled()
        ):
            focused.click()
            return
        self.start_session()

    def build_actions(self) -> None:
        """The self's act_* actions."""
        self.act_start = make_action(
            self,
            translate("WindowActions", "&Start"),
            ["Return", "Enter"],
            translate("WindowActions", "Start the routine (Enter)"),
            self._enter_on_start,
        )
        self.act_pause = make_action(
            self,
            translate("WindowActions", "&Pause"),
            ["Space"],
            translate("WindowActions", "Pause or go on (Space)"),
            self.toggle_pause,
        )
        self.act_skip = make_action(
            self,
            translate("WindowActions", "S&kip step"),
            ["Right", "PgDown"],
            translate("WindowActions", "Skip to the next step (Right or Page Down)"),
            self.skip,
        )
        self.act_back = make_action(
            self,
            translate("WindowActions", "&Back a step"),
            ["Left", "PgUp"],
            translate("WindowActions", "Back to the previous step (Left or Page Up)"),
            self.back,
        )
        self.act_done = make_action(
            self,
            translate("WindowActions", "&Done"),
            ["Return", "Enter"],
            translate("WindowActions", "This set is done (Enter)"),
            self.done,
        )
        self.act_more = make_action(
            self,
            translate("WindowActions", "One rep &more"),
            ["+", "="],
            translate("WindowActions", "Count one more rep (+)"),
            lambda: self.change_reps(1),
        )
        self.act_fewer = make_action(
            self,
            translate("WindowActions", "One rep &fewer"),
            ["-"],
            translate("WindowActions", "Count one rep fewer (-)"),
            lambda: self.change_reps(-1),
        )
        self.act_end = make_action(
            self,
            translate("WindowActions", "&End session…"),
            ["Esc"],
            translate("WindowActions", "Leave full screen, or end the session (Esc)"),
            self.request_end,
        )
        self.act_fullscreen = make_action(
            self,
            translate("WindowActions", "&Full screen"),
            ["F11", "F"],
            translate("WindowActions", "Full screen for the mat (F11 or F)"),
            self.toggle_fullscreen,
        )
        self.act_fullscreen.setCheckable(True)
        self.act_mute = make_action(
            self,
            translate("WindowActions", "&Mute"),
            ["M"],
            translate("WindowActions", "Mute beeps and speech (M)"),
            self.toggle_mute,
        )
        self.act_mute.setCheckable(True)
        self.act_mute.setChecked(self.settings.muted)
        self.act_open = make_action(
            self,
            translate("WindowActions", "&Open routine file…"),
            ["Ctrl+O"],
            translate("WindowActions", "Follow a routine from a file (Ctrl+O)"),
            self.open_routine_dialog,
        )
        self.act_settings = make_action(
            self,
            translate("WindowActions", "S&ettings…"),
            ["Ctrl+,"],
            translate("WindowActions", "Sound, speech, prepare time and theme (Ctrl+,)"),
            self.show_settings,
        )
        self.act_quit = make_action(
            self,
            translate("WindowActions", "&Quit"),
            ["Ctrl+Q"],
            translate("WindowActions", "Quit HipTimer (Ctrl+Q)"),
            self.close,
        )
        self.act_about = make_action(
            self,
            translate("WindowActions", "&About HipTimer"),
            [],
            translate("WindowActions", "About HipTimer"),
            self.show_about,
        )

    def build_menus(self) -> None:
        """Every menu of the main window, in one place. Other windows add theirs before Help."""
        bar = self.menuBar()
        self.file_menu = QMenu(translate("WindowActions", "&File"), self)
        self.file_menu.addAction(self.act_open)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.session_menu = QMenu(translate("WindowActions", "&Session"), self)
        for action in (self.act_start, self.act_pause, self.act_skip, self.act_back):
            self.session_menu.addAction(action)
        self.session_menu.addSeparator()
        for action in (self.act_done, self.act_more, self.act_fewer):
            self.session_menu.addAction(action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.act_end)
        self.view_menu = QMenu(translate("WindowActions", "&View"), self)
        self.view_menu.addAction(self.act_fullscreen)
        self.view_menu.addAction(self.act_mute)
        self.help_menu = QMenu(translate("WindowActions", "&Help"), self)
        self.help_menu.addAction(self.act_about)
        for menu in (self.file_menu, self.session_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    def update_actions(self, view: SessionView | None) -> None:
        """Enable what can be done now: on the start screen, in a session, paused, at the end."""
        on_start = self.stack.currentWidget() is self.start_screen
        active = paused = False
        if view is not None:
            from hiptimer.core.session import State

            active = view.state in (State.RUNNING, State.PAUSED)
            paused = view.state is State.PAUSED
        self_paced = active and view is not None and view.step.self_paced
        self.act_start.setEnabled(on_start)
        for action in (self.act_pause, self.act_skip, self.act_back, self.act_end):
            action.setEnabled(active)
        for action in (self.act_done, self.act_more, self.act_fewer):
            action.setEnabled(self_paced)
        self.act_open.setEnabled(not active)
        self.act_settings.setEnabled(True)
        # Esc still leaves full screen when no session runs.
        self.act_end.setEnabled(active or self.isFullScreen())
        text = (
            translate("WindowActions", "Resume (Space)")
            if paused
            else translate("WindowActions", "Pause (Space)")
        )
        self.act_pause.setText(
            translate("WindowActions", "&Resume")
            if paused
            else translate("WindowActions", "&Pause")
        )
        screen = self._session_screen
        if screen is not None and screen.pause_button.text() != text:
            screen.pause_button.setText(text)
            screen.fit_buttons()

    def bind_buttons(self, screen: SessionScreen) -> None:
        """The session screen's buttons trigger the self's actions and follow their state."""
        pairs: list[tuple[QPushButton, QAction]] = [
            (screen.back_button, self.act_back),
            (screen.pause_button, self.act_pause),
            (screen.skip_button, self.act_skip),
            (screen.fewer_button, self.act_fewer),
            (screen.done_button, self.act_done),
            (screen.more_button, self.act_more),
            (screen.mute_button, self.act_mute),
            (screen.fullscreen_button, self.act_fullscreen),
            (screen.end_button, self.act_end),
        ]
        for button, action in pairs:
            button.clicked.connect(action.trigger)
            button.setToolTip(action.toolTip())

            def sync(button: QPushButton = button, action: QAction = action) -> None:
                button.setEnabled(action.isEnabled())

            action.changed.connect(sync)
            sync()

    def label_toggles(self, screen: SessionScreen) -> None:
        """The mute and full-screen buttons say what pressing them does now."""
        screen.mute_button.setText(
            translate("WindowActions", "Unmute (M)")
            if self.settings.muted
            else translate("WindowActions", "Mute (M)")
        )
        full = self.isFullScreen()
        screen.fullscreen_button.setText(
            translate("WindowActions", "Leave full screen (F11)")
            if full
            else translate("WindowActions", "Full screen (F11)")
        )
        screen.fit_buttons()

    def sync_fullscreen(self, view: SessionView | None) -> None:
        """Full screen hides the menus and the status bar; the buttons and keys say so."""
        full = self.isFullScreen()
        self.menuBar().setVisible(not full)
        self.statusBar().setVisible(not full)
        self.act_fullscreen.setChecked(full)
        screen = self._session_screen
        if screen is not None:
            self.label_toggles(screen)
        self.update_actions(view)
