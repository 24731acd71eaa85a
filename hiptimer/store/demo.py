"""Made-up history so a new user can see the charts before their own sessions exist.

The story it tells: two or three sessions most weeks on set weekdays, a few missed days
and a couple of missed weeks, doses that grow over the months (more reps, longer holds,
a stronger band), and a left hip that lags: the left side stops early more often in hip
hikes throughout and in clamshells at first, which the balance table flags. Each exercise
has quick answers (pain during it, reps in reserve or how a hold felt, the level used),
and three weeks before today there is a painful week: the left hip hurt in hip hikes and
clamshells and was worse the next morning. The same seed and the same day give the same
history.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, tzinfo

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.progression import Feedback, Feel, LadderKind, Morning, plan_for
from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Side
from hiptimer.core.session import SetResult
from hiptimer.core.timeline import compile_routine
from hiptimer.core.weeks import week_start
from hiptimer.store.history import (
    STATUS_ENDED_EARLY,
    STATUS_FINISHED,
    STATUS_INTERRUPTED,
    SessionRecord,
)

MAX_WEEKS = 520
BANDS = ("yellow", "red", "green", "blue")
NOTES = (
    "Left hip tight today",
    "Band felt easy: time for the next colour",
    "Short on time, rushed the stretch",
    "Felt strong",
    "Sore after Sunday's long run",
    "Kept the pelvis still on the clamshells, finally",
)
# The exercises that hurt on the left in the painful week, and how much (0-10).
PAINFUL = {"hip-hikes": 7, "clamshells": 6}
# Weeks before the current one that the painful week was.
PAINFUL_WEEKS_AGO = 3
# How often the left side stops short, per exercise: (at the start, at the end).
LEFT_LAG = {"hip-hikes": (0.6, 0.5), "clamshells": (0.6, 0.05)}


def _progressed(routine: Routine, stage: int) -> Routine:
    """The routine's doses after `stage` steps of progression (0: an easier start)."""
    exercises = []
    for exercise in routine.exercises:
        dose = exercise.dose
        if exercise.mode is Mode.HOLD and dose.hold_seconds is not None:
            dose = dataclasses.replace(dose, hold_seconds=dose.hold_seconds - 10 + 5 * stage)
        elif dose.reps is not None:
            dose = dataclasses.replace(dose, reps=max(dose.reps - 2 + stage, 1))
        equipment = tuple(
            f"resistance band ({BANDS[min(stage, len(BANDS) - 1)]})"
            if item == "resistance band"
            else item
            for item in exercise.equipment
        )
        exercises.append(dataclasses.replace(exercise, dose=dose, equipment=equipment))
    return dataclasses.replace(routine, exercises=tuple(exercises))


def _session_days(rng: random.Random, first: date, last: date, every_day: bool) -> Iterator[date]:
    weekdays = rng.choice([(0, 2, 4), (1, 3, 5), (0, 3, 5)])
    monday = week_start(first)
    while monday <= last:
        # The habit settles: planned days are kept more often as the weeks go by.
        keep = 0.72 + 0.23 * min((monday - first).days / max((last - first).days, 1), 1.0)
        away = not every_day and rng.random() < 0.06  # ill, or on holiday
        for offset in range(7):
            day = monday + timedelta(days=offset)
            if not first <= day <= last or away:
                continue
            planned = offset in weekdays and rng.random() < keep  # a few days missed
            extra = offset == 6 and rng.random() < 0.08  # now and then a Sunday too
            if every_day or planned or extra:
                yield day
        monday += timedelta(days=7)


