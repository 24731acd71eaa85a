"""Compile a routine into the flat list of steps a session walks through.

The order inside an exercise alternates sides set by set (set 1 left, switch, set 1
right, rest, set 2 left, ...): each side rests while the other works, so the rest between
sets can stay short, and the screen always says which side comes next.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from hiptimer.core.body import body_text
from hiptimer.core.builtin import exercise_name
from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.routine import (
    SELF_PACED_SECONDS_PER_REP,
    Exercise,
    Mode,
    Routine,
    Side,
    Tempo,
    validate_routine,
)
from hiptimer.core.wording import with_side


class StepKind(StrEnum):
    PREPARE = "prepare"
    WORK = "work"
    HOLD = "hold"
    SWITCH = "switch"
    REST = "rest"
    DONE = "done"


_KIND_WORDS = {
    StepKind.PREPARE: QT_TRANSLATE_NOOP("StepKind", "prepare"),
    StepKind.WORK: QT_TRANSLATE_NOOP("StepKind", "work"),
    StepKind.HOLD: QT_TRANSLATE_NOOP("StepKind", "hold"),
    StepKind.SWITCH: QT_TRANSLATE_NOOP("StepKind", "switch"),
    StepKind.REST: QT_TRANSLATE_NOOP("StepKind", "rest"),
    StepKind.DONE: QT_TRANSLATE_NOOP("StepKind", "done"),
}


def step_kind_text(kind: StepKind) -> str:
    """'work', 'rest': a step's kind as a person reads it in a plan."""
    return translate("StepKind", _KIND_WORDS[kind])


@dataclass(frozen=True)
class Step:
    """One screen of a session: get ready, a set or hold on one side, a switch or a rest."""

    index: int
    kind: StepKind
    # The exercise the step belongs to; for prepare and rest steps, the one coming up.
    exercise: Exercise | None
    side: Side | None
    set_no: int | None
    sets: int | None
    reps: int | None
    # None for a self-paced set (it ends when the person says so) and for the done step.
    seconds: float | None
    tempo: Tempo | None
    title: str
    # The resistance this side works at today ("green band", "20 cm step"), if any.
    level: str | None = None

    @property
    def body(self) -> str | None:
        """What the side means for the body ("Left knee down"); None without a side."""
        return body_text(self.exercise, self.side)

    @property
    def is_set(self) -> bool:
        """A step that produces a result: a set of reps or a hold, on one side."""
        return self.kind in (StepKind.WORK, StepKind.HOLD)

    @property
    def self_paced(self) -> bool:
        return self.kind is StepKind.WORK and self.seconds is None

    @property
    def planned_seconds(self) -> float:
        """Duration for plans and progress; self-paced sets use a typical pace."""
        if self.seconds is not None:
            return self.seconds
        if self.self_paced and self.reps:
            return self.reps * SELF_PACED_SECONDS_PER_REP
        return 0.0


@dataclass(frozen=True)
class Timeline:
    """A routine compiled into the steps a session walks through."""

    routine: Routine
    steps: tuple[Step, ...]

    @property
    def total_seconds(self) -> float:
        return sum(step.planned_seconds for step in self.steps)

    def seconds_before(self, index: int) -> float:
        return sum(step.planned_seconds for step in self.steps[:index])

    def next_after(self, index: int) -> Step | None:
        return self.steps[index + 1] if index + 1 < len(self.steps) else None


@dataclass(frozen=True)
class SideDose:
    """Today's dose of one exercise on one side, when it is not the routine's own:
    sets of reps or of holds, and the resistance level by name (None without one)."""

    sets: int
    reps: int | None = None
    seconds: float | None = None
    level: str | None = None


# Today's doses by (exercise id, side); an exercise or side not named runs the routine's.
SideDoses = Mapping[tuple[str, Side | None], SideDose]


def dosed(exercise: Exercise, today: SideDose | None) -> Exercise:
    """The exercise with today's dose of one side in place of the routine's (same tempo)."""
    if today is None:
        return exercise
    dose = exercise.dose
    if exercise.mode is Mode.HOLD:
        seconds = today.seconds if today.seconds is not None else dose.hold_seconds
        return replace(exercise, dose=replace(dose, sets=today.sets, hold_seconds=seconds))
    reps = today.reps if today.reps is not None else dose.reps
    return replace(exercise, dose=replace(dose, sets=today.sets, reps=reps))


def get_ready_title(exercise: Exercise | None, side: Side | None) -> str:
    if exercise is None:
        return translate("Timeline", "Get ready")
    return translate("Timeline", "Get ready: {exercise}").format(
        exercise=with_side(exercise_name(exercise), side)
    )


