"""Connects the main window to one profile: its history, its routines and its tools.

The window knows nothing of the store or the trainer tools; this object listens to its
hooks (session_started, feedback_saved, first_painted) and adds the History and Routines
menus, the trainer windows and the switch to another profile. The history itself (opening,
recovery questions, recording) is the part it builds on: hiptimer.ui.history_link.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from hiptimer.core.i18n import translate
from hiptimer.ui.history_link import HistoryLink

if TYPE_CHECKING:
    from hiptimer.core.routine import Routine
    from hiptimer.store import HistoryStore
    from hiptimer.ui.end_view import EndScreen
    from hiptimer.ui.history.preload import HistoryPreload
    from hiptimer.ui.main_window import MainWindow
    from hiptimer.ui.single_instance import SingleInstance
    from hiptimer.ui.trainer import ProfilePicker


class ProfileLink(HistoryLink):
    """Connects the main window to one profile: its history (HistoryLink), the History
    and Routines menus, the trainer windows, and switching to another profile."""

    def __init__(
        self,
        window: MainWindow,
        profile: str,
        instance: SingleInstance | None = None,
        *,
        picker: bool = True,
        saved_routine: bool = True,
    ) -> None:
        """saved_routine: open on the routine this profile followed last (False when the
        person asked for a routine file)."""
        super().__init__(window, profile)
        self._saved_routine = saved_routine
        self.instance = instance
        self._picker: ProfilePicker | None = None
        self._with_picker = picker
        # The trainer windows opened for this profile: closed when another one is chosen.
        self._tools: list[QWidget] = []
        self.deep_checked.connect(self._deep_checked)
        # Loads the History window's modules and numbers while idle (start_preload).
        self.preload: HistoryPreload | None = None
        # After the first paint, so the window shows before the history loads.
        window.first_painted.connect(self.window_ready)
        if instance is not None:
            instance.activate_requested.connect(window.bring_to_front)
        self._build_menus()

    # (store, problems) of the full check that runs after a profile's later opens of the
    # day (HistoryStore.deep_check); sent from the checking thread, delivered on this one.
    deep_checked = Signal(object, list)

    def _store_ready(self) -> None:
        """The history is open: as HistoryLink, and the full check of an open after the
        day's backup runs beside it; damage read before it reports is handled the same."""
        import sqlite3

        from hiptimer.store.database import is_corruption

        store = self.store
        try:
            super()._store_ready()
        except sqlite3.DatabaseError as error:
            if not is_corruption(error):
                raise
            self._damage_waiting = str(error)
            self._set_aside()
            return
        if store is not None and store.deep_check is not None:
            store.deep_check.when_done(lambda problems: self.deep_checked.emit(store, problems))

    def _deep_checked(self, store: HistoryStore, problems: list[str]) -> None:
        if problems and store is self.store:
            self._damage_waiting = problems[0]
            if not self.window.session_active:
                self._set_aside()

    def window_ready(self) -> None:
        if self._with_picker and self._picker is None:
            self._add_picker()
        if self._saved_routine:
            self.follow_saved_routine()
        self.open_store()

    def start_preload(self) -> None:
        """Get the History window ready in the background, between sessions (the app
        asks for it after the first paint; tests do not)."""
        if self.preload is None:
            from hiptimer.ui.history.preload import HistoryPreload

            self.preload = HistoryPreload(
                lambda: self.window.session_active, lambda: self.store, self, host=self.window
            )
        self.preload.start()

    def follow_saved_routine(self) -> None:
        """The routine this profile followed last, or the built-in one."""
        from hiptimer.core.builtin import DEFAULT_ROUTINE
        from hiptimer.profiles.folders import remembered_routine
        from hiptimer.profiles.saved import LibraryError, LibraryStore

        name = remembered_routine(self.profile)
        routine = DEFAULT_ROUTINE
        if name is not None:
            try:
                routine = LibraryStore.for_profile(self.profile).load_routine(name)
            except LibraryError as error:
                builtin = translate("ProfileLink", "The built-in routine is open: {error}.")
                self.window.notify(builtin.format(error=error))
        if routine != self.window.routine:
            self.window.set_routine(routine, self.pictures_of(routine))

    # --- menus --------------------------------------------------------------------

    def _action(self, text: str, keys: str, tip: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        if keys:
            # setShortcuts, not setShortcut: the latter's overloads make PySide6 build the
            # whole Qt enum namespace (~25 ms) before the first paint.
            action.setShortcuts([QKeySequence(keys)])
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(action.toolTip())
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.act_history = self._action(
            translate("ProfileLink", "&History…"),
            "Ctrl+H",
            translate("ProfileLink", "Charts of your sets per week, and CSV export"),
            self.open_history,
        )
        self.act_routines = self._action(
            translate("ProfileLink", "&Routines…"),
            "Ctrl+R",
            translate("ProfileLink", "Choose, edit, import or print a routine"),
            self.open_routines,
        )
        self.act_library = self._action(
            translate("ProfileLink", "Exercise &library…"),
            "Ctrl+L",
            translate("ProfileLink", "Built-in and custom exercises"),
            self.open_library,
        )
        self.act_profiles = self._action(
            translate("ProfileLink", "&Profiles…"),
            "Ctrl+P",
            translate("ProfileLink", "One profile per person: switch, create, rename, archive"),
            self.open_profiles,
        )
        self.act_send_report = self._action(
            translate("ProfileLink", "Send &report to trainer…"),
            "",
            translate(
                "ProfileLink", "Save your sessions, effort and notes as one file for your trainer"
            ),
            self.send_report,
        )
        self.window.file_menu.insertAction(self.window.act_settings, self.act_send_report)
        self.window.file_menu.insertSeparator(self.window.act_settings)
        self.act_plan = self._action(
            translate("ProfileLink", "Weekly &plan and reminders…"),
            "",
            translate("ProfileLink", "Which days you train, when to remind you, start at login"),
            self.open_plan_dialog,
        )
        history = QMenu(translate("ProfileLink", "His&tory"), self.window)
        history.addAction(self.act_history)
        history.addAction(self.act_plan)
        trainer = QMenu(translate("ProfileLink", "&Routines"), self.window)
        for action in (self.act_routines, self.act_library):
            trainer.addAction(action)
        trainer.addSeparator()
        trainer.addAction(self.act_profiles)
        bar = self.window.menuBar()
        before = self.window.help_menu.menuAction()
        bar.insertMenu(before, history)
        bar.insertMenu(before, trainer)
        self.history_menu, self.routines_menu = history, trainer
        self.routines_button = QPushButton(translate("ProfileLink", "Routines…  (Ctrl+R)"))
        self.routines_button.setToolTip(self.act_routines.toolTip())
        self.routines_button.clicked.connect(self.open_routines)
        self.window.start_screen.add_button(self.routines_button)
        self.with_end_screen(self._offer_history)

    def _offer_history(self, screen: EndScreen) -> None:
        screen.history_requested.connect(self.open_history)
        screen.offer_history()

    def _add_picker(self) -> None:
        from PySide6.QtWidgets import QComboBox

        from hiptimer.ui.trainer import ProfilePicker

        picker = ProfilePicker(self.profile)
        picker.setToolTip(
            translate("ProfileLink", "Whose routines and history (Ctrl+P to manage profiles)")
        )
        picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        picker.profile_changed.connect(self.switch_profile)
        label = QLabel(translate("ProfileLink", "&Profile:"))
        label.setBuddy(picker)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(picker)
        layout.addStretch(1)
        self.window.start_screen.add_top_widget(row)
        self._picker = picker

    # --- other windows -------------------------------------------------------------

    def open_history(self) -> None:
        if self.store is None and self._recovery_pending and self.question is None:
            self.open_store()  # the question about the damaged file, again
            return
        if self.store is None:
            self.window.show_message(
                True,
                translate("ProfileLink", "History"),
                translate("ProfileLink", "The history is not open."),
                translate("ProfileLink", "See the message shown when HipTimer started."),
            )
            return
        from hiptimer.ui.history import open_history

        open_history(self.window, self.store)

    def send_report(self) -> None:
        """File > Send report to trainer…: this profile's sessions as one file."""
        from hiptimer.ui.report_link import ask_report_target

        if self.store is None:
            self.send_report_to("")
            return
        target = ask_report_target(self.window, self.profile)
        if target:
            self.send_report_to(target)

    def send_report_to(self, target: str) -> None:
        if self.store is None:
            self.window.show_message(
                True,
                translate("ProfileLink", "Send report"),
                translate("ProfileLink", "The history is not open, so there is nothing to send."),
            )
            return
        from hiptimer.ui.report_link import send_report as write

        try:
            done = write(self.store, target)
        except OSError as error:
            self.window.show_message(
                True,
                translate("ProfileLink", "Send report"),
                translate("ProfileLink", "The report could not be saved: {error}.").format(
                    error=error.strerror or error
                ),
                translate(
                    "ProfileLink", "Choose another folder, or free some space, and try again."
                ),
            )
            return
        self.window.show_message(False, translate("ProfileLink", "Send report"), done)

    def open_routines(self) -> None:
        from hiptimer.ui.trainer import open_routines_window

        window = open_routines_window(self.profile, self.window)
        profile = self.profile
        window.routine_chosen.connect(lambda routine: self.use_routine(routine, profile))
        self._keep(window)

    def open_library(self) -> None:
        from hiptimer.ui.trainer import open_exercise_library

        # Parented to the main window and deleted on close: Qt keeps it alive meanwhile.
        self._keep(open_exercise_library(self.profile, self.window))

    def _keep(self, tool: QWidget) -> None:
        self._tools.append(tool)
        tool.destroyed.connect(lambda _obj=None: self._forget(tool))

    def _forget(self, tool: QWidget) -> None:
        if tool in self._tools:
            self._tools.remove(tool)

    @property
    def open_tools(self) -> list[QWidget]:
        """The trainer windows open on this profile (Routines, Library)."""
        return list(self._tools)

    def close_tools(self) -> bool:
        """Close every trainer window of this profile; False when one stays open (the
        trainer kept unsaved changes in an editor)."""
        for tool in list(self._tools):
            if not tool.close():
                return False
            self._forget(tool)
        return True

    def open_profiles(self) -> None:
        from hiptimer.ui.trainer import choose_profile

        chosen = choose_profile(self.profile, self.window)
        if chosen and chosen != self.profile:
            self.switch_profile(chosen)
        elif self._picker is not None:
            self._picker.refresh()

    def use_routine(self, routine: Routine, profile: str | None = None) -> None:
        """Open routine for the next session; profile: whose window chose it (a window of
        a profile no longer shown must not put its routine into another person's)."""
        if profile is not None and profile != self.profile:
            self.window.show_message(
                True,
                translate("ProfileLink", "Routines"),
                translate(
                    "ProfileLink", "This routine belongs to {owner}; {shown} is shown now."
                ).format(owner=profile, shown=self.profile),
                translate("ProfileLink", "Switch back to {owner} to use it.").format(owner=profile),
            )
            return
        if self.window.session_active:
            self.window.show_message(
                False,
                translate("ProfileLink", "Routines"),
                translate("ProfileLink", "End the session first."),
                translate("ProfileLink", "The routine changes once this session is over."),
            )
            return
        self.window.set_routine(routine, self.pictures_of(routine))
        self.refresh_progress()  # today's doses per side of this routine's exercises
        from hiptimer.core.builtin import DEFAULT_ROUTINE
        from hiptimer.profiles.folders import remember_routine

        remember_routine(self.profile, None if routine == DEFAULT_ROUTINE else routine.name)

    def switch_profile(self, name: str) -> None:
        """Move the window to another person's history (never mid-session)."""
        if name == self.profile:
            return
        if self.window.session_active:
            self.window.show_message(
                False,
                translate("ProfileLink", "Profiles"),
                translate("ProfileLink", "End the session first."),
                translate("ProfileLink", "The profile can change once this session is over."),
            )
            self._restore_picker()
            return
        if not self.close_tools():
            self._restore_picker()
            return
        instance = None
        if self.instance is not None:
            from hiptimer.ui.single_instance import SingleInstance

            instance = SingleInstance(name)
            if not instance.acquire():
                self.window.show_message(
                    False,
                    translate("ProfileLink", "Profiles"),
                    translate("ProfileLink", "{name} is open in another HipTimer window.").format(
                        name=name
                    ),
                    translate("ProfileLink", "That window was asked to come to the front.")
                    if instance.activation_sent
                    else translate(
                        "ProfileLink",
                        "That window did not answer (it may be busy or hung); close it "
                        "before switching to this profile here.",
                    ),
                )
                self._restore_picker()
                return
            self.instance.release()
            instance.activate_requested.connect(self.window.bring_to_front)
            self.instance = instance
        self.stop_reminders()  # they start again with the new profile's history
        if self.store is not None:
            from hiptimer.ui.history import close_history

            self._last_try_before_closing()
            close_history(self.store)
            self.store.close()
            self.store = None
        self.profile = name
        self.window.set_profile(name)
        from hiptimer.profiles.folders import remember_profile

        remember_profile(name)
        self.follow_saved_routine()
        self.open_store()
        if self.preload is not None:
            self.preload.warm()
        self._restore_picker()

    def _restore_picker(self) -> None:
        if self._picker is not None:
            self._picker.set_current_profile(self.profile)
            self._picker.refresh()

    def close(self) -> None:
        if self.preload is not None:
            self.preload.stop()
        if self.store is not None:
            from hiptimer.ui.history import close_history

            close_history(self.store)
        self.close_store()
        if self.instance is not None:
            self.instance.release()
