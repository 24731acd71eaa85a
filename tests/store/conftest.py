import pytest

from hiptimer.core.clock import FakeClock
from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Sides, Tempo
from hiptimer.core.session import Session
from hiptimer.core.timeline import compile_routine
from hiptimer.store import HistoryStore, SessionRecorder


def small_routine() -> Routine:
    """Two exercises, both sides, two sets of reps and one hold: 6 sets in all."""
    bridge = Exercise(
        id="bridge",
        name="Bridge",
        mode=Mode.REPS,
        sides=Sides.LEFT_FIRST,
        dose=Dose(sets=2, reps=3, tempo=Tempo(1, 0, 1)),
        equipment=("mat", "band (green)"),
    )
    hold = Exercise(
        id="stretch",
        name="Stretch",
        mode=Mode.HOLD,
        sides=Sides.RIGHT_FIRST,
        dose=Dose(sets=1, hold_seconds=4),
    )
    return Routine(
        name="Small", exercises=(bridge, hold), prepare_seconds=2, rest_between_exercises=3
    )


@pytest.fixture
def store(tmp_path):
    with HistoryStore.open_path(tmp_path / "p" / "history.sqlite3") as opened:
        yield opened


def run_for(session, clock, seconds, dt=0.25):
    for _ in range(round(seconds / dt)):
        clock.advance(dt)
        session.tick()


def recorded_session(store, routine=None, clock=None):
    routine = routine or small_routine()
    clock = clock or FakeClock()
    session = Session(compile_routine(routine), clock)
    recorder = SessionRecorder(store, session, routine, clock=clock)
    return session, recorder, clock
