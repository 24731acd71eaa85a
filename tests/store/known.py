"""A small history with numbers worked out by hand, for the chart tests (store and UI)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Side, Sides, Tempo
from hiptimer.core.session import SetResult
from hiptimer.store.history import SessionRecord

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 3, 18)  # a Wednesday

CLAMS = Exercise(
    id="clamshells",
    name="Clamshells",
    mode=Mode.REPS,
    sides=Sides.LEFT_FIRST,
    dose=Dose(sets=2, reps=15, tempo=Tempo(1, 1, 2)),
    equipment=("mat",),
)
STRETCH = Exercise(
    id="stretch",
    name="Hip flexor stretch",
    mode=Mode.HOLD,
    sides=Sides.LEFT_FIRST,
    dose=Dose(sets=1, hold_seconds=30),
)
PLANK = Exercise(
    id="plank", name="Plank", mode=Mode.HOLD, sides=Sides.NONE, dose=Dose(sets=1, hold_seconds=40)
)
ROUTINE = Routine(name="Known", exercises=(CLAMS, STRETCH, PLANK))

# (local start, effort, [(exercise, side, set_no, amount done)])
SESSIONS = [
    (
        datetime(2026, 3, 2, 7, 0),
        6,
        [
            (CLAMS, Side.LEFT, 1, 15),
            (CLAMS, Side.RIGHT, 1, 15),
            (CLAMS, Side.LEFT, 2, 12),
            (CLAMS, Side.RIGHT, 2, 15),
            (STRETCH, Side.LEFT, 1, 30),
            (STRETCH, Side.RIGHT, 1, 30),
            (PLANK, None, 1, 40),
        ],
    ),
    (
        datetime(2026, 3, 4, 7, 0),
        7,
        [
            (CLAMS, Side.LEFT, 1, 10),
            (CLAMS, Side.RIGHT, 1, 15),
            (STRETCH, Side.LEFT, 1, 20),
            (STRETCH, Side.RIGHT, 1, 30),
        ],
    ),
    (datetime(2026, 3, 6, 18, 0), None, [(CLAMS, Side.LEFT, 1, 15), (CLAMS, Side.RIGHT, 1, 15)]),
    (datetime(2026, 3, 10, 7, 0), 5, [(CLAMS, Side.LEFT, 1, 15), (CLAMS, Side.RIGHT, 1, 14)]),
    (datetime(2026, 3, 16, 7, 0), 4, [(CLAMS, Side.LEFT, 1, 15), (CLAMS, Side.RIGHT, 1, 15)]),
    (datetime(2026, 3, 17, 23, 30), 8, [(STRETCH, Side.LEFT, 1, 30), (STRETCH, Side.RIGHT, 1, 25)]),
]
WEEKS = [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
# Per week: clamshells left, right; stretch left, right; sessions.
CLAMS_PER_WEEK = [(52, 60), (15, 14), (15, 15)]
STRETCH_PER_WEEK = [(50, 60), (0, 0), (30, 25)]
SESSIONS_PER_WEEK = [3, 1, 2]


def result(index, exercise, side, set_no, amount, at):
    hold = exercise.mode is Mode.HOLD
    target = exercise.dose.hold_seconds if hold else exercise.dose.reps
    return SetResult(
        step_index=index,
        exercise_id=exercise.id,
        exercise_name=exercise.name,
        side=side,
        set_no=set_no,
        sets=exercise.dose.sets,
        mode=exercise.mode,
        reps_target=None if hold else target,
        reps_done=None if hold else amount,
        hold_target=target if hold else None,
        hold_done=float(amount) if hold else None,
        skipped=amount < target,
        active_seconds=60.0,
        started_at=at,
        ended_at=at + 60,
    )


def known_records(tz=BERLIN):
    records = []
    for start, effort, sets in SESSIONS:
        at = start.replace(tzinfo=tz).timestamp()
        results = [
            result(2 * n + 1, exercise, side, set_no, amount, at + 120 * n)
            for n, (exercise, side, set_no, amount) in enumerate(sets)
        ]
        records.append(
            SessionRecord(
                routine=ROUTINE,
                started_at=at,
                ended_at=at + 120 * len(sets),
                status="finished",
                results=results,
                effort=effort,
                note="",
            )
        )
    return records
