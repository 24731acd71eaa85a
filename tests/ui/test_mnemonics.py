"""Every window's Alt keys are unique: a test walks each window's menu titles, buttons and
labelled fields and fails on an Alt key claimed twice."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QWidget

from hiptimer.profiles import folders as profiles
from hiptimer.ui.history import open_history
from hiptimer.ui.profile_link import ProfileLink
from hiptimer.ui.trainer.profiles_dialog import ProfilesDialog
from tests.trainer_support import data_home

__all__ = ["data_home"]

MNEMONIC = re.compile(r"&([^&\s])")


def alt_keys(window: QWidget) -> list[tuple[str, str]]:
    """(key, text) of each Alt key one press in `window` can reach: its menu bar's menus,
    buttons, labels' fields and group boxes (not the items inside a menu)."""
    texts: list[str] = []
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for button in window.findChildren(QAbstractButton):
        if button.window() is window and button.isVisibleTo(window):
            texts.append(button.text())
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.window() is window and label.isVisibleTo(window):
            texts.append(label.text())
    for box in window.findChildren(QGroupBox):
        if box.window() is window and box.isVisibleTo(window):
            texts.append(box.title())
    keys = []
    for text in texts:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            keys.append((match.group(1).casefold(), text))
    return keys


def duplicates(window: QWidget) -> dict[str, list[str]]:
    keys = alt_keys(window)
    counts = Counter(key for key, _ in keys)
    return {k: [t for key, t in keys if key == k] for k, n in counts.items() if n > 1}


def test_no_window_claims_an_alt_key_twice(make_window, qtbot, data_home):
    profiles.create_profile("Anna Berg")
    harness = make_window()
    link = ProfileLink(harness.window, "Anna Berg")
    link.window_ready()
    link.open_routines()
    routines = link.open_tools[-1]
    library = routines.open_library()
    windows: list[QWidget] = [
        harness.window,
        routines,
        routines.new_routine(),
        routines.open_handout_dialog(),
        library,
        library.new_exercise(),
        open_history(harness.window, link.store),
        ProfilesDialog("Anna Berg"),
    ]
    qtbot.addWidget(windows[-1])
    # The end view's buttons share the main window with its menus.
    found = {w.windowTitle(): duplicates(w) for w in windows}
    harness.window.stack.setCurrentWidget(harness.window.end_screen)
    found["end view"] = duplicates(harness.window)
    harness.window.stack.setCurrentWidget(harness.window.start_screen)
    assert {title: d for title, d in found.items() if d} == {}
    assert len(alt_keys(routines)) >= 8  # the walk does see the buttons
    assert link.close_tools()
