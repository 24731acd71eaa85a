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
from collections.abc import Iterator
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TextIO

from hiptimer.store import HistoryStore, StoreError
from hiptimer.store.weeks import start_timestamp

HEADER = (
    "date",
    "time",
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


def csv_rows(
    store: HistoryStore, *, since: date | None = None, tz: tzinfo | None = None
) -> Iterator[tuple[str | int, ...]]:
    """The rows (without the header), oldest first; `since` is a local calendar day."""
    low = float("-inf") if since is None else start_timestamp(since, tz)
    cursor = store.connection.execute(
        "SELECT t.started_at, t.session_id, s.routine_name, t.exercise_name, t.side,"
        " t.set_no, t.reps_target, t.reps_done, t.hold_target_s, t.hold_done_s, t.skipped,"
        " s.effort, t.equipment"
        " FROM sessions s JOIN sets t ON t.session_id = s.id"
        " WHERE s.started_at >= ? ORDER BY s.started_at, s.id, t.step_index",
        (low,),
    )
    profile = safe_text(store.profile)
    texts: dict[str, str] = {}  # the same few names repeat on every row

    def text(value: str) -> str:
        found = texts.get(value)
        if found is None:
            found = texts[value] = safe_text(value)
        return found

    fromtimestamp = datetime.fromtimestamp
    for row in cursor:
        when = fromtimestamp(row[0], tz)
        yield (
            when.strftime("%Y-%m-%d"),
            when.strftime("%H:%M:%S"),
            row[1],
            profile,
            text(row[2]),
            text(row[3]),
            row[4] or "",
            row[5],
            "" if row[6] is None else row[6],
            "" if row[7] is None else row[7],
            _number(row[8]),
            _number(row[9]),
            row[10],
            "" if row[11] is None else row[11],
            text(row[12]),
        )


def write_csv(
    store: HistoryStore, out: TextIO, *, since: date | None = None, tz: tzinfo | None = None
) -> int:
    """Write the header and rows to an open text stream (opened with newline='')."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    count = 0
    for row in csv_rows(store, since=since, tz=tz):
        writer.writerow(row)
        count += 1
    return count


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
