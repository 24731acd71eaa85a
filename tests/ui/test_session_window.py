"""The guided session in the real main window, driven by keys and a fake clock.

Each test looks at what a person on the mat sees: the labels, the side badge, the step
kind and its colour, the countdown, the progress, and at the end the results.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QMessageBox

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Side, Sides
from hiptimer.core.session import (
    Outcome,
    PauseReason,
    SessionFinished,
    SetFinished,
    State,
    StepStarted,
)
from hiptimer.core.timeline import StepKind
from hiptimer.present.announcing import Beep
from hiptimer.present.pacing import breathing, breathing_frame
from hiptimer.profiles.folders import profile_dir
from hiptimer.profiles.settings import Settings, load_settings
from hiptimer.ui.profile_link import ProfileLink
from hiptimer.ui.session_view import PAUSED_TITLE, SUSPEND_DETAIL
from hiptimer.ui.theme import kind_colour

Key = Qt.Key


def kind_is(kind: StepKind):
    return lambda step: step.kind is kind


def test_start_screen_shows_the_routine_and_enter_starts(make_window):
    h = make_window()
    start = h.window.start_screen
    assert h.window.stack.currentWidget() is start
    assert start.title.text() == "Hip strength for runners"
    assert "6 exercises" in start.summary.text() and "about 25 minutes" in start.summary.text()
    rows = start.exercise_rows()
    assert [r.name.text() for r in rows] == [
        f"{i}. {e.name}" for i, e in enumerate(DEFAULT_ROUTINE.exercises, start=1)
    ]
    assert rows[0].dose.text() == "2 x 12 reps per side"
    assert rows[5].dose.text() == "2 x 30 s hold per side"
    assert rows[3].equipment.text() == "Needs: step or sturdy box"
    assert all(not r.picture.pixmap().isNull() for r in rows)
    assert "Enter" in start.start_button.text()
    assert "Hip strength for runners" in h.window.windowTitle()

    h.press(Key.Key_Return)

    assert h.window.stack.currentWidget() is h.screen
    assert h.state is State.RUNNING


def test_prepare_then_work_shows_kind_side_countdown_reps_and_phase(make_window):
    h = make_window()
    h.press(Key.Key_Enter)
    s = h.screen
    # Get ready: blue, the first side (left) named as the next one.
    assert s.kind.text() == "GET READY"
    assert s.name.text() == "Single-leg glute bridge"
    assert s.badge.side is Side.LEFT and s.badge.text() == "NEXT ◀ LEFT"
    assert s.body_line.text() == "Left foot planted, right leg up"
    assert s.countdown.text() == "10"
    assert s.countdown.colour == kind_colour(StepKind.PREPARE, s.palette())
    assert s.frame_colour == kind_colour(StepKind.PREPARE, s.palette())
    assert s.next.text() == "Next: Single-leg glute bridge, left side · 12 reps"
    assert h.sound.played == [Beep.REST]

    h.advance(7.25)  # 2.75 s left: the last three seconds are marked
    assert s.countdown.text() == "3" and s.countdown.urgent
    assert h.sound.played[-1] is Beep.TICK

    h.advance(2.75)  # work starts
    assert s.kind.text() == "WORK"
    assert s.countdown.text() == "60" and not s.countdown.urgent
    assert s.countdown.colour == kind_colour(StepKind.WORK, s.palette())
    assert s.badge.text() == "◀ LEFT"
    assert s.position.text() == "Set 1 of 2 · Rep 1 of 12"
    assert s.detail.text() == "12 reps · up 1.5 s, pause 1.5 s, down 2 s"
    assert s.phase.text() == "UP · pause · down"
    assert s.next.text() == "Next: switch to the right side (8 s)"
    assert h.sound.played.count(Beep.TICK) == 3 and h.sound.played[-1] is Beep.GO

    h.advance(2.0)
    assert s.phase.text() == "up · PAUSE · down"
    h.advance(1.5)
    assert s.phase.text() == "up · pause · DOWN"
    assert s.countdown.text() == "57"
    h.advance(1.5)  # 5 s per rep: rep 2 begins
    assert s.position.text() == "Set 1 of 2 · Rep 2 of 12"
    assert s.phase.text() == "UP · pause · down"
    assert s.times.text() == "0:15 / 25:06 · 24:51 left"
    assert s.progress.value() == round(1000 * 15 / (25 * 60 + 6))
    assert "Work: Single-leg glute bridge, left side" in h.window.windowTitle()


def test_space_pauses_and_resumes_and_paused_is_unmistakable(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    h.advance(12)  # 2 s into the first work set
    s = h.screen
    assert h.inhibitor.holding
    assert s.countdown.text() == "58"

    h.press(Key.Key_Space)

    assert h.state is State.PAUSED
    assert s.veil.isVisible() and s.veil.title() == PAUSED_TITLE == "Paused — Space to go on"
    assert "Space" in s.veil.detail()
    assert s.pause_button.text() == "Resume (Space)"
    assert h.window.windowTitle().startswith("Paused")
    assert not h.inhibitor.holding  # the screen may sleep while paused
    h.advance(45)
    assert s.countdown.text() == "58" and s.times.text().startswith("0:12 /")

    h.press(Key.Key_Space)

    assert h.state is State.RUNNING and not s.veil.isVisible()
    assert s.pause_button.text() == "Pause (Space)"
    assert h.inhibitor.holding
    h.advance(1)
    assert s.countdown.text() == "57"


def test_a_sleeping_computer_pauses_and_says_so(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    h.advance(15)
    h.clock.advance(600)  # the laptop lid was shut
    h.window.poll()
    s = h.screen
    assert h.state is State.PAUSED
    assert h.window.session.view().pause_reason is PauseReason.SUSPEND
    assert s.veil.isVisible() and s.veil.title() == PAUSED_TITLE
    assert s.veil.detail() == SUSPEND_DETAIL and "went to sleep" in s.veil.detail()
    assert s.countdown.text() == "55"


def test_presentation_clicker_keys_skip_and_go_back(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    s = h.screen
    h.press(Key.Key_Right)  # prepare -> first work set
    assert s.kind.text() == "WORK" and s.badge.side is Side.LEFT
    h.press(Key.Key_PageDown)  # -> switch
    assert s.kind.text() == "SWITCH SIDES"
    assert s.badge.text() == "TO RIGHT ▶" and s.badge.side is Side.RIGHT
    assert s.body_line.text() == "Right foot planted, left leg up"
    assert s.detail.text() == "Switch to the right side"
    assert s.phase.text() == "Turn to the right side"
    assert s.countdown.text() == "8"
    assert s.frame_colour == kind_colour(StepKind.SWITCH, s.palette())
    assert h.sound.played[-1] is Beep.SWITCH
    h.press(Key.Key_PageUp)  # back to the work set, afresh
    assert s.kind.text() == "WORK" and s.countdown.text() == "60"
    h.advance(3)
    h.press(Key.Key_Left)  # back to prepare
    assert s.kind.text() == "GET READY" and s.countdown.text() == "10"
    h.press(Key.Key_Left)  # nothing before the first step
    assert s.kind.text() == "GET READY"
    assert h.window.session.index == 0


def test_rest_and_hold_steps_show_their_own_kind_colour_and_cues(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    s = h.screen
    h.skip_to(kind_is(StepKind.REST))
    assert s.kind.text() == "REST"
    assert s.countdown.text() == "20"
    assert s.detail.text() == "Rest, then set 2 of 2"
    assert s.name.text() == "Single-leg glute bridge"  # the exercise coming next
    assert s.badge.text() == "NEXT ◀ LEFT"
    assert s.frame_colour == kind_colour(StepKind.REST, s.palette())
    assert h.sound.played[-1] is Beep.REST

    h.skip_to(lambda step: step.kind is StepKind.REST and step.exercise.id == "clamshells")
    assert s.detail.text() == "Rest, then Clamshells, left side"
    assert s.countdown.text() == "30"
    assert s.figure_exercise == ("clamshells", "Clamshells", Side.LEFT)
    assert s.figure_movement == (0.0, 0.0)

    h.skip_to(kind_is(StepKind.HOLD))
    assert s.kind.text() == "HOLD"
    assert s.name.text() == "Half-kneeling hip flexor stretch"
    assert s.countdown.text() == "30"
    assert s.badge.text() == "◀ LEFT"
    assert s.detail.text() == "Hold 30 s on the left side"
    assert s.phase.text() == "Breathe slowly, stay tall"
    assert s.position.text() == "Set 1 of 2"
    assert s.cues.text().count("•") == 3 and "Kneel on one knee" in s.cues.text()
    assert s.countdown.colour == kind_colour(StepKind.HOLD, s.palette())
    assert (
        len({kind_colour(k, s.palette()).name() for k in StepKind if k is not StepKind.DONE}) == 5
    )
    # The figure takes the breath's pose at its last frame (BREATHING_FPS a second).
    h.advance(1.25)  # a quarter of a slow breath: near half way in
    assert s.figure_movement == (1.0, breathing_frame(1.25)) == (1.0, breathing(1.0))
    assert 0.3 < s.figure_movement[1] < 0.5
    h.advance(1.25)  # half a breath: near full
    assert s.figure_movement == (1.0, breathing_frame(2.5)) and s.figure_movement[1] > 0.95
    assert s.countdown.text() == "28"


def test_work_steps_drive_the_figure_with_the_engine_movement(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    h.press(Key.Key_Right)
    s = h.screen
    assert s.figure_exercise == ("glute-bridge", "Single-leg glute bridge", Side.LEFT)
    h.advance(0.75)  # half way up (1.5 s up)
    assert s.figure_movement[0] == h.window.session.view().rep.movement == 0.5
    h.advance(1.5)  # at the top, pausing
    assert s.figure_movement[0] == 1.0
    h.advance(1.75)  # half way down (2 s down)
    assert s.figure_movement[0] == 0.5


def test_fullscreen_makes_the_countdown_a_fifth_of_the_screen_and_esc_leaves_first(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    h.press(Key.Key_Right)
    h.press(Key.Key_F11)
    h.settle()
    w = h.window
    assert w.isFullScreen()
    assert not w.menuBar().isVisible() and not w.statusBar().isVisible()
    assert w.act_fullscreen.isChecked()
    assert h.screen.fullscreen_button.text() == "Leave full screen (F11)"
    # The test screen is square (800 x 800): the hardest case for a wide layout.
    assert h.screen.countdown.glyph_height() >= w.height() / 5
    assert h.screen.name.pixel_size() >= w.height() * 0.04

    h.press(Key.Key_Escape)  # leaves full screen, does not end the session

    assert not w.isFullScreen() and w.end_question is None
    assert h.state is State.RUNNING
    h.press(Key.Key_F)  # F works too
    assert w.isFullScreen()
    h.press(Key.Key_F)
    assert not w.isFullScreen()


def test_on_a_wide_screen_sizes_read_from_across_the_room(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    h.press(Key.Key_Right)
    h.window.resize(1920, 1080)
    h.settle()
    s = h.screen
    height = s.height()
    assert s.countdown.glyph_height() >= height / 4
    assert s.name.pixel_size() >= height * 0.06
    assert s.badge.pixel_size() >= height * 0.045 and s.badge.height() >= height * 0.07
    assert s.kind.pixel_size() >= height * 0.05
    # Nothing spills: every line fits its box at the size it is drawn.
    for label in (s.name, s.position, s.detail, s.next, s.times, s.kind):
        metrics = QFontMetricsF(label.drawn_font())
        assert metrics.horizontalAdvance(label.text()) <= label.width()


def test_every_step_fits_the_smallest_window(make_window):
    h = make_window()
    w = h.window
    w.resize(w.minimumSize())
    h.press(Key.Key_Return)
    h.settle()
    s = h.screen
    flags = int(Qt.TextFlag.TextWordWrap)
    for _ in w.session.timeline.steps[:-1]:
        for label in (s.name, s.position, s.detail, s.next, s.times, s.kind):
            metrics = QFontMetricsF(label.drawn_font())
            assert metrics.horizontalAdvance(label.text()) <= label.width(), label.text()
        cue_font = s.cues.drawn_font()
        box = QFontMetricsF(cue_font).boundingRect(
            QRectF(0, 0, s.cues.width(), 10_000), flags, s.cues.text()
        )
        assert box.height() <= s.cues.height() and cue_font.pixelSize() >= 11
        assert s.countdown.glyph_height() >= 60
        for button in s.buttons:
            if button.isVisible():
                metrics = QFontMetricsF(button.font())
                assert metrics.horizontalAdvance(button.text()) < button.width(), button.text()
        h.press(Key.Key_Right)


@pytest.mark.parametrize("size", [(1180, 780), (760, 540)])
def test_the_body_line_of_every_sided_step_fits_under_the_badge(make_window, size):
    h = make_window()
    h.window.resize(*size)
    h.press(Key.Key_Return)
    h.settle()
    s = h.screen
    flags = int(Qt.TextFlag.TextWordWrap)
    seen = set()
    for step in h.window.session.timeline.steps[:-1]:
        assert h.window.session.step == step
        line = s.body_line
        if step.side is None:
            assert line.text() == ""
        else:
            assert line.text() == step.body and step.body
            seen.add(step.body)
            font = line.drawn_font()
            box = QFontMetricsF(font).boundingRect(
                QRectF(0, 0, line.width(), 10_000), flags, line.text()
            )
            # Whole, at the size chosen for the screen: no shrinking, nothing cut.
            assert box.height() <= line.height(), line.text()
            assert font.pixelSize() == int(line.pixel_size()), line.text()
            assert line.geometry().top() >= s.badge.geometry().bottom(), line.text()
        h.press(Key.Key_Right)
    assert len(seen) == 12  # six exercises, two sides each


def test_m_mutes_beeps_and_speech_and_is_remembered(make_window, tmp_path):
    h = make_window()
    h.press(Key.Key_Return)
    h.press(Key.Key_M)
    assert h.window.settings.muted and h.window.act_mute.isChecked()
    assert h.screen.mute_button.text() == "Unmute (M)"
    assert load_settings(tmp_path / "settings.json").settings.muted
    before = list(h.sound.played)
    spoken = list(h.window.speaker.spoken)
    h.advance(12)  # three ticks and a new step while muted
    assert h.sound.played == before and h.window.speaker.spoken == spoken
    h.press(Key.Key_M)
    assert not load_settings(tmp_path / "settings.json").settings.muted
    h.press(Key.Key_Right)
    assert h.sound.played[-1] is Beep.SWITCH


def test_esc_asks_and_keep_going_resumes(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    h.advance(3)
    h.press(Key.Key_Escape)
    box = h.window.end_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "keeps what was done" in box.informativeText()
    assert h.state is State.PAUSED  # no time lost while deciding
    keep = next(b for b in box.buttons() if b.text() == "Keep going")
    keep.click()
    assert h.window.end_question is None
    assert h.state is State.RUNNING


def test_ending_early_keeps_what_was_done_and_feedback_is_emitted(make_window, qtbot):
    h = make_window()
    seen = []
    h.window.session_started.connect(lambda session: session.subscribe(seen.append))
    h.press(Key.Key_Return)
    assert isinstance(seen[0], StepStarted) and seen[0].step.index == 0
    h.advance(10 + 60 + 8 + 60 + 5.25)  # the first set on each side done, resting
    h.press(Key.Key_Escape)
    box = h.window.end_question
    end = next(b for b in box.buttons() if b.text() == "End session")
    end.click()

    session = h.window.session
    assert session.state is State.FINISHED and session.outcome is Outcome.ENDED_EARLY
    finished = [e for e in seen if isinstance(e, SessionFinished)]
    assert len(finished) == 1 and finished[0].outcome is Outcome.ENDED_EARLY
    sets = [e.result for e in seen if isinstance(e, SetFinished)]
    assert [(r.side, r.reps_done, r.skipped) for r in sets] == [
        (Side.LEFT, 12, False),
        (Side.RIGHT, 12, False),
    ]
    end_screen = h.window.end_screen
    assert h.window.stack.currentWidget() is end_screen
    assert end_screen.title.text() == "Session ended early"
    assert "Ending early keeps what was done" in end_screen.subtitle.text()
    assert end_screen.table.rowCount() == 12
    assert [end_screen.cell(0, c) for c in range(5)] == [
        "Single-leg glute bridge",
        "Left",
        "2 × 12 reps",
        "◐ part: 12 of 24 reps · 1 of 2 sets",
        "1:00",
    ]
    assert end_screen.cell(2, 3) == "not reached"
    assert not h.inhibitor.holding

    end_screen.effort.setValue(7)
    qtbot.keyClicks(end_screen.note, "left hip a bit tight")
    with qtbot.waitSignal(h.window.feedback_saved) as saved:
        end_screen.save_button.click()
    assert saved.args == [7, "left hip a bit tight"]
    assert end_screen.saved.text() and not end_screen.save_button.isEnabled()
    end_screen.again_button.click()
    assert h.window.stack.currentWidget() is h.window.start_screen


def test_walk_the_whole_default_routine_to_the_end(make_window, qtbot):
    h = make_window()
    results = []
    h.window.session_started.connect(
        lambda session: session.subscribe(
            lambda event: results.append(event.result) if isinstance(event, SetFinished) else None
        )
    )
    h.press(Key.Key_Return)
    total = h.window.timeline.total_seconds
    seen_kinds = set()
    elapsed = 0.0
    while h.window.session.state is State.RUNNING:
        seen_kinds.add(h.screen.kind.text())
        h.advance(0.5)
        elapsed += 0.5
        assert elapsed <= total + 1
    assert seen_kinds == {"GET READY", "WORK", "SWITCH SIDES", "REST", "HOLD"}
    assert h.window.session.outcome is Outcome.FINISHED
    assert len(results) == 24 and not any(r.skipped for r in results)
    end_screen = h.window.end_screen
    assert end_screen.title.text() == "Routine complete — well done!"
    assert all(end_screen.cell(row, 3).startswith("✓") for row in range(12))
    assert end_screen.cell(10, 3) == "✓ 1:00 of 1:00"
    assert h.sound.played[-1] is Beep.DONE
    assert h.window.speaker.spoken[-1] == "Well done. Routine complete."
    assert h.inhibitor.calls[-1] == "release"
    assert h.window.windowTitle().startswith("Session done")
    # The quick pain and reserve questions come first (issue 15); Escape skips them all.
    assert end_screen.quick.hasFocus()
    h.qtbot.keyClick(end_screen.quick, Key.Key_Escape)
    # Enter saves (the default button) once the end screen is up, from any field...
    assert end_screen.effort.hasFocus()
    end_screen.effort.setValue(8)
    with qtbot.waitSignal(h.window.feedback_saved) as saved:
        h.qtbot.keyClick(end_screen.effort, Key.Key_Return)
    assert saved.args == [8, ""]
    # ...and, once saved, goes back to the start, where Enter starts again.
    h.qtbot.keyClick(h.window.focusWidget() or end_screen, Key.Key_Return)
    assert h.window.stack.currentWidget() is h.window.start_screen


SELF_PACED = Routine(
    name="Own pace",
    exercises=(
        Exercise(
            id="squat",
            name="Split squat",
            mode=Mode.REPS,
            sides=Sides.LEFT_FIRST,
            dose=Dose(sets=1, reps=10),
            cues=("Long stride, back knee toward the floor.",),
        ),
    ),
    prepare_seconds=5,
    rest_between_exercises=0,
)


def test_self_paced_set_counts_up_plus_minus_correct_and_enter_saves_the_row(make_window):
    h = make_window(SELF_PACED, settings=Settings(prepare_seconds=5))
    link = ProfileLink(h.window, "default")
    link.window_ready()
    h.window.set_routine(SELF_PACED, None)  # the profile link chose its own routine
    h.press(Key.Key_Return)
    s = h.screen
    assert not h.window.act_done.isEnabled() and s.done_button.isHidden()
    h.advance(5)
    assert s.kind.text() == "WORK" and s.badge.side is Side.LEFT
    # The big number is the reps done so far: it starts at 0, never at the target.
    assert s.countdown.text() == "0"
    assert s.position.text() == "Set 1 of 1 · goal 10 reps"
    assert s.phase.text() == "reps done · −/+ to correct"
    assert s.detail.text() == "10 reps at your own pace: Enter when the set is done"
    assert s.done_button.isVisible() and s.done_button.isEnabled()
    assert "Enter" in s.done_button.text() and s.more_button.isVisible()
    h.advance(3.25)  # one rep at the usual pace, in step with the figure
    assert s.countdown.text() == "1"
    h.advance(6)
    assert s.countdown.text() == "3"
    h.advance(40)
    assert s.kind.text() == "WORK"  # waits for the person, the count stops at the target
    assert s.countdown.text() == "10"
    h.press(Key.Key_Minus)
    h.press(Key.Key_Minus)
    h.press(Key.Key_Plus)
    assert s.countdown.text() == "9"
    h.press(Key.Key_Return)
    assert s.kind.text() == "SWITCH SIDES" and s.badge.side is Side.RIGHT
    h.advance(5)
    assert s.countdown.text() == "0"
    h.advance(6.25)
    assert s.countdown.text() == "2"
    h.press(Key.Key_Equal)  # the + key without shift: from now on the person's count rules
    assert s.countdown.text() == "3"
    h.advance(60)
    assert s.countdown.text() == "3"
    h.press(Key.Key_Enter)
    session = h.window.session
    assert session.state is State.FINISHED
    assert [(r.side, r.reps_done, r.reps_target) for r in session.results] == [
        (Side.LEFT, 9, 10),
        (Side.RIGHT, 3, 10),
    ]
    assert h.window.end_screen.cell(0, 3) == "◐ part: 9 of 10 reps"
    assert h.window.end_screen.cell(1, 3) == "◐ part: 3 of 10 reps"
    rows = (
        sqlite3.connect(profile_dir("default") / "history.sqlite3")
        .execute("SELECT exercise_id, side, reps_target, reps_done, skipped FROM sets")
        .fetchall()
    )
    assert sorted(rows) == [("squat", "left", 10, 9, 0), ("squat", "right", 10, 3, 0)]


def test_session_started_comes_before_start_and_start_session_resumes_at_a_step(make_window):
    h = make_window()
    states = []

    def started(session):
        states.append(session.state)
        session.subscribe(lambda e: states.append(type(e).__name__))

    h.window.session_started.connect(started)
    h.window.start_session(at_index=5)
    assert states[:2] == [State.READY, "StepStarted"]
    assert h.window.session.index == 5
    # A resumed session first counts down to get back into position ...
    s = h.screen
    assert s.kind.text() == "GET READY" and s.countdown.text() == "10"
    assert s.badge.side is Side.LEFT and s.position.text() == "Set 2 of 2"
    assert s.next.text() == "Next: Single-leg glute bridge, left side · 12 reps"
    assert s.times.text().startswith("2:38 /")
    h.advance(10)
    # ... then goes on at the step it stopped at, which counts from its start.
    assert h.window.session.index == 5
    assert s.kind.text() == "WORK" and s.position.text().startswith("Set 2 of 2")
    assert s.countdown.text() == "60" and s.times.text().startswith("2:38 /")


def test_closing_the_window_mid_session_ends_it_keeping_the_work(make_window):
    h = make_window()
    finished = []
    h.window.session_started.connect(
        lambda session: session.subscribe(
            lambda e: finished.append(e) if isinstance(e, SessionFinished) else None
        )
    )
    h.press(Key.Key_Return)
    h.advance(40)
    h.window.close()
    assert len(finished) == 1 and finished[0].outcome is Outcome.ENDED_EARLY
    assert [(r.reps_done, r.skipped) for r in finished[0].results] == [(6, True)]
    assert h.inhibitor.calls[-1] == "release"


def test_settings_prepare_time_changes_the_plan_and_is_saved(make_window, tmp_path, qtbot):
    h = make_window()
    h.window.show_settings()
    dialog = h.window.settings_dialog
    assert dialog.voice.isEnabled() and dialog.voice.findText("Anne") >= 0  # mock voices
    dialog.prepare.setValue(30)
    dialog.volume.setValue(40)
    dialog.voice.setCurrentIndex(dialog.voice.findText("Anne"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved["prepare_seconds"] == 30 and saved["volume"] == 40 and saved["voice"] == "Anne"
    assert h.window.speaker.engine.voice().name() == "Anne"
    h.press(Key.Key_Return)
    assert h.screen.countdown.text() == "30"


def test_dark_theme_keeps_the_kind_colours_readable(make_window):
    h = make_window()
    h.window.show_settings()
    dialog = h.window.settings_dialog
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    QApplication.processEvents()  # palette changes arrive as events
    h.window.start_session()
    s = h.screen
    window_colour = s.palette().color(s.backgroundRole())
    assert window_colour.lightness() < 60
    assert s.countdown.colour.name() == "#74a9ff"  # the bright blue for dark backgrounds


def test_a_routine_file_opens_and_a_broken_one_is_explained(make_window, tmp_path):
    from hiptimer.exchange.routine_file import write_routine_file

    h = make_window()
    good = tmp_path / "mine.json"
    write_routine_file(SELF_PACED, good)
    assert h.window.open_routine_file(good)
    assert h.window.start_screen.title.text() == "Own pace"
    assert "Own pace" in h.window.windowTitle()

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "hiptimer-routine", "version": 1, "name": ')
    assert not h.window.open_routine_file(broken)
    box = h.window.message_box
    assert box is not None and box.isVisible()
    assert "not valid JSON" in box.informativeText() and "stays open" in box.informativeText()
    assert h.window.start_screen.title.text() == "Own pace"


def test_menus_offer_every_action_with_its_shortcut(make_window):
    h = make_window()
    w = h.window
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles == ["&File", "&Session", "&View", "&Help"]
    assert w.act_open.shortcut().toString() == "Ctrl+O"
    assert w.act_quit.shortcut().toString() == "Ctrl+Q"
    assert w.act_fullscreen.shortcut().toString() == "F11"
    assert w.act_mute.shortcut().toString() == "M"
    for button in h.screen.buttons:
        assert "(" in button.text() and button.toolTip()
    w.show_about()
    about = w.message_box
    assert "Snyder" in about.text() and "Finnoff" in about.text()
    assert "not medical advice" in about.text()
    assert "6 Essential Hip Strengthening Exercises for Runners" in about.text()
    assert "ISSA, International Sports Sciences Association" in about.text()
