"""A progress report: the sessions a runner sends back to their trainer.

The exchange package reads and writes the document (hiptimer.exchange.progress_report);
the store turns it into rows and back (hiptimer.store.report). These classes are what
both sides agree on.
"""

from __future__ import annotations

from dataclasses import dataclass

from hiptimer.core.routine import Routine
from hiptimer.core.session import SetResult


@dataclass(frozen=True)
class ReportSession:
    """One session as sent: `uid` is stable (the runner's history id and the session's
    number there), so importing the same report twice adds nothing."""

    uid: str
    routine: Routine
    started_at: float
    ended_at: float | None
    status: str
    effort: int | None
    note: str
    results: tuple[SetResult, ...]


@dataclass(frozen=True)
class ProgressReport:
    """Whose history (its random id and the profile's name), and the sessions sent."""

    history_id: str
    profile: str
    created_at: float
    sessions: tuple[ReportSession, ...]


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_there: int
