"""Quick answers at the end of a session (issue 15), keyboard only and skippable.

Per exercise and side that was done: pain during it (a digit 0-9, or + for 10), then
reps in reserve (0-4, 4 meaning 4 or more) or, for holds, 1 too easy / 2 right /
3 too hard. Enter skips a question, Escape skips the rest. Two keys per side keep the
whole routine well under ten seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hiptimer.core.i18n import translate
from hiptimer.core.progression import MAX_RESERVE, Feedback, Feel
from hiptimer.core.routine import Mode, Routine
from hiptimer.core.session import SetResult
from hiptimer.core.text import inert

FEELS = {Qt.Key.Key_1: Feel.TOO_EASY, Qt.Key.Key_2: Feel.RIGHT, Qt.Key.Key_3: Feel.TOO_HARD}


@dataclass
class _Answer:
    exercise_id: str
    name: str
    side: str
    hold: bool
    pain: int | None = None
    reserve: int | None = None
    feel: Feel | None = None


class QuickAnswers(QWidget):
    """Asks its questions one at a time; `finished` carries the answers given."""

    finished = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickAnswers")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("QuickAnswers", "Quick questions"))
        self.setAccessibleDescription(
            translate("QuickAnswers", "Answer each question with a number key; Enter skips one")
        )
        self.question = QLabel()
        self.question.setObjectName("quickQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        self._answers: list[_Answer] = []
        self._at = 0
        self._asking_pain = True

    def ask(self, routine: Routine, results: tuple[SetResult, ...]) -> None:
        """Ask about every exercise and side with a set that was done."""
        done = {(r.exercise_id, r.side) for r in results if not r.skipped or r.reps_done}
        self._answers = [
            _Answer(e.id, e.name, "" if s is None else s.value, e.mode is Mode.HOLD)
            for e in routine.exercises
            for s in e.sides.order
            if (e.id, s) in done
        ]
        self._at = 0
        self._asking_pain = True
        self.setVisible(bool(self._answers))
        self._show()

    @property
    def asking(self) -> bool:
        return self._at < len(self._answers)

    def _show(self) -> None:
        if not self.asking:
            self.question.setText("")
            return
        answer = self._answers[self._at]
        where = f"{inert(answer.name)}, {answer.side}" if answer.side else inert(answer.name)
        step = f"{self._at + 1}/{len(self._answers)} {where}"
        if self._asking_pain:
            ask = translate("QuickAnswers", "pain during it? 0-9 (+ for 10)")
        elif answer.hold:
            ask = translate("QuickAnswers", "the hold was: 1 too easy, 2 right, 3 too hard")
        else:
            ask = translate("QuickAnswers", "reps in reserve? 0-4 (4: four or more)")
        line = translate("QuickAnswers", "{step}: {question}.  Enter skips, Esc skips the rest.")
        self.question.setText(line.format(step=step, question=ask))
        self.setAccessibleDescription(self.question.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.asking:
            super().keyPressEvent(event)
            return
        key = event.key()
        answer = self._answers[self._at]
        if key == Qt.Key.Key_Escape:
            self._finish()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._next()
            return
        text = event.text()
        if self._asking_pain:
            if text == "+":
                answer.pain = 10
            elif text.isdigit():
                answer.pain = int(text)
            else:
                return
        elif answer.hold:
            if key not in FEELS:
                return
            answer.feel = FEELS[Qt.Key(key)]
        elif text.isdigit() and int(text) <= MAX_RESERVE:
            answer.reserve = int(text)
        else:
            return
        self._next()

    def _next(self) -> None:
        if self._asking_pain:
            self._asking_pain = False
        else:
            self._asking_pain = True
            self._at += 1
        if self.asking:
            self._show()
        else:
            self._finish()

    def _finish(self) -> None:
        self._at = len(self._answers)
        self._show()
        self.hide()
        given = [
            Feedback(a.exercise_id, a.side, a.pain, a.reserve, a.feel)
            for a in self._answers
            if a.pain is not None or a.reserve is not None or a.feel is not None
        ]
        self.finished.emit(given)