def compile_routine(routine: Routine, doses: SideDoses | None = None) -> Timeline:
    """The steps of a routine; `doses` puts today's dose of an exercise on one side in
    place of the routine's (progression, issue 15): each step's exercise then carries its
    side's dose, so the screen, the cues and the recorded sets all follow it. Sides with
    fewer sets than the other simply stop earlier."""
    validate_routine(routine)
    today = doses or {}
    raw: list[
        tuple[StepKind, Exercise | None, Side | None, int | None, float | None, str, str | None]
    ] = []
    for ex_no, routine_exercise in enumerate(routine.exercises):
        order = routine_exercise.sides.order
        first_side = order[0]
        by_side = {
            side: (
                dosed(routine_exercise, today.get((routine_exercise.id, side))),
                (found.level if (found := today.get((routine_exercise.id, side))) else None),
            )
            for side in order
        }
        exercise, first_level = by_side[first_side]
        if ex_no == 0:
            if routine.prepare_seconds > 0:
                title = get_ready_title(exercise, first_side)
                raw.append(
                    (
                        StepKind.PREPARE,
                        exercise,
                        first_side,
                        1,
                        routine.prepare_seconds,
                        title,
                        first_level,
                    )
                )
        elif routine.rest_between_exercises > 0:
            title = translate("Timeline", "Rest, then {exercise}").format(
                exercise=with_side(exercise_name(exercise), first_side)
            )
            raw.append(
                (
                    StepKind.REST,
                    exercise,
                    first_side,
                    1,
                    routine.rest_between_exercises,
                    title,
                    first_level,
                )
            )
        most_sets = max(side_exercise.dose.sets for side_exercise, _ in by_side.values())
        for set_no in range(1, most_sets + 1):
            working = [side for side in order if by_side[side][0].dose.sets >= set_no]
            lead, lead_level = by_side[working[0]]
            if set_no > 1 and routine_exercise.rests.between_sets > 0:
                title = translate("Timeline", "Rest, then set {set} of {sets}").format(
                    set=set_no, sets=lead.dose.sets
                )
                raw.append(
                    (
                        StepKind.REST,
                        lead,
                        working[0],
                        set_no,
                        routine_exercise.rests.between_sets,
                        title,
                        lead_level,
                    )
                )
            for side_no, side in enumerate(working):
                side_exercise, level = by_side[side]
                dose = side_exercise.dose
                if side_no > 0 and side is not None and routine_exercise.rests.between_sides > 0:
                    title = (
                        translate("Timeline", "Switch to the left side")
                        if side is Side.LEFT
                        else translate("Timeline", "Switch to the right side")
                    )
                    raw.append(
                        (
                            StepKind.SWITCH,
                            side_exercise,
                            side,
                            set_no,
                            routine_exercise.rests.between_sides,
                            title,
                            level,
                        )
                    )
                if side_exercise.mode is Mode.HOLD:
                    raw.append(
                        (
                            StepKind.HOLD,
                            side_exercise,
                            side,
                            set_no,
                            dose.hold_seconds,
                            with_side(exercise_name(side_exercise), side),
                            level,
                        )
                    )
                else:
                    seconds = (
                        None if dose.tempo is None else dose.tempo.rep_seconds * (dose.reps or 0)
                    )
                    raw.append(
                        (
                            StepKind.WORK,
                            side_exercise,
                            side,
                            set_no,
                            seconds,
                            with_side(exercise_name(side_exercise), side),
                            level,
                        )
                    )
    done = translate("Timeline", "Well done: routine complete")
    raw.append((StepKind.DONE, None, None, None, None, done, None))

    steps = []
    for index, (kind, owner, side, number, seconds, title, level) in enumerate(raw):
        is_work = owner is not None and kind is StepKind.WORK
        steps.append(
            Step(
                index=index,
                kind=kind,
                exercise=owner,
                side=side,
                set_no=number,
                sets=owner.dose.sets if owner else None,
                reps=owner.dose.reps if (owner and is_work) else None,
                seconds=seconds,
                tempo=owner.dose.tempo if (owner and is_work) else None,
                title=title,
                level=level,
            )
        )
    return Timeline(routine=routine, steps=tuple(steps))


def timeline_to_json(timeline: Timeline) -> dict[str, object]:
    """The documented `hiptimer plan --json` shape."""
    return {
        "routine": timeline.routine.name,
        "total_seconds": round(timeline.total_seconds, 3),
        "steps": [
            {
                "kind": step.kind.value,
                "exercise": step.exercise.id if step.exercise else None,
                "side": step.side.value if step.side else None,
                "set": step.set_no,
                "reps": step.reps,
                "seconds": step.seconds,
                "title": step.title,
                "body": step.body,
            }
            for step in timeline.steps
        ],
    }
