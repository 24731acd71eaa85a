import dataclasses

import pytest

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.clock import FakeClock
from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Side, Sides, Tempo
from hiptimer.core.session import (
    Countdown,
    Outcome,
    Paused,
    PauseReason,
    Phase,
    RepStarted,
    Session,
    SessionFinished,
    SetFinished,
    SideSwitched,
    State,
    StepStarted,
)
from hiptimer.core.timeline import StepKind, compile_routine


def make(routine=DEFAULT_ROUTINE, **options):
    clock = FakeClock()
    session = Session(compile_routine(routine), clock, **options)
    events = []
    session.subscribe(events.append)
    return session, clock, events


def run_for(session, clock, seconds, dt=0.125):
    # binary fractions keep the fake clock exact, so boundaries land where the test says
    steps = round(seconds / dt)
    for _ in range(steps):
        clock.advance(dt)
        session.tick()


def small_routine(**dose):
    bridge = Exercise(
        id="b",
        name="Bridge",
        mode=Mode.REPS,
        sides=Sides.LEFT_FIRST,
        dose=Dose(sets=1, reps=3, tempo=Tempo(1, 1, 2)),
        **dose,
    )
    hold = Exercise(
        id="h",
        name="Hold",
        mode=Mode.HOLD,
        sides=Sides.RIGHT_FIRST,
        dose=Dose(sets=1, hold_seconds=10),
    )
    return Routine(
        name="Small", exercises=(bridge, hold), prepare_seconds=5, rest_between_exercises=10
    )


def test_whole_default_routine_runs_to_the_end_with_a_result_per_set_per_side():
    session, clock, events = make()
    session.start()
    run_for(session, clock, session.timeline.total_seconds + 1, dt=0.25)
    assert session.state is State.FINISHED and session.outcome is Outcome.FINISHED
    results = session.results
    assert len(results) == 24
    assert all(not r.skipped for r in results)
    assert {(r.exercise_id, r.side) for r in results} == {
        (e.id, side) for e in DEFAULT_ROUTINE.exercises for side in (Side.LEFT, Side.RIGHT)
    }
    stretch = [r for r in results if r.exercise_id == "hip-flexor-stretch"]
    assert all(r.hold_done == 30 and r.reps_done is None for r in stretch)
    bridge = [r for r in results if r.exercise_id == "glute-bridge"]
    assert all(r.reps_done == r.reps_target == 12 for r in bridge)
    assert isinstance(events[-1], SessionFinished)
    assert sum(isinstance(e, SideSwitched) for e in events) == 12


def test_steps_chain_on_deadlines_even_when_ticks_come_late():
    # a long suspend gap, so one very late tick is taken as a blocked loop, not a sleep
    session, clock, events = make(small_routine(), suspend_gap=60)
    session.start()
    clock.advance(5.0 + 12.0 + 0.7)  # one very late tick: past prepare and the whole set
    session.tick()
    starts = [e for e in events if isinstance(e, StepStarted)]
    assert [e.step.kind for e in starts] == [StepKind.PREPARE, StepKind.WORK, StepKind.SWITCH]
    assert starts[1].at == 1005.0 and starts[2].at == 1017.0
    # the switch step began at its true boundary, so 0.7 s of it have gone
    assert session.view().elapsed_in_step == pytest.approx(0.7)


def test_pause_and_resume_keep_the_remaining_time():
    session, clock, _ = make(small_routine())
    session.start()
    run_for(session, clock, 2.0)
    session.pause()
    assert session.state is State.PAUSED
    before = session.view().remaining
    clock.advance(300)
    session.tick()
    assert session.view().remaining == pytest.approx(before)
    assert session.view().pause_reason is PauseReason.USER
    session.resume()
    run_for(session, clock, 1.0)
    assert session.view().remaining == pytest.approx(before - 1.0)


