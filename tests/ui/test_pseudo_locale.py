"""Every window under the pseudo-locale (each letter accented, a third longer, bracketed):
fails on any text a person sees that did not come through the catalogue, and on any text
cut off at the window's default size.

The pseudo catalogue is made from the sources by packaging/translations.py (via
hiptimer.ui.translation on first use), so a sentence missing from the catalogue shows in
plain ASCII here. What is not ours to translate is left out: the user's data (profile and
file names, numbers, times), the names of keys and the product's name, and the names of
months and days, which come from the locale (QLocale), not the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from hiptimer.core import i18n
from hiptimer.profiles import folders as profiles
from hiptimer.ui.history import open_history
from hiptimer.ui.profile_link import ProfileLink
from hiptimer.ui.settings_dialog import SettingsDialog
from hiptimer.ui.trainer.profiles_dialog import ProfilesDialog
from hiptimer.ui.translation import use_language
from hiptimer.ui.widgets import FitParagraph, FitText
from tests.trainer_support import data_home
from tests.ui.test_screens import cut_off

__all__ = ["data_home"]

PROFILE = "Anna Berg"
# Not the catalogue's to translate.
# Units stay as written in every language (a step's height is data: "10 cm").
NOT_OURS = {
    *PROFILE.split(),
    "cm",
    "HipTimer",
    "Ctrl",
    "Shift",
    "Alt",
    "Esc",
    "Enter",
    "Space",
    "PgUp",
}
NOT_OURS |= {"PgDown", "Del", "Home", "End", "Tab", "Return", "PDF", "CSV", "JSON", "FIT"}
_TAGS = re.compile(r"<[^<>]*>|&[a-z]+;")
_ASCII_WORD = re.compile(r"[A-Za-z]{2,}")


def _locale_words() -> set[str]:
    locale = QLocale()
    words = set()
    for number in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.update(re.findall(r"\w+", locale.monthName(number, form)))
            words.update(re.findall(r"\w+", locale.standaloneMonthName(number, form)))
            if number <= 7:
                words.update(re.findall(r"\w+", locale.dayName(number, form)))
    words.update(locale.amText().split() + locale.pmText().split())
    return words


_TOKENS = re.compile(r"\{+\w+\}+")


def untranslated(text: str, allowed: set[str]) -> str | None:
    """The ASCII words left in text once the pseudo-translated parts, tags and what is
    not ours are taken out; None when there are none."""
    plain = _TAGS.sub(" ", text).replace("&&", "").replace("&", "")
    # {side} and {other} shown as written: the tokens a trainer types in own wording.
    plain = _TOKENS.sub(" ", plain)
    words = [w for w in _ASCII_WORD.findall(plain) if w not in allowed]
    return " ".join(words) if words else None


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a person can see in the window: its title, menus,
    labels, buttons, group titles, tabs, fields' hints and tooltips."""
    yield "title", window.windowTitle()
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            yield "menu", action.text()
            if action.menu() is not None:
                for text in _menu_texts(action.menu()):
                    yield "menu", text
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractButton) and isinstance(
            widget.parentWidget(), QDialogButtonBox
        ):
            box = widget.parentWidget()
            assert isinstance(box, QDialogButtonBox)
            if box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton:
                continue  # OK, Cancel: Qt's own catalogue (qtbase_*.qm), not ours
        if isinstance(widget, QLabel | QAbstractButton | FitText | FitParagraph):
            yield name, widget.text()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
        yield f"{name} tooltip", widget.toolTip()


def problems_of(window: QWidget, label: str) -> list[str]:
    for _ in range(3):
        QApplication.processEvents()
    allowed = NOT_OURS | _locale_words()
    found = []
    for where, text in visible_texts(window):
        words = untranslated(text, allowed) if text else None
        if words:
            found.append(f"{label}: {where} {text[:70]!r} (untranslated: {words})")
    found += [f"{label}: cut off: {problem}" for problem in cut_off(window)]
    return found


@pytest.fixture
def pseudo() -> Iterator[None]:
    assert use_language("pseudo", {}) is None
    yield
    use_language("en", {})


def test_the_pseudo_locale_marks_every_sentence_of_the_catalogue(pseudo) -> None:
    assert i18n.current_language() == i18n.PSEUDO
    text = i18n.translate("Wording", "left side")
    assert text.startswith("[ĺéƒţ šíđé") and text.endswith("]")
    assert i18n.translate("Wording", "%n rep(s)", None, 3).startswith("[3 ŕéþš")
    assert untranslated(text, set()) is None
    assert untranslated("[Šéţ] Clamshells 12", set()) == "Clamshells"


def _every_window(harness, qtbot) -> list[str]:
    """The problems of every window, each opened and closed again here (so a failing
    test holds no window)."""
    link = ProfileLink(harness.window, PROFILE)
    link.window_ready()
    found = problems_of(harness.window, "start view")
    harness.press(Qt.Key.Key_Return)
    harness.advance(10.5)
    found += problems_of(harness.window, "session view")
    harness.window.stack.setCurrentWidget(harness.window.end_screen)
    found += problems_of(harness.window, "end view")
    harness.window.stack.setCurrentWidget(harness.window.start_screen)
    link.act_plan.trigger()
    plan = link.plan_dialog
    assert plan is not None
    found += problems_of(plan, "weekly plan")
    plan.close()
    link.open_routines()
    routines = link.open_tools[-1]
    library = routines.open_library()
    windows: dict[str, QWidget] = {
        "routines": routines,
        "routine editor": routines.new_routine(),
        "handout": routines.open_handout_dialog(),
        "library": library,
        "exercise editor": library.new_exercise(),
        "history": open_history(harness.window, link.store),
        "profiles": ProfilesDialog(PROFILE),
        "settings": SettingsDialog(harness.window.settings, voices=[]),
    }
    qtbot.addWidget(windows["profiles"])
    qtbot.addWidget(windows["settings"])
    try:
        for label, window in windows.items():
            window.show()
            found += problems_of(window, label)
    finally:
        windows["settings"].close()
        windows["profiles"].close()
        assert link.close_tools()
    return found


def test_every_window_is_translated_and_nothing_is_cut_off(
    pseudo, make_window, qtbot, data_home
) -> None:
    profiles.create_profile(PROFILE)
    found = _every_window(make_window(), qtbot)
    assert found == [], f"{len(found)} problems:\n" + "\n".join(found)
