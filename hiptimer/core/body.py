"""What a side means for the body, in one short instruction per step.

"Left" alone sends people the wrong way: for clamshells the left leg works while the
person lies on the right side, for hip hikes it is the leg they stand on. Each exercise
says what its side means (`Exercise.side_meaning`), and every step with a side carries
the instruction built from it: "Lie on your right side, left knee opens".
"""

from __future__ import annotations

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.routine import SIDE_PLACEHOLDER, Exercise, Side

# The named meanings the editor offers, as instructions; {side} is the step's side.
NAMED_MEANINGS: dict[str, str] = {
    "working leg": "Work your {side} leg",
    "lying side": "Lie on your {side} side",
    "standing leg": "Stand on your {side} leg",
    "kneeling leg": "{Side} knee down",
}


# Every instruction the built-in exercises and the named meanings make, whole: a
# translation needs the sentence, not a template with a side word put in ("linker Fuß",
# "pie izquierdo"). A trainer's own words are filled in with the side words below.
SENTENCES = frozenset(
    (
        QT_TRANSLATE_NOOP("Body", "Left foot planted, right leg up"),
        QT_TRANSLATE_NOOP("Body", "Right foot planted, left leg up"),
        QT_TRANSLATE_NOOP("Body", "Step out to your left, left foot leads"),
        QT_TRANSLATE_NOOP("Body", "Step out to your right, right foot leads"),
        QT_TRANSLATE_NOOP("Body", "Lie on your right side, left knee opens"),
        QT_TRANSLATE_NOOP("Body", "Lie on your left side, right knee opens"),
        QT_TRANSLATE_NOOP("Body", "Stand on your left leg on the step, right leg hangs"),
        QT_TRANSLATE_NOOP("Body", "Stand on your right leg on the step, left leg hangs"),
        QT_TRANSLATE_NOOP("Body", "Lift your left leg, knee bent"),
        QT_TRANSLATE_NOOP("Body", "Lift your right leg, knee bent"),
        QT_TRANSLATE_NOOP("Body", "Left knee down, right foot in front"),
        QT_TRANSLATE_NOOP("Body", "Right knee down, left foot in front"),
        QT_TRANSLATE_NOOP("Body", "Work your left leg"),
        QT_TRANSLATE_NOOP("Body", "Work your right leg"),
        QT_TRANSLATE_NOOP("Body", "Lie on your left side"),
        QT_TRANSLATE_NOOP("Body", "Lie on your right side"),
        QT_TRANSLATE_NOOP("Body", "Stand on your left leg"),
        QT_TRANSLATE_NOOP("Body", "Stand on your right leg"),
        QT_TRANSLATE_NOOP("Body", "Left knee down"),
        QT_TRANSLATE_NOOP("Body", "Right knee down"),
        QT_TRANSLATE_NOOP("Body", "Work your left side"),
        QT_TRANSLATE_NOOP("Body", "Work your right side"),
    )
)


def _side_words(side: Side) -> dict[str, str]:
    """The words for {side}, {Side}, {other} and {Other} in a trainer's own instruction."""
    left = translate("Body", "left", "a side word in a trainer's own instruction")
    right = translate("Body", "right", "a side word in a trainer's own instruction")
    this, other = (left, right) if side is Side.LEFT else (right, left)
    return {
        "side": this,
        "Side": this[:1].upper() + this[1:],
        "other": other,
        "Other": other[:1].upper() + other[1:],
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
    english = {
        "side": side.value,
        "Side": side.value.capitalize(),
        "other": side.other.value,
        "Other": side.other.value.capitalize(),
    }
    text = SIDE_PLACEHOLDER.sub(lambda m: english.get(m.group(1), m.group(0)), template)
    if text in SENTENCES:
        return translate("Body", text)
    words = _side_words(side)
    return SIDE_PLACEHOLDER.sub(lambda m: words.get(m.group(1), m.group(0)), template)
