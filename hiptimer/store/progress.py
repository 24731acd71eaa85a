"""Progression data in a profile's history: quick answers, morning answers, dated doses.

The rules live in hiptimer.core.progression; this module reads what they need from the
database (the last sessions of one exercise on one side) and keeps what they decide (the
current dose and level per exercise and side, every change dated).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from hiptimer.core.i18n import translate
from hiptimer.core.progression import (
    MAX_RESERVE,
    Change,
    Decision,
    Feedback,
    Feel,
    Morning,
    Outcome,
    Plan,
    SideDose,
    decide_sides,
    limited_plan,
    plan_for,
    within_limits,
)
from hiptimer.core.routine import Exercise, Mode, Routine, Side
from hiptimer.core.timeline import SideDose as TodayDose
from hiptimer.store import database
from hiptimer.store.errors import StoreError, store_error
from hiptimer.store.history import (
    INSERT_FEEDBACK,
    STATUS_ENDED_EARLY,
    STATUS_FINISHED,
    HistoryStore,
    feedback_params,
)

# How many past sessions of an exercise the rules look at.
SESSIONS_READ = 3
NO_SIDE = ""


@dataclass(frozen=True)
class Suggestion:
    """The next dose of one exercise on one side, for the start view, CLI and end view."""

    exercise: Exercise
    side: str | None
    current: SideDose
    decision: Decision
    plan: Plan

    @property
    def level(self) -> str | None:
        return self.plan.ladder.label(self.decision.dose.level)


@contextmanager
def _writing(store: HistoryStore, doing: str) -> Iterator[sqlite3.Connection]:
    try:
        with database.transaction(store.connection) as con:
            yield con
    except sqlite3.Error as error:
        raise store_error(error, store.path, doing) from error


def save_feedback(store: HistoryStore, session_id: int, answers: list[Feedback]) -> None:
    """Keep the quick answers of a session (answering again replaces the earlier answer)."""
    for answer in answers:
        if answer.pain is not None and not 0 <= answer.pain <= 10:
            raise ValueError(f"pain is 0 to 10, got {answer.pain}")
        if answer.reserve is not None and not 0 <= answer.reserve <= MAX_RESERVE:
            raise ValueError(f"reps in reserve are 0 to {MAX_RESERVE}, got {answer.reserve}")
    with _writing(store, translate("History", "saving how the exercises went")) as con:
        write_feedback(con, session_id, answers)


def write_feedback(con: sqlite3.Connection, session_id: int, answers: list[Feedback]) -> None:
    """The rows of `save_feedback`, inside a transaction the caller holds."""
    con.executemany(INSERT_FEEDBACK, feedback_params(session_id, answers))


def save_morning(store: HistoryStore, session_id: int, answer: Morning) -> None:
    """The answer about this morning's pain, kept with the session that had the pain."""
    with _writing(store, translate("History", "saving this morning's answer")) as con:
        found = con.execute(
            "UPDATE sessions SET morning_pain = ? WHERE id = ?", (answer.value, session_id)
        ).rowcount
    if not found:
        raise StoreError(
            translate("History", "There is no session {session_id} in this history").format(
                session_id=session_id
            )
        )


def session_needing_morning(store: HistoryStore) -> int | None:
    """The last finished session, if it had pain and its morning is not answered yet."""
    row = store.connection.execute(
        "SELECT s.id, s.morning_pain, (SELECT MAX(pain_during) FROM exercise_feedback f"
        " WHERE f.session_id = s.id) FROM sessions s WHERE s.status IN (?, ?)"
        " ORDER BY s.started_at DESC LIMIT 1",
        (STATUS_FINISHED, STATUS_ENDED_EARLY),
    ).fetchone()
    if row is None or row[1] is not None or not row[2]:
        return None
    return int(row[0])


def set_dose(
    store: HistoryStore,
    exercise: Exercise,
    side: str | None,
    dose: SideDose,
    at: float,
    reason: str = "",
) -> None:
    """Make `dose` the current one of an exercise on a side, dated `at`."""
    label = plan_for(exercise.id).ladder.label(dose.level)
    with _writing(store, translate("History", "saving the new dose")) as con:
        con.execute(
            "INSERT OR REPLACE INTO doses (exercise_id, side, changed_at, sets, reps, seconds,"
            " level, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (exercise.id, side or NO_SIDE, at, dose.sets, dose.reps, dose.seconds, label, reason),
        )


def plan_of(routine: Routine, exercise: Exercise) -> Plan:
    """How an exercise progresses in this routine: its plan within the trainer's limits."""
    return limited_plan(
        plan_for(exercise.id), exercise.top_reps, exercise.top_level, routine.progression
    )


def _routine_dose(exercise: Exercise, plan: Plan) -> SideDose:
    dose = exercise.dose
    if exercise.mode is Mode.HOLD:
        return SideDose(dose.sets, seconds=dose.hold_seconds, level=plan.start_level)
    return SideDose(dose.sets, reps=dose.reps, level=plan.start_level)


def _level(plan: Plan, label: object) -> int | None:
    if label is None or not plan.ladder.levels:
        return plan.start_level
    found = plan.ladder.index(str(label))
    return plan.start_level if found is None else found


