"""Form fields that show their own problem right beside them.

The messages come from the model's validation (hiptimer.core.routine), the same words a
routine file's reader uses, so the editor and `hiptimer routines validate` never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def problem_text(message: str) -> str:
    """'use 1 to 20 (was 0)' -> 'Use 1 to 20 (was 0).'"""
    text = message[:1].upper() + message[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


class ErrorLabel(QLabel):
    """A problem in words with a warning sign, hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()
        self._message = ""

    @property
    def message(self) -> str:
        return self._message

    def set_message(self, message: str) -> None:
        self._message = message
        if message:
            # Red that reads on light and dark palettes; the sign keeps it clear without colour.
            dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            colour = "#ff8a80" if dark else "#b3261e"
            self.setStyleSheet(f"color: {colour};")
            self.setText(f"⚠ {problem_text(message)}")
            self.show()
        else:
            self.setText("")
            self.hide()


class Field(QWidget):
    """One input with its error label underneath, for a QFormLayout row."""

    def __init__(self, *inputs: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs = inputs
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in inputs:
            row.addWidget(widget)
        if len(inputs) == 1 and isinstance(inputs[0], QSpinBox | QDoubleSpinBox):
            row.addStretch(1)
        box.addLayout(row)
        self.error = ErrorLabel()
        box.addWidget(self.error)

    def set_problem(self, message: str) -> None:
        self.error.set_message(message)
        for widget in self.inputs:
            # The field's own description comes back once the problem is fixed.
            plain = widget.property("plainDescription")
            if plain is None:
                plain = widget.accessibleDescription()
                widget.setProperty("plainDescription", plain)
            widget.setAccessibleDescription(problem_text(message) if message else str(plain))
            widget.setProperty("invalid", bool(message))


def seconds_box(maximum: float, step: float = 1.0, decimals: int = 1) -> QDoubleSpinBox:
    """Seconds, with a range wider than what is valid: a typo is shown, not silently clamped."""
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setSuffix(" s")
    box.setKeyboardTracking(True)
    box.setMinimumWidth(90)
    return box


def count_box(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setMinimumWidth(90)
    return box


def make_action(
    parent: QWidget,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
    tip: str,
) -> QAction:
    """An action whose tooltip names its shortcut; add it to a window to make the keys work."""
    action = QAction(text, parent)
    if shortcut is not None:
        sequence = QKeySequence(shortcut)
        action.setShortcut(sequence)
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({keys})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    parent.addAction(action)
    return action


def action_button(action: QAction) -> QPushButton:
    """A push button that triggers the action and follows its enabled state.

    (A button's own shortcut clicks it only after a short animation; the action's is
    immediate, and the same keys work from anywhere in the window.)
    """
    button = QPushButton(action.text())
    button.setToolTip(action.toolTip())
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    action.changed.connect(lambda: button.setToolTip(action.toolTip()))
    return button
