"""The history of one profile: sessions and their sets, in one SQLite file.

Open a file with `HistoryStore.open_path(path)`; the store knows files, not profiles
(hiptimer.profiles.folders.open_history finds a profile's file). Every write commits at
once (one transaction per finished set), so a crash loses at most the set under way.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date, tzinfo
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from hiptimer.core.i18n import translate
from hiptimer.core.progression import Feedback
from hiptimer.core.routine import Mode, Routine, RoutineError, Side
from hiptimer.core.serialize import routine_from_dict, routine_to_dict
from hiptimer.core.session import Outcome, SetResult
from hiptimer.core.timeline import compile_routine
from hiptimer.core.weeks import WeeklyPlan
from hiptimer.core.weeks import today as local_today
from hiptimer.store import database
from hiptimer.store.errors import StoreError, store_error
from hiptimer.store.schema import APPLICATION_ID, migrate

if TYPE_CHECKING:
    from hiptimer.store.export import ExportRows

BACKUP_FOLDER = database.BACKUP_FOLDER

STATUS_RUNNING = "running"
STATUS_FINISHED = "finished"
STATUS_ENDED_EARLY = "ended_early"
STATUS_INTERRUPTED = "interrupted"
SOURCE_REAL = "real"
SOURCE_DEMO = "demo"
# Two or three sessions a week is the usual advice for this kind of routine.
DEFAULT_PLAN_PER_WEEK = 3


@dataclass(frozen=True)
class InterruptedSession:
    """A session a crashed (or killed) HipTimer left running. Resume it by compiling
    `routine` (the snapshot taken when it began, so step indexes match), attaching
    `SessionRecorder.resume(...)` and calling `Session.start(at_index=resume_index)`;
    or keep it with `mark_interrupted(session_id)`."""

    session_id: int
    routine: Routine
    started_at: float
    # When the last saved set ended, or None when no set was saved.
    last_set_at: float | None
    sets_saved: int
    sets_planned: int
    # The first step not yet done: the one after the last saved set.
    resume_index: int


@dataclass(frozen=True)
class SetRow:
    session_id: int
    step_index: int
    exercise_id: str
    exercise_name: str
    mode: str
    side: str | None
    set_no: int
    sets: int
    reps_target: int | None
    reps_done: int | None
    hold_target_s: float | None
    hold_done_s: float | None
    skipped: bool
    active_s: float
    started_at: float
    ended_at: float
    equipment: str

    def as_result(self) -> SetResult:
        """The engine's result this row was saved from (to show a resumed session whole)."""
        return SetResult(
            step_index=self.step_index,
            exercise_id=self.exercise_id,
            exercise_name=self.exercise_name,
            side=Side(self.side) if self.side else None,
            set_no=self.set_no,
            sets=self.sets,
            mode=Mode(self.mode),
            reps_target=self.reps_target,
            reps_done=self.reps_done,
            hold_target=self.hold_target_s,
            hold_done=self.hold_done_s,
            skipped=self.skipped,
            active_seconds=self.active_s,
            started_at=self.started_at,
            ended_at=self.ended_at,
        )


@dataclass(frozen=True)
class SessionRecord:
    """A whole session written at once (made-up demo history, or an import)."""

    routine: Routine
    started_at: float
    ended_at: float
    status: str
    results: Sequence[SetResult]
    effort: int | None = None
    note: str = ""
    demo: bool = False
    # The quick answers per exercise and side, and the next morning's answer (issue 15).
    feedback: Sequence[Feedback] = ()
    morning_pain: str | None = None


def routine_json(routine: Routine) -> str:
    return json.dumps(routine_to_dict(routine), ensure_ascii=False, separators=(",", ":"))


def planned_sets(routine: Routine) -> int:
    return sum(e.dose.sets * len(e.sides.order) for e in routine.exercises)


