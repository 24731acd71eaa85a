"""The history's suggestions and today's doses follow a routine's progression controls
(issue 15 point 4): off means the routine's own dose; limits cap what is suggested."""

from __future__ import annotations

import dataclasses

from hiptimer.core.progression import Change
from hiptimer.core.routine import Side
from hiptimer.core.timeline import SideDose
from hiptimer.store.progress import accept, suggestions, today_doses
from tests.store.test_progress import ROUTINE, answers, by_side, record

DAY = 86400.0


def test_progression_off_keeps_the_routines_dose_and_says_why(store):
    store.add_sessions([record(0, answers()), record(2, answers())])
    off = dataclasses.replace(ROUTINE, progression=False)
    found = by_side(suggestions(store, off))
    assert all(s.decision.change is Change.SAME for s in found.values())
    assert all("off for this routine" in s.decision.reason for s in found.values())
    assert today_doses(store, off) == {}  # the session runs the routine as written
    assert today_doses(store, ROUTINE)[("clamshells", Side.LEFT)] == SideDose(
        2, 15, None, "yellow band"
    )


def test_a_lower_top_of_the_range_caps_the_suggestion_and_todays_dose(store):
    store.add_sessions([record(0, answers()), record(2, answers())])
    clams, stretch = ROUTINE.exercises
    capped = dataclasses.replace(
        ROUTINE, exercises=(dataclasses.replace(clams, top_reps=15), stretch)
    )
    left = by_side(suggestions(store, capped))[("clamshells", "left")]
    # At the top of the trainer's range: a third set instead of more reps.
    assert left.decision.change is Change.UP and left.decision.dose.sets == 3
    assert left.decision.dose.reps == 15
    # An accepted 17 reps from before the trainer's limit comes back down to it.
    accept(store, suggestions(store, ROUTINE), at=3 * DAY)
    lower = dataclasses.replace(
        ROUTINE, exercises=(dataclasses.replace(clams, top_reps=12), stretch)
    )
    assert today_doses(store, lower)[("clamshells", Side.LEFT)] == SideDose(
        2, 12, None, "yellow band"
    )
    decision = by_side(suggestions(store, lower))[("clamshells", "left")].decision
    assert decision.change is Change.DOWN and "trainer's limit" in decision.reason
