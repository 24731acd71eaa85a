"""Plain words for an exercise's dose, sides and tempo: for the handout and the editors."""

from __future__ import annotations

from hiptimer.core.body import body_text
from hiptimer.core.routine import Exercise, Mode, Sides
from hiptimer.core.timeline import dose_text


def side_order_text(sides: Sides) -> str:
    return {
        Sides.LEFT_FIRST: "Both sides, left first",
        Sides.RIGHT_FIRST: "Both sides, right first",
        Sides.LEFT_ONLY: "Left side only",
        Sides.RIGHT_ONLY: "Right side only",
        Sides.NONE: "Both legs together",
    }[sides]


def tempo_text(exercise: Exercise) -> str:
    if exercise.mode is Mode.HOLD:
        return f"Hold {exercise.dose.hold_seconds:g} s, breathing slowly"
    tempo = exercise.dose.tempo
    if tempo is None:
        return "At your own pace, smooth and controlled"
    return f"Tempo: {tempo.up:g} s up, {tempo.pause:g} s hold, {tempo.down:g} s down"


def rests_text(exercise: Exercise) -> str:
    """'Rest 8 s between sides, 20 s between sets', leaving out rests that never happen."""
    parts = []
    if len(exercise.sides.order) > 1:
        parts.append(f"{exercise.rests.between_sides:g} s between sides")
    if exercise.dose.sets > 1:
        parts.append(f"{exercise.rests.between_sets:g} s between sets")
    return "Rest " + ", ".join(parts) if parts else ""


def exercise_details(exercise: Exercise) -> str:
    """A few plain lines describing an exercise."""
    lines = [f"{dose_text(exercise)}: {side_order_text(exercise.sides).lower()}"]
    for side in exercise.sides.order:
        if side is not None:
            lines.append(f"{side.value.capitalize()}: {body_text(exercise, side)}")
    lines.append(tempo_text(exercise))
    rests = rests_text(exercise)
    if rests:
        lines.append(rests)
    if exercise.equipment:
        lines.append("You need: " + ", ".join(exercise.equipment))
    return "\n".join(lines)
