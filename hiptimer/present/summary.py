"""What was done against the plan, per exercise and side: the rows of the end view.

Qt-free; reads only the engine's SetResults, so the table shows exactly what the history
will store.
"""

from __future__ import annotations

from dataclasses import dataclass

from hiptimer.core.builtin import exercise_name
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Mode, Routine, Side
from hiptimer.core.session import SetResult
from hiptimer.core.timeline import Timeline
from hiptimer.core.wording import clock_text, dose_table, seconds_text
from hiptimer.present.dosing import side_steps, with_level


@dataclass(frozen=True)
class SummaryRow:
    exercise: str
    side: Side | None
    planned: str
    done: str
    time: str
    # Every planned set finished in full.
    complete: bool
    # At least one set was started.
    started: bool


def summarize(
    routine: Routine, results: tuple[SetResult, ...], timeline: Timeline | None = None
) -> list[SummaryRow]:
    """timeline: the one the session ran, whose sides may have doses and levels of their
    own (progression); without it, the routine's doses."""
    ran = side_steps(timeline) if timeline is not None else {}
    rows = []
    for routine_exercise in routine.exercises:
        for side in routine_exercise.sides.order:
            step = ran.get((routine_exercise.id, side))
            exercise = step.exercise if step and step.exercise else routine_exercise
            dose = exercise.dose
            mine = [r for r in results if r.exercise_id == exercise.id and r.side == side]
            planned = with_level(dose_table(exercise), step.level if step else None)
            if exercise.mode is Mode.HOLD:
                hold = dose.hold_seconds or 0
                done_amount = sum(r.hold_done or 0 for r in mine)
                target = hold * dose.sets
                done = translate("Summary", "{done} of {planned}").format(
                    done=seconds_text(round(done_amount)), planned=seconds_text(target)
                )
                full = done_amount >= target
            else:
                reps = dose.reps or 0
                done_reps = sum(r.reps_done or 0 for r in mine)
                all_reps = reps * dose.sets
                done = translate("Summary", "{done} of %n rep(s)", None, all_reps).format(
                    done=done_reps
                )
                full = done_reps >= reps * dose.sets
            finished_sets = sum(1 for r in mine if not r.skipped)
            if mine and finished_sets < dose.sets:
                sets = dose.sets
                done += translate("Summary", " · {done} of %n set(s)", None, sets).format(
                    done=finished_sets
                )
            if mine and all(r.skipped and r.active_seconds < 1 for r in mine):
                done = skipped_text()
            if not mine:
                done = not_reached_text()
            rows.append(
                SummaryRow(
                    exercise=exercise_name(exercise),
                    side=side,
                    planned=planned,
                    done=done,
                    time=clock_text(sum(r.active_seconds for r in mine)),
                    complete=bool(mine) and full and finished_sets == dose.sets,
                    started=bool(mine),
                )
            )
    return rows


def skipped_text() -> str:
    return translate("Summary", "skipped")


def not_reached_text() -> str:
    return translate("Summary", "not reached")


# The mark before a row's "Done" text: every set in full, some of it, or none.
MARK_COMPLETE = "✓ "


def row_mark(row: SummaryRow) -> str:
    if row.complete:
        return MARK_COMPLETE
    if row.started and row.done not in (skipped_text(), not_reached_text()):
        return translate("Summary", "◐ part: ")
    return ""


def planned_sets(routine: Routine, timeline: Timeline | None = None) -> int:
    """Sets in the plan, one per set and side (those of `timeline` when given)."""
    if timeline is not None:
        return sum(step.is_set for step in timeline.steps)
    return sum(e.dose.sets * len(e.sides.order) for e in routine.exercises)


@dataclass(frozen=True)
class EndHeading:
    title: str
    counts: str


def end_heading(
    *, finished: bool, resumed: bool, done: int, planned: int, earlier: int, active: str
) -> EndHeading:
    """What the end view says on top, true to what happened.

    finished: the session reached its last step (not ended early); resumed: it went on
    after a break (earlier: sets done before the break); done/planned: sets done in full
    or in part (not skipped) and sets in the plan; active: the time of work, as text.
    """
    counts = translate("Summary", "{done} of %n set(s) done", None, planned).format(done=done)
    if resumed and earlier:
        counts += " " + translate("Summary", "({earlier} before the break)").format(earlier=earlier)
    counts += translate("Summary", ", {active} of work.").format(active=active)
    if done == 0:
        title = translate("Summary", "Session over: no sets done")
    elif not finished:
        title = translate("Summary", "Session ended early")
    elif resumed:
        title = translate("Summary", "Resumed and finished")
    elif done >= planned:
        title = translate("Summary", "Routine complete — well done!")
    else:
        title = translate("Summary", "Routine finished, some sets skipped")
    return EndHeading(title, counts)