class HistoryStore:
    """One open history database. Not thread-safe: use it from one thread (the UI's)."""

    def __init__(self, con: sqlite3.Connection, path: Path, profile: str) -> None:
        self._con = con
        self.path = path
        self.profile = profile
        # Sessions this process is recording: never offered as interrupted.
        self._own: set[int] = set()
        self.closed = False
        # Set when today's backup could not be written; the app may show it.
        self.backup_problem: str | None = None
        # What the person should hear about opening (a log set aside, a read-only file).
        self.notices: list[str] = []
        # The file may not be written (its permissions say so): nothing can be saved.
        self.read_only = False
        # The full integrity check still running after opening (open_path's
        # background_check), or None when it ran before opening.
        self.deep_check: database.DeepCheck | None = None

    # --- opening and closing ------------------------------------------------------

    @classmethod
    def open_path(
        cls,
        path: Path,
        *,
        profile: str | None = None,
        today: date | None = None,
        backups: bool = True,
        background_check: bool = False,
    ) -> HistoryStore:
        """Open the history database at path (created on first use), checked, upgraded and
        backed up into a `backups` folder beside it. `profile` names it in messages and
        exports (the folder's name by default). The first open of a day runs the full
        integrity check before anything else. With `background_check`, later opens that
        day (today's backup exists) look at the header, application id, version and
        tables only, and the full check runs after opening on a thread of its own:
        `deep_check` (see database.DeepCheck); a caller that finds problems there hands
        them to recovery.set_aside_damaged. Raises
        StoreRecovery when the file is damaged: it has been moved aside and the
        exception offers the newest good backup. Raises StoreError for other problems.
        """
        from hiptimer.store.recovery import open_checked

        path = Path(path)
        return open_checked(
            cls, path, profile or path.parent.name, today, backups, background_check
        )

    @property
    def backup_dir(self) -> Path:
        return self.path.parent / BACKUP_FOLDER

    @property
    def connection(self) -> sqlite3.Connection:
        """For the query modules of this package and for tests; not for the UI."""
        return self._con

    def close(self) -> None:
        self._con.close()
        self.closed = True

    def export_rows(
        self, *, since: date | None = None, tz: tzinfo | None = None
    ) -> AbstractContextManager[ExportRows]:
        """The CSV export's rows and their count (hiptimer.store.export.export_rows)."""
        from hiptimer.store.export import export_rows

        return export_rows(self, since=since, tz=tz)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _setup(self, today: date | None, backups: bool) -> None:
        if not self.read_only:
            migrate(self._con)
            self._claim_file()
        if backups:
            self.backup_if_due(today)

    def _claim_file(self) -> None:
        """Mark the file as HipTimer's (application id, and an id of its own for this
        history, which tells its log from another history's), and put what the log holds
        into the file itself, so the file is never left empty."""
        con = self._con
        if int(con.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            con.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        found = con.execute("SELECT 1 FROM settings WHERE key = 'history_id'").fetchone()
        if found is None:
            with database.transaction(con):
                con.execute(
                    "INSERT INTO settings (key, value) VALUES ('history_id', ?)"
                    " ON CONFLICT (key) DO NOTHING",
                    (uuid.uuid4().hex,),
                )
        con.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def backup_if_due(self, today: date | None = None) -> Path | None:
        """Write today's backup unless it exists; keep the last seven. Never raises.
        An empty history is not copied while older backups exist: its copies would push
        out the ones that hold sessions."""
        day = today or local_today()
        if database.backup_path(self.backup_dir, day).exists():
            return None
        if self.session_count() == 0 and database.list_backups(self.backup_dir):
            return None
        return self.refresh_backup(day)

    def refresh_backup(self, today: date | None = None) -> Path | None:
        """Write today's backup again, with everything saved so far (after a session).
        The earlier copy of today is replaced only by a copy that passed its integrity
        check. Never raises: a failure is kept in `backup_problem`."""
        day = today or local_today()
        try:
            written = database.write_backup(self._con, self.backup_dir, day, replace=True)
        except (OSError, sqlite3.Error, StoreError) as error:
            self.backup_problem = translate(
                "History",
                "Today's backup of your history could not be written ({error}). Your history "
                "itself is fine; HipTimer tries again next time it starts.",
            ).format(error=error)
            return None
        self.backup_problem = None
        return written

    def integrity_problems(self) -> list[str]:
        return database.integrity_problems(self._con)

    @contextmanager
    def _writing(self, doing: str) -> Iterator[sqlite3.Connection]:
        try:
            with database.transaction(self._con) as con:
                yield con
        except sqlite3.Error as error:
            raise store_error(error, self.path, doing) from error

    # --- sessions -----------------------------------------------------------------

    def begin_session(
        self, routine: Routine, started_at: float, *, demo: bool = False, planned: int = 0
    ) -> int:
        """A new session row, status 'running'; returns its id. planned: the sets of the
        timeline it runs (doses per side differ from the routine's); 0: the routine's."""
        with self._writing(translate("History", "starting the session's record")) as con:
            cursor = con.execute(
                "INSERT INTO sessions (routine_name, routine_id, sets_planned, started_at,"
                " status, source) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    routine.name,
                    self._routine_id(con, routine),
                    planned or planned_sets(routine),
                    started_at,
                    STATUS_RUNNING,
                    SOURCE_DEMO if demo else SOURCE_REAL,
                ),
            )
        session_id = int(cursor.lastrowid or 0)
        self._own.add(session_id)
        return session_id

    def record_set(self, session_id: int, result: SetResult, equipment: str = "") -> None:
        """Commit one finished set on one side. Doing a set again (after `back`) replaces it."""
        with self._writing(translate("History", "saving the set")) as con:
            con.execute(_UPSERT_SET, _set_params(session_id, result, equipment))

    def finish_session(self, session_id: int, outcome: Outcome | str, ended_at: float) -> None:
        status = Outcome(outcome).value
        with self._writing(translate("History", "closing the session's record")) as con:
            con.execute(
                "UPDATE sessions SET status = ?, ended_at = ? WHERE id = ?",
                (status, ended_at, session_id),
            )

    def save_feedback(self, session_id: int, effort: int | None, note: str = "") -> None:
        """How hard it felt (1-10, or None) and a free note, from the end view."""
        if effort is not None and not 1 <= effort <= 10:
            raise ValueError(f"effort is 1 to 10, got {effort}")
        with self._writing(translate("History", "saving your effort and note")) as con:
            found = con.execute(
                "UPDATE sessions SET effort = ?, note = ? WHERE id = ?",
                (effort, note.strip(), session_id),
            ).rowcount
        if not found:
            raise StoreError(
                translate("History", "There is no session {session_id} in this history").format(
                    session_id=session_id
                )
            )

    def _routine_id(
        self, con: sqlite3.Connection, routine: Routine, known: dict[Routine, int] | None = None
    ) -> int:
        """The row holding this routine snapshot, added on first use (inside a transaction).

        `known` remembers ids within one transaction only: a rollback would void them.
        """
        if known is not None and routine in known:
            return known[routine]
        text = routine_json(routine)
        con.execute(
            "INSERT INTO routines (name, json) VALUES (?, ?) ON CONFLICT (json) DO NOTHING",
            (routine.name, text),
        )
        found = int(con.execute("SELECT id FROM routines WHERE json = ?", (text,)).fetchone()[0])
        if known is not None:
            known[routine] = found
        return found

    def claim(self, session_id: int) -> None:
        """This process now records the session (a resumed one): it is no longer interrupted."""
        self._own.add(session_id)

    def interrupted_sessions(self) -> list[InterruptedSession]:
        """Sessions left 'running' by a HipTimer that stopped without closing them."""
        rows = self._con.execute(
            "SELECT s.id, r.json, s.started_at, s.sets_planned,"
            " MAX(t.step_index), COUNT(t.step_index), MAX(t.ended_at)"
            " FROM sessions s LEFT JOIN routines r ON r.id = s.routine_id"
            " LEFT JOIN sets t ON t.session_id = s.id"
            " WHERE s.status = ? GROUP BY s.id ORDER BY s.started_at",
            (STATUS_RUNNING,),
        ).fetchall()
        found = []
        for sid, snapshot, started, planned, last_step, count, last_at in rows:
            if sid in self._own:
                continue
            try:
                routine = routine_from_dict(json.loads(snapshot or "null"))
                steps = len(compile_routine(routine).steps)
            except (ValueError, RoutineError):
                # A snapshot this version cannot follow: keep it, but as interrupted.
                self.mark_interrupted(sid)
                continue
            resume = 0 if last_step is None else min(int(last_step) + 1, steps - 1)
            found.append(
                InterruptedSession(
                    session_id=sid,
                    routine=routine,
                    started_at=started,
                    last_set_at=last_at,
                    sets_saved=count,
                    sets_planned=planned,
                    resume_index=resume,
                )
            )
        return found

    def mark_interrupted(self, session_id: int) -> None:
        """Keep a crashed session as it is, closed as 'interrupted'. Its sets stay."""
        with self._writing(translate("History", "closing the interrupted session")) as con:
            con.execute(
                "UPDATE sessions SET status = ?, ended_at = COALESCE("
                " (SELECT MAX(ended_at) FROM sets WHERE session_id = sessions.id), started_at)"
                " WHERE id = ? AND status = ?",
                (STATUS_INTERRUPTED, session_id, STATUS_RUNNING),
            )

    def delete_session(self, session_id: int) -> None:
        """Remove a session and its sets: only when the person asked for exactly that."""
        with self._writing(translate("History", "deleting the session")) as con:
            con.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def session_status(self, session_id: int) -> str | None:
        row = self._con.execute("SELECT status FROM sessions WHERE id = ?", (session_id,))
        found = row.fetchone()
        return None if found is None else str(found[0])

    def session_sets(self, session_id: int) -> list[SetRow]:
        rows = self._con.execute(
            f"SELECT {_SET_COLUMNS} FROM sets WHERE session_id = ? ORDER BY step_index",
            (session_id,),
        ).fetchall()
        return [_set_row(row) for row in rows]

    def session_count(self, *, demo: bool | None = None) -> int:
        """All sessions, or only real (demo=False) or only made-up (demo=True) ones."""
        params: tuple[str, ...] = ()
        if demo is None:
            query = "SELECT COUNT(*) FROM sessions"
        else:
            query = "SELECT COUNT(*) FROM sessions WHERE source = ?"
            params = (SOURCE_DEMO if demo else SOURCE_REAL,)
        return int(self._con.execute(query, params).fetchone()[0])

    def add_sessions(
        self,
        records: Iterable[SessionRecord],
        *,
        replace_demo: bool = False,
        settings: Sequence[tuple[str, str]] = (),
    ) -> int:
        """Write whole sessions in one transaction (all or none); returns how many.
        `replace_demo` first removes the demo sessions, in the same transaction; `settings`
        (key, value) pairs are written in it too (an import's bookkeeping)."""
        count = 0
        known: dict[Routine, int] = {}
        with self._writing(translate("History", "adding the sessions")) as con:
            if replace_demo:
                con.execute("DELETE FROM sessions WHERE source = ?", (SOURCE_DEMO,))
            for record in records:
                cursor = con.execute(
                    "INSERT INTO sessions (routine_name, routine_id, sets_planned,"
                    " started_at, ended_at, status, effort, note, source, morning_pain)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        record.routine.name,
                        self._routine_id(con, record.routine, known),
                        planned_sets(record.routine),
                        record.started_at,
                        record.ended_at,
                        record.status,
                        record.effort,
                        record.note,
                        SOURCE_DEMO if record.demo else SOURCE_REAL,
                        record.morning_pain,
                    ),
                )
                session_id = int(cursor.lastrowid or 0)
                con.executemany(INSERT_FEEDBACK, feedback_params(session_id, record.feedback))
                equipment = {e.id: "; ".join(e.equipment) for e in record.routine.exercises}
                con.executemany(
                    _UPSERT_SET,
                    (
                        _set_params(session_id, r, equipment.get(r.exercise_id, ""))
                        for r in record.results
                    ),
                )
                count += 1
            con.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                settings,
            )
        return count

    def delete_demo_sessions(self) -> int:
        """Remove the made-up sessions (real ones are never touched); returns how many."""
        with self._writing(translate("History", "removing the demo sessions")) as con:
            return con.execute("DELETE FROM sessions WHERE source = ?", (SOURCE_DEMO,)).rowcount

    # --- settings -----------------------------------------------------------------

    @property
    def plan_per_week(self) -> int:
        """How many sessions a week the person plans: the adherence chart's target."""
        row = self._con.execute("SELECT value FROM settings WHERE key = 'plan_per_week'")
        found = row.fetchone()
        return DEFAULT_PLAN_PER_WEEK if found is None else int(found[0])

    def set_plan_per_week(self, sessions: int) -> None:
        if not 1 <= sessions <= 14:
            raise ValueError(f"a plan is 1 to 14 sessions a week, got {sessions}")
        with self._writing(translate("History", "saving the weekly plan")) as con:
            con.execute(
                "INSERT INTO settings (key, value) VALUES ('plan_per_week', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(sessions),),
            )

    def _setting(self, key: str) -> str | None:
        found = self._con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if found is None else str(found[0])

    def _put_settings(self, values: dict[str, str], doing: str) -> None:
        with self._writing(doing) as con:
            con.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )

    @property
    def weekly_plan(self) -> WeeklyPlan:
        """The planned days and time; a profile that never chose has Mon/Wed/Fri at 18:00
        (or, if it only set a number of sessions, that many days spread over the week)."""
        days, at = self._setting("plan_days"), self._setting("plan_time")
        if days is not None and at is not None:
            try:
                return WeeklyPlan.decode(days, at)
            except ValueError:
                pass  # a hand-edited value: fall back rather than fail the window
        count = self.plan_per_week
        if count == DEFAULT_PLAN_PER_WEEK or not 1 <= count <= 7:
            return WeeklyPlan()
        return WeeklyPlan(tuple(round(i * 7 / count) for i in range(count)))

    def set_weekly_plan(self, plan: WeeklyPlan) -> None:
        """Save the plan; the adherence chart's sessions a week follow its days."""
        days, at = plan.encode()
        self._put_settings(
            {"plan_days": days, "plan_time": at, "plan_per_week": str(plan.per_week)},
            "saving the weekly plan",
        )

    def note(self, key: str) -> str | None:
        """A small remembered fact (e.g. which missed day a reminder already mentioned)."""
        return self._setting(f"note:{key}")

    def set_note(self, key: str, value: str) -> None:
        self._put_settings({f"note:{key}": value}, "remembering a reminder")


