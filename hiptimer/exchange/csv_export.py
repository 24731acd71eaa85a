"""The history as CSV: one row per set per side, for spreadsheets and trainers.

RFC 4180 (comma, double quotes, CRLF) in UTF-8. Text cells that a spreadsheet would read
as a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe,
so a routine or exercise named "=HYPERLINK(...)" stays text.

This module writes rows it is given and runs no SQL: the history's rows come from the
store (hiptimer.store.export, reached through HistoryStore.export_rows, which is all
`write_csv` and `export_csv` ask of the object they are given).
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Protocol, TextIO

from hiptimer.core.errors import UserError
from hiptimer.core.files import atomic_text
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Routine
from hiptimer.core.session import SetResult
from hiptimer.core.text import spreadsheet_text as safe_text

HEADER = (
    "date",
    "time",
    # ISO 8601 with the UTC offset: the two 02:30s of a night the clocks go back differ.
    "timestamp",
    "session_id",
    "profile",
    "routine",
    "exercise",
    "side",
    "set",
    "reps_target",
    "reps_done",
    "hold_target_s",
    "hold_done_s",
    "skipped",
    "effort",
    "note",
    "equipment",
    # Issue 15: pain during the exercise (0-10), the next morning's answer, reps in
    # reserve (0-4, 4 meaning 4 or more; for holds too_easy/right/too_hard), the level.
    "pain_during",
    "morning_pain",
    "reps_in_reserve",
    "level",
)


class CsvExportError(UserError):
    """The CSV file could not be written; the message names the file and the reason."""


Row = Sequence[str | int]


class ExportedRows(Protocol):
    """How many rows, and the rows (hiptimer.store.export.ExportRows)."""

    @property
    def count(self) -> int: ...

    @property
    def rows(self) -> Iterator[Row]: ...


class RowSource(Protocol):
    """Where the history's rows come from: hiptimer.store.HistoryStore."""

    def export_rows(
        self, *, since: date | None = None, tz: tzinfo | None = None
    ) -> AbstractContextManager[ExportedRows]: ...


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def session_rows(
    profile: str,
    routine: Routine,
    results: Iterable[SetResult],
    *,
    effort: int | None = None,
    note: str = "",
    tz: tzinfo | None = None,
) -> Iterator[tuple[str | int, ...]]:
    """The rows of one session held in memory (one the history could not take), in the
    columns and form of the history's rows (hiptimer.store.export); its session_id is empty."""
    equipment = {e.id: "; ".join(e.equipment) for e in routine.exercises}
    for r in sorted(results, key=lambda r: r.step_index):
        moment = datetime.fromtimestamp(int(r.started_at), tz)
        if tz is None:
            moment = moment.astimezone()
        stamp = moment.isoformat()
        yield (
            stamp[:10],
            stamp[11:19],
            stamp,
            "",
            safe_text(profile),
            safe_text(routine.name),
            safe_text(r.exercise_name),
            "" if r.side is None else r.side.value,
            r.set_no,
            "" if r.reps_target is None else r.reps_target,
            "" if r.reps_done is None else r.reps_done,
            _number(r.hold_target),
            _number(r.hold_done),
            int(r.skipped),
            "" if effort is None else effort,
            safe_text(note.strip()),
            safe_text(equipment.get(r.exercise_id, "")),
            "",
            "",
            "",
            "",
        )


def write_rows(rows: Iterable[Row], out: TextIO) -> None:
    """Write the header and rows to an open text stream (opened with newline='')."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)


def write_rows_to(target: str | Path, rows: Iterable[Row]) -> None:
    """Write the header and rows to a file, whole or not at all (an atomic write), or to
    standard output when target is '-'. Raises CsvExportError."""
    if str(target) == "-":
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            write_rows(rows, sys.stdout)
            return
        sys.stdout.flush()
        stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
        try:
            write_rows(rows, stream)
        finally:
            stream.flush()
            stream.detach()
        return
    path = Path(target)
    try:
        with atomic_text(path, newline="") as handle:
            write_rows(rows, handle)
    except OSError as error:
        reason = error.strerror or str(error)
        raise CsvExportError(
            translate("Csv", "Cannot write {path}: {reason}").format(path=path, reason=reason)
        ) from error


def export_session_csv(
    target: str | Path,
    profile: str,
    routine: Routine,
    results: Iterable[SetResult],
    *,
    effort: int | None = None,
    note: str = "",
    tz: tzinfo | None = None,
) -> int:
    """Write one in-memory session as CSV (written whole, or not at all); returns rows."""
    rows = list(session_rows(profile, routine, results, effort=effort, note=note, tz=tz))
    write_rows_to(target, rows)
    return len(rows)


def write_csv(
    source: RowSource, out: TextIO, *, since: date | None = None, tz: tzinfo | None = None
) -> int:
    """Write the history's header and rows to an open text stream (opened with
    newline=''); returns the row count. `since` is a local calendar day."""
    with source.export_rows(since=since, tz=tz) as exported:
        write_rows(exported.rows, out)
        return exported.count


def export_csv(
    source: RowSource,
    target: str | Path,
    *,
    since: date | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Export the history to a file, or to standard output when `target` is '-'; returns
    the row count. A failed export never leaves half a file where a good one was."""
    with source.export_rows(since=since, tz=tz) as exported:
        write_rows_to(target, exported.rows)
        return exported.count
