"""Today's dose per side in words (issue 15): the start list's dose line and the end
view's planned column, when progression gives a side a dose of its own and a level."""

from __future__ import annotations

from collections.abc import Iterable

from hiptimer.core.i18n import translate
from hiptimer.core.progression import level_text, plan_for
from hiptimer.core.routine import Exercise, Side
from hiptimer.core.timeline import SideDose, SideDoses, Step, Timeline, dosed
from hiptimer.core.wording import dose_line, dose_table, side_name


def with_level(text: str, level: str | None) -> str:
    """'2 × 15 reps' and 'green band' as '2 × 15 reps, green band'."""
    if not level:
        return text
    return translate("dosing", "{dose}, {level}").format(dose=text, level=level_text(level))


def _side_dose(exercise: Exercise, doses: SideDoses, side: Side | None) -> tuple[str, str | None]:
    today = doses.get((exercise.id, side))
    return dose_table(dosed(exercise, today)), today.level if today else None


def row_dose_text(exercise: Exercise, doses: SideDoses) -> str:
    """The dose a start-list row shows for today: the routine's wording when both sides
    do the same ("2 x 15 reps per side, green band"), else each side's own
    ("Left: 2 × 17 reps, yellow band · Right: 2 × 15 reps, yellow band")."""
    sides = exercise.sides.order
    each = [_side_dose(exercise, doses, side) for side in sides]
    if len(set(each)) == 1:
        level = each[0][1]
        return with_level(dose_line(dosed(exercise, doses.get((exercise.id, sides[0])))), level)
    return " · ".join(
        translate("dosing", "{side}: {dose}").format(
            side=side_name(side) if side is not None else "", dose=with_level(text, level)
        )
        for side, (text, level) in zip(sides, each, strict=True)
    )


def side_steps(timeline: Timeline) -> dict[tuple[str, Side | None], Step]:
    """The first set of each exercise on each side: the dose the session ran there."""
    found: dict[tuple[str, Side | None], Step] = {}
    for step in timeline.steps:
        if step.is_set and step.exercise is not None:
            found.setdefault((step.exercise.id, step.side), step)
    return found


def starting_doses(exercises: Iterable[Exercise]) -> dict[tuple[str, Side | None], SideDose]:
    """The routine's own doses at each ladder's first level (a handout without a history:
    "2 x 15 reps per side, yellow band"); exercises without a ladder are left out."""
    found: dict[tuple[str, Side | None], SideDose] = {}
    for exercise in exercises:
        plan = plan_for(exercise.id)
        level = plan.ladder.label(plan.start_level)
        if level is None:
            continue
        dose = exercise.dose
        for side in exercise.sides.order:
            found[(exercise.id, side)] = SideDose(dose.sets, dose.reps, dose.hold_seconds, level)
    return found
