"""A on the start screen accepts today's suggested doses (issue 15): the session then runs
each side's own dose, the session screen shows it with its level, the sets kept in the
history are the ones run, and the end view plans with them."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from hiptimer.core.builtin import CLAMSHELLS
from hiptimer.core.progression import Feedback
from hiptimer.core.routine import Dose, Mode, Routine, Side, Tempo
from hiptimer.core.session import SetResult, State
from hiptimer.core.timeline import StepKind, compile_routine
from hiptimer.profiles.folders import open_history
from hiptimer.profiles.settings import Settings
from hiptimer.store.history import STATUS_FINISHED, SessionRecord
from hiptimer.ui.profile_link import ProfileLink

DAY = 86400.0
# Clamshells at the top of their range (20 reps), two sets: the next step up is a third set.
ROUTINE = Routine(
    name="Clams",
    exercises=(dataclasses.replace(CLAMSHELLS, dose=Dose(sets=2, reps=20, tempo=Tempo(1, 0, 1))),),
    prepare_seconds=2,
    rest_between_exercises=2,
)


def follow(h, routine: Routine) -> ProfileLink:
    """Link the window to Sam's profile following `routine`, saved in Sam's library, so the
    link's own window_ready (on the first paint, whenever it comes) keeps it."""
    from hiptimer.profiles.saved import LibraryStore

    LibraryStore.for_profile("Sam").save_routine(routine)
    link = ProfileLink(h.window, "Sam")
    link.use_routine(routine)
    link.window_ready()
    return link


def full_session(start: float, reserve: dict[str, int]) -> SessionRecord:
    """Every set done in full, no pain, and these reps in reserve per side."""
    results = [
        SetResult(
            step_index=step.index,
            exercise_id=step.exercise.id,
            exercise_name=step.exercise.name,
            side=step.side,
            set_no=step.set_no,
            sets=step.sets,
            mode=Mode.REPS,
            reps_target=step.reps,
            reps_done=step.reps,
            hold_target=None,
            hold_done=None,
            skipped=False,
            active_seconds=step.planned_seconds,
            started_at=start,
            ended_at=start + step.planned_seconds,
        )
        for step in compile_routine(ROUTINE).steps
        if step.is_set and step.exercise is not None and step.set_no is not None
    ]
    answers = [Feedback("clamshells", side, pain=0, reserve=n) for side, n in reserve.items()]
    return SessionRecord(ROUTINE, start, start + 300, STATUS_FINISHED, results, feedback=answers)


def test_a_accepts_todays_doses_and_the_session_runs_them(make_window, qtbot):
    now = 1_767_225_600.0  # the fake clock's wall time
    with open_history("Sam") as store:
        # Left easy twice (3 in reserve), right hard (1 in reserve): only left steps up.
        store.add_sessions(
            [
                full_session(now - 3 * DAY, {"left": 3, "right": 1}),
                full_session(now - 1 * DAY, {"left": 3, "right": 1}),
            ]
        )
    h = make_window(ROUTINE)
    link = follow(h, ROUTINE)
    h.settle()
    start = h.window.start_screen
    (row,) = start.exercise_rows()
    assert row.dose.text() == "2 x 20 reps per side, yellow band"
    assert row.progress.text().splitlines()[0].startswith("left: 3 x 20, yellow band (up: ")
    assert start.accept_button.isVisible()
    assert start.accept_button.text().startswith("&Accept")
    assert "A (Accept today's doses)" in start.progress_note.text()

    start.start_button.setFocus()
    qtbot.keyClick(start.start_button, Qt.Key.Key_A)
    h.settle()
    assert row.dose.text() == ("Left: 3 × 20 reps, yellow band · Right: 2 × 20 reps, yellow band")
    assert "accepted" in start.progress_note.text()
    assert not start.accept_button.isVisible()  # nothing left to accept
    assert link.store.connection.execute(
        "SELECT exercise_id, side, sets, reps, level FROM doses"
    ).fetchall() == [("clamshells", "left", 3, 20, "yellow band")]

    # The session runs three sets on the left, two on the right.
    h.press(Qt.Key.Key_Return)
    session = h.window.session
    sets = [(s.side, s.set_no, s.sets) for s in session.timeline.steps if s.is_set]
    assert sets == [
        (Side.LEFT, 1, 3),
        (Side.RIGHT, 1, 2),
        (Side.LEFT, 2, 3),
        (Side.RIGHT, 2, 2),
        (Side.LEFT, 3, 3),
    ]
    screen = h.screen
    seen: set[tuple[str, str]] = set()
    for _ in range(2000):
        if h.state is State.FINISHED:
            break
        if session.step.kind is StepKind.WORK:
            seen.add((screen.position.text(), screen.detail.text()))
        h.advance(1.0, dt=0.5)
    assert h.state is State.FINISHED
    assert {pos.split(" · ")[0] for pos, _ in seen} == {
        "Set 1 of 3",
        "Set 1 of 2",
        "Set 2 of 3",
        "Set 2 of 2",
        "Set 3 of 3",
    }
    assert {det for _, det in seen} == {"20 reps · up 1 s, pause 0 s, down 1 s, yellow band"}

    # The history keeps the sets that were run, with the planned count of this session.
    sid = link.recorder.session_id
    con = link.store.connection
    assert con.execute(
        "SELECT side, set_no, sets, reps_target, reps_done FROM sets WHERE session_id = ?"
        " ORDER BY step_index",
        (sid,),
    ).fetchall() == [
        ("left", 1, 3, 20, 20),
        ("right", 1, 2, 20, 20),
        ("left", 2, 3, 20, 20),
        ("right", 2, 2, 20, 20),
        ("left", 3, 3, 20, 20),
    ]
    assert con.execute("SELECT sets_planned FROM sessions WHERE id = ?", (sid,)).fetchone() == (5,)

    # The end view plans with the doses run; skipping the quick answers keeps each level.
    end = h.window.end_screen
    assert end.cell(0, 2) == "3 × 20 reps, yellow band"
    assert end.cell(1, 2) == "2 × 20 reps, yellow band"
    assert "5 of 5 sets done" in end.subtitle.text()
    qtbot.keyClick(end.quick, Qt.Key.Key_Escape)
    assert con.execute(
        "SELECT side, level FROM exercise_feedback WHERE session_id = ? ORDER BY side", (sid,)
    ).fetchall() == [("left", "yellow band"), ("right", "yellow band")]
    assert end.next_time.isVisible()

    # Back to the start: the rebuilt list shows today's doses and suggestions again.
    end.again_requested.emit()
    (row,) = start.exercise_rows()
    assert row.dose.text().startswith("Left: 3 × 20 reps, yellow band")
    assert row.progress.isVisible() and row.progress.text().startswith("left: 3 x 20")
    link.close()


