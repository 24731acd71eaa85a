"""The history as CSV: one row per set per side, for spreadsheets and trainers.

RFC 4180 (comma, double quotes, CRLF) in UTF-8. Text cells that a spreadsheet would read
as a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe,
so a routine or exercise named "=HYPERLINK(...)" stays text.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TextIO

from hiptimer.core.routine import Routine
from hiptimer.core.session import SetResult
from hiptimer.store import HistoryStore, StoreError
from hiptimer.store.weeks import start_timestamp

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
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class CsvExportError(StoreError):
    """The CSV file could not be written; the message names the file and the reason."""


def safe_text(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _safe_sql(column: str) -> str:
    """SQL doing what `safe_text` does, so the guard runs inside the query (speed)."""
    starts = ", ".join(f"char({ord(c)})" for c in _FORMULA_STARTS)
    return f"CASE WHEN substr({column}, 1, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"


def _number_sql(column: str) -> str:
    """SQL doing what `_number` does: whole seconds without '.0', others to a tenth."""
    whole = f"CAST(CAST({column} AS INTEGER) AS TEXT)"
    return (
        f"CASE WHEN {column} IS NULL THEN '' WHEN {column} = CAST({column} AS INTEGER)"
        f" THEN {whole} ELSE printf('%.1f', {column}) END"
    )


_FROM = " FROM sessions s CROSS JOIN sets t ON t.session_id = s.id WHERE s.started_at >= :since"


def rows_sql(*, local_time: bool) -> str:
    """The export query. With `local_time`, SQLite writes the date and time itself in the
    computer's zone (the C library's localtime, as Python's own local conversion uses);
    otherwise the first column is the whole-second timestamp, converted by the caller."""
    second = "CAST(t.started_at AS INTEGER)"
    # The zone's offset at that moment: local wall time read as if it were UTC, minus UTC.
    offset = f"(CAST(strftime('%s', {second}, 'unixepoch', 'localtime') AS INTEGER) - {second})"
    when = (
        f"strftime('%Y-%m-%d', {second}, 'unixepoch', 'localtime'),"
        f" strftime('%H:%M:%S', {second}, 'unixepoch', 'localtime'),"
        f" strftime('%Y-%m-%dT%H:%M:%S', {second}, 'unixepoch', 'localtime')"
        f" || CASE WHEN {offset} < 0 THEN '-' ELSE '+' END"
        f" || printf('%02d:%02d', abs({offset}) / 3600, abs({offset}) % 3600 / 60)"
        if local_time
        else second
    )
    return (
        f"SELECT {when}, t.session_id, :profile, {_safe_sql('s.routine_name')},"
        f" {_safe_sql('t.exercise_name')}, COALESCE(t.side, ''), t.set_no,"
        " COALESCE(t.reps_target, ''), COALESCE(t.reps_done, ''),"
        f" {_number_sql('t.hold_target_s')}, {_number_sql('t.hold_done_s')}, t.skipped,"
        f" COALESCE(s.effort, ''), {_safe_sql('s.note')}, {_safe_sql('t.equipment')}"
        f"{_FROM} ORDER BY s.started_at, s.id, t.step_index"
    )


def _params(store: HistoryStore, since: date | None, tz: tzinfo | None) -> dict[str, object]:
    low = float("-inf") if since is None else start_timestamp(since, tz)
    return {"profile": safe_text(store.profile), "since": low}


def csv_rows(
    store: HistoryStore, *, since: date | None = None, tz: tzinfo | None = None
) -> Iterator[tuple[str | int, ...]]:
    """The rows (without the header), oldest first; `since` is a local calendar day."""
    params = _params(store, since, tz)
    if tz is None:
        yield from store.connection.execute(rows_sql(local_time=True), params)
        return
    fromtimestamp = datetime.fromtimestamp
    for row in store.connection.execute(rows_sql(local_time=False), params):
        stamp = fromtimestamp(row[0], tz).isoformat()  # 'YYYY-MM-DDTHH:MM:SS+zone'
        yield (stamp[:10], stamp[11:19], stamp, *row[1:])


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
    columns and form of `csv_rows`; its session_id is empty."""
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
        )


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
    path = Path(target)
    partial: Path | None = None
    try:
        partial, handle = _new_partial(path)
        with handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(HEADER)
            writer.writerows(rows)
        partial.replace(path)
    except OSError as error:
        if partial is not None:
            partial.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise CsvExportError(f"Cannot write {path}: {reason}") from error
    return len(rows)


def write_csv(
    store: HistoryStore, out: TextIO, *, since: date | None = None, tz: tzinfo | None = None
) -> int:
    """Write the header and rows to an open text stream (opened with newline='')."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    con = store.connection
    # One read transaction: the count and the rows come from the same snapshot.
    con.execute("BEGIN")
    try:
        count = con.execute(f"SELECT COUNT(*){_FROM}", _params(store, since, tz)).fetchone()[0]
        writer.writerows(csv_rows(store, since=since, tz=tz))
    finally:
        con.execute("COMMIT")
    return int(count)


def export_csv(
    store: HistoryStore,
    target: str | Path,
    *,
    since: date | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Export to a file, or to standard output when `target` is '-'; returns the row count.

    A file is written under a temporary name and renamed, so a failed export never
    leaves half a file where a good one was.
    """
    if str(target) == "-":
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            return write_csv(store, sys.stdout, since=since, tz=tz)
        sys.stdout.flush()
        stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
        try:
            return write_csv(store, stream, since=since, tz=tz)
        finally:
            stream.flush()
            stream.detach()
    path = Path(target)
    partial: Path | None = None
    try:
        partial, handle = _new_partial(path)
        with handle:
            count = write_csv(store, handle, since=since, tz=tz)
        partial.replace(path)
    except OSError as error:
        if partial is not None:
            partial.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise CsvExportError(f"Cannot write {path}: {reason}") from error
    return count


def _new_partial(path: Path) -> tuple[Path, TextIO]:
    """A new temporary file next to `path` (never one that already exists)."""
    for n in itertools.count():
        partial = path.with_name(f".{path.name}.{os.getpid()}-{n}.partial")
        try:
            return partial, open(partial, "x", encoding="utf-8", newline="")
        except FileExistsError:
            continue
    raise AssertionError("unreachable")
