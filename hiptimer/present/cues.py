"""Words for the session screen and the spoken cues, from the engine's steps.

Qt-free so the wording is tested in milliseconds. Spoken cues keep one order every time,
side, exercise, dose ("Left side. Clamshells. Fifteen reps."), so a runner learns to
listen for the part they need. Whenever the side changes the body line is said once
("Lie on your right side, left knee opens."): the announcer decides where it fits.
"""

from __future__ import annotations

import math

from hiptimer.core.builtin import exercise_name
from hiptimer.core.i18n import QT_TRANSLATE_NOOP, TranslatedMap, translate
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


def last_rep() -> str:
    return translate("Cues", "Last rep")


def kept_text() -> str:
    """Why ending early loses nothing, for the end view and the question before it."""
    return translate("Cues", "Ending early keeps what was done: every set so far counts.")


# Looked up (and translated) when shown.
KIND_LABELS = TranslatedMap(
    "Cues",
    {
        StepKind.PREPARE: QT_TRANSLATE_NOOP("Cues", "GET READY"),
        StepKind.WORK: QT_TRANSLATE_NOOP("Cues", "WORK"),
        StepKind.HOLD: QT_TRANSLATE_NOOP("Cues", "HOLD"),
        StepKind.SWITCH: QT_TRANSLATE_NOOP("Cues", "SWITCH SIDES"),
        StepKind.REST: QT_TRANSLATE_NOOP("Cues", "REST"),
        StepKind.DONE: QT_TRANSLATE_NOOP("Cues", "DONE"),
    },
)

PHASE_WORDS = TranslatedMap(
    "Wording", dict(zip((Phase.UP, Phase.PAUSE, Phase.DOWN), TEMPO_WORDS, strict=True))
)


def _spoken_set(step: Step) -> str:
    exercise = step.exercise
    if exercise is None:
        return ""
    name = exercise_name(exercise)
    if step.side is None:
        text = translate("Cues", "{exercise}. {dose}")
    else:
        text = translate("Cues", "{side}. {exercise}. {dose}")
    return text.format(
        side=sentence(side_label(step.side)), exercise=name, dose=spoken_dose(exercise)
    )


BODY_KINDS = (StepKind.PREPARE, StepKind.SWITCH, StepKind.WORK, StepKind.HOLD)


def step_phrase(step: Step, *, body: bool = False) -> str:
    """What is said when a step begins; with `body`, the body line for its side too.

    The body line names the side itself, so it takes the place of shorter words: the
    dose while getting ready (said again as the set begins), "Left side next" at a switch.
    """
    line = step.body if body and step.kind in BODY_KINDS else None
    if step.kind is StepKind.PREPARE:
        return _prepare_phrase(step, line)
    if step.kind in (StepKind.WORK, StepKind.HOLD):
        if line:
            return translate("Cues", "{set} {body}.").format(set=_spoken_set(step), body=line)
        return _spoken_set(step)
    if step.kind is StepKind.SWITCH:
        return _switch_phrase(step, line)
    if step.kind is StepKind.REST:
        return translate("Cues", "Rest, {duration}").format(
            duration=spoken_duration(step.seconds or 0)
        )
    return translate("Cues", "Well done. Routine complete.")


def _prepare_phrase(step: Step, line: str | None) -> str:
    if line:
        exercise = exercise_name(step.exercise) if step.exercise else ""
        side = sentence(side_label(step.side))
        return translate("Cues", "Get ready. {side}. {exercise}. {body}.").format(
            side=side, exercise=exercise, body=line
        )
    return translate("Cues", "Get ready. {set}").format(set=_spoken_set(step))


def _switch_phrase(step: Step, line: str | None) -> str:
    # The side comes now, while there is time, not over the first rep of the set.
    if line:
        return translate("Cues", "Switch sides. {body}.").format(body=line)
    if step.side is None:
        return translate("Cues", "Switch sides.")
    return translate("Cues", "Switch sides. {side} next.").format(
        side=sentence(side_label(step.side))
    )


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
    return translate("Cues", "Set {set} of {sets}").format(set=step.set_no, sets=step.sets)


def rep_text(view: SessionView) -> str:
    step = view.step
    if view.rep is not None:
        return translate("Cues", "Rep {rep} of {reps}").format(rep=view.rep.rep, reps=view.rep.reps)
    if step.self_paced and step.reps:
        reps = step.reps
        return translate("Cues", "goal %n rep(s)", None, reps)
    if step.kind is StepKind.HOLD and step.seconds is not None:
        return translate("Cues", "Hold {duration}").format(duration=seconds_text(step.seconds))
    return ""


def next_text(step: Step | None) -> str:
    """One line on what follows the current step."""
    if step is None:
        return ""
    seconds = step.seconds or 0
    if step.kind is StepKind.DONE:
        return translate("Cues", "Next: finished")
    if step.kind is StepKind.SWITCH:
        return translate("Cues", "Next: switch to the {side} ({duration})").format(
            side=side_label(step.side), duration=seconds_text(seconds)
        )
    if step.kind is StepKind.REST:
        return translate("Cues", "Next: {rest}").format(rest=_rest_then(step))
    if step.exercise is not None:
        return translate("Cues", "Next: {exercise} · {dose}").format(
            exercise=with_side(exercise_name(step.exercise), step.side),
            dose=dose_short(step.exercise),
        )
    return translate("Cues", "Next: {step}").format(step=step.title)


def _rest_then(step: Step) -> str:
    """'rest 20 s, then set 2 of 2', 'rest 30 s, then Clamshells, left side'."""
    duration = seconds_text(step.seconds or 0)
    exercise = step.exercise
    if exercise is None or step.set_no is None:
        return translate("Cues", "rest {duration}").format(duration=duration)
    if step.set_no > 1:
        then = translate("Cues", "set {set} of {sets}").format(
            set=step.set_no, sets=exercise.dose.sets
        )
    else:
        then = with_side(exercise_name(exercise), step.side)
    return translate("Cues", "rest {duration}, then {step}").format(duration=duration, step=then)


def step_subtitle(step: Step) -> str:
    """The smaller line under the exercise name, saying what this step is for."""
    if step.kind is StepKind.PREPARE:
        return translate("Cues", "Get into position")
    if step.kind is StepKind.SWITCH:
        return translate("Cues", "Switch to the {side}").format(side=side_label(step.side))
    if step.kind is StepKind.REST:
        return step.title
    if step.kind is StepKind.DONE:
        return step.title
    return set_text(step)


def is_final_seconds(view: SessionView, last: int = 3) -> bool:
    remaining = view.remaining
    return remaining is not None and 0 < remaining <= last and not math.isclose(remaining, 0)
