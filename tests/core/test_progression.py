"""The progression rules: table-driven cases, properties, and a runner over 12 weeks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hiptimer.core import builtin
from hiptimer.core.progression import (
    BAND_COLOURS,
    BAND_LADDER,
    BUILTIN_PLANS,
    NO_LADDER,
    STEP_LADDER,
    Change,
    Feel,
    LadderKind,
    Limits,
    Morning,
    Outcome,
    Plan,
    SideDose,
    decide_sides,
    dose_text,
    next_dose,
    plan_for,
    strength,
)

BAND = Plan(BAND_LADDER, 3, Limits(rep_min=10, rep_max=15))
D12 = SideDose(sets=2, reps=12, level=3)
D15 = SideDose(sets=2, reps=15, level=3)
D15x3 = SideDose(sets=3, reps=15, level=3)
HOLD = SideDose(sets=2, seconds=30)


def good(
    dose: SideDose,
    reserve: int = 3,
    pain: int = 0,
    feel: Feel | None = None,
    morning: Morning | None = None,
) -> Outcome:
    reps = (dose.reps or 0,) * dose.sets
    secs = (dose.seconds or 0.0,) * dose.sets if dose.seconds else ()
    return Outcome(
        dose,
        reps_done=reps if dose.reps else (),
        seconds_done=secs,
        pain=pain,
        reserve=reserve,
        feel=feel,
        morning=morning,
    )


CASES = [
    # (name, current, history, expected dose, change, words in the reason)
    ("no history keeps", D12, [], D12, Change.SAME, "no sessions"),
    ("one good session keeps", D12, [good(D12)], D12, Change.SAME, "1st session"),
    (
        "two good sessions: reps up 10 %",
        D12,
        [good(D12), good(D12)],
        SideDose(2, 13, level=3),
        Change.UP,
        "13 reps",
    ),
    ("at top of range: third set", D15, [good(D15), good(D15)], D15x3, Change.UP, "3 sets"),
    (
        "three sets at top: next band, reps to bottom",
        D15x3,
        [good(D15x3), good(D15x3)],
        SideDose(3, 10, level=4),
        Change.UP,
        "blue band",
    ),
    (
        "one set missed the top: no progression",
        D15,
        [good(D15), Outcome(D15, reps_done=(15, 13), pain=0, reserve=3)],
        D15,
        Change.SAME,
        "missed",
    ),
    (
        "one set missed in the earlier session",
        D15,
        [Outcome(D15, reps_done=(14, 15), pain=0, reserve=3), good(D15)],
        D15,
        Change.SAME,
        "session before",
    ),
    ("only 1 rep in reserve", D12, [good(D12), good(D12, reserve=1)], D12, Change.SAME, "reserve"),
    (
        "reserve not answered",
        D12,
        [good(D12), Outcome(D12, reps_done=(12, 12), pain=0)],
        D12,
        Change.SAME,
        "not answered",
    ),
    (
        "pain 4 that settled still progresses",
        D12,
        [good(D12, pain=4, morning=Morning.SETTLED), good(D12, pain=3, morning=Morning.SETTLED)],
        SideDose(2, 13, level=3),
        Change.UP,
        "easy",
    ),
    (
        "pain 4 not yet settled keeps",
        D12,
        [good(D12), good(D12, pain=4)],
        D12,
        Change.SAME,
        "morning answer",
    ),
    (
        "pain 6 regresses reps",
        D12,
        [good(D12), good(D12, pain=6)],
        SideDose(2, 11, level=3),
        Change.DOWN,
        "pain 6/10",
    ),
    (
        "worse morning regresses",
        D12,
        [good(D12, pain=3, morning=Morning.WORSE)],
        SideDose(2, 11, level=3),
        Change.DOWN,
        "worse",
    ),
    (
        "pain at bottom of range: previous band",
        SideDose(2, 10, level=3),
        [good(SideDose(2, 10, level=3), pain=7)],
        SideDose(2, 15, level=2),
        Change.DOWN,
        "red band",
    ),
    (
        "hold right twice: +5 s",
        HOLD,
        [good(HOLD, feel=Feel.RIGHT), good(HOLD, feel=Feel.RIGHT)],
        SideDose(2, seconds=35),
        Change.UP,
        "35 s",
    ),
    (
        "hold too easy twice: +10 s",
        HOLD,
        [good(HOLD, feel=Feel.TOO_EASY), good(HOLD, feel=Feel.TOO_EASY)],
        SideDose(2, seconds=40),
        Change.UP,
        "40 s",
    ),
    (
        "hold too hard keeps",
        HOLD,
        [good(HOLD, feel=Feel.RIGHT), good(HOLD, feel=Feel.TOO_HARD)],
        HOLD,
        Change.SAME,
        "easy",
    ),
    (
        "hold at 60 s stays",
        SideDose(2, seconds=60),
        [good(SideDose(2, seconds=60), feel=Feel.TOO_EASY)] * 2,
        SideDose(2, seconds=60),
        Change.SAME,
        "highest",
    ),
]


@pytest.mark.parametrize(
    ("name", "current", "history", "expected", "change", "words"), CASES, ids=[c[0] for c in CASES]
)
def test_rule_table(
    name: str,
    current: SideDose,
    history: list[Outcome],
    expected: SideDose,
    change: Change,
    words: str,
) -> None:
    plan = BAND if current.level is not None else Plan(NO_LADDER)
    decision = next_dose(current, history, plan)
    assert (decision.dose, decision.change) == (expected, change), name
    assert words in decision.reason


def test_highest_level_limit_stops_the_ladder() -> None:
    plan = Plan(BAND_LADDER, 3, Limits(rep_min=10, rep_max=15, max_level=3))
    decision = next_dose(D15x3, [good(D15x3), good(D15x3)], plan)
    assert decision.change is Change.SAME and "highest" in decision.reason


def test_progression_off_keeps_the_dose() -> None:
    plan = Plan(BAND_LADDER, 3, Limits(enabled=False))
    decision = next_dose(D12, [good(D12), good(D12)], plan)
    assert decision == next_dose(D12, [], plan) and "off" in decision.reason


def test_stronger_side_waits_for_a_lagging_side() -> None:
    left, right = SideDose(2, 10, level=3), SideDose(2, 15, level=3)
    decisions = decide_sides(
        {"left": left, "right": right},
        {"left": [good(left), good(left)], "right": [good(right), good(right)]},
        BAND,
    )
    assert decisions["left"].change is Change.UP
    assert decisions["right"].dose == right and "left side" in decisions["right"].reason


def test_ladders_and_builtin_plans() -> None:
    assert BAND_LADDER.levels == BAND_COLOURS
    assert BAND_COLOURS[0] == "tan" and BAND_COLOURS[-1] == "gold"
    assert BAND_LADDER.label(3) == "green band" and BAND_LADDER.index("green band") == 3
    assert STEP_LADDER.label(1) == "15 cm step" and NO_LADDER.label(None) is None
    ids = {exercise.id for exercise in builtin.BUILT_IN_EXERCISES}
    assert ids == set(BUILTIN_PLANS)
    assert plan_for("lateral-band-steps").ladder.kind is LadderKind.BAND
    assert plan_for("clamshells").ladder.kind is LadderKind.BAND
    assert plan_for("hip-hikes").ladder.kind is LadderKind.STEP
    assert plan_for("hip-flexor-stretch").ladder.kind is LadderKind.NONE
    assert plan_for("someone-elses").ladder.kind is LadderKind.NONE
    assert dose_text(SideDose(2, 15, level=3), BAND) == "2 x 15 per side, green band"
    assert dose_text(HOLD, Plan()) == "2 x 30 s per side"


# --- properties ---------------------------------------------------------------------

doses = st.one_of(
    st.builds(
        SideDose,
        sets=st.integers(1, 3),
        reps=st.integers(1, 20),
        level=st.one_of(st.none(), st.integers(0, 7)),
    ),
    st.builds(
        SideDose, sets=st.integers(1, 3), seconds=st.sampled_from([10.0, 20.0, 30.0, 55.0, 60.0])
    ),
)


@st.composite
def outcomes(draw: st.DrawFn, dose: SideDose) -> Outcome:
    n = dose.sets
    return Outcome(
        dose,
        reps_done=tuple(draw(st.integers(0, 25)) for _ in range(n)) if dose.reps else (),
        seconds_done=tuple(draw(st.sampled_from([0.0, 10.0, 60.0])) for _ in range(n))
        if dose.seconds
        else (),
        pain=draw(st.one_of(st.none(), st.integers(0, 10))),
        reserve=draw(st.one_of(st.none(), st.integers(0, 4))),
        feel=draw(st.one_of(st.none(), st.sampled_from(list(Feel)))),
        morning=draw(st.one_of(st.none(), st.sampled_from(list(Morning)))),
    )


@st.composite
def situations(draw: st.DrawFn) -> tuple[SideDose, list[Outcome]]:
    dose = draw(doses)
    history = [draw(outcomes(dose)) for _ in range(draw(st.integers(0, 3)))]
    return dose, history


def plan_of(dose: SideDose) -> Plan:
    return BAND if dose.level is not None else Plan(NO_LADDER)


def steps(a: SideDose, b: SideDose) -> int:
    """How many steps apart two doses are: a level change (with its reps reset) is one."""
    if a.level != b.level:
        return abs((a.level or 0) - (b.level or 0)) + (a.sets != b.sets)
    return (a.sets != b.sets) + (a.reps != b.reps) + (a.seconds != b.seconds)


@given(situations())
def test_never_up_after_pain_above_5(situation: tuple[SideDose, list[Outcome]]) -> None:
    dose, history = situation
    decision = next_dose(dose, history, plan_of(dose))
    if history and history[-1].pain is not None and history[-1].pain > 5:
        assert decision.change is not Change.UP
        assert strength(decision.dose) <= strength(dose)


@given(situations())
def test_never_two_steps_at_once(situation: tuple[SideDose, list[Outcome]]) -> None:
    dose, history = situation
    decision = next_dose(dose, history, plan_of(dose))
    assert steps(dose, decision.dose) <= 1
    assert (decision.change is Change.SAME) == (decision.dose == dose)
    if decision.change is Change.UP:
        assert strength(decision.dose) > strength(dose)
    if decision.change is Change.DOWN:
        assert strength(decision.dose) < strength(dose)
    assert decision.reason


@given(situations(), situations())
def test_sides_independent_except_the_lag_rule(
    left: tuple[SideDose, list[Outcome]], right: tuple[SideDose, list[Outcome]]
) -> None:
    # Both sides on one plan: give them the same kind of dose.
    (ldose, lhist), (rdose, rhist) = left, right
    if (ldose.level is None) != (rdose.level is None) or (ldose.reps is None) != (
        rdose.reps is None
    ):
        return
    plan = plan_of(ldose)
    both = decide_sides({"left": ldose, "right": rdose}, {"left": lhist, "right": rhist}, plan)
    for side, dose, hist in (("left", ldose, lhist), ("right", rdose, rhist)):
        alone = next_dose(dose, hist, plan)
        if both[side] != alone:
            # Only the lag rule may differ: it holds a step up back, nothing else.
            assert alone.change is Change.UP and both[side].dose == dose
            assert "catch up" in both[side].reason


# --- a simulated runner ---------------------------------------------------------------


def test_simulated_runner_climbs_over_12_weeks_and_falls_back_after_a_painful_week() -> None:
    """Three sessions a week; capacity grows each week; week 7 hurts (pain 7/10)."""
    plan = BUILTIN_PLANS["lateral-band-steps"]
    doses = {"left": SideDose(2, 10, level=1), "right": SideDose(2, 10, level=1)}
    history: dict[str, list[Outcome]] = {"left": [], "right": []}
    weekly: list[tuple[int, float]] = []
    for week in range(1, 13):
        for _ in range(3):
            for side, dose in doses.items():
                # The right side is a little stronger in the first weeks.
                capacity = 14 + week * 2 + (2 if side == "right" and week < 4 else 0)
                load = (dose.level or 0) * 6 + (dose.reps or 0)
                reserve = max(0, min(4, capacity - load))
                painful = week == 7
                history[side].append(
                    Outcome(
                        dose,
                        reps_done=(dose.reps or 0,) * dose.sets,
                        pain=7 if painful else 1,
                        reserve=reserve,
                        morning=Morning.WORSE if painful else Morning.SETTLED,
                    )
                )
            decisions = decide_sides(doses, history, plan)
            doses = {side: decision.dose for side, decision in decisions.items()}
        weekly.append(strength(doses["left"]))
    start = strength(SideDose(2, 10, level=1))
    assert weekly[5] > weekly[2] > start  # climbs in the first six weeks
    assert weekly[6] < weekly[5]  # the painful week brings it back down
    assert weekly[11] > weekly[6]  # and it climbs again afterwards
    levels = [level for level, _ in weekly]
    assert max(levels) > 1  # a band change happened along the way
