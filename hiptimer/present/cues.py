"""Words for the session screen and the spoken cues, from the engine's steps.

Qt-free so the wording is tested in milliseconds. Spoken cues keep one order every time,
side, exercise, dose ("Left side. Clamshells. Fifteen reps."), so a runner learns to
listen for the part they need. Whenever the side changes the body line is said once
("Lie on your right side, left knee opens."): the announcer decides where it fits.
"""

from __future__ import annotations

import math

from hiptimer.core.routine import Exercise, Mode, Side
from hiptimer.core.session import Phase, SessionView
from hiptimer.core.timeline import Step, StepKind
from hiptimer.core.wording import TEMPO_WORDS

LAST_REP = "Last rep"
SWITCH_SIDES = "Switch sides"
ROUTINE_DONE = "Well done. Routine complete."
KEPT_TEXT = "Ending early keeps what was done: every set so far counts."

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

KIND_LABELS = {
    StepKind.PREPARE: "GET READY",
    StepKind.WORK: "WORK",
    StepKind.HOLD: "HOLD",
    StepKind.SWITCH: "SWITCH SIDES",
    StepKind.REST: "REST",
    StepKind.DONE: "DONE",
}

PHASE_WORDS = dict(zip((Phase.UP, Phase.PAUSE, Phase.DOWN), TEMPO_WORDS, strict=True))


def number_words(number: int) -> str:
    """0..9999 in words, for speech engines that read digits oddly ("15 reps")."""
    if not 0 <= number <= 9999:
        return str(number)
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + ("" if ones == 0 else f"-{_ONES[ones]}")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        head = f"{_ONES[hundreds]} hundred"
        return head if rest == 0 else f"{head} and {number_words(rest)}"
    thousands, rest = divmod(number, 1000)
    head = f"{number_words(thousands)} thousand"
    if rest == 0:
        return head
    return f"{head} and {number_words(rest)}" if rest < 100 else f"{head} {number_words(rest)}"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def spoken_duration(seconds: float) -> str:
    whole = max(round(seconds), 0)
    minutes, secs = divmod(whole, 60)
    if minutes == 0:
        return f"{number_words(secs)} second{'' if secs == 1 else 's'}"
    head = f"{number_words(minutes)} minute{'' if minutes == 1 else 's'}"
    return head if secs == 0 else f"{head} {number_words(secs)}"


def _spoken_dose(exercise: Exercise) -> str:
    dose = exercise.dose
    if exercise.mode is Mode.HOLD and dose.hold_seconds is not None:
        return f"Hold {spoken_duration(dose.hold_seconds)}."
    reps = dose.reps or 0
    return f"{_sentence(number_words(reps))} rep{'' if reps == 1 else 's'}."


def _spoken_set(step: Step) -> str:
    exercise = step.exercise
    if exercise is None:
        return ""
    parts = []
    if step.side is not None:
        parts.append(f"{_sentence(step.side.value)} side.")
    parts.append(f"{exercise.name}.")
    parts.append(_spoken_dose(exercise))
    return " ".join(parts)


BODY_KINDS = (StepKind.PREPARE, StepKind.SWITCH, StepKind.WORK, StepKind.HOLD)


def step_phrase(step: Step, *, body: bool = False) -> str:
    """What is said when a step begins; with `body`, the body line for its side too.

    The body line names the side itself, so it takes the place of shorter words: the
    dose while getting ready (said again as the set begins), "Left side next" at a switch.
    """
    line = step.body if body and step.kind in BODY_KINDS else None
    if step.kind is StepKind.PREPARE:
        if line:
            exercise = step.exercise.name if step.exercise else ""
            side = step.side.value.capitalize() if step.side else ""
            return f"Get ready. {side} side. {exercise}. {line}."
        return f"Get ready. {_spoken_set(step)}"
    if step.kind in (StepKind.WORK, StepKind.HOLD):
        return f"{_spoken_set(step)} {line}." if line else _spoken_set(step)
    if step.kind is StepKind.SWITCH:
        # The side comes now, while there is time, not over the first rep of the set.
        side = f" {step.side.value.capitalize()} side next." if step.side else ""
        return f"{SWITCH_SIDES}. {line}." if line else f"{SWITCH_SIDES}.{side}"
    if step.kind is StepKind.REST:
        return f"Rest, {spoken_duration(step.seconds or 0)}"
    return ROUTINE_DONE