def outcomes(
    store: HistoryStore, exercise: Exercise, side: str | None, plan: Plan
) -> list[Outcome]:
    """The last sessions of an exercise on a side, oldest first, as the rules read them."""
    key = side or NO_SIDE
    sessions = store.connection.execute(
        "SELECT s.id, s.morning_pain, f.pain_during, f.reps_in_reserve, f.feel, f.level"
        " FROM sessions s LEFT JOIN exercise_feedback f ON f.session_id = s.id"
        " AND f.exercise_id = ? AND f.side = ?"
        " WHERE s.status IN (?, ?) AND EXISTS (SELECT 1 FROM sets t WHERE t.session_id = s.id"
        " AND t.exercise_id = ? AND COALESCE(t.side, '') = ?)"
        " ORDER BY s.started_at DESC LIMIT ?",
        (exercise.id, key, STATUS_FINISHED, STATUS_ENDED_EARLY, exercise.id, key, SESSIONS_READ),
    ).fetchall()
    found = []
    for session_id, morning, pain, reserve, feel, label in reversed(sessions):
        sets = store.connection.execute(
            "SELECT sets, reps_target, reps_done, hold_target_s, hold_done_s FROM sets"
            " WHERE session_id = ? AND exercise_id = ? AND COALESCE(side, '') = ?"
            " ORDER BY set_no",
            (session_id, exercise.id, key),
        ).fetchall()
        first = sets[0]
        dose = SideDose(
            sets=int(first[0]),
            reps=None if first[1] is None else int(first[1]),
            seconds=None if first[3] is None else float(first[3]),
            level=_level(plan, label),
        )
        found.append(
            Outcome(
                dose,
                reps_done=tuple(int(r[2] or 0) for r in sets) if dose.reps is not None else (),
                seconds_done=tuple(float(r[4] or 0) for r in sets) if dose.seconds else (),
                pain=None if pain is None else int(pain),
                reserve=None if reserve is None else int(reserve),
                feel=None if feel is None else Feel(feel),
                morning=None if morning is None else Morning(morning),
            )
        )
    return found


def current_dose(
    store: HistoryStore, exercise: Exercise, side: str | None, plan: Plan, history: list[Outcome]
) -> SideDose:
    """The dose set last for this side, else the one done last, else the routine's."""
    row = store.connection.execute(
        "SELECT sets, reps, seconds, level FROM doses WHERE exercise_id = ? AND side = ?"
        " ORDER BY changed_at DESC LIMIT 1",
        (exercise.id, side or NO_SIDE),
    ).fetchone()
    if row is not None:
        return SideDose(
            int(row[0]),
            reps=None if row[1] is None else int(row[1]),
            seconds=None if row[2] is None else float(row[2]),
            level=_level(plan, row[3]),
        )
    if history:
        return history[-1].dose
    return _routine_dose(exercise, plan)


def suggestions(store: HistoryStore, routine: Routine) -> list[Suggestion]:
    """The next dose of every exercise of the routine on each of its sides, with reasons."""
    found: list[Suggestion] = []
    for exercise in routine.exercises:
        plan = plan_of(routine, exercise)
        sides = [None if s is None else s.value for s in exercise.sides.order]
        histories = {s or NO_SIDE: outcomes(store, exercise, s, plan) for s in sides}
        currents = {
            s or NO_SIDE: current_dose(store, exercise, s, plan, histories[s or NO_SIDE])
            for s in sides
        }
        decisions = decide_sides(currents, histories, plan)
        for s in sides:
            key = s or NO_SIDE
            found.append(Suggestion(exercise, s, currents[key], decisions[key], plan))
    return found


def today_doses(store: HistoryStore, routine: Routine) -> dict[tuple[str, Side | None], TodayDose]:
    """The dose each exercise runs today on each side, with its level by name: the one set
    last (an accepted suggestion), else the one done last, else the routine's own at the
    ladder's first level; within the trainer's limits, and none when progression is off.
    The session, the start view and the recorded sets follow it."""
    found: dict[tuple[str, Side | None], TodayDose] = {}
    try:
        for exercise in routine.exercises:
            plan = plan_of(routine, exercise)
            if not plan.limits.enabled:
                continue
            for side in exercise.sides.order:
                key = None if side is None else side.value
                history = outcomes(store, exercise, key, plan)
                dose = within_limits(current_dose(store, exercise, key, plan, history), plan)
                found[(exercise.id, side)] = TodayDose(
                    dose.sets, dose.reps, dose.seconds, plan.ladder.label(dose.level)
                )
    except sqlite3.Error as error:
        raise store_error(error, store.path, "reading today's doses") from error
    return found


def accept(store: HistoryStore, found: list[Suggestion], at: float) -> int:
    """Make every suggested change the current dose; returns how many changed."""
    changed = [s for s in found if s.decision.change is not Change.SAME]
    for suggestion in changed:
        set_dose(
            store,
            suggestion.exercise,
            suggestion.side,
            suggestion.decision.dose,
            at,
            suggestion.decision.reason,
        )
    return len(changed)


def level_changes(
    store: HistoryStore, exercise_id: str, side: str | None
) -> list[tuple[float, str]]:
    """When the level of an exercise on a side changed, and to what, oldest first."""
    rows = store.connection.execute(
        "SELECT s.started_at, f.level FROM exercise_feedback f JOIN sessions s"
        " ON s.id = f.session_id WHERE f.exercise_id = ? AND f.side = ? AND f.level IS NOT NULL"
        " ORDER BY s.started_at",
        (exercise_id, side or NO_SIDE),
    ).fetchall()
    changes: list[tuple[float, str]] = []
    for at, label in rows:
        if not changes or changes[-1][1] != label:
            changes.append((float(at), str(label)))
    return changes
