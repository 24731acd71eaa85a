"""Pain-monitored, per-side progression: what the next dose of an exercise should be.

Pure rules, no Qt and no database: the store hands in what happened in the last sessions
(`Outcome`), and `next_dose` says what to do next time on one side, with a reason a person
can read. `decide_sides` adds the one rule that links the two sides.

Sources of the rules (facts only, our own wording):

- Pain-monitoring model: pain up to 5 on a 0-10 scale during exercise is acceptable when it
  has settled by the next morning (Silbernagel et al. 2007, Am J Sports Med 35(6)).
- The two-for-two rule: raise the load once the person manages two or more repetitions
  beyond the target in the last set of two consecutive sessions (NSCA, Essentials of
  Strength Training and Conditioning); here: every set at the top of the range with 2 or
  more reps in reserve, twice in a row.
- Progression of 2-10 % once the target is exceeded (ACSM position stand 2009, Progression
  models in resistance training for healthy adults, Med Sci Sports Exerc 41(3)).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate

# Elastic band colours from lightest to heaviest, in the order most makers use.
BAND_COLOURS = ("tan", "yellow", "red", "green", "blue", "black", "silver", "gold")
# Step heights for step-ups and hip hikes, lowest first.
STEP_HEIGHTS_CM = (10, 15, 20, 25, 30)

# Pain above this (0-10) during an exercise means the dose goes down next time.
PAIN_LIMIT = 5
# Reps in reserve needed in both sessions before a step up (the two-for-two rule).
RESERVE_NEEDED = 2
# Reps in reserve are answered 0, 1, 2, 3 or 4 (meaning 4 or more).
MAX_RESERVE = 4
# Sessions in a row that must qualify before a step up.
SESSIONS_NEEDED = 2
# A weaker side lagging by more than this fraction holds the stronger side back.
LAG_LIMIT = 0.10
# Holds gain between these many seconds per step, up to the hold limit.
HOLD_STEP_EASY = 10.0
HOLD_STEP_RIGHT = 5.0
HOLD_STEP_DOWN = 5.0
MIN_HOLD = 10.0
DEFAULT_MAX_HOLD = 60.0
# A step up in reps is 10 % of the current reps (ACSM: 2-10 %), at least one rep.
REP_STEP_FRACTION = 0.10
DEFAULT_MAX_SETS = 3


class LadderKind(StrEnum):
    NONE = "none"
    BAND = "band"
    STEP = "step"


@dataclass(frozen=True)
class Ladder:
    """The resistance levels of an exercise, lightest first; no levels for body weight."""

    kind: LadderKind
    levels: tuple[str, ...] = ()

    def label(self, level: int | None) -> str | None:
        """The level as a person says it: "green band", "20 cm step"; None without one."""
        if level is None or not self.levels:
            return None
        name = self.levels[max(0, min(level, len(self.levels) - 1))]
        return f"{name} band" if self.kind is LadderKind.BAND else f"{name} step"

    def label_text(self, level: int | None) -> str | None:
        """`label` in the reader's language ("grünes Band"); `label` itself stays the
        English one the history keeps."""
        if level is None or not self.levels:
            return None
        name = self.levels[max(0, min(level, len(self.levels) - 1))]
        if self.kind is LadderKind.BAND:
            return translate("Progression", _BAND_LABELS.get(name, f"{name} band"))
        return translate("Progression", "{height} step").format(height=name)

    def index(self, label: str) -> int | None:
        """The level for a label made by `label`, or None if it is not on this ladder."""
        for level in range(len(self.levels)):
            if self.label(level) == label:
                return level
        return None


def level_text(label: str) -> str:
    """A level label as the history keeps it ("green band", "10 cm step") in the reader's
    language; a label of no known ladder is shown as it is."""
    if label.endswith(" band"):
        marked = _BAND_LABELS.get(label.removesuffix(" band"))
        return translate("Progression", marked) if marked else label
    if label.endswith(" step"):
        return translate("Progression", "{height} step").format(height=label.removesuffix(" step"))
    return label


# Each band colour as a label, whole: the colour's form depends on the language's grammar.
_BAND_LABELS = {
    "tan": QT_TRANSLATE_NOOP("Progression", "tan band"),
    "yellow": QT_TRANSLATE_NOOP("Progression", "yellow band"),
    "red": QT_TRANSLATE_NOOP("Progression", "red band"),
    "green": QT_TRANSLATE_NOOP("Progression", "green band"),
    "blue": QT_TRANSLATE_NOOP("Progression", "blue band"),
    "black": QT_TRANSLATE_NOOP("Progression", "black band"),
    "silver": QT_TRANSLATE_NOOP("Progression", "silver band"),
    "gold": QT_TRANSLATE_NOOP("Progression", "gold band"),
}

NO_LADDER = Ladder(LadderKind.NONE)
BAND_LADDER = Ladder(LadderKind.BAND, BAND_COLOURS)
STEP_LADDER = Ladder(LadderKind.STEP, tuple(f"{cm} cm" for cm in STEP_HEIGHTS_CM))
LADDERS = {ladder.kind: ladder for ladder in (NO_LADDER, BAND_LADDER, STEP_LADDER)}


@dataclass(frozen=True)
class Limits:
    """What a trainer allows: the rep range, most sets, highest level, longest hold."""

    rep_min: int = 10
    rep_max: int = 15
    max_sets: int = DEFAULT_MAX_SETS
    max_level: int | None = None
    max_hold: float = DEFAULT_MAX_HOLD
    enabled: bool = True


@dataclass(frozen=True)
class Plan:
    """How one exercise progresses: its ladder, its starting level and its limits."""

    ladder: Ladder = NO_LADDER
    start_level: int | None = None
    limits: Limits = Limits()


# Built-in exercises: what a physiotherapist would typically load them with.
BUILTIN_PLANS: dict[str, Plan] = {
    # A loop band above the knees makes the bridge work the side hip too.
    "glute-bridge": Plan(BAND_LADDER, 1, Limits(rep_min=10, rep_max=15)),
    "lateral-band-steps": Plan(BAND_LADDER, 1, Limits(rep_min=10, rep_max=15)),
    "clamshells": Plan(BAND_LADDER, 1, Limits(rep_min=12, rep_max=20)),
    "hip-hikes": Plan(STEP_LADDER, 0, Limits(rep_min=10, rep_max=15)),
    "donkey-kicks": Plan(NO_LADDER, None, Limits(rep_min=10, rep_max=15)),
    "hip-flexor-stretch": Plan(NO_LADDER, None, Limits(max_sets=2, max_hold=DEFAULT_MAX_HOLD)),
}


def plan_for(exercise_id: str) -> Plan:
    """The progression plan of an exercise: the built-in one, or reps only without a ladder."""
    return BUILTIN_PLANS.get(exercise_id, Plan())


def limited_plan(
    plan: Plan, top_reps: int | None = None, top_level: str | None = None, enabled: bool = True
) -> Plan:
    """A plan within a trainer's limits for one routine: the top of the rep range (the
    bottom moves down with it if needed), the highest level by name, progression on or
    off. A level not on the plan's ladder limits nothing (the routine check reports it)."""
    limits = plan.limits
    if top_reps is not None and top_reps >= 1:
        limits = replace(limits, rep_max=top_reps, rep_min=min(limits.rep_min, top_reps))
    if top_level is not None and (level := plan.ladder.index(top_level)) is not None:
        highest = level if limits.max_level is None else min(level, limits.max_level)
        limits = replace(limits, max_level=highest)
    return replace(plan, limits=replace(limits, enabled=enabled))


