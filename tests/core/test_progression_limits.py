"""A trainer's controls on progression (issue 15 point 4): on/off per routine, the top of
the rep range and the highest level; the rules honour them. Table-driven, no Qt."""

from __future__ import annotations

import pytest

from hiptimer.core.progression import (
    BAND_LADDER,
    Change,
    Limits,
    Outcome,
    Plan,
    SideDose,
    limited_plan,
    next_dose,
    within_limits,
)

BAND = Plan(BAND_LADDER, 3, Limits(rep_min=10, rep_max=15))  # level 3: green band


def easy(dose: SideDose) -> Outcome:
    return Outcome(dose, reps_done=(dose.reps or 0,) * dose.sets, pain=0, reserve=3)


LIMITED = [
    # (name, top_reps, top_level, enabled, rep_min, rep_max, max_level, enabled after)
    ("nothing set keeps the plan", None, None, True, 10, 15, None, True),
    ("a lower top of the range", 12, None, True, 10, 12, None, True),
    ("a top below the bottom moves the bottom", 8, None, True, 8, 8, None, True),
    ("a higher top of the range", 20, None, True, 10, 20, None, True),
    ("the highest level by name", None, "blue band", True, 10, 15, 4, True),
    ("a level not on the ladder limits nothing", None, "20 cm step", True, 10, 15, None, True),
    ("progression off", None, None, False, 10, 15, None, False),
]


@pytest.mark.parametrize(
    ("top_reps", "top_level", "enabled", "rep_min", "rep_max", "max_level", "on"),
    [case[1:] for case in LIMITED],
    ids=[case[0] for case in LIMITED],
)
def test_a_plan_within_the_trainers_limits(
    top_reps, top_level, enabled, rep_min, rep_max, max_level, on
):
    limits = limited_plan(BAND, top_reps, top_level, enabled).limits
    assert (limits.rep_min, limits.rep_max, limits.max_level, limits.enabled) == (
        rep_min,
        rep_max,
        max_level,
        on,
    )


D15 = SideDose(sets=3, reps=15, level=3)
D12 = SideDose(sets=2, reps=12, level=3)

DECISIONS = [
    # (name, plan, current, expected dose, change, words in the reason)
    (
        "at the top of the range and sets, the next band",
        BAND,
        D15,
        SideDose(3, 10, level=4),
        Change.UP,
        "blue band",
    ),
    (
        "the highest level reached: no further",
        limited_plan(BAND, top_level="green band"),
        D15,
        D15,
        Change.SAME,
        "highest dose allowed",
    ),
    (
        "a lower top of the range stops the reps there and adds a set",
        limited_plan(BAND, top_reps=12),
        D12,
        SideDose(3, 12, level=3),
        Change.UP,
        "3 sets",
    ),
    (
        "a dose above the new top comes down to it",
        limited_plan(BAND, top_reps=12),
        D15,
        SideDose(3, 12, level=3),
        Change.DOWN,
        "trainer's limit",
    ),
    (
        "a level above the new highest comes down to it",
        limited_plan(BAND, top_level="red band"),
        D15,
        SideDose(3, 15, level=2),
        Change.DOWN,
        "trainer's limit",
    ),
    (
        "progression off keeps the dose whatever happened",
        limited_plan(BAND, enabled=False),
        D15,
        D15,
        Change.SAME,
        "off for this routine",
    ),
]


@pytest.mark.parametrize(
    ("plan", "current", "dose", "change", "words"),
    [case[1:] for case in DECISIONS],
    ids=[case[0] for case in DECISIONS],
)
def test_the_rules_honour_the_limits(plan, current, dose, change, words):
    decision = next_dose(current, [easy(current), easy(current)], plan)
    assert (decision.dose, decision.change) == (dose, change)
    assert words in decision.reason


def test_within_limits_leaves_a_dose_inside_them_alone():
    plan = limited_plan(BAND, top_reps=12, top_level="blue band")
    assert within_limits(D12, plan) == D12
    assert within_limits(SideDose(2, 14, level=5), plan) == SideDose(2, 12, level=4)
    hold = SideDose(2, seconds=45.0)
    assert within_limits(hold, plan) == hold
