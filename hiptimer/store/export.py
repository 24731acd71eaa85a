"""The rows of the CSV export, straight from SQLite (hiptimer.exchange.csv_export writes
them; it runs no SQL of its own).

The columns are those of hiptimer.exchange.csv_export.HEADER, in that order, already as
text a spreadsheet shows as it is: formula-like text gets a leading apostrophe
(hiptimer.core.text.spreadsheet_text, done inside the query for speed), whole seconds lose
their '.0', and missing values are empty.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from hiptimer.core.text import FORMULA_STARTS, spreadsheet_text
from hiptimer.core.weeks import start_timestamp
from hiptimer.store.history import HistoryStore

Row = tuple[str | int, ...]


@dataclass(frozen=True)
class ExportRows:
    """How many rows there are, and the rows, from one read snapshot of the history."""

    count: int
    rows: Iterator[Row]


def _safe_sql(column: str) -> str:
    """SQL doing what `spreadsheet_text` does, so the guard runs inside the query."""
    starts = ", ".join(f"char({ord(c)})" for c in FORMULA_STARTS)
    return f"CASE WHEN substr({column}, 1, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"


def _number_sql(column: str) -> str:
    """Whole seconds without '.0', others to a tenth (as csv_export writes a number)."""
    whole = f"CAST(CAST({column} AS INTEGER) AS TEXT)"
    return (
        f"CASE WHEN {column} IS NULL THEN '' WHEN {column} = CAST({column} AS INTEGER)"
        f" THEN {whole} ELSE printf('%.1f', {column}) END"
    )


_FROM = (
    " FROM sessions s CROSS JOIN sets t ON t.session_id = s.id"
    " LEFT JOIN exercise_feedback f ON f.session_id = t.session_id"
    " AND f.exercise_id = t.exercise_id AND f.side = COALESCE(t.side, '')"
    " WHERE s.started_at >= :since"
)


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
        f" COALESCE(s.effort, ''), {_safe_sql('s.note')}, {_safe_sql('t.equipment')},"
        " COALESCE(f.pain_during, ''), COALESCE(s.morning_pain, ''),"
        " COALESCE(f.reps_in_reserve, f.feel, ''), COALESCE(f.level, '')"
        f"{_FROM} ORDER BY s.started_at, s.id, t.step_index"
    )


def _params(store: HistoryStore, since: date | None, tz: tzinfo | None) -> dict[str, object]:
    low = float("-inf") if since is None else start_timestamp(since, tz)
    return {"profile": spreadsheet_text(store.profile), "since": low}


def _rows(store: HistoryStore, params: dict[str, object], tz: tzinfo | None) -> Iterator[Row]:
    if tz is None:
        yield from store.connection.execute(rows_sql(local_time=True), params)
        return
    fromtimestamp = datetime.fromtimestamp
    for row in store.connection.execute(rows_sql(local_time=False), params):
        stamp = fromtimestamp(row[0], tz).isoformat()  # 'YYYY-MM-DDTHH:MM:SS+zone'
        yield (stamp[:10], stamp[11:19], stamp, *row[1:])


@contextmanager
def export_rows(
    store: HistoryStore, *, since: date | None = None, tz: tzinfo | None = None
) -> Iterator[ExportRows]:
    """The rows (without the header), oldest first, and their count, read inside the with
    block from one snapshot (the count and the rows agree). `since` is a local calendar
    day; `tz` None is the computer's own zone."""
    con = store.connection
    params = _params(store, since, tz)
    con.execute("BEGIN")
    try:
        count = con.execute(f"SELECT COUNT(*){_FROM}", params).fetchone()[0]
        yield ExportRows(int(count), _rows(store, params, tz))
    finally:
        con.execute("COMMIT")
