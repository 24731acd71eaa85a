"""The History window's sums, worked out in SQL: per week, exercise and side. No Qt here.

A week is a local calendar week (hiptimer.core.weeks): its bounds are the timestamps of
its Monday's midnight and the next Monday's, worked out in Python for the time zone in
use, and passed to SQL as one JSON array, so each week's sums come out of one query that
reads, week by week, the sums kept per exercise, session and side by start time
(exercise_totals). Those, and the sums per session and per exercise and side over all
time (session_totals, side_totals), are kept by triggers on the sets (schema version 5),
so all time reads a few thousand rows instead of every set.

`cached(store, key, make)` keeps one result per question and per profile (store) until
anything is written to the history: by this connection (a set recorded, demo sessions
removed) or by another one (the command line).
"""

from __future__ import annotations

import json
import sqlite3
import weakref
from collections.abc import Callable, Hashable, Sequence
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, TypeVar, overload

from hiptimer.core.weeks import WEEK, WeekSides, local_date, start_timestamp

if TYPE_CHECKING:
    from hiptimer.store.history import HistoryStore

T = TypeVar("T")
DAY_SECONDS = 86400
# The weeks as rows (i, lo, hi): week i holds the sessions starting in [lo, hi).
_WEEKS = (
    "WITH w (i, lo, hi) AS MATERIALIZED (SELECT key, value, LEAD(value) OVER (ORDER BY key)"
    " FROM json_each(?1))"
)


def week_bounds(weeks: Sequence[date], tz: tzinfo | None) -> list[float]:
    """The start of each week, then the end of the last one (len(weeks) + 1 timestamps)."""
    if not weeks:
        return []
    return [start_timestamp(week, tz) for week in weeks] + [start_timestamp(weeks[-1] + WEEK, tz)]