def test_countdown_three_two_one_once_each():
    session, clock, events = make(small_routine())
    session.start()
    run_for(session, clock, 5.0)
    counts = [e.seconds_left for e in events if isinstance(e, Countdown)]
    assert counts == [3, 2, 1]


def test_tempo_reps_expose_rep_phase_and_movement():
    session, clock, events = make(small_routine())
    session.start()
    run_for(session, clock, 5.0)  # prepare
    run_for(session, clock, 0.5)
    rep = session.view().rep
    assert (rep.rep, rep.phase, rep.fraction, rep.movement) == (
        1,
        Phase.UP,
        pytest.approx(0.5),
        pytest.approx(0.5),
    )
    run_for(session, clock, 1.0)
    assert session.view().rep.phase is Phase.PAUSE and session.view().rep.movement == 1.0
    run_for(session, clock, 1.5)
    rep = session.view().rep
    assert rep.phase is Phase.DOWN and rep.movement == pytest.approx(0.5)
    run_for(session, clock, 4.0)
    assert session.view().rep.rep == 2
    reps = [e for e in events if isinstance(e, RepStarted)]
    assert [e.rep for e in reps] == [1, 2]
    run_for(session, clock, 4.0)
    assert [e.rep for e in events if isinstance(e, RepStarted)][-1] == 3
    assert [e for e in events if isinstance(e, RepStarted)][-1].last


def test_skip_records_a_skipped_set_with_what_was_done_and_back_redoes_it():
    session, clock, _events = make(small_routine())
    session.start()
    run_for(session, clock, 5.0 + 8.5)  # two full reps and a bit
    session.skip()
    result = session.results[0]
    assert result.skipped and result.reps_done == 2 and result.reps_target == 3
    assert session.step.kind is StepKind.SWITCH
    session.back()
    assert session.step.kind is StepKind.WORK and session.view().elapsed_in_step == 0
    run_for(session, clock, 12.0)
    assert session.step.kind is StepKind.SWITCH
    redone = session.results[0]
    assert not redone.skipped and redone.reps_done == 3
    assert len(session.results) == 1


def test_back_on_first_step_restarts_it():
    session, clock, _ = make(small_routine())
    session.start()
    run_for(session, clock, 3.0)
    session.back()
    assert session.index == 0 and session.view().remaining == pytest.approx(5.0)


def test_self_paced_set_waits_and_done_takes_the_reps_done():
    ex = Exercise(
        id="s", name="Self", mode=Mode.REPS, sides=Sides.LEFT_FIRST, dose=Dose(sets=1, reps=10)
    )
    session, clock, _ = make(Routine(name="S", exercises=(ex,), prepare_seconds=0))
    session.start()
    run_for(session, clock, 600.0, dt=1.0)
    assert session.step.self_paced and session.view().remaining is None
    assert session.done(8)
    assert session.step.kind is StepKind.SWITCH
    result = session.results[0]
    assert result.reps_done == 8 and not result.skipped and result.active_seconds == 600
    run_for(session, clock, 5.0)
    assert session.done() and session.results[1].reps_done == 10
    assert session.state is State.FINISHED


def test_done_is_refused_on_a_timed_step():
    session, _clock, _ = make(small_routine())
    session.start()
    assert session.done(3) is False
    assert session.index == 0


def test_a_suspend_gap_pauses_and_credits_nothing():
    session, clock, events = make(small_routine())
    session.start()
    run_for(session, clock, 5.0 + 2.0)  # 2 s into the set
    clock.advance(3600)  # the laptop slept for an hour
    session.tick()
    assert session.state is State.PAUSED
    paused = [e for e in events if isinstance(e, Paused)][-1]
    assert paused.reason is PauseReason.SUSPEND and paused.gap == pytest.approx(3600, abs=0.1)
    assert session.view().elapsed_in_step == pytest.approx(2.0, abs=0.06)
    assert session.step.kind is StepKind.WORK
    session.resume()
    run_for(session, clock, 10.0)
    assert session.results[0].active_seconds == pytest.approx(12.0)


