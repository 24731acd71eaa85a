"""A routine's timeline as a strip: each step's share of the time, for a small bar.

The Routines window draws one strip per routine (hiptimer.ui.trainer.routine_rows): sets,
holds, switches and rests side by side in proportion to their time, so routines can be
compared at a glance. Self-paced sets count at the planned pace, as the total time does.
"""

from __future__ import annotations

from dataclasses import dataclass

from hiptimer.core.i18n import translate
from hiptimer.core.routine import Side
from hiptimer.core.timeline import StepKind, Timeline
from hiptimer.core.wording import clock_text


@dataclass(frozen=True)
class StripPart:
    """One step: where it starts and how long it is, as shares of the whole (0 to 1)."""

    start: float
    length: float
    kind: StepKind
    # The exercise's place in the routine (prepare and rest steps: the one coming up).
    exercise: int
    side: Side | None


def timeline_strip(timeline: Timeline) -> tuple[StripPart, ...]:
    """The steps with time, in order; their lengths add up to 1 (empty: no time at all)."""
    steps = [(step, step.planned_seconds) for step in timeline.steps]
    total = sum(seconds for _, seconds in steps)
    if total <= 0:
        return ()
    places = {id(e): i for i, e in enumerate(timeline.routine.exercises)}
    parts = []
    at = 0.0
    for step, seconds in steps:
        if seconds <= 0:
            continue
        place = places.get(id(step.exercise), 0) if step.exercise is not None else 0
        parts.append(StripPart(at / total, seconds / total, step.kind, place, step.side))
        at += seconds
    return tuple(parts)


def strip_summary(parts: tuple[StripPart, ...], total_seconds: float) -> str:
    """The strip in words, for its tooltip and screen readers: work and rest time."""
    share = sum(p.length for p in parts if p.kind in (StepKind.WORK, StepKind.HOLD))
    work = share * total_seconds
    text = translate("strip", "about {total}: {work} of sets and holds, {rest} of rests")
    return text.format(
        total=clock_text(total_seconds),
        work=clock_text(work),
        rest=clock_text(total_seconds - work),
    )