def test_a_session_cut_short_resumes_in_the_timeline_of_todays_doses(make_window, qtbot):
    """Accepted doses add a third set on the left, two steps the routine's own timeline
    does not have: a session cut short late in it goes on after its last set kept."""
    from PySide6.QtWidgets import QApplication

    from hiptimer.core.builtin import HIP_FLEXOR_STRETCH
    from hiptimer.core.routine import Rests

    stretch = dataclasses.replace(
        HIP_FLEXOR_STRETCH, dose=Dose(sets=2, hold_seconds=3), rests=Rests(0, 2)
    )
    # The get-ready time of the settings: the snapshot kept with the session is the routine
    # as run, and the link's late window_ready must find it equal to the remembered one.
    routine = dataclasses.replace(
        ROUTINE,
        exercises=(*ROUTINE.exercises, stretch),
        prepare_seconds=Settings().prepare_seconds,
    )
    now = 1_767_225_600.0
    with open_history("Sam") as store:
        store.add_sessions(
            [
                full_session(now - 3 * DAY, {"left": 3, "right": 1}),
                full_session(now - 1 * DAY, {"left": 3, "right": 1}),
            ]
        )
    h = make_window(routine)
    link = follow(h, routine)
    link.accept_today()
    h.press(Qt.Key.Key_Return)
    session = h.window.session
    plain = len(compile_routine(routine).steps)
    assert len(session.timeline.steps) == plain + 2  # a rest and the third set
    # The stretch's second left hold: the last step the routine's own timeline could reach.
    cut = plain - 1
    assert session.timeline.steps[cut].title == "Half-kneeling hip flexor stretch, left side"
    for _ in range(2000):
        if cut in {r.step_index for r in session.results}:
            break
        h.advance(0.5, dt=0.5)
    assert session.state is State.RUNNING
    sid = link.recorder.session_id
    link.store.close()
    h.window.session = None  # nothing ends the session: as after a crash
    h.window.back_to_start()

    again = make_window(routine)
    link2 = ProfileLink(again.window, "Sam")
    link2.window_ready()  # follows the routine remembered by the first window
    box = link2.question
    assert box is not None and "cut short" in box.text()
    next(b for b in box.buttons() if b.text() == "Resume").click()
    QApplication.processEvents()
    resumed = again.window.session
    assert again.window.routine == routine  # what a late window_ready follows: no switch
    assert resumed.step.index == cut + 1  # the right side's hold, not the left's again
    again.advance(20)
    assert resumed.state is State.FINISHED
    assert link2.store.connection.execute(
        "SELECT exercise_id, side, set_no FROM sets WHERE session_id = ? ORDER BY step_index",
        (sid,),
    ).fetchall()[-3:] == [
        ("hip-flexor-stretch", "right", 1),
        ("hip-flexor-stretch", "left", 2),
        ("hip-flexor-stretch", "right", 2),
    ]
    link2.close()