_SET_COLUMNS = (
    "session_id, step_index, exercise_id, exercise_name, mode, side, set_no, sets,"
    " reps_target, reps_done, hold_target_s, hold_done_s, skipped, active_s, started_at,"
    " ended_at, equipment"
)

_UPSERT_SET = (
    f"INSERT INTO sets ({_SET_COLUMNS})"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (session_id, step_index) DO UPDATE SET"
    " exercise_id = excluded.exercise_id, exercise_name = excluded.exercise_name,"
    " mode = excluded.mode, side = excluded.side, set_no = excluded.set_no,"
    " sets = excluded.sets, reps_target = excluded.reps_target,"
    " reps_done = excluded.reps_done, hold_target_s = excluded.hold_target_s,"
    " hold_done_s = excluded.hold_done_s, skipped = excluded.skipped,"
    " active_s = excluded.active_s, started_at = excluded.started_at,"
    " ended_at = excluded.ended_at, equipment = excluded.equipment"
)


INSERT_FEEDBACK = (
    "INSERT OR REPLACE INTO exercise_feedback (session_id, exercise_id, side,"
    " pain_during, reps_in_reserve, feel, level) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def feedback_params(session_id: int, answers: Iterable[Feedback]) -> Iterator[tuple[object, ...]]:
    for a in answers:
        feel = None if a.feel is None else a.feel.value
        yield (session_id, a.exercise_id, a.side, a.pain, a.reserve, feel, a.level)


def _set_params(session_id: int, result: SetResult, equipment: str) -> tuple[object, ...]:
    return (
        session_id,
        result.step_index,
        result.exercise_id,
        result.exercise_name,
        result.mode.value,
        None if result.side is None else result.side.value,
        result.set_no,
        result.sets,
        result.reps_target,
        result.reps_done,
        result.hold_target,
        result.hold_done,
        int(result.skipped),
        result.active_seconds,
        result.started_at,
        result.ended_at,
        equipment,
    )


def _set_row(row: tuple[object, ...]) -> SetRow:
    values = list(row)
    values[12] = bool(values[12])
    return SetRow(*values)  # type: ignore[arg-type]
