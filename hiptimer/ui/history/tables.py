"""Table models for the History window: the left/right balance and the past sessions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
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
    "finished": QT_TRANSLATE_NOOP("SessionsModel", "finished"),
    "ended_early": QT_TRANSLATE_NOOP("SessionsModel", "ended early"),
    "interrupted": QT_TRANSLATE_NOOP("SessionsModel", "interrupted"),
    "running": QT_TRANSLATE_NOOP("SessionsModel", "in progress"),
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
            # Marked in each model under its class name.
            return translate(type(self).__name__, self.headers[section])
        return None

    def _align(self, column: int) -> Qt.AlignmentFlag:
        horizontal = (
            Qt.AlignmentFlag.AlignRight if column in self.numeric else Qt.AlignmentFlag.AlignLeft
        )
        return horizontal | Qt.AlignmentFlag.AlignVCenter


class BalanceModel(_Model):
    headers = (
        QT_TRANSLATE_NOOP("BalanceModel", "Exercise"),
        QT_TRANSLATE_NOOP("BalanceModel", "Left"),
        QT_TRANSLATE_NOOP("BalanceModel", "Right"),
        QT_TRANSLATE_NOOP("BalanceModel", "Right / left"),
        QT_TRANSLATE_NOOP("BalanceModel", "Sides differ by"),
        QT_TRANSLATE_NOOP("BalanceModel", "Check"),
    )
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
            behind = translate("BalanceModel", "⚠ {side} side behind by more than 10 %")
            check = behind.format(side=b.weaker)
        elif not b.enough:
            least = (
                translate("BalanceModel", "{seconds} s").format(seconds=MIN_SECONDS_TO_COMPARE)
                if b.mode == "hold"
                else translate("BalanceModel", "%n reps", None, MIN_REPS_TO_COMPARE)
            )
            little = translate("BalanceModel", "too little to compare (under {least})")
            check = little.format(least=least)
        else:
            check = translate("BalanceModel", "balanced")
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
            if b.mode == "hold":
                tip = translate(
                    "BalanceModel", "{name}: {left} seconds held on the left, {right} on the right."
                )
            else:
                tip = translate(
                    "BalanceModel", "{name}: {left} reps on the left, {right} on the right."
                )
            rule = translate(
                "BalanceModel",
                "Flagged when the weaker side did more than 10 % less than the stronger, "
                "once the stronger side did at least one set's worth.",
            )
            text = tip.format(name=b.name, left=f"{b.left:,.0f}", right=f"{b.right:,.0f}")
            return f"{text} {rule}"
        return None


class SessionsModel(_Model):
    headers = (
        QT_TRANSLATE_NOOP("SessionsModel", "Date"),
        QT_TRANSLATE_NOOP("SessionsModel", "Time"),
        QT_TRANSLATE_NOOP("SessionsModel", "Routine"),
        QT_TRANSLATE_NOOP("SessionsModel", "Minutes"),
        QT_TRANSLATE_NOOP("SessionsModel", "Sets done"),
        QT_TRANSLATE_NOOP("SessionsModel", "Reps"),
        QT_TRANSLATE_NOOP("SessionsModel", "Held"),
        QT_TRANSLATE_NOOP("SessionsModel", "Effort"),
        QT_TRANSLATE_NOOP("SessionsModel", "Status"),
        QT_TRANSLATE_NOOP("SessionsModel", "Note"),
    )
    numeric = frozenset({3, 4, 5, 6, 7})

    def __init__(
        self, details: Callable[[int], list[SetRow]] | None = None, tz: tzinfo | None = None
    ) -> None:
        super().__init__()
        self._tz = tz
        self.rows: Sequence[SessionSummary] = []
        self._details = details
        self._texts: dict[int, list[str]] = {}

    def set_rows(self, rows: Sequence[SessionSummary]) -> None:
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
            cut = s.sets_skipped  # a plain name: lupdate skips a call whose count is an expression
            skipped = translate("SessionsModel", ", %n cut short", None, cut) if cut else ""
            found = [
                f"{weekday(when)} {short_date(when)}",
                time_text(when),
                s.routine + (translate("SessionsModel", " (demo)") if s.demo else ""),
                "" if minutes is None else f"{minutes:.0f}",
                translate("SessionsModel", "{done} of {planned}").format(
                    done=s.sets_done, planned=s.sets_planned
                )
                + skipped,
                f"{s.reps:,}",
                f"{s.hold_seconds:,.0f} s",
                "" if s.effort is None else str(s.effort),
                translate("SessionsModel", STATUS_WORDS[s.status])
                if s.status in STATUS_WORDS
                else s.status,
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
            return translate("SessionsModel", "No sets saved in this session")
        return "\n".join(
            f"{name}, {side}: {'  '.join(done)}" for (name, side), done in lines.items()
        )
