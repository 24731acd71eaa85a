"""The start screen shows today's dose per exercise and side with its reason (issue 15),
and A takes the suggested changes, dated, into the profile's history."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hiptimer.core.weeks import today
from hiptimer.profiles.folders import open_history
from hiptimer.store.demo import demo_sessions
from hiptimer.ui.profile_link import ProfileLink


def test_start_screen_shows_suggestions_and_a_takes_them(make_window, qtbot):
    with open_history("Sam") as store:
        store.add_sessions(demo_sessions(12, today=today(), seed=1))
    h = make_window()
    start = h.window.start_screen
    link = ProfileLink(h.window, "Sam")
    link.window_ready()
    h.settle()
    rows = start.exercise_rows()
    assert len(rows) == 6
    for row in rows:
        assert row.progress.isVisible()
        lines = row.progress.text().splitlines()
        assert [line.split(":")[0] for line in lines] == ["left", "right"]
        assert all("(" in line and line.endswith(")") for line in lines)
    clams = next(r for r in rows if r.exercise.id == "clamshells")
    assert "band" in clams.progress.text()
    note = start.progress_note.text()
    assert start.progress_note.isVisible() and "suggested change" in note
    assert "A (Accept today's doses) runs them" in note
    assert start.accept_button.isVisible()
    # A takes every suggested change, dated, as the dose each side runs from now on.
    store = link.store
    changes = int(note.split()[0])
    start.start_button.setFocus()
    qtbot.keyClick(start.start_button, Qt.Key.Key_A)
    h.settle()
    assert store.connection.execute("SELECT COUNT(*) FROM doses").fetchone() == (changes,)
    assert "accepted" in start.progress_note.text()
    link.close()
