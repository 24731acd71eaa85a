"""Words on screen and in speech, when to poll, and colours that read: pure functions."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.clock import FakeClock
from hiptimer.core.session import Session, State
from hiptimer.core.timeline import StepKind, compile_routine
from hiptimer.core.wording import clock_text, countdown_text, number_words, spoken_duration
from hiptimer.present.cues import next_text, step_phrase
from hiptimer.present.pacing import (
    AFTER_BOUNDARY,
    BREATHING_FPS,
    REP_FPS,
    breathing,
    frame_interval,
    poll_delay,
    self_paced_movement,
)
from hiptimer.ui.theme import KIND_COLOURS, _palette, contrast_ratio, kind_colour
from hiptimer.ui.widgets import SIDE_COLOURS

TIMELINE = compile_routine(DEFAULT_ROUTINE)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "zero"),
        (7, "seven"),
        (12, "twelve"),
        (15, "fifteen"),
        (20, "twenty"),
        (45, "forty-five"),
        (100, "one hundred"),
        (115, "one hundred and fifteen"),
        (2000, "two thousand"),
        (2024, "two thousand and twenty-four"),
        (3600, "three thousand six hundred"),
    ],
)
def test_number_words(number, words):
    assert number_words(number) == words


def test_spoken_durations():
    assert spoken_duration(1) == "one second"
    assert spoken_duration(30) == "thirty seconds"
    assert spoken_duration(60) == "one minute"
    assert spoken_duration(90) == "one minute thirty"
    assert spoken_duration(150) == "two minutes thirty"


def test_phrases_keep_the_order_side_exercise_dose():
    steps = TIMELINE.steps
    assert step_phrase(steps[0]) == "Get ready. Left side. Single-leg glute bridge. Twelve reps."
    assert step_phrase(steps[1]) == "Left side. Single-leg glute bridge. Twelve reps."
    assert step_phrase(steps[2]) == "Switch sides. Right side next."
    assert step_phrase(steps[4]) == "Rest, twenty seconds"
    clamshells = next(s for s in steps if s.kind is StepKind.WORK and s.exercise.id == "clamshells")
    assert step_phrase(clamshells) == "Left side. Clamshells. Fifteen reps."
    assert step_phrase(steps[-1]) == "Well done. Routine complete."


def test_the_body_line_takes_the_place_of_shorter_words():
    steps = TIMELINE.steps
    assert step_phrase(steps[0], body=True) == (
        "Get ready. Left side. Single-leg glute bridge. Left foot planted, right leg up."
    )
    assert step_phrase(steps[2], body=True) == "Switch sides. Right foot planted, left leg up."
    clamshells = next(s for s in steps if s.kind is StepKind.WORK and s.exercise.id == "clamshells")
    assert step_phrase(clamshells, body=True) == (
        "Left side. Clamshells. Fifteen reps. Lie on your right side, left knee opens."
    )
    assert step_phrase(steps[4], body=True) == "Rest, twenty seconds"


def test_screen_texts():
    steps = TIMELINE.steps
    assert next_text(steps[2]) == "Next: switch to the right side (8 s)"
    assert next_text(steps[4]) == "Next: rest 20 s, then set 2 of 2"
    assert next_text(steps[8]) == "Next: rest 30 s, then Lateral band steps, left side"
    assert next_text(steps[-2]) == "Next: Half-kneeling hip flexor stretch, right side · hold 30 s"
    assert next_text(steps[-1]) == "Next: finished"
    assert next_text(None) == ""
    assert [countdown_text(n) for n in (0, 3, 60, 99, 100, 150)] == [
        "0",
        "3",
        "60",
        "99",
        "1:40",
        "2:30",
    ]
    assert clock_text(1506) == "25:06" and clock_text(3725) == "1:02:05"


def views_over(session: Session, clock: FakeClock, seconds: float, dt: float):
    for _ in range(round(seconds / dt)):
        clock.advance(dt)
        session.tick()
        yield session.view()


def test_each_poll_lands_just_after_the_next_digit_change():
    clock = FakeClock()
    session = Session(TIMELINE, clock)
    session.start()
    # Walk irregularly through the first steps; from every view, the scheduled poll must
    # land after the countdown changes and within 100 ms of the change.
    for view in views_over(session, clock, 100, 0.037):
        if view.state is not State.RUNNING or view.remaining is None:
            continue
        delay = poll_delay(view)
        assert delay is not None and delay > 0
        digit_change = view.remaining - (math.ceil(view.remaining) - 1)
        clock_change = math.floor(view.elapsed_total) + 1 - view.elapsed_total
        # Never later than 100 ms after the countdown's next digit...
        assert delay <= digit_change + 0.1
        frame = frame_interval(view)
        if frame is None:
            # ...and, with nothing moving, never before something on screen changes.
            assert delay >= min(digit_change, clock_change)
        else:
            # Frames fall just after the step's frame grid (see pacing.next_frame).
            assert delay <= frame + AFTER_BOUNDARY


def test_polls_stop_when_paused_and_frames_run_only_while_moving():
    clock = FakeClock()
    session = Session(TIMELINE, clock)
    session.start()
    prepare = session.view()
    assert frame_interval(prepare) is None  # nothing moves while getting ready
    assert poll_delay(prepare) == pytest.approx(1.0 + AFTER_BOUNDARY)
    session.skip()
    assert frame_interval(session.view()) == pytest.approx(1 / REP_FPS)
    session.pause()
    assert poll_delay(session.view()) is None and frame_interval(session.view()) is None
    session.resume()
    while session.step.kind is not StepKind.HOLD:
        session.skip()
    assert frame_interval(session.view()) == pytest.approx(1 / BREATHING_FPS)


def test_breathing_and_self_paced_demo_movement():
    assert breathing(0) == 0 and breathing(2.5) == pytest.approx(1) and breathing(5) == 0
    assert self_paced_movement(0, 3) == 0 and self_paced_movement(1.5, 3) == 1
    assert self_paced_movement(0.75, 3) == pytest.approx(0.5)


@pytest.mark.parametrize("dark", [False, True])
def test_kind_colours_read_on_their_background(dark):
    palette = _palette(dark)
    window = palette.window().color()
    for kind in KIND_COLOURS:
        assert contrast_ratio(kind_colour(kind, palette), window) >= 4.5, kind


def test_side_badge_colours_carry_white_text_and_differ_from_every_kind():
    white = QColor("#ffffff")
    for colour in SIDE_COLOURS.values():
        assert contrast_ratio(QColor(colour), white) >= 7
    kinds = {c for pair in KIND_COLOURS.values() for c in pair}
    assert not kinds & set(SIDE_COLOURS.values())
