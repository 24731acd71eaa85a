"""The session controller: runs one core Session on the clock, with no widget of its own.

The Flowkeeper pattern: the core Session (hiptimer.core.session) is the timer and knows
every rule of timing; this is its thin Qt adapter. It owns two single-shot precise QTimers:
one polls the engine just after the next visible change (a countdown second, the step's
deadline), the other at the animation's next frame while something moves (see pacing.py).
It collects the engine's events after each call into it, and emits them with the
snapshot that follows (`updated`), so the windows only draw. It also carries out the
transport (pause, skip, back, done, rep count, end) and the one piece of state the engine
leaves to the screen: a self-paced set's rep count once the person has corrected it.

Start-up: the engine and Qt's namespace are imported when a session starts, not when
the window is made (see hiptimer.ui.main_window).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from hiptimer.core.routine import MAX_REPS, SELF_PACED_SECONDS_PER_REP

if TYPE_CHECKING:
    from hiptimer.core.clock import Clock
    from hiptimer.core.session import Event, Session, SessionView, SetResult
    from hiptimer.core.timeline import Timeline


class SessionController(QObject):
    # The new Session, subscribed to and *before* its start(): a listener that subscribes
    # to it here sees every event of the session.
    started = Signal(object)
    # (events, view) after each call into the engine: the events since the last update
    # (a list of core session events) and the SessionView that follows them.
    updated = Signal(object, object)

    def __init__(self, clock: Clock, clock_speed: float = 1.0, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        # How much faster than real time the clock runs (a demo clock); timers divide by it.
        self.clock_speed = clock_speed
        self.session: Session | None = None
        self._events: list[Event] = []
        # A self-paced set's count once the person has corrected it with + or -; until
        # then it counts up from 0 by itself (see reps_counted).
        self._reps_done: int | None = None
        self._earlier: dict[int, SetResult] = {}
        # The session went on after a break (started part way).
        self.resumed = False
        # The change timer and the frame timer (see _schedule), made when first needed.
        self._timers: tuple[QTimer, QTimer] | None = None

    @property
    def active(self) -> bool:
        """A session is running or paused (not before the start, not after the end)."""
        if self.session is None:
            return False
        from hiptimer.core.session import State

        return self.session.state in (State.RUNNING, State.PAUSED)

    def start(self, timeline: Timeline, at_index: int, earlier: Sequence[SetResult]) -> None:
        """Start `timeline` at a step (a resumed session begins with a get-ready countdown).

        earlier: the sets a resumed session had done before it was cut short (see results).
        The caller shows the session screen, then calls refresh().
        """
        from hiptimer.core.session import RESUME_GET_READY, Session

        session = Session(timeline, self.clock)
        self._events = []
        session.subscribe(self._on_event)
        self.session = session
        self._earlier = {result.step_index: result for result in earlier}
        self.resumed = at_index > 0 or bool(earlier)
        self.started.emit(session)
        session.start(at_index, get_ready=RESUME_GET_READY if at_index > 0 else 0.0)

    @property
    def resumed_with(self) -> int | None:
        """For a resumed session, the sets done (not skipped) before its break; else None."""
        if not self.resumed:
            return None
        return sum(1 for result in self._earlier.values() if not result.skipped)

    def results(self, session: Session) -> tuple[SetResult, ...]:
        """Every set done, in timeline order, with those from before a resume."""
        results = {**self._earlier, **{r.step_index: r for r in session.results}}
        return tuple(results[index] for index in sorted(results))

    def _on_event(self, event: Event) -> None:
        # Collected and handed on after each call into the engine, with the view that follows.
        self._events.append(event)

    def poll(self) -> None:
        """Bring the engine up to the clock and hand on what changed; the timer calls this."""
        if self.session is None:
            return
        self.session.tick()
        self.refresh()

    def refresh(self) -> None:
        """Emit the events since the last update with the engine's snapshot, then poll
        again just after the next visible change (or stop, once the session is over)."""
        session = self.session
        if session is None:
            return
        from hiptimer.core.session import State, StepStarted

        events, self._events = self._events, []
        taken_at = self.clock.monotonic()
        view = session.view()
        if any(isinstance(event, StepStarted) for event in events):
            self._reps_done = None
        self.updated.emit(events, view)
        if view.state is State.FINISHED:
            self.stop_polling()
        else:
            self._schedule(view, taken_at)

    def _schedule(self, view: SessionView, taken_at: float) -> None:
        """Arm the change timer and the frame timer for this snapshot. Counted from the
        clock now, after the window has drawn the snapshot: drawing does not delay them."""
        from hiptimer.present.pacing import next_change, next_frame, wait_from

        now = self.clock.monotonic()
        dues = (next_change(view), next_frame(view))
        for timer, due_in in zip(self._poll_timers(), dues, strict=True):
            wait = wait_from(due_in, taken_at, now, self.clock_speed)
            if wait is None:
                timer.stop()
            else:
                timer.start(wait)

    def _poll_timers(self) -> tuple[QTimer, QTimer]:
        if self._timers is None:
            from PySide6.QtCore import Qt

            timers = (QTimer(self), QTimer(self))
            for timer in timers:
                timer.setSingleShot(True)
                timer.setTimerType(Qt.TimerType.PreciseTimer)
                timer.timeout.connect(self.poll)
            self._timers = timers
        return self._timers

    def _poll_timer(self) -> QTimer:
        """The timer that polls at the next visible change (a second, a deadline)."""
        return self._poll_timers()[0]

    def stop_polling(self) -> None:
        if self._timers is not None:
            for timer in self._timers:
                timer.stop()

    # --- transport ----------------------------------------------------------------

    def toggle_pause(self) -> None:
        if self.active and self.session is not None:
            self.session.toggle_pause()
            self.refresh()

    def pause(self) -> None:
        if self.active and self.session is not None:
            self.session.pause()
            self.refresh()

    def resume(self) -> None:
        if self.active and self.session is not None:
            self.session.resume()
            self.refresh()

    def skip(self) -> None:
        if self.active and self.session is not None:
            self.session.skip()
            self.refresh()

    def back(self) -> None:
        if self.active and self.session is not None:
            self.session.back()
            self.refresh()

    def done(self) -> None:
        """A self-paced set is done, with the reps counted."""
        session = self.session
        if session is None or not self.active or not session.step.self_paced:
            return
        session.tick()
        session.done(self.reps_counted(session.view()))
        self.refresh()

    def reps_counted(self, view: SessionView) -> int:
        """Reps done in a self-paced set: counted up from 0 at a typical pace (in step with
        the figure) until the set's target, or the person's own count once corrected."""
        if self._reps_done is not None:
            return self._reps_done
        counted = int(view.elapsed_in_step // SELF_PACED_SECONDS_PER_REP)
        return min(counted, view.step.reps or 0)

    def change_reps(self, delta: int) -> None:
        session = self.session
        if session is None or not self.active or not session.step.self_paced:
            return
        session.tick()
        current = self.reps_counted(session.view())
        self._reps_done = min(max(current + delta, 0), MAX_REPS)
        self.refresh()

    def finish(self) -> None:
        """End now, keeping every set done so far."""
        if self.active and self.session is not None:
            self.session.finish()
            self.refresh()
