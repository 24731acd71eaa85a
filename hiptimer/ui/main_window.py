"""The main window: start screen, guided session, end screen, menus and keys.

How it works: the window owns one core Session at a time, subscribes to its events and
polls it on a single-shot precise QTimer, scheduled just after the next visible change
(see pacing.py). Each poll hands the engine's snapshot to the session screen and the
events to the announcer (beeps and speech). The window never works out timing itself.

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
- Menus are built in one method, ``_build_menus``; add History or Trainer menus there or
  with ``menuBar().insertMenu(window.help_menu.menuAction(), menu)``.

The clock, the sound output, the speech engine and the screen-saver inhibitor are
injected, so tests drive a FakeClock, a silent sound output and the `mock` speech engine.

Start-up: the window must paint fast, so the engine, sound, speech and the Qt namespace
(`Qt`, which costs ~20 ms to load in PySide6) are imported inside the methods that run
once a session starts, not at the top of this module.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from hiptimer import __version__
from hiptimer.core.clock import Clock, SystemClock
from hiptimer.core.library import DEFAULT_ROUTINE, REFERENCES, SOURCE_ARTICLE
from hiptimer.core.routine import MAX_REPS, SELF_PACED_SECONDS_PER_REP, Routine
from hiptimer.core.text import inert
from hiptimer.core.timeline import Step, StepKind, Timeline, compile_routine
from hiptimer.settings import Settings, save_settings
from hiptimer.ui.start_view import StartScreen

if TYPE_CHECKING:
    # Built when first needed: their Qt classes take a while to load (start-up time).
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from hiptimer.core.session import Event, Session, SessionView, SetResult
    from hiptimer.ui.announcer import Announcer
    from hiptimer.ui.custom_pictures import CustomPictures
    from hiptimer.ui.end_view import EndScreen
    from hiptimer.ui.keep_awake import KeepAwake
    from hiptimer.ui.session_view import SessionScreen
    from hiptimer.ui.sound import SoundOutput
    from hiptimer.ui.speech import Speaker


# Pass as speech_engine to run without any speech engine at all.
NO_SPEECH_ENGINE = "none"
APP_TITLE = "HipTimer"


def _custom_pictures(pictures: Mapping[str, bytes] | None) -> CustomPictures | None:
    if not pictures:
        return None
    # Only for a routine with pictures of its own; decoding waits until one is shown.
    from hiptimer.ui.custom_pictures import CustomPictures

    return CustomPictures(pictures)


class MainWindow(QMainWindow):
    session_started = Signal(object)
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
        self.clock: Clock = clock or SystemClock()
        # How much faster than real time the clock runs (a demo clock); timers divide by it.
        self.clock_speed = clock_speed
        self.settings = settings or Settings()
        # None: settings live only in memory (tests); the app passes the user's file.
        self.settings_path = settings_path
        self._profile = profile
        self.routine = routine or DEFAULT_ROUTINE
        self._pictures = _custom_pictures(pictures)
        self.timeline: Timeline = compile_routine(self._effective_routine())
        self.session: Session | None = None
        self.notices: list[str] = []
        # The notices' one line about sound and speech (see _audio_problem).
        self._audio_notice: str | None = None
        self._events: list[Event] = []
        # A self-paced set's count once the person has corrected it with + or -; until
        # then it counts up from 0 by itself (see reps_counted).
        self._reps_done: int | None = None
        self._was_maximized = False
        self._audio_prepared = False
        self._painted_once = False
        # Loads the sound soon after the first paint; owned by the window, so it stops on
        # close and dies with it (a bare singleShot would call into a deleted window).
        self._audio_soon: QTimer | None = None
        # What the session screen last showed (see _refresh).
        self._shown: tuple[object, ...] = ()
        self._end_box: QMessageBox | None = None
        self._message_box: QMessageBox | None = None
        self._finished_shown: Session | None = None
        self._earlier: dict[int, SetResult] = {}

        # Sound and speech are made by prepare_audio(), just after the first paint.
        self.sound: SoundOutput | None = sound
        self._speech_engine = speech_engine
        self.speaker: Speaker | None = None
        self.announcer: Announcer | None = None
        self._keep_awake = keep_awake
        self._timer: QTimer | None = None

        self.start_screen = StartScreen()
        self._session_screen: SessionScreen | None = None
        self._end_screen: EndScreen | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_screen)
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

        self._build_actions()
        self._build_menus()
        self.start_screen.start_requested.connect(self.start_session)
        self.start_screen.open_requested.connect(self.open_routine_dialog)

        self.setMinimumSize(760, 540)
        self.resize(1180, 780)
        self._show_start()

    # --- actions and menus --------------------------------------------------------

    def _action(self, text: str, keys: list[str], tip: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        # On the window as well as in the menus, so the keys work with the menus hidden.
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_start = self._action(
            "&Start", ["Return", "Enter"], "Start the routine (Enter)", self.start_session
        )
        self.act_pause = self._action(
            "&Pause", ["Space"], "Pause or go on (Space)", self.toggle_pause
        )
        self.act_skip = self._action(
            "S&kip step",
            ["Right", "PgDown"],
            "Skip to the next step (Right or Page Down)",
            self.skip,
        )
        self.act_back = self._action(
            "&Back a step",
            ["Left", "PgUp"],
            "Back to the previous step (Left or Page Up)",
            self.back,
        )
        self.act_done = self._action(
            "&Done", ["Return", "Enter"], "This set is done (Enter)", self.done
        )
        self.act_more = self._action(
            "One rep &more", ["+", "="], "Count one more rep (+)", lambda: self.change_reps(1)
        )
        self.act_fewer = self._action(
            "One rep &fewer", ["-"], "Count one rep fewer (-)", lambda: self.change_reps(-1)
        )
        self.act_end = self._action(
            "&End session…",
            ["Esc"],
            "Leave full screen, or end the session (Esc)",
            self.request_end,
        )
        self.act_fullscreen = self._action(
            "&Full screen",
            ["F11", "F"],
            "Full screen for the mat (F11 or F)",
            self.toggle_fullscreen,
        )
        self.act_fullscreen.setCheckable(True)
        self.act_mute = self._action("&Mute", ["M"], "Mute beeps and speech (M)", self.toggle_mute)
        self.act_mute.setCheckable(True)
        self.act_mute.setChecked(self.settings.muted)
        self.act_open = self._action(
            "&Open routine file…",
            ["Ctrl+O"],
            "Follow a routine from a file (Ctrl+O)",
            self.open_routine_dialog,
        )
        self.act_settings = self._action(
            "S&ettings…",
            ["Ctrl+,"],
            "Sound, speech, prepare time and theme (Ctrl+,)",
            self.show_settings,
        )
        self.act_quit = self._action(
            "&Quit",
            ["Ctrl+Q"],
            "Quit HipTimer (Ctrl+Q)",
            self.close,
        )
        self.act_about = self._action("&About HipTimer", [], "About HipTimer", self.show_about)

    def _build_menus(self) -> None:
        """Every menu, in one place. Other windows add theirs before Help."""
        bar = self.menuBar()
        self.file_menu = QMenu("&File", self)
        self.file_menu.addAction(self.act_open)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.session_menu = QMenu("&Session", self)
        for action in (self.act_start, self.act_pause, self.act_skip, self.act_back):
            self.session_menu.addAction(action)
        self.session_menu.addSeparator()
        for action in (self.act_done, self.act_more, self.act_fewer):
            self.session_menu.addAction(action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.act_end)
        self.view_menu = QMenu("&View", self)
        self.view_menu.addAction(self.act_fullscreen)
        self.view_menu.addAction(self.act_mute)
        self.help_menu = QMenu("&Help", self)
        self.help_menu.addAction(self.act_about)
        for menu in (self.file_menu, self.session_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    @property
    def profile(self) -> str:
        """Whose session this is (--profile); the default profile when none was named."""
        if self._profile is None:
            # Imported on first use: the profiles module's imports cost start-up time.
            from hiptimer.profiles import DEFAULT_PROFILE

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
            self._bind_buttons(screen)
            screen.veil.clicked.connect(self.toggle_pause)
            self._label_toggles(screen)
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

    def _label_toggles(self, screen: SessionScreen) -> None:
        screen.mute_button.setText("Unmute (M)" if self.settings.muted else "Mute (M)")
        full = self.isFullScreen()
        screen.fullscreen_button.setText("Leave full screen (F11)" if full else "Full screen (F11)")
        screen.fit_buttons()

    def _bind_buttons(self, screen: SessionScreen) -> None:
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

    # --- screens ------------------------------------------------------------------

    def _effective_routine(self) -> Routine:
        return dataclasses.replace(self.routine, prepare_seconds=self.settings.prepare_seconds)

    @property
    def session_active(self) -> bool:
        """A session is running or paused (not before the start, not after the end)."""
        return self._active()

    def _active(self) -> bool:
        if self.session is None:
            return False
        from hiptimer.core.session import State

        return self.session.state in (State.RUNNING, State.PAUSED)

    def _show_start(self) -> None:
        self.start_screen.show_routine(self.routine, self.timeline, self._pictures)
        self.stack.setCurrentWidget(self.start_screen)
        self._set_title(f"{inert(self.routine.name)} — {APP_TITLE}")
        self._update_actions(None)
        self.start_screen.start_button.setFocus()

    def back_to_start(self) -> None:
        if self._active():
            return
        self._show_start()

    def set_routine(self, routine: Routine, pictures: Mapping[str, bytes] | None = None) -> None:
        """Follow another routine from now on (not while a session runs).

        pictures: the bytes of the custom pictures its exercises name (file name ->
        bytes, as in a routine bundle); an exercise whose picture is missing or broken
        shows its name card.
        """
        if self._active():
            raise RuntimeError("end the session before changing the routine")
        self.routine = routine
        self._pictures = _custom_pictures(pictures)
        self.timeline = compile_routine(self._effective_routine())
        self._show_start()

    def _set_title(self, title: str) -> None:
        if self.windowTitle() != title:
            self.setWindowTitle(title)

    def _update_actions(self, view: SessionView | None) -> None:
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
        text = "Resume (Space)" if paused else "Pause (Space)"
        self.act_pause.setText("&Resume" if paused else "&Pause")
        screen = self._session_screen
        if screen is not None and screen.pause_button.text() != text:
            screen.pause_button.setText(text)
            screen.fit_buttons()

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
        if self._active():
            return
        if isinstance(at_index, bool):  # a clicked(bool) signal, not a step index
            at_index = 0
        self.prepare_audio()
        self.timeline = compile_routine(self.routine if exact else self._effective_routine())
        from hiptimer.core.session import Session

        session = Session(self.timeline, self.clock)
        self._events = []
        session.subscribe(self._on_event)
        self.session = session
        self._earlier = {result.step_index: result for result in earlier}
        self._finished_shown = None
        self.session_started.emit(session)
        from hiptimer.core.session import RESUME_GET_READY

        session.start(at_index, get_ready=RESUME_GET_READY if at_index > 0 else 0.0)
        self.stack.setCurrentWidget(self.session_screen)
        self._refresh()

    def _on_event(self, event: Event) -> None:
        # Collected and handled after each call into the engine, with the view that follows.
        self._events.append(event)

    def poll(self) -> None:
        """Bring the engine up to the clock and redraw; the timer calls this."""
        if self.session is None:
            return
        self.session.tick()
        self._refresh()

    def _refresh(self) -> None:
        session = self.session
        if session is None or self.announcer is None:
            return
        from hiptimer.core.session import State, StepStarted
        from hiptimer.ui.cues import KIND_LABELS

        events, self._events = self._events, []
        view = session.view()
        for event in events:
            if isinstance(event, StepStarted):
                self._step_changed(event.step)
        self.announcer.react(events, view)
        self.keep_awake.set_running(view.state is State.RUNNING)
        if view.state is State.FINISHED:
            self._poll_timer().stop()
            self._show_end(session)
            return
        self._drive_figure(view)
        reps = self.reps_counted(view) if view.step.self_paced else None
        # An animation frame that changes no text only moves the figure (CPU).
        rep = view.rep
        shown = (
            view.step.index,
            view.state,
            view.pause_reason,
            view.countdown,
            int(view.elapsed_total),
            reps,
            None if rep is None else (rep.rep, rep.phase, round(rep.fraction * 24)),
        )
        if events or shown != self._shown:
            self._shown = shown
            self.session_screen.show_view(view, reps)
            self._update_actions(view)
            state = "Paused · " if view.state is State.PAUSED else ""
            # Prepare, rest and switch titles already say what the step is.
            kind = ""
            if view.step.is_set:
                kind = KIND_LABELS[view.step.kind].capitalize() + ": "
            self._set_title(f"{state}{kind}{view.step.title} — {APP_TITLE}")
        self._schedule(view)

    def _schedule(self, view: SessionView) -> None:
        from hiptimer.ui.pacing import poll_delay

        timer = self._poll_timer()
        delay = poll_delay(view)
        if delay is None:
            timer.stop()
            return
        timer.start(max(1, math.ceil(delay / self.clock_speed * 1000)))

    def _poll_timer(self) -> QTimer:
        if self._timer is None:
            from PySide6.QtCore import Qt

            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(self.poll)
            self._timer = timer
        return self._timer

    def _step_changed(self, step: Step) -> None:
        self._reps_done = None
        screen = self.session_screen
        exercise = step.exercise
        # On rest, switch and prepare, the exercise and side are those of the next set.
        if exercise is not None:
            picture = None
            if self._pictures is not None:
                picture = self._pictures.image(exercise.picture)
            screen.show_exercise(exercise.figure, exercise.name, step.side, picture)
        else:
            screen.show_exercise(None, "Routine complete", None)
        screen.show_movement(0.0)

    def _drive_figure(self, view: SessionView) -> None:
        from hiptimer.core.session import State
        from hiptimer.ui.pacing import breathing, self_paced_movement

        if view.state is not State.RUNNING:
            return
        screen = self.session_screen
        step = view.step
        if step.kind is StepKind.WORK:
            if view.rep is not None:
                screen.show_movement(view.rep.movement)
            else:
                movement = self_paced_movement(view.elapsed_in_step, SELF_PACED_SECONDS_PER_REP)
                screen.show_movement(movement)
        elif step.kind is StepKind.HOLD:
            screen.show_movement(1.0, breathing(view.elapsed_in_step))
        else:
            screen.show_movement(0.0)

    def _show_end(self, session: Session) -> None:
        if self._finished_shown is session:
            return
        self._finished_shown = session
        outcome = session.outcome
        assert outcome is not None
        results = {**self._earlier, **{r.step_index: r for r in session.results}}
        done = tuple(results[index] for index in sorted(results))
        self.end_screen.show_results(session.timeline.routine, outcome, done)
        self.stack.setCurrentWidget(self.end_screen)
        self._update_actions(None)
        self._set_title(f"Session done — {APP_TITLE}")
        self.end_screen.effort.setFocus()

    def toggle_pause(self) -> None:
        if self._active() and self.session is not None:
            self.session.toggle_pause()
            self._refresh()

    def skip(self) -> None:
        if self._active() and self.session is not None:
            self.session.skip()
            self._refresh()

    def back(self) -> None:
        if self._active() and self.session is not None:
            self.session.back()
            self._refresh()

    def done(self) -> None:
        session = self.session
        if session is None or not self._active() or not session.step.self_paced:
            return
        session.tick()
        session.done(self.reps_counted(session.view()))
        self._refresh()

    def reps_counted(self, view: SessionView) -> int:
        """Reps done in a self-paced set: counted up from 0 at a typical pace (in step with
        the figure) until the set's target, or the person's own count once corrected."""
        if self._reps_done is not None:
            return self._reps_done
        counted = int(view.elapsed_in_step // SELF_PACED_SECONDS_PER_REP)
        return min(counted, view.step.reps or 0)

    def change_reps(self, delta: int) -> None:
        session = self.session
        if session is None or not self._active() or not session.step.self_paced:
            return
        session.tick()
        current = self.reps_counted(session.view())
        self._reps_done = min(max(current + delta, 0), MAX_REPS)
        self._refresh()

    def end_session(self) -> None:
        """End now, keeping every set done so far."""
        if self._active() and self.session is not None:
            self.session.finish()
            self._refresh()

    def request_end(self) -> None:
        """Esc: leave full screen first; otherwise ask before ending the session."""
        if self.isFullScreen():
            self.toggle_fullscreen()
            return
        session = self.session
        if session is None or not self._active() or self._end_box is not None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from hiptimer.core.session import State
        from hiptimer.ui.cues import KEPT_TEXT

        was_running = session.state is State.RUNNING
        if was_running:
            session.pause()
            self._refresh()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("End the session?")
        box.setText("End the session now?")
        box.setInformativeText(KEPT_TEXT)
        end = box.addButton("End session", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(_result: int) -> None:
            self._end_box = None
            if box.clickedButton() is end:
                self.end_session()
            elif was_running and self.session is session and session.state is State.PAUSED:
                session.resume()
                self._refresh()

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._end_box = box
        box.open()

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
        self._sync_fullscreen()

    def _sync_fullscreen(self) -> None:
        full = self.isFullScreen()
        self.menuBar().setVisible(not full)
        self.statusBar().setVisible(not full)
        self.act_fullscreen.setChecked(full)
        if self._session_screen is not None:
            self._label_toggles(self._session_screen)
        view = self.session.view() if self._active() and self.session is not None else None
        self._update_actions(view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self._sync_fullscreen()
        super().changeEvent(event)

    def toggle_mute(self) -> None:
        self.set_muted(not self.settings.muted)

    def set_muted(self, muted: bool) -> None:
        self.apply_settings(self.settings.with_changes(muted=muted))
        if muted:
            self.show_status("Muted: M to hear beeps and speech again")
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
            self._label_toggles(self._session_screen)
        if self.announcer is not None:
            self.announcer.apply_settings(settings)
        if settings.theme is not old.theme:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                from hiptimer.ui.theme import apply_theme

                apply_theme(app, settings.theme)
        if settings.prepare_seconds != old.prepare_seconds and not self._active():
            self.timeline = compile_routine(self._effective_routine())
            if self.stack.currentWidget() is self.start_screen:
                self.start_screen.show_routine(self.routine, self.timeline, self._pictures)
        if self.settings_path is not None:
            try:
                save_settings(settings, self.settings_path)
            except OSError as error:
                self.notify(
                    f"Could not save the settings ({error.strerror or error}); "
                    "they apply until HipTimer closes."
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
        """Another start of HipTimer on this profile asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def set_profile(self, name: str) -> None:
        """Whose history the next session goes to (not while a session runs)."""
        if self._active():
            raise RuntimeError("end the session before changing the profile")
        self._profile = name

    def show_message(self, warning: bool, title: str, text: str, detail: str = "") -> None:
        """A window-modal box that does not block the event loop (see message_box)."""
        self._show_message(warning, title, text, detail)

    def _show_message(self, warning: bool, title: str, text: str, detail: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(detail)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self._message_box = box
        box.finished.connect(lambda _r: setattr(self, "_message_box", None))
        box.open()

    @property
    def message_box(self) -> QMessageBox | None:
        """The open information or warning box, if any."""
        return self._message_box

    def show_routine_error(self, error: Exception, fallback: bool = False) -> None:
        detail = str(error)
        if fallback:
            detail += "\n\nHipTimer shows its built-in routine instead."
        else:
            detail += "\n\nThe routine you had stays open."
        self._show_message(True, "Routine file", "This routine file cannot be used.", detail)

    def open_routine_file(self, path: Path) -> bool:
        """Follow the routine in a file; a broken file is explained and changes nothing."""
        if self._active():
            return False
        from hiptimer.exchange.routine_file import RoutineFileError, read_routine_bundle

        try:
            bundle = read_routine_bundle(path)
            compile_routine(dataclasses.replace(bundle.routine, prepare_seconds=0))
        except (RoutineFileError, ValueError) as error:
            self.show_routine_error(error)
            return False
        self.set_routine(bundle.routine, bundle.pictures)
        self.show_status(f"Opened {path.name}")
        return True

    def open_routine_dialog(self) -> None:
        if self._active():
            return
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self, "Open a routine file", "", "HipTimer routines (*.json);;All files (*)"
        )
        if name:
            self.open_routine_file(Path(name))

    def show_settings(self) -> None:
        from PySide6.QtCore import Qt

        from hiptimer.ui.settings_dialog import SettingsDialog

        self.prepare_audio()
        voices = self.speaker.voices() if self.speaker is not None else None
        if self.speaker is not None and not self.speaker.available:
            voices = None
        dialog = SettingsDialog(self.settings, voices, "  ".join(self.notices), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.chosen()))
        self.settings_dialog = dialog
        dialog.open()

    def show_about(self) -> None:
        import html

        references = "".join(f"<li>{reference}</li>" for reference in REFERENCES)
        text = (
            f"<p><b>HipTimer {__version__}</b>: a guided hip-strengthening routine for "
            "runners, with a history that adds up.</p>"
            f"<p>The six exercises and how each is set up follow {html.escape(SOURCE_ARTICLE)}; "
            "the cues, body lines and drawings are HipTimer's own words and work.</p>"
            "<p>The choice of exercises follows published work on hip strength in "
            f"runners:</p><ul>{references}</ul>"
            "<p>HipTimer is not medical advice: stop if something hurts, and ask a "
            "physiotherapist about pain that stays.</p>"
        )
        self._show_message(False, "About HipTimer", "HipTimer", "")
        box = self._message_box
        if box is not None:
            from PySide6.QtCore import Qt

            box.setTextFormat(Qt.TextFormat.RichText)
            box.setText(text)
            box.setInformativeText("")

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
        from hiptimer.ui.announcer import Announcer
        from hiptimer.ui.sound import QtSound
        from hiptimer.ui.speech import Speaker

        if self.sound is None:
            self.sound = QtSound(parent=self)
        self.sound.problem_found.connect(self._audio_problem)
        if self._speech_engine != NO_SPEECH_ENGINE:
            self.speaker = Speaker(self._speech_engine, self)
            self.speaker.problem_found.connect(self._audio_problem)
        self.sound.prepare()
        if self.speaker is not None:
            self.speaker.prepare()
        self.announcer = Announcer(self.sound, self.speaker, self.settings)

    def _audio_problem(self, _message: str = "") -> None:
        """Sound or speech failed: one status line tells the whole story of what is heard.

        A later failure replaces the earlier line (no "runs without beeps" next to
        "follow the screen and the beeps").
        """
        from hiptimer.ui.announcer import audio_notice

        if self.sound is None:
            return
        notice = audio_notice(self.sound, self.speaker)
        old = self._audio_notice
        if notice == old:
            return
        self._audio_notice = notice
        if old in self.notices:
            at = self.notices.index(old)
            if notice is None:
                del self.notices[at]
            else:
                self.notices[at] = notice
        elif notice is not None:
            self.notices.append(notice)
        self.show_status("  ".join(self.notices))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            QTimer.singleShot(0, self.first_painted.emit)
            # Counted from the first paint, not from show(): on a busy machine the paint
            # can come long after show(), and the window must appear before the sound
            # loads. A window that never paints gets its sound when a session starts.
            self._audio_soon = QTimer(self)
            self._audio_soon.setSingleShot(True)
            self._audio_soon.timeout.connect(self.prepare_audio)
            self._audio_soon.start(300)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-session ends it the same way Esc does: what was done is kept.
        self.end_session()
        for timer in (self._timer, self._audio_soon):
            if timer is not None:
                timer.stop()
        if self.announcer is not None:
            self.announcer.hush()
        if self._keep_awake is not None:
            self._keep_awake.set_running(False)
        super().closeEvent(event)
