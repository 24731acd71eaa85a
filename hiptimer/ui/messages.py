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

from hiptimer.core.i18n import translate

if TYPE_CHECKING:
    from hiptimer.profiles.settings import Settings
    from hiptimer.ui.main_window import MainWindow
    from hiptimer.ui.settings_dialog import SettingsDialog
    from hiptimer.ui.speech import Speaker


def open_message(parent: QWidget, warning: bool, title: str, text: str, detail: str) -> QMessageBox:
    """Open an information or warning box with one OK button; it deletes itself."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    if len(detail) > 80:
        # A long explanation (a routine file's problems, one a line) gets room to read
        # each line whole instead of a narrow column that breaks every line in two.
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 32em; }")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def routine_error_detail(error: Exception, fallback: bool) -> str:
    """What a broken routine file means for what the window shows: the file's name and
    each problem in plain words (the exercise by name and number, the field in words)."""
    from hiptimer.core.i18n import translate

    if fallback:
        after = translate("messages", "HipTimer shows its built-in routine instead.")
    else:
        after = translate("messages", "The routine you had stays open.")
    return f"{problem_lines(error)}\n\n{after}"


def problem_lines(error: Exception) -> str:
    """A routine file's refusal for a label or a box: plain text, one problem a line."""
    from hiptimer.core.i18n import translate
    from hiptimer.core.text import inert

    lines = getattr(error, "lines", None)
    source = getattr(error, "source", None)
    if not callable(lines) or not isinstance(source, str):
        return str(error)
    found = [inert(line) for line in lines()]
    name = inert(source)
    if len(found) == 1:
        return translate("messages", "{file}: {problem}").format(file=name, problem=found[0])
    count = len(found)  # a plain name: lupdate drops a call whose count is an expression
    heading = translate("messages", "{file} has %n problems:", None, count).format(file=name)
    return heading + "".join(f"\n• {line}" for line in found)


def open_end_question(parent: QWidget, answered: Callable[[bool], None]) -> QMessageBox:
    """Ask before ending a session; answered(True) to end it, answered(False) to go on."""
    from hiptimer.present.cues import kept_text

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("messages", "End the session?"))
    box.setText(translate("messages", "End the session now?"))
    box.setInformativeText(kept_text())
    end = box.addButton(
        translate("messages", "End session"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(translate("messages", "Keep going"), QMessageBox.ButtonRole.RejectRole)
    end.setAccessibleDescription(
        translate("messages", "End now and go to the summary; the sets done are kept")
    )
    keep.setAccessibleDescription(translate("messages", "Close this question and carry on"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.finished.connect(lambda _result: answered(box.clickedButton() is end))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_about(window: MainWindow) -> None:
    """The About box, in the window's information box (see MainWindow.message_box)."""
    window.show_message(False, translate("messages", "About HipTimer"), "HipTimer", "")
    box = window.message_box
    if box is not None:
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(about_text())
        box.setInformativeText("")


def about_text() -> str:
    """About HipTimer, as rich text: what it is, where its exercises come from."""
    import html

    from hiptimer import __version__
    from hiptimer.core.builtin import REFERENCES, SOURCE_ARTICLE

    references = "".join(f"<li>{reference}</li>" for reference in REFERENCES)
    return translate(
        "messages",
        "<p><b>HipTimer {version}</b>: a guided hip-strengthening routine for "
        "runners, with a history that adds up.</p>"
        "<p>The six exercises and how each is set up follow {article}; "
        "the cues, body lines and drawings are HipTimer's own words and work.</p>"
        "<p>The choice of exercises follows published work on hip strength in "
        "runners:</p><ul>{references}</ul>"
        "<p>HipTimer is not medical advice: stop if something hurts, and ask a "
        "physiotherapist about pain that stays.</p>",
    ).format(version=__version__, article=html.escape(SOURCE_ARTICLE), references=references)


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
        parent,
        translate("messages", "Open a routine file"),
        "",
        translate("messages", "HipTimer routines (*.json);;All files (*)"),
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
