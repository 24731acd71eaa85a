"""The session's wake-ups on the fake clock, Qt-free: the way the session controller arms
its two timers (a change timer at each countdown second and step deadline, a frame timer
while something moves), run through whole sessions with the drawing time in between."""

from __future__ import annotations

import itertools

import pytest

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.clock import FakeClock
from hiptimer.core.session import Countdown, SessionFinished, State, StepStarted
from hiptimer.core.session import Session as Engine
from hiptimer.core.timeline import Step, StepKind, Timeline
from hiptimer.present.pacing import (
    AFTER_BOUNDARY,
    BREATH_SECONDS,
    BREATHING_FPS,
    breathing,
    breathing_frame,
    next_change,
    next_frame,
    wait_from,
)


def timeline(minutes: float) -> Timeline:
    """Holds of 30 s and rests of 12.5 s, then the done step, `minutes` long in all."""
    steps = []
    elapsed = 0.0
    while elapsed < minutes * 60:
        kind, seconds = (StepKind.HOLD, 30.0) if len(steps) % 2 == 0 else (StepKind.REST, 12.5)
        steps.append(Step(len(steps), kind, None, None, None, None, None, seconds, None, "s"))
        elapsed += seconds
    steps.append(Step(len(steps), StepKind.DONE, None, None, None, None, None, None, None, "d"))
    return Timeline(routine=DEFAULT_ROUTINE, steps=tuple(steps))


class Loop:
    """The controller's scheduling on a fake clock: each poll ticks the engine, takes a
    snapshot, spends `draw` seconds drawing it, then arms both timers from the clock in
    whole milliseconds (pacing.wait_from); a timer fires `late` seconds after its time."""

    def __init__(self, plan: Timeline, draw: float = 0.004, late: float = 0.0) -> None:
        self.clock = FakeClock()
        self.engine = Engine(plan, self.clock)
        self.draw, self.late = draw, late
        self.heard: list[tuple[object, float]] = []
        self.polls: list[tuple[float, float | None]] = []  # (time, breathing shown)
        self.engine.subscribe(lambda event: self.heard.append((event, self.clock.monotonic())))
        self.due: list[float | None] = [None, None]

    def refresh(self) -> None:
        taken_at = self.clock.monotonic()
        view = self.engine.view()
        shown = None
        if view.step.kind is StepKind.HOLD and view.state is State.RUNNING:
            shown = breathing_frame(view.elapsed_in_step)
        self.polls.append((taken_at, shown))
        self.clock.advance(self.draw)
        now = self.clock.monotonic()
        for i, due_in in enumerate((next_change(view), next_frame(view))):
            wait = wait_from(due_in, taken_at, now)
            self.due[i] = None if wait is None else now + wait / 1000

    def run(self) -> None:
        self.engine.start()
        self.refresh()
        while self.engine.state is State.RUNNING:
            due = min(d for d in self.due if d is not None)
            self.clock.advance(max(due - self.clock.monotonic(), 0.0) + self.late)
            self.engine.tick()
            self.refresh()


def lateness(loop: Loop) -> list[float]:
    """How long after its true moment each step change was seen."""
    return [seen - event.at for event, seen in loop.heard if isinstance(event, StepStarted)]


@pytest.mark.parametrize("late", [0.0, 0.002])
def test_every_step_change_is_seen_within_a_millisecond_or_two_over_30_minutes(late):
    loop = Loop(timeline(30), late=late)
    loop.run()
    seen = lateness(loop)
    assert len(seen) == len(loop.engine.timeline.steps)
    # Never early; late by the margin, the millisecond rounding and the timer's own delay,
    # the same at the end of 30 minutes as at the start (the deadlines do not drift).
    assert min(seen) >= 0
    assert max(seen) <= AFTER_BOUNDARY + 0.001 + late + 1e-9
    finished = next(t for e, t in loop.heard if isinstance(e, SessionFinished))
    planned_end = 1000.0 + loop.engine.timeline.total_seconds  # FakeClock starts at 1000
    assert 0 <= finished - planned_end <= AFTER_BOUNDARY + 0.001 + late + 1e-9


def test_each_countdown_second_is_said_on_its_second_however_long_the_drawing():
    # A slow window (30 ms to draw each snapshot): the timers are armed from the clock
    # after the drawing, so it does not push the next second later.
    loop = Loop(timeline(2), draw=0.03)
    loop.run()
    starts = {e.step.index: e.at for e, _ in loop.heard if isinstance(e, StepStarted)}
    said = [(e, t) for e, t in loop.heard if isinstance(e, Countdown)]
    assert len(said) == 3 * (len(starts) - 1)
    for event, seen in said:
        true = starts[event.step.index] + event.step.seconds - event.seconds_left
        assert 0 <= seen - true <= AFTER_BOUNDARY + 0.001 + 1e-9


def test_a_hold_draws_its_breath_a_few_times_a_second_and_a_poll_between_changes_nothing():
    loop = Loop(timeline(1))
    loop.run()
    first_hold = [(t, b) for t, b in loop.polls if b is not None and t < 1030.0]
    times = [t for t, _ in first_hold]
    # Frames at BREATHING_FPS plus one poll a second for the digits: no more.
    assert len(times) <= 30 * (BREATHING_FPS + 1) + 2
    poses = [b for _, b in first_hold]
    changes = sum(1 for a, b in itertools.pairwise(poses) if a != b)
    assert changes <= 30 * BREATHING_FPS
    # The poses are the breath's own at the frame times: the same few each breath.
    breath = round(BREATH_SECONDS * BREATHING_FPS)
    assert set(poses) == {breathing(k / BREATHING_FPS) for k in range(breath)}


def test_a_timer_armed_after_its_moment_fires_at_once_and_never_early():
    assert wait_from(0.5, taken_at=10.0, now=10.6) == 0
    assert wait_from(0.5, taken_at=10.0, now=10.2) == 300
    assert wait_from(0.0105, taken_at=0.0, now=0.0) == 11  # rounded up, never early
    assert wait_from(2.0, taken_at=0.0, now=0.0, speed=4.0) == 500
    assert wait_from(None, taken_at=0.0, now=0.0) is None
