"""The start screen's exercise list at the default window size: every exercise shows,
with the profile picker and the "Last session" line above it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox

from hiptimer.ui.profile_link import ProfileLink
from hiptimer.ui.start_view import MIN_PICTURE


def shows_every_row(start) -> bool:
    viewport = start.list_area.viewport()
    for row in start.exercise_rows():
        bottom = row.mapTo(viewport, QPoint(0, row.height()))
        if bottom.y() > viewport.height():
            return False
    return not start.list_area.verticalScrollBar().isVisible()


@pytest.fixture(params=[None, 15], ids=["system-font", "large-font"])
def font_size(request, qapp):
    """The desktop's font: as it comes, and a large one (the picker and buttons grow)."""
    old = qapp.font()
    if request.param is not None:
        font = QFont(old)
        font.setPointSize(request.param)
        qapp.setFont(font)
    yield request.param
    qapp.setFont(old)


def test_the_last_exercise_shows_once_the_last_session_line_appears(make_window, font_size):
    h = make_window()
    assert h.window.size().width() == 1180 and h.window.size().height() == 780
    start = h.window.start_screen
    link = ProfileLink(h.window, "Sam")
    link.window_ready()  # adds the profile picker and the "Last session" line
    h.settle()
    assert start.recent.isVisible() and start.recent.text()
    picker = start.findChild(QComboBox)
    assert picker is not None and picker.isVisible()
    assert shows_every_row(start)
    before = start.exercise_rows()[0].height()

    start.set_recent_activity("Last session: Tuesday, 21 min, effort 6")
    h.settle()
    assert shows_every_row(start)
    # Without the line the rows take the room back.
    start.set_recent_activity("")
    h.settle()
    assert shows_every_row(start) and start.exercise_rows()[0].height() >= before
    link.close()


def test_at_the_smallest_window_the_list_scrolls_with_readable_pictures(make_window):
    h = make_window()
    h.window.resize(760, 540)
    h.window.start_screen.set_recent_activity("Last session: Tuesday, 21 min, effort 6")
    h.settle()
    start = h.window.start_screen
    assert start.list_area.verticalScrollBar().isVisible()
    assert all(row.picture.height() >= MIN_PICTURE for row in start.exercise_rows())


def test_names_with_markup_show_as_written(make_window):
    # The plain-text format is set only for text with a "<" (start-up time): such a name
    # from a file still shows its characters, not a bold or hidden part.
    import dataclasses

    from PySide6.QtCore import Qt

    from hiptimer.core.builtin import DEFAULT_ROUTINE

    first = dataclasses.replace(DEFAULT_ROUTINE.exercises[0], name="<b>Bridge</b> & <i>hold")
    routine = dataclasses.replace(
        DEFAULT_ROUTINE, name="<h1>Mine</h1>", exercises=(first, *DEFAULT_ROUTINE.exercises[1:])
    )
    h = make_window(routine)
    start = h.window.start_screen
    assert start.title.text() == "<h1>Mine</h1>"
    assert start.title.textFormat() == Qt.TextFormat.PlainText
    row = start.exercise_rows()[0]
    assert row.name.text() == "1. <b>Bridge</b> & <i>hold"
    assert row.name.textFormat() == Qt.TextFormat.PlainText
    # What shows is as wide as the whole text, markup and all.
    assert row.name.sizeHint().width() > row.name.fontMetrics().horizontalAdvance("1. Bridge")
    start.show_progress({first.id: ["<b>3 x 12</b> today"]}, "")
    assert row.progress.textFormat() == Qt.TextFormat.PlainText
    assert row.progress.text() == "<b>3 x 12</b> today"


def test_the_morning_question_answers_to_1_2_and_3(make_window):
    from PySide6.QtCore import Qt

    h = make_window()
    start = h.window.start_screen
    answers: list[str] = []
    start.morning_answered.connect(answers.append)
    h.qtbot.keyClick(start, Qt.Key.Key_2)  # not asked: the key does nothing
    start.ask_morning(True)
    assert start.morning.isVisible()
    h.qtbot.keyClick(start, Qt.Key.Key_3)
    assert answers == ["worse"] and not start.morning.isVisible()
    start.ask_morning(True)
    h.qtbot.keyClick(start, Qt.Key.Key_1)
    assert answers == ["worse", "settled"]