def speaking_seconds(phrase: str) -> float:
    """A generous guess at how long a phrase takes to say at a normal rate.

    Fitted to espeak-ng at its default rate: "Left side. Clamshells. Fifteen reps." takes
    3.1 s, the longest prepare phrase (11 words) 5.4 s.
    """
    return 0.3 + 0.47 * len(phrase.split())


# --- screen text ------------------------------------------------------------------


def clock_text(seconds: float) -> str:
    whole = max(round(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def countdown_text(countdown: int) -> str:
    """Plain seconds up to 99 ("60", "45"): two digits stay huge in a narrow column.
    Minutes and seconds from 100 on ("2:30")."""
    if countdown < 100:
        return str(max(countdown, 0))
    minutes, secs = divmod(countdown, 60)
    return f"{minutes}:{secs:02d}"


def seconds_text(seconds: float) -> str:
    if seconds >= 60:
        return clock_text(seconds)
    return f"{seconds:g} s" if seconds == int(seconds) else f"{seconds:.1f} s"


def side_word(side: Side | None) -> str:
    return "" if side is None else side.value.upper()


def dose_short(exercise: Exercise) -> str:
    """'15 reps', 'hold 30 s': one set's dose."""
    dose = exercise.dose
    if exercise.mode is Mode.HOLD and dose.hold_seconds is not None:
        return f"hold {seconds_text(dose.hold_seconds)}"
    return f"{dose.reps} reps"


def set_text(step: Step) -> str:
    if step.set_no is None or step.sets is None:
        return ""
    return f"Set {step.set_no} of {step.sets}"


def rep_text(view: SessionView) -> str:
    step = view.step
    if view.rep is not None:
        return f"Rep {view.rep.rep} of {view.rep.reps}"
    if step.self_paced and step.reps:
        return f"goal {step.reps} reps"
    if step.kind is StepKind.HOLD and step.seconds is not None:
        return f"Hold {seconds_text(step.seconds)}"
    return ""


def _with_side(name: str, side: Side | None) -> str:
    return name if side is None else f"{name}, {side.value} side"


def next_text(step: Step | None) -> str:
    """One line on what follows the current step."""
    if step is None:
        return ""
    seconds = step.seconds or 0
    if step.kind is StepKind.DONE:
        return "Next: finished"
    if step.kind is StepKind.SWITCH:
        return f"Next: switch to the {side_word(step.side).lower()} side ({seconds_text(seconds)})"
    if step.kind is StepKind.REST:
        then = step.title.split(", then ", 1)[1] if ", then " in step.title else ""
        return f"Next: rest {seconds_text(seconds)}" + (f", then {then}" if then else "")
    if step.exercise is not None:
        name = _with_side(step.exercise.name, step.side)
        return f"Next: {name} · {dose_short(step.exercise)}"
    return f"Next: {step.title}"


def step_subtitle(step: Step) -> str:
    """The smaller line under the exercise name, saying what this step is for."""
    if step.kind is StepKind.PREPARE:
        return "Get into position"
    if step.kind is StepKind.SWITCH:
        return f"Switch to the {side_word(step.side).lower()} side"
    if step.kind is StepKind.REST:
        return step.title
    if step.kind is StepKind.DONE:
        return step.title
    return set_text(step)


def is_final_seconds(view: SessionView, last: int = 3) -> bool:
    remaining = view.remaining
    return remaining is not None and 0 < remaining <= last and not math.isclose(remaining, 0)