def _session(rng: random.Random, routine: Routine, start: float, progress: float) -> SessionRecord:
    timeline = compile_routine(routine)
    roll = rng.random()
    status = STATUS_FINISHED
    stop_at = len(timeline.steps)
    if roll < 0.07:
        status, stop_at = STATUS_ENDED_EARLY, rng.randrange(len(timeline.steps) // 2, stop_at)
    elif roll < 0.09:
        status, stop_at = STATUS_INTERRUPTED, rng.randrange(3, stop_at)
    at = start
    results = []
    for step in timeline.steps[:stop_at]:
        seconds = step.planned_seconds
        exercise = step.exercise
        if step.is_set and exercise is not None and step.set_no is not None:
            lag = LEFT_LAG.get(exercise.id, (0.03, 0.03))
            chance = lag[0] + (lag[1] - lag[0]) * progress
            short = step.side is Side.LEFT and rng.random() < chance
            short = short or rng.random() < 0.02
            share = rng.uniform(0.55, 0.85) if short else 1.0
            results.append(_result(step.index, exercise, step.side, step.set_no, share, at))
            seconds *= share
        at += seconds
    effort = min(10, max(1, round(rng.gauss(6.5 - 1.5 * progress, 1.1))))
    return SessionRecord(
        routine=routine,
        started_at=start,
        ended_at=at,
        status=status,
        results=results,
        effort=None if rng.random() < 0.1 else effort,
        note=rng.choice(NOTES) if rng.random() < 0.12 else "",
        demo=True,
    )


def _result(
    index: int, exercise: Exercise, side: Side | None, set_no: int, share: float, at: float
) -> SetResult:
    dose: Dose = exercise.dose
    if exercise.mode is Mode.HOLD:
        target = float(dose.hold_seconds or 0)
        held = round(target * share, 1)
        reps_target = reps_done = None
        hold_target: float | None = target
        hold_done: float | None = held
        active = held
    else:
        reps_target = dose.reps or 0
        reps_done = int(reps_target * share) if share < 1 else reps_target
        hold_target = hold_done = None
        rep_seconds = dose.tempo.rep_seconds if dose.tempo else 3.0
        active = reps_target * rep_seconds * share
    return SetResult(
        step_index=index,
        exercise_id=exercise.id,
        exercise_name=exercise.name,
        side=side,
        set_no=set_no,
        sets=dose.sets,
        mode=exercise.mode,
        reps_target=reps_target,
        reps_done=reps_done,
        hold_target=hold_target,
        hold_done=hold_done,
        skipped=share < 1,
        active_seconds=active,
        started_at=at,
        ended_at=at + active,
    )


def _feedback(
    rng: random.Random, routine: Routine, stage: int, painful: bool
) -> tuple[list[Feedback], str | None]:
    """Quick answers for one session, and its morning answer (None: it had no pain)."""
    answers = []
    worst = 0
    for exercise in routine.exercises:
        ladder = plan_for(exercise.id).ladder
        # Bands go yellow, red, green, blue (as the equipment says); steps from the lowest.
        level = ladder.label(stage + 1 if ladder.kind is LadderKind.BAND else stage)
        for side in exercise.sides.order:
            key = "" if side is None else side.value
            pain = rng.choice((0, 0, 0, 0, 1, 2, 3))
            if painful and side is Side.LEFT and exercise.id in PAINFUL:
                pain = PAINFUL[exercise.id] + rng.choice((0, 1))
            worst = max(worst, pain)
            if exercise.mode is Mode.HOLD:
                feel = rng.choice((Feel.RIGHT, Feel.RIGHT, Feel.TOO_EASY, Feel.TOO_HARD))
                answers.append(Feedback(exercise.id, key, pain, None, feel, level))
            else:
                reserve = rng.choice((1, 2, 2, 3, 3, 4)) if not painful else rng.choice((0, 1))
                answers.append(Feedback(exercise.id, key, pain, reserve, None, level))
    if worst == 0:
        return answers, None
    if painful:
        return answers, Morning.WORSE.value
    return answers, rng.choice((Morning.SETTLED, Morning.SETTLED, Morning.SAME)).value


def demo_sessions(
    weeks: int,
    *,
    today: date,
    seed: int = 1,
    tz: tzinfo | None = None,
    routine: Routine = DEFAULT_ROUTINE,
    every_day: bool = False,
) -> list[SessionRecord]:
    """`weeks` weeks of made-up sessions ending yesterday, oldest first."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"weeks must be 1 to {MAX_WEEKS}, got {weeks}")
    rng = random.Random(seed)
    first = week_start(today) - timedelta(weeks=weeks - 1)
    last = today - timedelta(days=1)
    stages = 4
    records = []
    total_days = max((last - first).days, 1)
    variants = [_progressed(routine, stage) for stage in range(stages)]
    morning = rng.random() < 0.5
    # A separate stream, so the sessions are the same as before the answers existed.
    answers = random.Random(seed + 1)
    painful_week = week_start(today) - timedelta(weeks=PAINFUL_WEEKS_AGO)
    for day in _session_days(rng, first, last, every_day):
        progress = (day - first).days / total_days
        stage = min(int(progress * stages), stages - 1)
        hour, minute = (7, 0) if morning else (18, 30)
        moment = datetime.combine(day, time(hour, minute)) + timedelta(minutes=rng.randint(-30, 40))
        start = (moment if tz is None else moment.replace(tzinfo=tz)).timestamp()
        record = _session(rng, variants[stage], start, progress)
        painful = week_start(day) == painful_week
        feedback, morning_pain = _feedback(answers, record.routine, stage, painful)
        records.append(dataclasses.replace(record, feedback=feedback, morning_pain=morning_pain))
    done = [i for i, r in enumerate(records) if r.status != STATUS_INTERRUPTED]
    if done and records[done[-1]].morning_pain is not None:
        # The last session's morning has not come yet: the next start asks about it.
        records[done[-1]] = dataclasses.replace(records[done[-1]], morning_pain=None)
    return records
