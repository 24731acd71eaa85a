"""The session controller on its own, without a window: it runs the core session on the
clock, polls it with its own timer and hands on each snapshot with the events before it."""

from __future__ import annotations

import math

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.clock import FakeClock
from hiptimer.core.session import SessionFinished, State, StepStarted
from hiptimer.core.timeline import compile_routine
from hiptimer.present.pacing import poll_delay
from hiptimer.ui.session_controller import SessionController


def test_a_listener_told_of_the_start_hears_the_first_step():
    controller = SessionController(FakeClock())
    heard = []
    controller.started.connect(lambda session: session.subscribe(heard.append))
    controller.start(compile_routine(DEFAULT_ROUTINE), 0, ())
    assert [type(event) for event in heard[:1]] == [StepStarted]
    assert controller.active and controller.session is not None


def test_each_update_carries_the_events_since_the_last_and_polls_again():
    clock = FakeClock()
    controller = SessionController(clock, clock_speed=4.0)
    updates = []
    controller.updated.connect(lambda events, view: updates.append((events, view)))
    controller.start(compile_routine(DEFAULT_ROUTINE), 0, ())
    controller.refresh()
    events, view = updates[-1]
    assert any(isinstance(event, StepStarted) for event in events)
    assert view.state is State.RUNNING and view.step.index == 0
    timer = controller._poll_timer()
    # Polled just after the next visible change; a clock 4x fast, 4x as often.
    delay = poll_delay(view)
    assert delay is not None and 0 < delay <= 1.1
    assert timer.isActive() and timer.interval() == math.ceil(delay / 4.0 * 1000)
    clock.advance(0.5)
    controller.poll()
    assert updates[-1][0] == [] and updates[-1][1].elapsed_total == 0.5
    controller.finish()
    assert not timer.isActive()


def test_pause_skip_and_back_move_the_session_and_finishing_stops_the_polls():
    controller = SessionController(FakeClock())
    updates = []
    controller.updated.connect(lambda events, view: updates.append((events, view)))
    controller.start(compile_routine(DEFAULT_ROUTINE), 0, ())
    controller.toggle_pause()
    assert updates[-1][1].state is State.PAUSED
    controller.toggle_pause()
    controller.skip()
    assert updates[-1][1].step.index == 1
    controller.back()
    assert updates[-1][1].step.index == 0
    controller.finish()
    events, view = updates[-1]
    assert view.state is State.FINISHED and any(isinstance(e, SessionFinished) for e in events)
    assert not controller.active and not controller._poll_timer().isActive()
    # Nothing more to do once it is over.
    count = len(updates)
    controller.skip()
    assert len(updates) == count
