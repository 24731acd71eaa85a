"""The timeline strip's parts: every step with time, in order, in proportion."""

import dataclasses

import pytest

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Side
from hiptimer.core.timeline import StepKind, compile_routine
from hiptimer.present.strip import strip_summary, timeline_strip


def test_the_parts_follow_the_steps_and_add_up_to_the_whole():
    timeline = compile_routine(DEFAULT_ROUTINE)
    parts = timeline_strip(timeline)
    timed = [s for s in timeline.steps if s.planned_seconds > 0]
    assert len(parts) == len(timed)
    at = 0.0
    for part, step in zip(parts, timed, strict=True):
        assert part.start == pytest.approx(at)
        assert part.length == pytest.approx(step.planned_seconds / timeline.total_seconds)
        assert (part.kind, part.side) == (step.kind, step.side)
        at += part.length
    assert at == pytest.approx(1.0)
    # Exercises in routine order; both sides of the first one are there.
    assert [p.exercise for p in parts] == sorted(p.exercise for p in parts)
    first = {p.side for p in parts if p.exercise == 0 and p.kind is StepKind.WORK}
    assert first == {Side.LEFT, Side.RIGHT}


def test_the_summary_splits_work_from_rests():
    clamshells = DEFAULT_ROUTINE.exercise("clamshells")
    routine = dataclasses.replace(
        DEFAULT_ROUTINE, exercises=(clamshells,), prepare_seconds=0, rest_between_exercises=0
    )
    timeline = compile_routine(routine)
    work = sum(s.planned_seconds for s in timeline.steps if s.kind is StepKind.WORK)
    rest = timeline.total_seconds - work
    assert work == 2 * 2 * 15 * 4.0 and rest == 8 * 2 + 20
    summary = strip_summary(timeline_strip(timeline), timeline.total_seconds)
    assert summary == "about 4:36: 4:00 of sets and holds, 0:36 of rests"
