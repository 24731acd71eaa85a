"""Words for the session screen and the spoken cues, from the engine's steps.

Qt-free so the wording is tested in milliseconds. Spoken cues keep one order every time,
side, exercise, dose ("Left side. Clamshells. Fifteen reps."), so a runner learns to
listen for the part they need. Whenever the side changes the body line is said once
("Lie on your right side, left knee opens."): the announcer decides where it fits.
"""

from __future__ import annotations

import math

from hiptimer.core.session import Phase, SessionView
from hiptimer.core.timeline import Step, StepKind
from hiptimer.core.wording import (
    TEMPO_WORDS,
    dose_short,
    seconds_text,
    sentence,
    side_label,
    spoken_dose,
    spoken_duration,
    with_side,
)

LAST_REP = "Last rep"
SWITCH_SIDES = "Switch sides"
ROUTINE_DONE = "Well done. Routine complete."
KEPT_TEXT = "Ending early keeps what was done: every set so far counts."

KIND_LABELS = {
    StepKind.PREPARE: "GET READY",
    StepKind.WORK: "WORK",
    StepKind.HOLD: "HOLD",
    StepKind.SWITCH: "SWITCH SIDES",
    StepKind.REST: "REST",
    StepKind.DONE: "DONE",
}

PHASE_WORDS = dict(zip((Phase.UP, Phase.PAUSE, Phase.DOWN), TEMPO_WORDS, strict=True))


def _spoken_set(step: Step) -> str:
    exercise = step.exercise
    if exercise is None:
        return ""
    parts = []
    if step.side is not None:
        parts.append(f"{sentence(side_label(step.side))}.")
    parts.append(f"{exercise.name}.")
    parts.append(spoken_dose(exercise))
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
            side = sentence(side_label(step.side))
            return f"Get ready. {side}. {exercise}. {line}."
        return f"Get ready. {_spoken_set(step)}"
    if step.kind in (StepKind.WORK, StepKind.HOLD):
        return f"{_spoken_set(step)} {line}." if line else _spoken_set(step)
    if step.kind is StepKind.SWITCH:
        # The side comes now, while there is time, not over the first rep of the set.
        side = f" {sentence(side_label(step.side))} next." if step.side else ""
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


def next_text(step: Step | None) -> str:
    """One line on what follows the current step."""
    if step is None:
        return ""
    seconds = step.seconds or 0
    if step.kind is StepKind.DONE:
        return "Next: finished"
    if step.kind is StepKind.SWITCH:
        return f"Next: switch to the {side_label(step.side)} ({seconds_text(seconds)})"
    if step.kind is StepKind.REST:
        then = step.title.split(", then ", 1)[1] if ", then " in step.title else ""
        return f"Next: rest {seconds_text(seconds)}" + (f", then {then}" if then else "")
    if step.exercise is not None:
        name = with_side(step.exercise.name, step.side)
        return f"Next: {name} · {dose_short(step.exercise)}"
    return f"Next: {step.title}"


def step_subtitle(step: Step) -> str:
    """The smaller line under the exercise name, saying what this step is for."""
    if step.kind is StepKind.PREPARE:
        return "Get into position"
    if step.kind is StepKind.SWITCH:
        return f"Switch to the {side_label(step.side)}"
    if step.kind is StepKind.REST:
        return step.title
    if step.kind is StepKind.DONE:
        return step.title
    return set_text(step)


def is_final_seconds(view: SessionView, last: int = 3) -> bool:
    remaining = view.remaining
    return remaining is not None and 0 < remaining <= last and not math.isclose(remaining, 0)
