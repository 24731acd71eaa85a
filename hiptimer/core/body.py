"""What a side means for the body, in one short instruction per step.

"Left" alone sends people the wrong way: for clamshells the left leg works while the
person lies on the right side, for hip hikes it is the leg they stand on. Each exercise
says what its side means (`Exercise.side_meaning`), and every step with a side carries
the instruction built from it: "Lie on your right side, left knee opens".
"""

from __future__ import annotations

from hiptimer.core.routine import SIDE_PLACEHOLDER, Exercise, Side

# The named meanings the editor offers, as instructions; {side} is the step's side.
NAMED_MEANINGS: dict[str, str] = {
    "working leg": "Work your {side} leg",
    "lying side": "Lie on your {side} side",
    "standing leg": "Stand on your {side} leg",
    "kneeling leg": "{Side} knee down",
}


def meaning_of(exercise: Exercise) -> str | None:
    """The exercise's own meaning, or the built-in one for an exercise from an older file."""
    if exercise.side_meaning is not None:
        return exercise.side_meaning
    from hiptimer.core.builtin import built_in_exercise

    built_in = built_in_exercise(exercise.id)
    if built_in is not None and built_in.figure == exercise.figure:
        return built_in.side_meaning
    return None


def body_text(exercise: Exercise | None, side: Side | None) -> str | None:
    """The body instruction for one side of an exercise; None for a step without a side."""
    if exercise is None or side is None:
        return None
    meaning = meaning_of(exercise)
    if meaning is None:
        template = "Work your {side} side"
    else:
        own = meaning.strip()
        template = NAMED_MEANINGS.get(own.lower(), own)
        if own.lower() not in NAMED_MEANINGS and not SIDE_PLACEHOLDER.search(own):
            # The trainer's own words without a place for the side: name it first.
            template = "{Side}: " + own
    words = {
        "side": side.value,
        "Side": side.value.capitalize(),
        "other": side.other.value,
        "Other": side.other.value.capitalize(),
    }
    return SIDE_PLACEHOLDER.sub(lambda m: words.get(m.group(1), m.group(0)), template)
