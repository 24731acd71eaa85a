"""Random sequences of actions and clock moves must keep the engine's promises."""

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from hiptimer.core.clock import FakeClock
from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Sides, Tempo
from hiptimer.core.session import Session, State, StepStarted
from hiptimer.core.timeline import compile_routine

ROUTINE = Routine(
    name="Mixed",
    exercises=(
        Exercise(
            id="tempo",
            name="Tempo",
            mode=Mode.REPS,
            sides=Sides.LEFT_FIRST,
            dose=Dose(sets=2, reps=3, tempo=Tempo(1, 0.5, 1.5)),
        ),
        Exercise(
            id="own",
            name="Own pace",
            mode=Mode.REPS,
            sides=Sides.RIGHT_ONLY,
            dose=Dose(sets=1, reps=5),
        ),
        Exercise(
            id="hold",
            name="Hold",
            mode=Mode.HOLD,
            sides=Sides.RIGHT_FIRST,
            dose=Dose(sets=2, hold_seconds=7),
        ),
    ),
    prepare_seconds=3,
    rest_between_exercises=4,
)
GAP = 5.0


class SessionMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.clock = FakeClock()
        self.session = Session(compile_routine(ROUTINE), self.clock, suspend_gap=GAP)
        self.starts: list[StepStarted] = []
        self.session.subscribe(self._on_event)
        self.running_time = 0.0
        self.manual = False
        self.session.start()

    def _on_event(self, event):
        if isinstance(event, StepStarted):
            self.starts.append((event, self.manual))

    def _act(self, action):
        self.manual = True
        action()
        self.manual = False

    @rule(dt=st.floats(min_value=0.0, max_value=3.0))
    def advance(self, dt):
        running = self.session.state is State.RUNNING
        self.clock.advance(dt)
        self.session.tick()
        if running:
            self.running_time += dt

    @rule(dt=st.floats(min_value=GAP + 0.01, max_value=10_000))
    def suspend(self, dt):
        self.clock.advance(dt)
        self.session.tick()
        assert self.session.state is not State.RUNNING

    @rule()
    def toggle(self):
        self.session.toggle_pause()

    @rule()
    def skip(self):
        self._act(self.session.skip)

    @rule()
    def back(self):
        self._act(self.session.back)

    @rule(reps=st.integers(0, 8))
    def done(self, reps):
        self._act(lambda: self.session.done(reps))

    @precondition(lambda self: self.session.state is not State.FINISHED)
    @rule()
    def finish_rarely(self):
        pass

    @invariant()
    def remaining_never_negative(self):
        view = self.session.view()
        if view.remaining is not None:
            assert view.remaining >= 0
            if self.session.state is State.RUNNING:
                assert view.remaining > 0
        assert 0 <= view.elapsed_total <= view.total_seconds + 1e-9

    @invariant()
    def no_step_ends_before_its_deadline(self):
        # Steps that ended by themselves did so after exactly their planned running time.
        for result in self.session.results:
            if not result.skipped and result.hold_target is not None:
                assert abs(result.active_seconds - result.hold_target) < 1e-6
        for (prev, _), (nxt, manual) in zip(self.starts, self.starts[1:], strict=False):
            if (
                not manual
                and prev.step.seconds is not None
                and nxt.step.index == prev.step.index + 1
            ):
                assert nxt.at - prev.at >= prev.step.seconds - 1e-6

    @invariant()
    def credited_work_never_exceeds_running_time(self):
        credited = sum(r.active_seconds for r in self.session.results)
        assert credited <= self.running_time + 1e-6

    @invariant()
    def results_in_timeline_order(self):
        indexes = [r.step_index for r in self.session.results]
        assert indexes == sorted(indexes)
        for result in self.session.results:
            step = self.session.timeline.steps[result.step_index]
            assert step.is_set and step.side == result.side and step.set_no == result.set_no


TestSessionMachine = SessionMachine.TestCase
TestSessionMachine.settings = settings(max_examples=150, stateful_step_count=60, deadline=None)
