"""The session engine: walks a timeline in real time, on deadlines, never by counting ticks.

Each timed step gets a deadline on the monotonic clock when it starts or resumes
(deadline = resumed_at + time still owed). `tick()` may be called late or irregularly:
a step that has passed its deadline ends *at* its deadline and the next one starts there,
so a blocked event loop delays the screen but never the plan.

The engine knows nothing of screens or sound. It tells listeners what happened through
plain event objects, and `view()` gives a snapshot for whoever draws.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from hiptimer.core.clock import Clock
from hiptimer.core.routine import Mode, Side
from hiptimer.core.timeline import Step, StepKind, Timeline, get_ready_title

# A gap between two ticks this long means the computer slept (or the process was
# stopped): the session pauses where it was last seen, and the gap earns nothing.
DEFAULT_SUSPEND_GAP = 5.0
COUNTDOWN_FROM = 3
# A session resumed part way (after a crash or a closed window) first gives this long to
# get back into position, instead of counting the moment it opens. Ten seconds, like the
# usual get-ready: time to get down on the mat, and to hear which side and how before 3-2-1.
RESUME_GET_READY = 10.0


class State(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class PauseReason(StrEnum):
    USER = "user"
    SUSPEND = "suspend"


class Outcome(StrEnum):
    FINISHED = "finished"
    ENDED_EARLY = "ended_early"


class Phase(StrEnum):
    UP = "up"
    PAUSE = "pause"
    DOWN = "down"


@dataclass(frozen=True)
class RepProgress:
    rep: int
    reps: int
    phase: Phase
    # How far through the current phase, 0..1.
    fraction: float
    # Where the body is between the start (0) and the peak (1) of the movement.
    movement: float


@dataclass(frozen=True)
class SetResult:
    """One finished set on one side: the unit the history stores."""

    step_index: int
    exercise_id: str
    exercise_name: str
    side: Side | None
    set_no: int
    sets: int
    mode: Mode
    reps_target: int | None
    reps_done: int | None
    hold_target: float | None
    hold_done: float | None
    skipped: bool
    # Seconds of running (unpaused) time spent in the set.
    active_seconds: float
    started_at: float
    ended_at: float


# --- events -----------------------------------------------------------------


@dataclass(frozen=True)
class StepStarted:
    step: Step
    at: float


@dataclass(frozen=True)
class Countdown:
    seconds_left: int
    step: Step


@dataclass(frozen=True)
class RepStarted:
    rep: int
    reps: int
    step: Step

    @property
    def last(self) -> bool:
        return self.rep == self.reps


@dataclass(frozen=True)
class SideSwitched:
    side: Side
    step: Step


@dataclass(frozen=True)
class SetFinished:
    result: SetResult


@dataclass(frozen=True)
class Paused:
    reason: PauseReason
    # For a suspend: how many seconds were not counted.
    gap: float = 0.0


@dataclass(frozen=True)
class Resumed:
    pass


@dataclass(frozen=True)
class SessionFinished:
    outcome: Outcome
    results: tuple[SetResult, ...]


Event = (
    StepStarted
    | Countdown
    | RepStarted
    | SideSwitched
    | SetFinished
    | Paused
    | Resumed
    | SessionFinished
)
Listener = Callable[[Event], None]


@dataclass(frozen=True)
class SessionView:
    """Everything a window needs to draw one frame."""

    state: State
    step: Step
    next_step: Step | None
    # Seconds left in a timed step; None when the step waits for the person.
    remaining: float | None
    elapsed_in_step: float
    rep: RepProgress | None
    elapsed_total: float
    total_seconds: float
    pause_reason: PauseReason | None

    @property
    def countdown(self) -> int | None:
        """Whole seconds to show: 3 from 3.0 down to 2.000001, so '0' never shows."""
        return None if self.remaining is None else math.ceil(self.remaining)


def rep_progress(step: Step, active: float) -> RepProgress | None:
    """Which rep and which phase a tempo-paced set is in after `active` seconds."""
    if step.tempo is None or not step.reps:
        return None
    tempo = step.tempo
    per_rep = tempo.rep_seconds
    index = min(int(active // per_rep), step.reps - 1)
    into = min(max(active - index * per_rep, 0.0), per_rep)
    for phase, length in (
        (Phase.UP, tempo.up),
        (Phase.PAUSE, tempo.pause),
        (Phase.DOWN, tempo.down),
    ):
        if length > 0 and (into < length or phase is Phase.DOWN):
            fraction = min(into / length, 1.0)
            break
        into -= length
    else:  # only reached when 'down' has zero length: the rep ends on its pause
        phase, fraction = Phase.PAUSE, 1.0
    movement = {Phase.UP: fraction, Phase.PAUSE: 1.0, Phase.DOWN: 1.0 - fraction}[phase]
    return RepProgress(index + 1, step.reps, phase, fraction, movement)


class Session:
    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        *,
        suspend_gap: float = DEFAULT_SUSPEND_GAP,
    ) -> None:
        self.timeline = timeline
        self._clock = clock
        self._suspend_gap = suspend_gap
        self._listeners: list[Listener] = []
        self._state = State.READY
        self._outcome: Outcome | None = None
        self._pause_reason: PauseReason | None = None
        self._index = 0
        self._active_before = 0.0  # running seconds in this step before the last resume
        self._run_since = 0.0  # monotonic time of the last start or resume
        self._step_began = 0.0  # monotonic time the step was entered
        self._last_tick = 0.0
        self._countdown_said = COUNTDOWN_FROM + 1
        self._rep_said = 0
        self._results: dict[int, SetResult] = {}
        # A get-ready step shown before the step a resumed session starts at; it is not in
        # the timeline and shares that step's index, so the saved indexes stay valid.
        self._lead_in: Step | None = None

    # --- observing ----------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    @property
    def state(self) -> State:
        return self._state

    @property
    def outcome(self) -> Outcome | None:
        return self._outcome

    @property
    def step(self) -> Step:
        if self._lead_in is not None:
            return self._lead_in
        return self.timeline.steps[self._index]

    @property
    def index(self) -> int:
        return self._index

    @property
    def results(self) -> tuple[SetResult, ...]:
        """The latest result of each set, in timeline order."""
        return tuple(self._results[i] for i in sorted(self._results))

    def _active(self, at: float) -> float:
        if self._state is State.RUNNING:
            return self._active_before + max(at - self._run_since, 0.0)
        return self._active_before

    def _deadline(self) -> float | None:
        seconds = self.step.seconds
        if seconds is None:
            return None
        return self._run_since + (seconds - self._active_before)

    def view(self) -> SessionView:
        now = self._clock.monotonic()
        step = self.step
        active = self._active(now)
        if step.seconds is not None:
            active = min(active, step.seconds)
            remaining: float | None = step.seconds - active
        else:
            remaining = None
        done_before = self.timeline.seconds_before(self._index)
        lead_in = self._lead_in is not None
        return SessionView(
            state=self._state,
            step=step,
            next_step=self.timeline.steps[self._index]
            if lead_in
            else self.timeline.next_after(self._index),
            remaining=remaining,
            elapsed_in_step=active,
            rep=rep_progress(step, active),
            elapsed_total=done_before + (0.0 if lead_in else min(active, step.planned_seconds)),
            total_seconds=self.timeline.total_seconds,
            pause_reason=self._pause_reason,
        )

    # --- driving ------------------------------------------------------------

    def start(self, at_index: int = 0, *, get_ready: float = 0.0) -> None:
        """Begin at the first step, or at a later one to resume an interrupted session.

        get_ready: seconds of a get-ready countdown before the step at `at_index` (for a
        resumed session, see RESUME_GET_READY); none before a get-ready or the done step.
        """
        if self._state is not State.READY:
            raise RuntimeError("the session has already started")
        if not 0 <= at_index < len(self.timeline.steps):
            raise IndexError(f"no step {at_index} in a timeline of {len(self.timeline.steps)}")
        now = self._clock.monotonic()
        self._state = State.RUNNING
        self._last_tick = now
        target = self.timeline.steps[at_index]
        if get_ready > 0 and target.kind not in (StepKind.PREPARE, StepKind.DONE):
            self._enter(at_index, now, lead_in=_lead_in_step(target, get_ready))
        else:
            self._enter(at_index, now)

    def tick(self) -> None:
        """Bring the session up to the clock's present. Call it often; lateness is fine."""
        now = self._clock.monotonic()
        if self._state is not State.RUNNING:
            self._last_tick = now
            return
        gap = now - self._last_tick
        if gap > self._suspend_gap:
            seen = self._last_tick
            self._advance(seen)
            if self._state is State.RUNNING:
                self._pause(seen, PauseReason.SUSPEND, gap=now - seen)
        else:
            self._advance(now)
        self._last_tick = now

    def pause(self) -> None:
        self.tick()
        if self._state is State.RUNNING:
            self._pause(self._clock.monotonic(), PauseReason.USER)

    def resume(self) -> None:
        if self._state is not State.PAUSED:
            return
        now = self._clock.monotonic()
        self._state = State.RUNNING
        self._pause_reason = None
        self._run_since = now
        self._last_tick = now
        self._emit(Resumed())

    def toggle_pause(self) -> None:
        if self._state is State.RUNNING:
            self.pause()
        elif self._state is State.PAUSED:
            self.resume()

    def skip(self) -> None:
        """End this step now (a set counts as skipped, with what was done) and go on."""
        if not self._movable():
            return
        now = self._clock.monotonic()
        self._end_step(now, completed=False)
        self._enter(self._following(), now)

    def back(self) -> None:
        """Go to the previous step and start it afresh; the current step earns nothing."""
        if not self._movable():
            return
        if self._lead_in is not None:  # from the get-ready, back to its step's start
            self._enter(self._index, self._clock.monotonic(), lead_in=self._lead_in)
            return
        self._enter(max(self._index - 1, 0), self._clock.monotonic())

    def done(self, reps: int | None = None) -> bool:
        """Close a self-paced set with the reps actually done. False on any other step."""
        if not self._movable() or not self.step.self_paced:
            return False
        if reps is not None and reps < 0:
            raise ValueError("reps done cannot be negative")
        now = self._clock.monotonic()
        self._end_step(now, completed=True, reps_done=reps)
        self._enter(self._index + 1, now)
        return True

    def finish(self) -> None:
        """End the session early, keeping every set done so far (and the one under way)."""
        if not self._movable():
            return
        now = self._clock.monotonic()
        step = self.step
        if step.is_set and not step.self_paced and self._active(now) > 0:
            self._end_step(now, completed=False)
        self._finish(Outcome.ENDED_EARLY)

    # --- internals ----------------------------------------------------------

    def _movable(self) -> bool:
        self.tick()
        return self._state in (State.RUNNING, State.PAUSED)

    def _pause(self, at: float, reason: PauseReason, gap: float = 0.0) -> None:
        self._active_before = self._active(at)
        self._state = State.PAUSED
        self._pause_reason = reason
        self._emit(Paused(reason, gap))

    def _wall_at(self, mono: float) -> float:
        return self._clock.wall() - (self._clock.monotonic() - mono)

    def _advance(self, until: float) -> None:
        while self._state is State.RUNNING:
            deadline = self._deadline()
            if deadline is None or until < deadline:
                break
            self._end_step(deadline, completed=True)
            self._enter(self._following(), deadline)
        if self._state is State.RUNNING:
            self._announce(until)

    def _announce(self, at: float) -> None:
        step = self.step
        deadline = self._deadline()
        if deadline is not None and step.kind is not StepKind.DONE:
            left = math.ceil(deadline - at)
            if 1 <= left <= COUNTDOWN_FROM and left < self._countdown_said:
                self._countdown_said = left
                self._emit(Countdown(left, step))
        progress = rep_progress(step, self._active(at))
        if progress is not None and progress.rep > self._rep_said:
            self._rep_said = progress.rep
            self._emit(RepStarted(progress.rep, progress.reps, step))

    def _following(self) -> int:
        """The step after this one: after a get-ready, the step it stands before."""
        return self._index if self._lead_in is not None else self._index + 1

    def _enter(self, index: int, at: float, *, lead_in: Step | None = None) -> None:
        self._lead_in = lead_in
        self._index = index
        self._active_before = 0.0
        self._run_since = at
        self._step_began = at
        self._countdown_said = COUNTDOWN_FROM + 1
        self._rep_said = 0
        step = self.step
        self._emit(StepStarted(step, at))
        if step.kind is StepKind.SWITCH and step.side is not None:
            self._emit(SideSwitched(step.side, step))
        if step.kind is StepKind.DONE:
            self._finish(Outcome.FINISHED)
        elif self._state is State.RUNNING:
            self._announce(at)

    def _end_step(self, at: float, *, completed: bool, reps_done: int | None = None) -> None:
        step = self.step
        if (
            self._lead_in is not None
            or not step.is_set
            or step.exercise is None
            or step.set_no is None
        ):
            return
        active = self._active(at)
        if step.seconds is not None:
            active = min(active, step.seconds)
        exercise = step.exercise
        hold_done: float | None = None
        if exercise.mode is Mode.HOLD:
            hold_done = step.seconds if completed else active
        elif step.self_paced:
            reps_done = (step.reps if reps_done is None else reps_done) if completed else 0
        elif step.tempo is not None and step.reps is not None:
            reps_done = step.reps if completed else int(active // step.tempo.rep_seconds)
        result = SetResult(
            step_index=step.index,
            exercise_id=exercise.id,
            exercise_name=exercise.name,
            side=step.side,
            set_no=step.set_no,
            sets=exercise.dose.sets,
            mode=exercise.mode,
            reps_target=step.reps,
            reps_done=reps_done,
            hold_target=step.seconds if exercise.mode is Mode.HOLD else None,
            hold_done=hold_done,
            skipped=not completed,
            active_seconds=active,
            started_at=self._wall_at(self._step_began),
            ended_at=self._wall_at(at),
        )
        self._results[step.index] = result
        self._emit(SetFinished(result))

    def _finish(self, outcome: Outcome) -> None:
        self._state = State.FINISHED
        self._outcome = outcome
        self._pause_reason = None
        self._emit(SessionFinished(outcome, self.results))


def _lead_in_step(target: Step, seconds: float) -> Step:
    """A get-ready step for the exercise and side of `target`, with `target`'s index."""
    return replace(
        target,
        kind=StepKind.PREPARE,
        reps=None,
        tempo=None,
        seconds=seconds,
        title=get_ready_title(target.exercise, target.side),
    )