class LocalDays:
    """Local calendar days of timestamps inside the given weeks, found by arithmetic in a
    week 7 × 24 hours long (most weeks) and by the time zone itself in a week with a
    daylight-saving change (or outside the weeks)."""

    def __init__(self, weeks: Sequence[date], bounds: Sequence[float], tz: tzinfo | None):
        self._weeks = weeks
        self._bounds = bounds
        self._tz = tz
        self._index = 0

    def day(self, timestamp: float) -> date:
        bounds, index = self._bounds, self._index
        if not (index + 1 < len(bounds) and bounds[index] <= timestamp < bounds[index + 1]):
            # Oldest first, most often the next week.
            step = index + 1
            if step + 1 < len(bounds) and bounds[step] <= timestamp < bounds[step + 1]:
                index = step
            else:
                found = _find(bounds, timestamp)
                if found is None:
                    return local_date(timestamp, self._tz)
                index = found
            self._index = index
        low, high = bounds[index], bounds[index + 1]
        if high - low != 7 * DAY_SECONDS:
            return local_date(timestamp, self._tz)
        return self._weeks[index] + timedelta(days=int((timestamp - low) // DAY_SECONDS))

    def many(self, timestamps: Sequence[float]) -> list[date]:
        """day() of each timestamp, in one loop (oldest first is the fast order)."""
        found = []
        low = high = 0.0
        monday = self._weeks[0] if self._weeks else None
        for at in timestamps:
            if monday is not None and low <= at < high:
                found.append(monday + timedelta(days=int((at - low) // DAY_SECONDS)))
                continue
            found.append(self.day(at))
            index, bounds = self._index, self._bounds
            low = high = 0.0
            inside = index + 1 < len(bounds) and bounds[index] <= at < bounds[index + 1]
            if inside and bounds[index + 1] - bounds[index] == 7 * DAY_SECONDS:
                low, high, monday = bounds[index], bounds[index + 1], self._weeks[index]
        return found


def _find(bounds: Sequence[float], timestamp: float) -> int | None:
    from bisect import bisect_right

    index = bisect_right(bounds, timestamp) - 1
    return index if 0 <= index < len(bounds) - 1 else None


def work_by_week(
    con: sqlite3.Connection, exercise_id: str, weeks: Sequence[date], bounds: Sequence[float]
) -> list[WeekSides]:
    """Reps per side per week (seconds, for sets that were held)."""
    if not weeks:
        return []
    # Each set counts what it did: reps, or seconds for a set that was held (kept per
    # exercise, session and side in thousandths, by start time: one range per week).
    rows = con.execute(
        f"{_WEEKS} SELECT w.i, SUM(CASE WHEN x.side = 'left' THEN x.amount_ms END),"
        " SUM(CASE WHEN x.side = 'right' THEN x.amount_ms END),"
        " SUM(CASE WHEN x.side = '' THEN x.amount_ms END) FROM w"
        " CROSS JOIN exercise_totals x ON x.exercise_id = ?2"
        " AND x.started_at >= w.lo AND x.started_at < w.hi"
        " WHERE w.hi IS NOT NULL GROUP BY w.i",
        (json.dumps(list(bounds)), exercise_id),
    ).fetchall()
    totals = [[0.0, 0.0, 0.0] for _ in weeks]
    for index, *sides in rows:
        totals[index] = [(amount or 0) / 1000 for amount in sides]
    return [WeekSides(week, *sides) for week, sides in zip(weeks, totals, strict=True)]


def sessions_by_week(con: sqlite3.Connection, bounds: Sequence[float]) -> list[int]:
    """How many sessions with a set done (not skipped) started in each week."""
    if not bounds:
        return []
    counts = [0] * (len(bounds) - 1)
    rows = con.execute(
        f"{_WEEKS} SELECT w.i, COUNT(*) FROM w"
        " CROSS JOIN sessions s ON s.started_at >= w.lo AND s.started_at < w.hi"
        " CROSS JOIN session_totals x ON x.session_id = s.id AND x.sets_done > 0"
        " WHERE w.hi IS NOT NULL GROUP BY w.i",
        (json.dumps(list(bounds)),),
    )
    for index, count in rows:
        counts[index] = count
    return counts


def side_sums(
    con: sqlite3.Connection, since: float | None
) -> list[tuple[str, float, float, float, float]]:
    """Per exercise worked on both sides: (exercise id, left reps, left seconds held,
    right reps, right seconds held). `since` None: all time (the kept totals)."""
    if since is None:
        rows = con.execute(
            "SELECT exercise_id, side, reps, held_ms / 1000.0 FROM side_totals"
        ).fetchall()
    else:
        rows = con.execute(
            "SELECT t.exercise_id, t.side, SUM(COALESCE(t.reps_done, 0)),"
            " SUM(COALESCE(t.hold_done_s, 0)) FROM sessions s CROSS JOIN sets t"
            " ON t.session_id = s.id AND s.started_at >= ? WHERE t.side IS NOT NULL"
            " GROUP BY t.exercise_id, t.side",
            (since,),
        ).fetchall()
    sums: dict[str, dict[str, tuple[float, float]]] = {}
    for exercise_id, side, reps, held in rows:
        sums.setdefault(exercise_id, {})[side] = (float(reps), float(held))
    return [
        (exercise_id, *sides["left"], *sides["right"])
        for exercise_id, sides in sums.items()
        if "left" in sides and "right" in sides
    ]


_SESSION_COLUMNS = (
    "SELECT s.id, s.started_at, s.ended_at, s.routine_name, s.status,"
    " COALESCE(x.sets_done, 0), COALESCE(x.sets_skipped, 0), s.sets_planned,"
    " COALESCE(x.reps, 0), COALESCE(x.held_ms, 0) / 1000.0, COALESCE(x.active_s, 0),"
    " s.effort, s.note, s.source = ?"
    " FROM sessions s LEFT JOIN session_totals x ON x.session_id = s.id"
    " WHERE s.started_at BETWEEN ? AND ?"
)


def session_rows(con: sqlite3.Connection, low: float, high: float, demo: str) -> list[Row]:
    """Each session starting in [low, high], newest first, with its kept totals."""
    return con.execute(
        f"{_SESSION_COLUMNS} ORDER BY s.started_at DESC, s.id DESC", (demo, low, high)
    ).fetchall()


Row = tuple[Any, ...]


class SessionPages(Sequence[T]):
    """The sessions starting in [low, high], newest first, read a page at a time as they
    are looked at (a table shows a screenful of ten years' sessions); each row made into
    an item by `make`. The count is read at once."""

    PAGE = 200

    def __init__(
        self,
        con: sqlite3.Connection,
        low: float,
        high: float,
        demo: str,
        make: Callable[[Row], T],
    ) -> None:
        self._con = con
        self._params = (demo, low, high)
        self._make = make
        self._pages: dict[int, list[T]] = {}
        self._count = int(
            con.execute(
                "SELECT COUNT(*) FROM sessions WHERE started_at BETWEEN ? AND ?", (low, high)
            ).fetchone()[0]
        )

    def __len__(self) -> int:
        return self._count

    def _page(self, number: int) -> list[T]:
        found = self._pages.get(number)
        if found is None:
            rows = self._con.execute(
                f"{_SESSION_COLUMNS} ORDER BY s.started_at DESC, s.id DESC LIMIT ? OFFSET ?",
                (*self._params, self.PAGE, number * self.PAGE),
            ).fetchall()
            found = self._pages[number] = [self._make(row) for row in rows]
        return found

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        page = self._page(index // self.PAGE)
        offset = index % self.PAGE
        if offset >= len(page):
            raise IndexError(index)  # the history lost sessions since it was counted
        return page[offset]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SessionPages({self._count} sessions)"


def efforts(con: sqlite3.Connection, low: float) -> list[tuple[float, int]]:
    """(start, effort) of each session from `low` on that has an effort, oldest first."""
    return con.execute(
        "SELECT started_at, effort FROM sessions WHERE started_at >= ? AND effort IS NOT NULL"
        " ORDER BY started_at",
        (low,),
    ).fetchall()


# --- the cache ------------------------------------------------------------------------

_CACHES: weakref.WeakKeyDictionary[HistoryStore, tuple[tuple[int, int], dict[Hashable, object]]]
_CACHES = weakref.WeakKeyDictionary()


def _state(con: sqlite3.Connection) -> tuple[int, int]:
    # total_changes: rows this connection wrote (triggers too); data_version: commits by
    # other connections to the same file.
    return con.total_changes, int(con.execute("PRAGMA data_version").fetchone()[0])


def cached(store: HistoryStore, key: Hashable, make: Callable[[], T]) -> T:
    """`make()`'s answer for `key`, kept until the history changes."""
    state = _state(store.connection)
    found = _CACHES.get(store)
    if found is None or found[0] != state:
        found = (state, {})
        _CACHES[store] = found
    answers = found[1]
    if key not in answers:
        answers[key] = make()
        # make() may have written (a first look creates nothing, but be sure).
        _CACHES[store] = (_state(store.connection), answers)
    return answers[key]  # type: ignore[return-value]


def forget(store: HistoryStore) -> None:
    """Drop what is kept for `store` (tests, and the benchmark measuring a fresh query)."""
    _CACHES.pop(store, None)
