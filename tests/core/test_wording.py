"""The one wording module: durations, doses, sides and tempo, said one way everywhere."""

from __future__ import annotations

import dataclasses

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Dose, Exercise, Mode, Side, Sides, Tempo
from hiptimer.core.wording import (
    body_line,
    clock_text,
    dose_line,
    dose_short,
    dose_table,
    minutes_short,
    minutes_text,
    side_label,
    side_name,
    side_word,
    spoken_dose,
    tempo_text,
    with_side,
)

REPS = Exercise(
    id="steps", name="Band steps", mode=Mode.REPS, dose=Dose(sets=2, reps=12, tempo=Tempo(2, 1, 2))
)
HOLD = Exercise(id="plank", name="Plank", mode=Mode.HOLD, dose=Dose(sets=3, hold_seconds=30))


def test_durations():
    assert clock_text(0) == "0:00" and clock_text(65) == "1:05" and clock_text(3725) == "1:02:05"
    assert clock_text(-3) == "0:00"
    assert minutes_text(20) == "under a minute"
    assert minutes_text(60) == "about 1 minute" and minutes_text(25 * 60) == "about 25 minutes"
    assert minutes_short(20) == "1 min" and minutes_short(250) == "4 min"


def test_sides():
    assert side_label(Side.LEFT) == "left side" and side_label(None) == ""
    assert side_word(Side.RIGHT) == "RIGHT" and side_word(None) == ""
    assert side_name(Side.LEFT) == "Left"
    assert with_side("Plank", Side.RIGHT) == "Plank, right side"
    assert with_side("Plank", None) == "Plank"
    for exercise in DEFAULT_ROUTINE.exercises:
        for side in Side:
            line = body_line(exercise, side)
            assert line.startswith(f"{side_name(side)}: ") and "{" not in line


def test_doses_and_tempo():
    assert dose_line(REPS) == "2 x 12 reps per side"
    self_paced = dataclasses.replace(REPS, dose=Dose(sets=2, reps=12))
    assert dose_line(self_paced) == "2 x 12 reps per side, at your own pace"
    assert dose_short(REPS) == "12 reps" and dose_short(HOLD) == "hold 30 s"
    assert dose_table(REPS) == "2 × 12 reps" and dose_table(HOLD) == "3 × 30 s"
    assert spoken_dose(REPS) == "Twelve reps." and spoken_dose(HOLD) == "Hold thirty seconds."
    assert tempo_text(HOLD) == "Hold 30 s, breathing slowly"
    assert tempo_text(self_paced) == "At your own pace, smooth and controlled"
    assert tempo_text(REPS).startswith("Tempo: up ")
    one_side = dataclasses.replace(HOLD, sides=Sides.LEFT_ONLY)
    assert dose_line(one_side) == "3 x 30 s hold, left side only"
