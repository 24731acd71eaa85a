"""A routine as a FIT workout file (Garmin's workout file type) for a runner's watch.

One step per set and side: repetitions as a reps step, holds as a timed step; the get-ready
time, rests and side switches are rest steps. Each step is named after its exercise, side
and set. Written with fit-tool, an optional dependency (`pip install hiptimer[fit]`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hiptimer.core.errors import UserError
from hiptimer.core.files import write_atomic
from hiptimer.core.routine import Routine
from hiptimer.core.timeline import Step, StepKind, compile_routine
from hiptimer.core.wording import with_side

MISSING_WRITER = (
    "writing a FIT workout needs the optional package fit-tool: "
    "pip install 'hiptimer[fit]' (or: pip install fit-tool)"
)
# Longer names are cut: watches show a few dozen characters at most.
MAX_NAME = 60


@dataclass(frozen=True)
class WatchStep:
    """A workout step as the watch shows it: a name, and reps or seconds."""

    name: str
    rest: bool
    reps: int | None
    seconds: float | None


def _cut(text: str) -> str:
    return text if len(text) <= MAX_NAME else text[: MAX_NAME - 1].rstrip() + "…"


def _watch_step(step: Step) -> WatchStep | None:
    if step.kind is StepKind.DONE or step.exercise is None:
        return None
    if step.is_set:
        name = with_side(step.exercise.name, step.side)
        if step.sets and step.sets > 1:
            name = f"{name}, set {step.set_no} of {step.sets}"
        if step.kind is StepKind.WORK and step.reps:
            return WatchStep(_cut(name), rest=False, reps=step.reps, seconds=None)
        return WatchStep(_cut(name), rest=False, reps=None, seconds=step.seconds)
    return WatchStep(_cut(step.title), rest=True, reps=None, seconds=step.seconds)


def watch_steps(routine: Routine) -> list[WatchStep]:
    """The workout's steps, in the order the session follows them."""
    return [w for w in map(_watch_step, compile_routine(routine).steps) if w is not None]


def fit_workout_bytes(routine: Routine, *, created_at: float | None = None) -> bytes:
    """The FIT file's bytes; UserError (one line) when fit-tool is not installed."""
    try:
        from fit_tool.fit_file_builder import FitFileBuilder
        from fit_tool.profile.messages.file_id_message import FileIdMessage
        from fit_tool.profile.messages.workout_message import WorkoutMessage
        from fit_tool.profile.messages.workout_step_message import WorkoutStepMessage
        from fit_tool.profile.profile_type import (
            FileType,
            Intensity,
            Manufacturer,
            Sport,
            SubSport,
            WorkoutStepDuration,
            WorkoutStepTarget,
        )
    except ImportError:
        raise UserError(MISSING_WRITER) from None

    file_id = FileIdMessage()
    file_id.type = FileType.WORKOUT
    file_id.manufacturer = Manufacturer.DEVELOPMENT.value
    file_id.product = 0
    file_id.serial_number = 1
    file_id.time_created = round((time.time() if created_at is None else created_at) * 1000)

    messages: list[Any] = []
    for index, step in enumerate(watch_steps(routine)):
        message = WorkoutStepMessage()
        message.message_index = index
        message.workout_step_name = step.name
        message.intensity = Intensity.REST if step.rest else Intensity.ACTIVE
        message.target_type = WorkoutStepTarget.OPEN
        if step.reps is not None:
            message.duration_type = WorkoutStepDuration.REPS
            message.duration_reps = step.reps
        elif step.seconds is not None:
            message.duration_type = WorkoutStepDuration.TIME
            message.duration_time = float(step.seconds)
        else:  # a set without a count or time: until the lap button
            message.duration_type = WorkoutStepDuration.OPEN
        messages.append(message)

    workout = WorkoutMessage()
    workout.workout_name = _cut(routine.name)
    workout.sport = Sport.TRAINING
    workout.sub_sport = SubSport.STRENGTH_TRAINING
    workout.num_valid_steps = len(messages)

    builder = FitFileBuilder(auto_define=True, min_string_size=50)
    builder.add(file_id)
    builder.add(workout)
    builder.add_all(messages)
    return bytes(builder.build().to_bytes())


def write_fit_workout(routine: Routine, path: Path) -> int:
    """Write the workout atomically; returns how many steps it holds."""
    data = fit_workout_bytes(routine)
    write_atomic(path, data)
    return len(watch_steps(routine))
