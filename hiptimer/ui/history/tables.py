"""Table models for the History window: the left/right balance and the past sessions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from hiptimer.core.weeks import local_datetime
from hiptimer.store.charts import (
    MIN_REPS_TO_COMPARE,
    MIN_SECONDS_TO_COMPARE,
    Balance,
    SessionSummary,
)
from hiptimer.store.history import SetRow
from hiptimer.ui.locale_format import short_date, time_text, weekday

Index = QModelIndex | QPersistentModelIndex
STATUS_WORDS = {
    "finished": "finished",
    "ended_early": "ended early",
    "interrupted": "interrupted",
    "running": "in progress",
}


def amount(value: float, mode: str) -> str:
    return f"{value:,.0f} s" if mode == "hold" else f"{value:,.0f}"


class _Model(QAbstractTableModel):
    headers: tuple[str, ...] = ()
    numeric: frozenset[int] = frozenset()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _align(self, column: int) -> Qt.AlignmentFlag:
        horizontal = (
            Qt.AlignmentFlag.AlignRight if column in self.numeric else Qt.AlignmentFlag.AlignLeft
        )
        return horizontal | Qt.AlignmentFlag.AlignVCenter


class BalanceModel(_Model):
    headers = ("Exercise", "Left", "Right", "Right / left", "Sides differ by", "Check")
    numeric = frozenset({1, 2, 3, 4})

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Balance] = []

    def set_rows(self, rows: list[Balance]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def text(self, row: int, column: int) -> str:
        b = self.rows[row]
        if b.flagged:
            check = f"⚠ {b.weaker} side behind by more than 10 %"
        elif not b.enough:
            least = (
                f"{MIN_SECONDS_TO_COMPARE} s" if b.mode == "hold" else f"{MIN_REPS_TO_COMPARE} reps"
            )
            check = f"too little to compare (under {least})"
        else:
            check = "balanced"
        return (
            b.name,
            amount(b.left, b.mode),
            amount(b.right, b.mode),
            "-" if b.ratio is None else f"{b.ratio:.2f}",
            f"{b.difference * 100:.1f} %",
            check,
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align(column)
        if role == Qt.ItemDataRole.FontRole and self.rows[row].flagged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            b = self.rows[row]
            unit = "seconds held" if b.mode == "hold" else "reps"
            return (
                f"{b.name}: {b.left:,.0f} {unit} on the left, {b.right:,.0f} on the right. "
                "Flagged when the weaker side did more than 10 % less than the stronger, "
                "once the stronger side did at least one set's worth."
            )
        return None


class SessionsModel(_Model):
    headers = (
        "Date",
        "Time",
        "Routine",
        "Minutes",
        "Sets done",
        "Reps",
        "Held",
        "Effort",
        "Status",
        "Note",
    )
    numeric = frozenset({3, 4, 5, 6, 7})

    def __init__(
        self, details: Callable[[int], list[SetRow]] | None = None, tz: tzinfo | None = None
    ) -> None:
        super().__init__()
        self._tz = tz
        self.rows: list[SessionSummary] = []
        self._details = details
        self._texts: dict[int, list[str]] = {}

    def set_rows(self, rows: list[SessionSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._texts.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def texts(self, row: int) -> list[str]:
        found = self._texts.get(row)
        if found is None:
            s = self.rows[row]
            when = local_datetime(s.started_at, self._tz)
            minutes = s.minutes
            skipped = f", {s.sets_skipped} cut short" if s.sets_skipped else ""
            found = [
                f"{weekday(when)} {short_date(when)}",
                time_text(when),
                s.routine + (" (demo)" if s.demo else ""),
                "" if minutes is None else f"{minutes:.0f}",
                f"{s.sets_done} of {s.sets_planned}{skipped}",
                f"{s.reps:,}",
                f"{s.hold_seconds:,.0f} s",
                "" if s.effort is None else str(s.effort),
                STATUS_WORDS.get(s.status, s.status),
                s.note,
            ]
            self._texts[row] = found
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and self._details is not None:
            return self.breakdown(index.row())
        return None

    def breakdown(self, row: int) -> str:
        """What was done in the session, exercise by exercise and side by side."""
        assert self._details is not None
        lines: dict[tuple[str, str], list[str]] = {}
        for s in self._details(self.rows[row].session_id):
            side = s.side or "-"
            if s.mode == "hold":
                done = f"{s.hold_done_s or 0:g}/{s.hold_target_s or 0:g} s"
            else:
                done = f"{s.reps_done or 0}/{s.reps_target or 0}"
            lines.setdefault((s.exercise_name, side), []).append(done)
        if not lines:
            return "No sets saved in this session"
        return "\n".join(
            f"{name}, {side}: {'  '.join(done)}" for (name, side), done in lines.items()
        )
