"""Quick answers at the end (keys only, skippable), what changes next time, and the
morning question on the next start (issue 15): what the user sees and the rows kept."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from hiptimer.core.builtin import CLAMSHELLS, HIP_FLEXOR_STRETCH
from hiptimer.core.routine import Dose, Routine, Tempo
from hiptimer.core.session import State
from hiptimer.core.timeline import compile_routine
from hiptimer.ui.profile_link import ProfileLink

ROUTINE = Routine(
    name="Quick",
    exercises=(
        dataclasses.replace(CLAMSHELLS, dose=Dose(sets=1, reps=2, tempo=Tempo(1, 0, 1))),
        dataclasses.replace(HIP_FLEXOR_STRETCH, dose=Dose(sets=1, hold_seconds=3)),
    ),
    prepare_seconds=2,
    rest_between_exercises=2,
)


def finish(h):
    """Run the routine to its end on the fake clock (a few seconds at a time)."""
    for _ in range(round(compile_routine(ROUTINE).total_seconds / 5) + 20):
        if h.state is State.FINISHED:
            return
        h.advance(5)
    assert h.state is State.FINISHED


def test_quick_answers_by_key_then_the_morning_question(make_window, qtbot):
    h = make_window(ROUTINE)
    link = ProfileLink(h.window, "default")
    link.window_ready()
    h.window.set_routine(ROUTINE)
    h.press(Qt.Key.Key_Return)
    finish(h)
    assert h.state is State.FINISHED
    end = h.window.end_screen
    quick = end.quick
    assert quick.isVisible() and quick.hasFocus()
    assert quick.question.text().startswith("1/4 Clamshells, left: pain during it?")
    for key in ("2", "3"):  # left: pain 2, three reps in reserve
        qtbot.keyClicks(quick, key)
    assert "2/4 Clamshells, right: pain" in quick.question.text()
    qtbot.keyClick(quick, Qt.Key.Key_Return)  # right: skip pain
    assert "reps in reserve" in quick.question.text()
    qtbot.keyClick(quick, Qt.Key.Key_Return)  # and reps in reserve
    qtbot.keyClicks(quick, "0")
    assert "1 too easy, 2 right, 3 too hard" in quick.question.text()
    qtbot.keyClicks(quick, "1")  # stretch left: no pain, too easy
    qtbot.keyClick(quick, Qt.Key.Key_Escape)  # the rest is skipped
    assert not quick.isVisible() and end.effort.hasFocus()
    rows = link.store.connection.execute(
        "SELECT exercise_id, side, pain_during, reps_in_reserve, feel, level"
        " FROM exercise_feedback ORDER BY exercise_id, side"
    ).fetchall()
    # A row for every side that ran, with its level: the skipped ones keep it too.
    assert rows == [
        ("clamshells", "left", 2, 3, None, "yellow band"),
        ("clamshells", "right", None, None, None, "yellow band"),
        ("hip-flexor-stretch", "left", 0, None, "too_easy", None),
        ("hip-flexor-stretch", "right", None, None, None, None),
    ]
    assert end.next_time.isVisible() and end.next_time.text().startswith(
        ("Next time: the same doses.", "Suggested for next time:")
    )

    # The next start: the last session had pain, so the morning question shows.
    end.again_requested.emit()
    start = h.window.start_screen
    assert start.morning.isVisible()
    assert "your pain this morning is" in start.morning.text()
    start.start_button.setFocus()
    qtbot.keyClick(start.start_button, Qt.Key.Key_1)
    assert not start.morning.isVisible()
    assert link.store.connection.execute("SELECT morning_pain FROM sessions").fetchall() == [
        ("settled",)
    ]
    link.close()


def test_digits_that_mean_nothing_are_ignored_and_enter_skips_everything(make_window, qtbot):
    h = make_window(ROUTINE)
    link = ProfileLink(h.window, "default")
    link.window_ready()
    h.window.set_routine(ROUTINE)
    h.press(Qt.Key.Key_Return)
    finish(h)
    quick = h.window.end_screen.quick
    qtbot.keyClicks(quick, "x")
    assert quick.question.text().startswith("1/4 Clamshells, left: pain")
    for _ in range(8):
        qtbot.keyClick(quick, Qt.Key.Key_Return)
    assert not quick.isVisible()
    # Nothing answered: each side keeps only the level it ran at.
    assert link.store.connection.execute(
        "SELECT COUNT(*), COUNT(pain_during), COUNT(reps_in_reserve), COUNT(feel)"
        " FROM exercise_feedback"
    ).fetchone() == (4, 0, 0, 0)
    # No pain given: no morning question next time.
    h.window.end_screen.again_requested.emit()
    assert not h.window.start_screen.morning.isVisible()
    link.close()
