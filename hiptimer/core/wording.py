"""Plain words for an exercise's dose, sides and tempo: for the handout, the editors and
the start list. The session screen says the same things with the same words (the tempo's
phases are "up, pause, down" everywhere; a set with no tempo is "at your own pace")."""

from __future__ import annotations

from hiptimer.core.body import body_text
from hiptimer.core.routine import Exercise, Mode, Sides, Tempo
from hiptimer.core.timeline import dose_text

# The three phases of a paced repetition, in order: the session's phase strip uses them.
TEMPO_WORDS = ("up", "pause", "down")
OWN_PACE = "at your own pace"


def is_self_paced(exercise: Exercise) -> bool:
    """A rep exercise with no tempo: the runner sets the pace and says when a set is done."""
    return exercise.mode is Mode.REPS and exercise.dose.tempo is None


def tempo_phrase(tempo: Tempo) -> str:
    """'up 2 s, pause 1.5 s, down 2 s'."""
    seconds = (tempo.up, tempo.pause, tempo.down)
    return ", ".join(
        f"{word} {value:g} s" for word, value in zip(TEMPO_WORDS, seconds, strict=True)
    )


def dose_line(exercise: Exercise) -> str:
    """The dose for a list row: '2 x 12 reps per side', with ', at your own pace' when
    the sets are self-paced."""
    text = dose_text(exercise)
    return f"{text}, {OWN_PACE}" if is_self_paced(exercise) else text


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
        return f"{OWN_PACE[0].upper()}{OWN_PACE[1:]}, smooth and controlled"
    return f"Tempo: {tempo_phrase(tempo)}"


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
