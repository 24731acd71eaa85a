"""The main window: start screen, guided session, end screen, menus and keys.

How it works: a SessionController (session_controller.py, no widgets) runs one core
Session at a time on the clock and emits its events with each snapshot; the window hands
the snapshot to the session screen and the events to the announcer (beeps and speech).
The window never works out timing itself. Elsewhere: actions.py, messages.py,
window_audio.py (sound and speech) and session_display.py.

Integration hooks (for the history store and other windows):

- ``session_started(object)``: emitted with the core ``Session`` right after the window
  has created it and subscribed to it, and *before* ``session.start()``. A listener that
  calls ``session.subscribe(...)`` from this signal sees every event of the session,
  including the first ``StepStarted``, each ``SetFinished`` and the ``SessionFinished``
  (also when the session is ended early, or the window is closed mid-session: what was
  done is kept).
- ``start_session(at_index=0)``: starts the current routine, or resumes an interrupted
  one at a step index of the compiled timeline (``window.timeline``).
- ``feedback_saved(int, str)``: effort 1-10 and the note (may be empty) from the end
  screen's Save. It follows the ``SessionFinished`` of the same session.
- ``start_screen.set_recent_activity(text)``: one line such as "Last session: ...".
- ``first_painted()``: emitted once, just after the window's first paint. Connect slow
  start-up work here (opening the history store, the last-session line) so the window
  appears first; `hiptimer` is measured against a bare window by benchmarks/startup.py.
- Menus are built in one place, ``WindowActions.build_menus`` (actions.py); add History or
  Trainer menus with ``menuBar().insertMenu(window.help_menu.menuAction(), menu)``.

Injected: the clock, sound, speech and screen-saver inhibitor (tests: fakes, `mock`).
Start-up: the window must paint fast, so the engine, sound, speech and the Qt namespace
(`Qt`, ~20 ms to load in PySide6) are imported where a session starts, not at the top.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget

from hiptimer.core.builtin import DEFAULT_ROUTINE, routine_name
from hiptimer.core.clock import Clock, SystemClock
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Routine
from hiptimer.core.text import inert
from hiptimer.core.timeline import SideDoses, Timeline, compile_routine
from hiptimer.profiles.settings import Settings, save_settings
from hiptimer.ui.actions import WindowActions
from hiptimer.ui.session_controller import SessionController
from hiptimer.ui.start_view import StartScreen

if TYPE_CHECKING:
    # Built when first needed: their Qt classes take a while to load (start-up time).
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QMessageBox

    from hiptimer.core.session import Event, Session, SessionView, SetResult
    from hiptimer.ui.announcer import Announcer
    from hiptimer.ui.end_view import EndScreen
    from hiptimer.ui.keep_awake import KeepAwake
    from hiptimer.ui.picture_cache import CustomPictures
    from hiptimer.ui.session_view import SessionScreen
    from hiptimer.ui.sound import SoundOutput
    from hiptimer.ui.speech import Speaker


APP_TITLE = "HipTimer"


def _custom_pictures(pictures: Mapping[str, bytes] | None) -> CustomPictures | None:
    if not pictures:
        return None
    # Only for a routine with pictures of its own; decoding waits until one is shown.
    from hiptimer.ui.picture_cache import CustomPictures

    return CustomPictures(pictures)


class MainWindow(WindowActions):
    session_started = Signal(object)
    dose_source: Callable[[Routine], SideDoses | None] | None = None  # see _compile
    feedback_saved = Signal(int, str)
    # Once, just after the window's first paint: the moment for work that can wait.
    first_painted = Signal()

    def __init__(
        self,
        routine: Routine | None = None,
        *,
        pictures: Mapping[str, bytes] | None = None,
        clock: Clock | None = None,
        settings: Settings | None = None,
        settings_path: Path | None = None,
        sound: SoundOutput | None = None,
        speech_engine: str | None = None,
        keep_awake: KeepAwake | None = None,
        profile: str | None = None,
        clock_speed: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Runs the session on the clock; the window draws what it emits.
        self.controller = SessionController(clock or SystemClock(), clock_speed, self)
        self.controller.started.connect(self.session_started)
        self.controller.updated.connect(self._show_update)
        self.settings = settings or Settings()
        # None: settings live only in memory (tests); the app passes the user's file.
        self.settings_path = settings_path
        self._profile = profile
        self.routine = routine or DEFAULT_ROUTINE
        self._pictures = _custom_pictures(pictures)
        self.timeline: Timeline = self._compile()
        self.notices: list[str] = []
        # The notices' one line about sound and speech (see audio_problem).
        self._audio_notice: str | None = None
        self._was_maximized = False
        self._audio_prepared = False
        self._painted_once = False
        # Loads the sound soon after the first paint; owned by the window, so it stops on
        # close and dies with it (a bare singleShot would call into a deleted window).
        self._audio_soon: QTimer | None = None
        # What the session screen last showed (see _show_update).
        self._shown: tuple[object, ...] = ()
        self._end_box: QMessageBox | None = None
        self._message_box: QMessageBox | None = None
        self._finished_shown: Session | None = None

        # Sound and speech are made by prepare_audio(), just after the first paint.
        self.sound: SoundOutput | None = sound
        self._speech_engine = speech_engine
        self.speaker: Speaker | None = None
        self.announcer: Announcer | None = None
        self._keep_awake = keep_awake

        self.start_screen = StartScreen()
        self._session_screen = None
        self._end_screen: EndScreen | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_screen)
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

        self.build_actions()
        self.build_menus()
        self.start_screen.start_requested.connect(self.start_session)
        self.start_screen.open_requested.connect(self.open_routine_dialog)

        self.setMinimumSize(760, 540)
        self.resize(1180, 780)
        self._show_start()

    @property
    def session(self) -> Session | None:
        """The session being run (or the last one), from the controller."""
        return self.controller.session

    @session.setter
    def session(self, session: Session | None) -> None:
        self.controller.session = session

    @property
    def clock(self) -> Clock:
        return self.controller.clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self.controller.clock = clock

    @property
    def profile(self) -> str:
        """Whose session this is (--profile); the default profile when none was named."""
        if self._profile is None:
            # Imported on first use: the profiles module's imports cost start-up time.
            from hiptimer.profiles.folders import DEFAULT_PROFILE

            self._profile = DEFAULT_PROFILE
        return self._profile

    @property
    def keep_awake(self) -> KeepAwake:
        """Holds the screen awake while a session runs (made when first needed)."""
        if self._keep_awake is None:
            from hiptimer.ui.keep_awake import KeepAwake

            self._keep_awake = KeepAwake()
        return self._keep_awake

    @property
    def session_screen(self) -> SessionScreen:
        """The session screen, made the first time a session starts."""
        if self._session_screen is None:
            from hiptimer.ui.session_view import SessionScreen

            screen = SessionScreen()
            self._session_screen = screen
            self.stack.addWidget(screen)
            self.bind_buttons(screen)
            screen.veil.clicked.connect(self.toggle_pause)
            self.label_toggles(screen)
        return self._session_screen

    @property
    def end_screen(self) -> EndScreen:
        """The end screen, made the first time a session ends."""
        if self._end_screen is None:
            from hiptimer.ui.end_view import EndScreen

            screen = EndScreen()
            self._end_screen = screen
            self.stack.addWidget(screen)
            screen.save_requested.connect(self._save_feedback)
            screen.again_requested.connect(self.back_to_start)
        return self._end_screen

    # --- screens ------------------------------------------------------------------

    def _compile(self, exact: bool = False) -> Timeline:
        """Today's doses per side from `dose_source` (the history's); exact: as saved."""
        get_ready = dataclasses.replace(self.routine, prepare_seconds=self.settings.prepare_seconds)
        routine = self.routine if exact else get_ready
        return compile_routine(routine, self.dose_source(routine) if self.dose_source else None)

    def _view(self) -> SessionView | None:
        session = self.session
        return session.view() if self.controller.active and session is not None else None

    @property
    def session_active(self) -> bool:
        """A session is running or paused (not before the start, not after the end)."""
        return self.controller.active

    def _show_start(self) -> None:
        self.start_screen.show_routine(self.routine, self.timeline, self._pictures)
        self.stack.setCurrentWidget(self.start_screen)
        self._set_title(f"{inert(routine_name(self.routine.name))} — {self._app_title()}")
        self.update_actions(None)
        self.start_screen.start_button.setFocus()

    def back_to_start(self) -> None:
        if self.controller.active:
            return
        self._show_start()

    def set_routine(self, routine: Routine, pictures: Mapping[str, bytes] | None = None) -> None:
        """Follow another routine from now on (not while a session runs).

        pictures: the bytes of the custom pictures its exercises name (file name ->
        bytes, as in a routine bundle); a missing or broken picture shows a name card.
        """
        if self.controller.active:
            raise RuntimeError("end the session before changing the routine")
        self.routine = routine
        self._pictures = _custom_pictures(pictures)
        self.timeline = self._compile()
        self._show_start()

    def _app_title(self) -> str:
        """The app's name, after the person's whose session this is (once one is set)."""
        return APP_TITLE if self._profile is None else f"{inert(self._profile)} — {APP_TITLE}"

    def _set_title(self, title: str) -> None:
        if self.windowTitle() != title:
            self.setWindowTitle(title)

    # --- the session --------------------------------------------------------------

    def start_session(
        self, at_index: int = 0, *, exact: bool = False, earlier: Sequence[SetResult] = ()
    ) -> None:
        """Start the routine, or resume an interrupted one at a step of `self.timeline`.

        exact: follow `self.routine` as it is, without today's prepare-time setting, so
        the step indexes of a resumed session match the ones it was saved with.
        earlier: the sets a resumed session had done before it was cut short; the end
        screen shows them with the rest.
        A session resumed part way begins with a short get-ready countdown.
        """
        if self.controller.active:
            return
        if isinstance(at_index, bool):  # a clicked(bool) signal, not a step index
            at_index = 0
        self.prepare_audio()
        self.timeline = self._compile(exact)
        self._finished_shown = None
        self.controller.start(self.timeline, at_index, earlier)
        self.stack.setCurrentWidget(self.session_screen)
        self.controller.refresh()

    def poll(self) -> None:
        """Bring the engine up to the clock and redraw; the controller's timer calls this."""
        self.controller.poll()

    def _show_update(self, events: list[Event], view: SessionView) -> None:
        """Draw what the controller emitted since the last update, and the snapshot after."""
        session = self.session
        if session is None or self.announcer is None:
            return
        from hiptimer.core.session import State, StepStarted
        from hiptimer.ui import session_display as display

        for event in events:
            if isinstance(event, StepStarted):
                display.show_step(self.session_screen, event.step, self._pictures, self.announcer)
        self.announcer.react(events, view)
        self.keep_awake.set_running(view.state is State.RUNNING)
        if view.state is State.FINISHED:
            self._show_end(session)
            return
        display.move_figure(self.session_screen, view)
        reps = self.reps_counted(view) if view.step.self_paced else None
        shown = display.shown_text(view, reps)
        if events or shown != self._shown:
            self._shown = shown
            self.session_screen.show_view(view, reps)
            self.update_actions(view)
            self._set_title(display.session_title(view, self._app_title()))

    def _show_end(self, session: Session) -> None:
        if self._finished_shown is session:
            return
        self._finished_shown = session
        outcome = session.outcome
        assert outcome is not None
        done = self.controller.results(session)
        resumed = self.controller.resumed_with
        self.end_screen.show_results(session.timeline, outcome, done, resumed)
        self.stack.setCurrentWidget(self.end_screen)
        self.update_actions(None)
        done_title = translate("MainWindow", "Session done — {app}")
        self._set_title(done_title.format(app=self._app_title()))
        self.end_screen.focus_first()

    # --- transport (the controller runs it; the actions call these) ---------------

    def toggle_pause(self) -> None:
        self.controller.toggle_pause()

    def skip(self) -> None:
        self.controller.skip()

    def back(self) -> None:
        self.controller.back()

    def done(self) -> None:
        self.controller.done()

    def reps_counted(self, view: SessionView) -> int:
        """Reps done in a self-paced set (see SessionController.reps_counted)."""
        return self.controller.reps_counted(view)

    def change_reps(self, delta: int) -> None:
        self.controller.change_reps(delta)

    def end_session(self) -> None:
        """End now, keeping every set done so far."""
        self.controller.finish()

    def request_end(self) -> None:
        """Esc: leave full screen first; otherwise ask before ending the session."""
        if self.isFullScreen():
            self.toggle_fullscreen()
            return
        session = self.session
        if session is None or not self.controller.active or self._end_box is not None:
            return
        from hiptimer.core.session import State
        from hiptimer.ui.messages import open_end_question

        was_running = session.state is State.RUNNING
        if was_running:
            self.controller.pause()

        def answered(end: bool) -> None:
            self._end_box = None
            if end:
                self.end_session()
            elif was_running and self.session is session and session.state is State.PAUSED:
                self.controller.resume()

        self._end_box = open_end_question(self, answered)

    @property
    def end_question(self) -> QMessageBox | None:
        """The open "End the session?" question, if any."""
        return self._end_box

    # --- view options ------------------------------------------------------------

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            if self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()
        else:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        self.sync_fullscreen(self._view())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.sync_fullscreen(self._view())
        super().changeEvent(event)

    def toggle_mute(self) -> None:
        self.set_muted(not self.settings.muted)

    def set_muted(self, muted: bool) -> None:
        self.apply_settings(self.settings.with_changes(muted=muted))
        if muted:
            self.show_status(translate("MainWindow", "Muted: M to hear beeps and speech again"))
            return
        from hiptimer.ui.announcer import unmuted_notice

        self.prepare_audio()
        assert self.sound is not None
        self.show_status(unmuted_notice(self.sound, self.speaker))

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings at once and remember them."""
        old = self.settings
        self.settings = settings
        self.act_mute.setChecked(settings.muted)
        if self._session_screen is not None:
            self.label_toggles(self._session_screen)
        if self.announcer is not None:
            self.announcer.apply_settings(settings)
        if (settings.theme, settings.high_contrast) != (old.theme, old.high_contrast):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                from hiptimer.ui.theme import apply_theme

                apply_theme(app, settings.theme, settings.high_contrast)
        if settings.prepare_seconds != old.prepare_seconds and not self.controller.active:
            self.timeline = self._compile()
            if self.stack.currentWidget() is self.start_screen:
                self.start_screen.show_routine(self.routine, self.timeline, self._pictures)
        if self.settings_path is not None:
            try:
                save_settings(settings, self.settings_path)
            except OSError as error:
                self.notify(
                    translate(
                        "MainWindow",
                        "Could not save the settings ({error}); they apply until HipTimer closes.",
                    ).format(error=error.strerror or error)
                )

    # --- messages -----------------------------------------------------------------

    def notify(self, message: str) -> None:
        """Say something once in the status bar (a problem the person should know of)."""
        if message in self.notices:
            return
        self.notices.append(message)
        self.show_status("  ".join(self.notices))

    def show_status(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.setToolTip(message)

    def bring_to_front(self) -> None:
        """Another start of HipTimer on this profile (or a reminder) asked for this window;
        it may be hidden (started in the background at login)."""
        if not self.isVisible():
            self.show()
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def set_profile(self, name: str) -> None:
        """Whose history the next session goes to (not while a session runs)."""
        if self.controller.active:
            raise RuntimeError("end the session before changing the profile")
        self._profile = name
        if self.stack.currentWidget() is self.start_screen:
            self._set_title(f"{inert(routine_name(self.routine.name))} — {self._app_title()}")

    def show_message(self, warning: bool, title: str, text: str, detail: str = "") -> None:
        """A window-modal box that does not block the event loop (see message_box)."""
        self._show_message(warning, title, text, detail)

    def _show_message(self, warning: bool, title: str, text: str, detail: str) -> None:
        from hiptimer.ui.messages import open_message

        box = open_message(self, warning, title, text, detail)
        self._message_box = box
        box.finished.connect(lambda _r: setattr(self, "_message_box", None))

    @property
    def message_box(self) -> QMessageBox | None:
        """The open information or warning box, if any."""
        return self._message_box

    def show_routine_error(self, error: Exception, fallback: bool = False) -> None:
        from hiptimer.ui.messages import routine_error_detail

        detail = routine_error_detail(error, fallback)
        title = translate("MainWindow", "Routine file")
        text = translate("MainWindow", "This routine file cannot be used.")
        self._show_message(True, title, text, detail)

    def open_routine_file(self, path: Path) -> bool:
        """Follow the routine in a file; a broken file is explained and changes nothing."""
        if self.controller.active:
            return False
        from hiptimer.exchange.routine_file import RoutineFileError, read_routine_bundle

        try:
            bundle = read_routine_bundle(path)
            compile_routine(dataclasses.replace(bundle.routine, prepare_seconds=0))
        except (RoutineFileError, ValueError) as error:
            self.show_routine_error(error)
            return False
        self.set_routine(bundle.routine, bundle.pictures)
        self.show_status(translate("MainWindow", "Opened {name}").format(name=path.name))
        return True

    def open_routine_dialog(self) -> None:
        if self.controller.active:
            return
        from hiptimer.ui.messages import ask_routine_file

        path = ask_routine_file(self)
        if path is not None:
            self.open_routine_file(path)

    def show_settings(self) -> None:
        from hiptimer.ui.messages import open_settings

        self.prepare_audio()
        notices = "  ".join(self.notices)
        self.settings_dialog = open_settings(
            self, self.settings, self.speaker, notices, self.apply_settings
        )

    def show_about(self) -> None:
        from hiptimer.ui.messages import show_about

        show_about(self)

    # --- feedback -----------------------------------------------------------------

    def _save_feedback(self, effort: int, note: str) -> None:
        self.feedback_saved.emit(effort, note)
        self.end_screen.mark_saved()

    # --- start-up and shut-down ---------------------------------------------------

    def prepare_audio(self) -> None:
        """Load sound and speech (slow to start) once the window is on screen."""
        if self._audio_prepared:
            return
        self._audio_prepared = True
        from hiptimer.ui.window_audio import make_audio, start_audio

        # On the window before they start: a failure on starting is reported at once.
        self.sound, self.speaker = make_audio(
            self, self.sound, self._speech_engine, self.audio_problem
        )
        self.announcer = start_audio(self.sound, self.speaker, self.settings)

    def audio_problem(self, _message: str = "") -> None:
        """Sound or speech failed: the status line says what can still be heard."""
        from hiptimer.ui.window_audio import update_audio_notice

        if self.sound is None:
            return
        old = self._audio_notice
        self._audio_notice = update_audio_notice(self.sound, self.speaker, self.notices, old)
        if self._audio_notice != old:
            self.show_status("  ".join(self.notices))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            QTimer.singleShot(0, self.first_painted.emit)
            # From the first paint, not show() (on a busy machine the paint comes long after):
            # the window appears before the sound loads; one never painted loads it on start.
            self._audio_soon = QTimer(self)
            self._audio_soon.setSingleShot(True)
            self._audio_soon.timeout.connect(self.prepare_audio)
            self._audio_soon.start(300)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-session ends it the same way Esc does: what was done is kept.
        self.end_session()
        self.controller.stop_polling()
        if self._audio_soon is not None:
            self._audio_soon.stop()
        if self.announcer is not None:
            self.announcer.hush()
        if self._keep_awake is not None:
            self._keep_awake.set_running(False)
        super().closeEvent(event)
