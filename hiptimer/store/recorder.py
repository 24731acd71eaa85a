"""Writes a running session into the history as it happens.

    recorder = SessionRecorder(store, session, routine)   # before session.start()
    session.start()
    ...                                                    # each SetFinished is committed
    recorder.save_feedback(effort=6, note="felt strong")   # from the end view

A failed write (a full disk) never stops the session: the set waits in `pending`, the
`on_error` callback hears about it, and it is written with the next set, or by `flush()`.
That holds for the session's own row too: when it cannot be made at the start, the whole
session is kept in memory and written as soon as a write succeeds.
"""

from __future__ import annotations

from collections.abc import Callable

from hiptimer.core.clock import Clock, SystemClock
from hiptimer.core.routine import Routine
from hiptimer.core.session import Event, Outcome, Session, SessionFinished, SetFinished, SetResult
from hiptimer.store.errors import StoreError
from hiptimer.store.history import HistoryStore, InterruptedSession

ErrorListener = Callable[[StoreError], None]


class SessionRecorder:
    def __init__(
        self,
        store: HistoryStore,
        session: Session,
        routine: Routine,
        *,
        clock: Clock | None = None,
        on_error: ErrorListener | None = None,
        session_id: int | None = None,
    ) -> None:
        """Start recording `session` (not yet started) as a new row in `store`.

        `clock` stamps the start and end of the session (default: the system clock; pass
        the session's own clock in tests). `session_id` continues an existing row: use
        `SessionRecorder.resume` for that.
        """
        self.store = store
        self.session = session
        self.routine = routine
        self.on_error = on_error
        self._clock = clock or SystemClock()
        self._equipment = {e.id: "; ".join(e.equipment) for e in routine.exercises}
        self.pending: list[SetResult] = []
        self._outcome: Outcome | None = None
        self._outcome_saved = False
        self._ended_at = 0.0
        self._feedback: tuple[int | None, str] | None = None
        self.last_error: StoreError | None = None
        self.started_at = self._clock.wall()
        # None until the session's row exists (its first write may fail: a full disk).
        self.session_id: int | None = session_id
        if session_id is None:
            try:
                planned = sum(step.is_set for step in session.timeline.steps)
                self.session_id = store.begin_session(routine, self.started_at, planned=planned)
            except StoreError as error:
                self._failed(error)
        else:
            store.claim(session_id)
        session.subscribe(self._on_event)

    @classmethod
    def resume(
        cls,
        store: HistoryStore,
        session: Session,
        interrupted: InterruptedSession,
        *,
        clock: Clock | None = None,
        on_error: ErrorListener | None = None,
    ) -> SessionRecorder:
        """Go on recording an interrupted session in its own row.

        `session` must run the timeline compiled from `interrupted.routine`; start it with
        `session.start(at_index=interrupted.resume_index)`.
        """
        return cls(
            store,
            session,
            interrupted.routine,
            clock=clock,
            on_error=on_error,
            session_id=interrupted.session_id,
        )

    @property
    def saved(self) -> bool:
        """True when everything the session produced so far is in the database."""
        return (
            self.session_id is not None
            and not self.pending
            and (self._outcome is None or self._outcome_saved)
            and self._feedback is None
        )

    @property
    def results(self) -> list[SetResult]:
        """Every set of the session so far, saved or waiting (for an export of it)."""
        return list(self.session.results)

    @property
    def feedback(self) -> tuple[int | None, str] | None:
        """The effort and note given, while they wait to be written."""
        return self._feedback

    def _failed(self, error: StoreError) -> None:
        self.last_error = error
        if self.on_error is not None:
            self.on_error(error)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, SetFinished):
            self.pending.append(event.result)
            self.flush()
        elif isinstance(event, SessionFinished):
            self._outcome = event.outcome
            # A finished session ends with its last set (the clock may be read late).
            ends = [r.ended_at for r in event.results]
            self._ended_at = (
                max(ends) if ends and event.outcome is Outcome.FINISHED else self._clock.wall()
            )
            self.flush()

    def flush(self) -> bool:
        """Write whatever waits (sets, then the outcome). False, with `last_error`, on failure."""
        try:
            if self.session_id is None:
                self.session_id = self.store.begin_session(self.routine, self.started_at)
            while self.pending:
                result = self.pending[0]
                equipment = self._equipment.get(result.exercise_id, "")
                self.store.record_set(self.session_id, result, equipment)
                self.pending.pop(0)
            if self._outcome is not None and not self._outcome_saved:
                self.store.finish_session(self.session_id, self._outcome, self._ended_at)
                self._outcome_saved = True
            if self._feedback is not None:
                self.store.save_feedback(self.session_id, *self._feedback)
                self._feedback = None
        except StoreError as error:
            self._failed(error)
            return False
        self.last_error = None
        return True

    def save_feedback(self, effort: int | None, note: str = "") -> None:
        """Effort (1-10) and a note for this session; raises StoreError if it cannot be saved
        now (it is kept, and written with whatever else waits by the next `flush()`)."""
        if effort is not None and not 1 <= effort <= 10:
            raise ValueError(f"effort is 1 to 10, got {effort}")
        self._feedback = (effort, note)
        if not self.flush():
            assert self.last_error is not None
            raise self.last_error
