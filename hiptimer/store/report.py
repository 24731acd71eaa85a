"""Progress reports in the store: the sessions to send (rows out) and an import (rows in).

The document itself is hiptimer.exchange.progress_report's; this module only runs SQL.
An import is one transaction: it adds every new session or nothing. Each imported session
is remembered by its report uid (settings key `report_session:<uid>`), so a report imported
twice adds nothing; the first import also remembers whose history the profile receives
(`report_history_id`), so a report from another person is noticed.
"""

from __future__ import annotations

import json
import time
from datetime import date

from hiptimer.core.i18n import translate
from hiptimer.core.report import ImportResult, ProgressReport, ReportSession
from hiptimer.core.routine import RoutineError
from hiptimer.core.serialize import routine_from_dict
from hiptimer.core.weeks import start_timestamp
from hiptimer.store.history import (
    _SET_COLUMNS,
    STATUS_RUNNING,
    HistoryStore,
    SessionRecord,
    _set_row,
)

SOURCE_KEY = "report_history_id"
_SESSION_KEY = "report_session:"


class WrongClientError(ValueError):
    """The report seems to come from someone else than the profile's client."""


def history_id(store: HistoryStore) -> str:
    row = store.connection.execute("SELECT value FROM settings WHERE key = 'history_id'")
    found = row.fetchone()
    return "" if found is None else str(found[0])


def report_from(store: HistoryStore, *, since: date | None = None) -> ProgressReport:
    """The profile's real, closed sessions (from `since`, a local day) as a report."""
    con = store.connection
    low = float("-inf") if since is None else start_timestamp(since)
    own = history_id(store)
    sessions = []
    rows = con.execute(
        "SELECT s.id, r.json, s.started_at, s.ended_at, s.status, s.effort, s.note"
        " FROM sessions s JOIN routines r ON r.id = s.routine_id"
        " WHERE s.source = 'real' AND s.status != ? AND s.started_at >= ?"
        " ORDER BY s.started_at, s.id",
        (STATUS_RUNNING, low),
    ).fetchall()
    for sid, snapshot, started, ended, status, effort, note in rows:
        try:
            routine = routine_from_dict(json.loads(snapshot))
        except (ValueError, RoutineError):
            continue  # a snapshot this version cannot read is not sent
        sets = con.execute(
            f"SELECT {_SET_COLUMNS} FROM sets WHERE session_id = ? ORDER BY step_index", (sid,)
        ).fetchall()
        sessions.append(
            ReportSession(
                uid=f"{own}/{sid}",
                routine=routine,
                started_at=float(started),
                ended_at=None if ended is None else float(ended),
                status=str(status),
                effort=None if effort is None else int(effort),
                note=str(note),
                results=tuple(_set_row(row).as_result() for row in sets),
            )
        )
    return ProgressReport(
        history_id=own, profile=store.profile, created_at=time.time(), sessions=tuple(sessions)
    )


def expected_source(store: HistoryStore) -> str | None:
    """The history id of the reports imported into this profile so far, or None."""
    row = store.connection.execute("SELECT value FROM settings WHERE key = ?", (SOURCE_KEY,))
    found = row.fetchone()
    return None if found is None else str(found[0])


def check_client(store: HistoryStore, report: ProgressReport) -> None:
    """WrongClientError when the report looks like another person's."""
    known = expected_source(store)
    if known is not None:
        if known != report.history_id:
            raise WrongClientError(
                translate(
                    "History",
                    "this report comes from another history than the reports "
                    "imported into profile {profile!r} before (it was made by "
                    "profile {profile2!r})",
                ).format(profile=store.profile, profile2=report.profile)
            )
    elif report.profile.casefold() != store.profile.casefold():
        raise WrongClientError(
            translate(
                "History", "this report is from profile {profile!r}, not {profile2!r}"
            ).format(profile=report.profile, profile2=store.profile)
        )


def import_report(
    store: HistoryStore, report: ProgressReport, *, confirmed: bool = False
) -> ImportResult:
    """Add the report's new sessions in one transaction. Unless `confirmed` (the trainer
    said whose it is), a report from another person raises WrongClientError."""
    if report.history_id == history_id(store):
        # The profile's own report: every session in it is this history's already.
        return ImportResult(added=0, already_there=len(report.sessions))
    if not confirmed:
        check_client(store, report)
    con = store.connection
    keys = [_SESSION_KEY + s.uid for s in report.sessions]
    seen: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        seen.update(
            str(row[0])
            for row in con.execute(f"SELECT key FROM settings WHERE key IN ({marks})", chunk)
        )
    new = [s for s in report.sessions if _SESSION_KEY + s.uid not in seen]
    new = list({s.uid: s for s in new}.values())  # a uid twice in one file counts once
    records = [
        SessionRecord(
            routine=s.routine,
            started_at=s.started_at,
            ended_at=s.ended_at if s.ended_at is not None else s.started_at,
            status=s.status,
            results=s.results,
            effort=s.effort,
            note=s.note,
        )
        for s in new
    ]
    extra = [(_SESSION_KEY + s.uid, "") for s in new]
    extra.append((SOURCE_KEY, report.history_id))
    store.add_sessions(records, settings=extra)
    return ImportResult(added=len(new), already_there=len(report.sessions) - len(new))