def test_hold_result_counts_held_seconds_and_finish_early_keeps_the_partial_set():
    session, clock, events = make(small_routine())
    session.start()
    run_for(session, clock, 5 + 12 + 5)  # prepare, set left, switch
    session.skip()  # right side of the bridge skipped at once
    run_for(session, clock, 10)  # rest between exercises
    assert session.step.kind is StepKind.HOLD
    run_for(session, clock, 4.0)
    session.finish()
    assert session.state is State.FINISHED and session.outcome is Outcome.ENDED_EARLY
    left, right, hold = session.results
    assert not left.skipped and right.skipped and right.reps_done == 0
    assert hold.skipped and hold.hold_done == pytest.approx(4.0) and hold.side is Side.RIGHT
    finished = [e for e in events if isinstance(e, SessionFinished)]
    assert len(finished) == 1 and len(finished[0].results) == 3
    assert sum(isinstance(e, SetFinished) for e in events) == 3


def test_results_are_stamped_with_wall_time():
    session, clock, _ = make(small_routine())
    start_wall = clock.wall()
    session.start()
    run_for(session, clock, 17.0)
    result = session.results[0]
    assert result.started_at == pytest.approx(start_wall + 5)
    assert result.ended_at == pytest.approx(start_wall + 17)


def test_resume_from_a_later_step():
    session, _clock, events = make()
    target = next(s.index for s in session.timeline.steps if s.kind is StepKind.HOLD)
    session.start(at_index=target)
    assert session.step.kind is StepKind.HOLD
    assert isinstance(events[0], StepStarted) and events[0].step.index == target


def test_view_progress_adds_up():
    routine = dataclasses.replace(small_routine())
    session, clock, _ = make(routine)
    session.start()
    run_for(session, clock, 7.0)
    view = session.view()
    assert view.elapsed_total == pytest.approx(7.0)
    assert view.total_seconds == 5 + 12 + 5 + 12 + 10 + 10 + 5 + 10
    assert view.countdown == 10 and view.next_step.kind is StepKind.SWITCH


def test_a_resumed_session_counts_down_to_get_ready_before_its_step():
    session, clock, events = make(small_routine())
    target = session.timeline.steps[1]  # the bridge's work set on the left
    session.start(at_index=1, get_ready=5)
    view = session.view()
    assert view.step.kind is StepKind.PREPARE and view.step.index == 1
    assert view.step.exercise == target.exercise and view.step.side is Side.LEFT
    assert view.step.title == "Get ready: Bridge, left side"
    assert view.remaining == 5 and view.next_step == target
    assert view.elapsed_total == session.timeline.seconds_before(1)  # waiting earns nothing
    run_for(session, clock, 5)
    assert [e.seconds_left for e in events if isinstance(e, Countdown)] == [3, 2, 1]
    assert session.step == target and session.view().remaining == 12
    assert session.results == ()  # the get-ready is not a set
    run_for(session, clock, 12)
    assert [r.reps_done for r in session.results] == [3]


def test_skip_and_back_on_the_get_ready_of_a_resumed_session():
    session, clock, _ = make(small_routine())
    session.start(at_index=1, get_ready=5)
    run_for(session, clock, 2)
    session.back()  # the get-ready starts afresh
    assert session.step.kind is StepKind.PREPARE and session.view().remaining == 5
    session.skip()  # straight to the set, which is not marked skipped
    assert session.step == session.timeline.steps[1] and session.results == ()


def test_no_get_ready_before_a_get_ready_step_or_the_end():
    session, _, _ = make(small_routine())
    session.start(at_index=0, get_ready=5)
    assert session.step == session.timeline.steps[0]
    last = len(session.timeline.steps) - 1
    session, _, _ = make(small_routine())
    session.start(at_index=last, get_ready=5)
    assert session.state is State.FINISHED
