"""The main window's boxes and dialogs: information and warnings, the end-session
question, About, the routine file to open, the settings.

Every box is window-modal and opened with open(), not exec(): the event loop, and with
it the session's clock and the history, keep running while it is up. Loaded when the
first box opens (start-up time).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from hiptimer.profiles.settings import Settings
    from hiptimer.ui.settings_dialog import SettingsDialog
    from hiptimer.ui.speech import Speaker


def open_message(parent: QWidget, warning: bool, title: str, text: str, detail: str) -> QMessageBox:
    """Open an information or warning box with one OK button; it deletes itself."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def routine_error_detail(error: Exception, fallback: bool) -> str:
    """What a broken routine file means for what the window shows."""
    if fallback:
        return f"{error}\n\nHipTimer shows its built-in routine instead."
    return f"{error}\n\nThe routine you had stays open."


def open_end_question(parent: QWidget, answered: Callable[[bool], None]) -> QMessageBox:
    """Ask before ending a session; answered(True) to end it, answered(False) to go on."""
    from hiptimer.present.cues import kept_text

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("End the session?")
    box.setText("End the session now?")
    box.setInformativeText(kept_text())
    end = box.addButton("End session", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.finished.connect(lambda _result: answered(box.clickedButton() is end))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def about_text() -> str:
    """About HipTimer, as rich text: what it is, where its exercises come from."""
    import html

    from hiptimer import __version__
    from hiptimer.core.builtin import REFERENCES, SOURCE_ARTICLE

    references = "".join(f"<li>{reference}</li>" for reference in REFERENCES)
    return (
        f"<p><b>HipTimer {__version__}</b>: a guided hip-strengthening routine for "
        "runners, with a history that adds up.</p>"
        f"<p>The six exercises and how each is set up follow {html.escape(SOURCE_ARTICLE)}; "
        "the cues, body lines and drawings are HipTimer's own words and work.</p>"
        "<p>The choice of exercises follows published work on hip strength in "
        f"runners:</p><ul>{references}</ul>"
        "<p>HipTimer is not medical advice: stop if something hurts, and ask a "
        "physiotherapist about pain that stays.</p>"
    )


def replace_notice(notices: list[str], old: str | None, new: str | None) -> None:
    """Put `new` in the status line's notices where `old` was (or at the end); None for
    `new` removes `old`. One line then tells the whole story of what is heard."""
    if old in notices:
        at = notices.index(old)
        if new is None:
            del notices[at]
        else:
            notices[at] = new
    elif new is not None:
        notices.append(new)


def ask_routine_file(parent: QWidget) -> Path | None:
    """The routine file the person picks, or None."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getOpenFileName(
        parent, "Open a routine file", "", "HipTimer routines (*.json);;All files (*)"
    )
    return Path(name) if name else None


def open_settings(
    parent: QWidget,
    settings: Settings,
    speaker: Speaker | None,
    notices: str,
    apply: Callable[[Settings], None],
) -> SettingsDialog:
    """Open the settings dialog (window-modal); its OK hands the chosen settings to apply."""
    from hiptimer.ui.settings_dialog import SettingsDialog

    voices = speaker.voices() if speaker is not None and speaker.available else None
    dialog = SettingsDialog(settings, voices, notices, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: apply(dialog.chosen()))
    dialog.open()
    return dialog