class Feel(StrEnum):
    """How a hold felt, instead of reps in reserve."""

    TOO_EASY = "too_easy"
    RIGHT = "right"
    TOO_HARD = "too_hard"


class Morning(StrEnum):
    """The answer to "compared with before, your pain this morning is"."""

    SETTLED = "settled"
    SAME = "same"
    WORSE = "worse"


class Change(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"


@dataclass(frozen=True)
class SideDose:
    """The dose of one exercise on one side: sets of reps or of holds, at a level."""

    sets: int
    reps: int | None = None
    seconds: float | None = None
    level: int | None = None


@dataclass(frozen=True)
class Outcome:
    """One past session of an exercise on one side: what was asked and what happened.

    `reps_done` and `seconds_done` hold one entry per set; `pain` is 0-10 during the
    exercise, `reserve` the reps in reserve (4 means 4 or more), `feel` the answer for
    holds and `morning` the answer given at the next start. None means not answered.
    """

    dose: SideDose
    reps_done: tuple[int, ...] = ()
    seconds_done: tuple[float, ...] = ()
    pain: int | None = None
    reserve: int | None = None
    feel: Feel | None = None
    morning: Morning | None = None


@dataclass(frozen=True)
class Feedback:
    """The quick answers about one exercise on one side (or "" without sides) in one session."""

    exercise_id: str
    side: str
    pain: int | None = None
    reserve: int | None = None
    feel: Feel | None = None
    level: str | None = None


@dataclass(frozen=True)
class Decision:
    """The next dose on one side, whether it moved, and why, in one line."""

    dose: SideDose
    change: Change
    reason: str


def is_hold(dose: SideDose) -> bool:
    return dose.reps is None and dose.seconds is not None


def hurt(outcome: Outcome) -> bool:
    """Pain above the limit during the exercise, or a morning that was worse."""
    return (outcome.pain is not None and outcome.pain > PAIN_LIMIT) or (
        outcome.morning is Morning.WORSE
    )


def pain_settled(outcome: Outcome) -> bool:
    """Pain at most 5 that settled: no pain at all, or a settled morning after it."""
    if outcome.pain is None or outcome.pain > PAIN_LIMIT:
        return False
    return outcome.pain == 0 or outcome.morning is Morning.SETTLED


def all_sets_done(outcome: Outcome) -> bool:
    """Every set reached what was asked (the top of the range for that session)."""
    dose = outcome.dose
    if is_hold(dose):
        done: Sequence[float] = outcome.seconds_done
        target: float = dose.seconds or 0.0
    else:
        done = outcome.reps_done
        target = dose.reps or 0
    return len(done) >= dose.sets and all(value >= target for value in done)


def easy_enough(outcome: Outcome) -> bool:
    """Enough in reserve: 2 or more reps, or a hold that felt right or too easy."""
    if is_hold(outcome.dose):
        return outcome.feel in (Feel.RIGHT, Feel.TOO_EASY)
    return outcome.reserve is not None and outcome.reserve >= RESERVE_NEEDED


def _why_not(outcome: Outcome) -> str | None:  # noqa: PLR0911 - one reason per check
    """Why one session does not count towards a step up, or None if it does."""
    if not all_sets_done(outcome):
        return translate("Progression", "a set missed the target")
    if outcome.pain is None:
        return translate("Progression", "pain not answered")
    if not pain_settled(outcome):
        if outcome.morning is None:
            return translate("Progression", "no morning answer after the pain")
        return translate("Progression", "pain had not settled")
    if not easy_enough(outcome):
        if is_hold(outcome.dose):
            if outcome.feel:
                return translate("Progression", "holds did not feel easy")
            return translate("Progression", "effort not answered")
        if outcome.reserve is None:
            return translate("Progression", "reps in reserve not answered")
        return translate("Progression", "fewer than 2 reps in reserve")
    return None


def step_down(dose: SideDose, plan: Plan) -> SideDose:
    """One step down: fewer reps (or seconds), or the previous level at the top of the range."""
    limits = plan.limits
    if is_hold(dose):
        return replace(dose, seconds=max(MIN_HOLD, (dose.seconds or 0.0) - HOLD_STEP_DOWN))
    reps = dose.reps or 0
    if reps <= limits.rep_min and dose.level is not None and dose.level > 0:
        return replace(dose, level=dose.level - 1, reps=limits.rep_max)
    if reps > limits.rep_min:
        return replace(dose, reps=max(limits.rep_min, reps - _rep_step(reps)))
    if dose.sets > 1:
        return replace(dose, sets=dose.sets - 1)
    return replace(dose, reps=max(1, reps - _rep_step(reps)))


def _rep_step(reps: int) -> int:
    return max(1, round(reps * REP_STEP_FRACTION))


def step_up(dose: SideDose, plan: Plan, feel: Feel | None = None) -> SideDose | None:
    """One step up, in order: reps to the top, a third set, the next level; None at the top."""
    limits = plan.limits
    if is_hold(dose):
        seconds = dose.seconds or 0.0
        if seconds >= limits.max_hold:
            return None
        gain = HOLD_STEP_EASY if feel is Feel.TOO_EASY else HOLD_STEP_RIGHT
        return replace(dose, seconds=min(limits.max_hold, seconds + gain))
    reps = dose.reps or 0
    if reps < limits.rep_max:
        return replace(dose, reps=min(limits.rep_max, reps + _rep_step(reps)))
    if dose.sets < limits.max_sets:
        return replace(dose, sets=dose.sets + 1)
    top = len(plan.ladder.levels) - 1
    if limits.max_level is not None:
        top = min(top, limits.max_level)
    if dose.level is not None and dose.level < top:
        return replace(dose, level=dose.level + 1, reps=limits.rep_min)
    return None


def within_limits(dose: SideDose, plan: Plan) -> SideDose:
    """The dose with its reps at most the top of the range and its level at most the
    highest allowed (a trainer may lower both below a dose already reached)."""
    limits = plan.limits
    if dose.reps is not None and dose.reps > limits.rep_max:
        dose = replace(dose, reps=limits.rep_max)
    if dose.level is not None and limits.max_level is not None and dose.level > limits.max_level:
        dose = replace(dose, level=limits.max_level)
    return dose


def describe_step(before: SideDose, after: SideDose, plan: Plan) -> str:
    """What changed between two doses, in a few words ("green band", "3 sets", "15 reps")."""
    if after.level != before.level:
        return plan.ladder.label_text(after.level) or translate("Progression", "level")
    if after.sets != before.sets:
        sets = after.sets
        return translate("Progression", "%n set(s)", None, sets)
    if after.seconds != before.seconds:
        return translate("Progression", "{seconds} s holds").format(seconds=f"{after.seconds:g}")
    reps = after.reps or 0
    return translate("Progression", "%n rep(s)", None, reps)


def next_dose(current: SideDose, history: Sequence[Outcome], plan: Plan) -> Decision:  # noqa: PLR0911
    """The next dose on one side from the sessions so far (oldest first).

    Regress one step after pain above 5 or a worse morning (Silbernagel et al. 2007);
    progress one step only when the last two sessions each had every set at target, 2 or
    more reps in reserve (or a hold that felt right or easy) and pain at most 5 that
    settled (NSCA two-for-two; ACSM 2009); otherwise keep the dose.
    """
    if not plan.limits.enabled:
        return Decision(
            current, Change.SAME, translate("Progression", "progression is off for this routine")
        )
    capped = within_limits(current, plan)
    if capped != current:
        return Decision(
            capped,
            Change.DOWN,
            translate("Progression", "down to the trainer's limit for this routine"),
        )
    if not history:
        return Decision(current, Change.SAME, translate("Progression", "no sessions yet"))
    last = history[-1]
    if hurt(last):
        lower = step_down(current, plan)
        if last.morning is Morning.WORSE:
            why = translate("Progression", "pain was worse the next morning")
        else:
            why = translate("Progression", "pain {pain}/10 during the exercise").format(
                pain=last.pain
            )
        if lower == current:
            text = translate("Progression", "{why}: already at the lowest dose")
            return Decision(current, Change.SAME, text.format(why=why))
        text = translate("Progression", "{why}: down to {dose}")
        return Decision(
            lower, Change.DOWN, text.format(why=why, dose=describe_step(current, lower, plan))
        )
    recent = list(history[-SESSIONS_NEEDED:])
    blocker = _why_not(last)
    if blocker is not None:
        text = translate("Progression", "keep: {reason} last time")
        return Decision(current, Change.SAME, text.format(reason=blocker))
    if last.dose != current:
        text = translate("Progression", "keep: no session at this dose yet")
        return Decision(current, Change.SAME, text)
    if len(recent) < SESSIONS_NEEDED or recent[0].dose != current:
        text = translate("Progression", "keep: 1st session at this dose went well")
        return Decision(current, Change.SAME, text)
    earlier = _why_not(recent[0])
    if earlier is not None:
        text = translate("Progression", "keep: {reason} the session before")
        return Decision(current, Change.SAME, text.format(reason=earlier))
    higher = step_up(current, plan, last.feel)
    if higher is None:
        text = translate("Progression", "keep: at the highest dose allowed")
        return Decision(current, Change.SAME, text)
    if is_hold(current):
        done = translate("Progression", "{seconds} s").format(seconds=f"{current.seconds:g}")
    else:
        reps = current.reps or 0
        done = translate("Progression", "%n rep(s)", None, reps)
    text = translate("Progression", "2 sessions at {done}, easy: {dose}")
    return Decision(
        higher, Change.UP, text.format(done=done, dose=describe_step(current, higher, plan))
    )


def strength(dose: SideDose) -> tuple[int, float]:
    """A comparable size of a dose: the level first, then the work per level."""
    work = dose.sets * ((dose.seconds or 0.0) if is_hold(dose) else float(dose.reps or 0))
    return (dose.level if dose.level is not None else 0, work or 0.0)


def lags(weaker: SideDose, stronger: SideDose) -> bool:
    """Whether one side lags the other by more than 10 % (a lower level always does)."""
    (w_level, w_work), (s_level, s_work) = strength(weaker), strength(stronger)
    if w_level != s_level:
        return w_level < s_level
    return s_work > 0 and w_work < s_work * (1 - LAG_LIMIT)


def decide_sides(
    current: Mapping[str, SideDose], history: Mapping[str, Sequence[Outcome]], plan: Plan
) -> dict[str, Decision]:
    """Next doses for each side ("left", "right"), each on its own, then the lag rule.

    The stronger side never steps up while the other side lags by more than 10 %.
    """
    decisions = {
        side: next_dose(dose, history.get(side, ()), plan) for side, dose in current.items()
    }
    if set(current) != {"left", "right"}:
        return decisions
    for side, other in (("left", "right"), ("right", "left")):
        decision = decisions[side]
        if decision.change is Change.UP and lags(current[other], current[side]):
            if other == "left":
                text = translate("Progression", "keep: waiting for the left side to catch up")
            else:
                text = translate("Progression", "keep: waiting for the right side to catch up")
            decisions[side] = Decision(current[side], Change.SAME, text)
    return decisions


def dose_text(dose: SideDose, plan: Plan, per_side: bool = True) -> str:
    """The dose as the plan and the start view show it: "2 x 15 per side, green band"."""
    if is_hold(dose):
        amount = translate("Progression", "{seconds} s").format(seconds=f"{dose.seconds:g}")
    else:
        amount = f"{dose.reps}"
    if per_side:
        text = translate("Progression", "{sets} x {amount} per side")
    else:
        text = translate("Progression", "{sets} x {amount}")
    text = text.format(sets=dose.sets, amount=amount)
    label = plan.ladder.label_text(dose.level)
    if not label:
        return text
    return translate("Progression", "{dose}, {level}").format(dose=text, level=label)


def decision_line(side: str | None, decision: Decision, plan: Plan) -> str:
    """One side's suggestion for the start view: "left: 2 x 17, yellow band (up: ...)"."""
    dose = dose_text(decision.dose, plan, per_side=False)
    if decision.change is Change.SAME:
        text = translate("Progression", "{dose} ({reason})").format(
            dose=dose, reason=decision.reason
        )
    elif decision.change is Change.UP:
        text = translate("Progression", "{dose} (up: {reason})").format(
            dose=dose, reason=decision.reason
        )
    else:
        text = translate("Progression", "{dose} (down: {reason})").format(
            dose=dose, reason=decision.reason
        )
    if side == "left":
        return translate("Progression", "left: {line}").format(line=text)
    if side == "right":
        return translate("Progression", "right: {line}").format(line=text)
    return text
