import dataclasses

import pytest

from hiptimer.core.builtin import BUILT_IN_EXERCISES, DEFAULT_ROUTINE, built_in_exercise
from hiptimer.core.routine import Dose, Mode, RoutineError, Sides, Tempo, validate_routine
from hiptimer.core.serialize import routine_from_dict, routine_to_dict


def test_default_routine_is_valid_and_has_the_six_exercises():
    validate_routine(DEFAULT_ROUTINE)
    assert [e.id for e in DEFAULT_ROUTINE.exercises] == [
        "glute-bridge",
        "lateral-band-steps",
        "clamshells",
        "hip-hikes",
        "donkey-kicks",
        "hip-flexor-stretch",
    ]


def test_every_built_in_is_worked_on_both_sides_with_two_or_three_cues():
    for exercise in BUILT_IN_EXERCISES:
        assert exercise.sides in (Sides.LEFT_FIRST, Sides.RIGHT_FIRST), exercise.id
        assert 2 <= len(exercise.cues) <= 3, exercise.id
        assert exercise.figure == exercise.id


def test_stretch_is_a_timed_hold_and_the_rest_are_tempo_reps():
    stretch = DEFAULT_ROUTINE.exercise("hip-flexor-stretch")
    assert stretch.mode is Mode.HOLD and stretch.dose.hold_seconds == 30
    for exercise in DEFAULT_ROUTINE.exercises[:5]:
        assert exercise.mode is Mode.REPS
        assert exercise.dose.tempo is not None
        assert 10 <= (exercise.dose.reps or 0) <= 15


def test_validation_names_every_bad_field():
    bridge = DEFAULT_ROUTINE.exercises[0]
    bad = dataclasses.replace(
        bridge,
        id="Bad Id!",
        dose=Dose(sets=0, reps=500, tempo=Tempo(up=-1, pause=0, down=1)),
    )
    routine = dataclasses.replace(DEFAULT_ROUTINE, name="", exercises=(bad, bad))
    with pytest.raises(RoutineError) as caught:
        validate_routine(routine)
    paths = {p.path for p in caught.value.problems}
    assert {
        "name",
        "exercises[0].id",
        "exercises[0].dose.sets",
        "exercises[0].dose.reps",
        "exercises[0].dose.tempo.up",
    } <= paths
    # A person reads each exercise by its name and number from 1 and the field in words.
    message = str(caught.value)
    assert message.startswith("The routine has 10 problems:\n")
    assert "\n  - Single-leg glute bridge (exercise 1), sets: use 1 to 20 (was 0)" in message
    assert "\n  - Single-leg glute bridge (exercise 2), reps: use 1 to 200 (was 500)" in message
    assert "\n  - Routine name: fill this in (it is empty)" in message
    assert "exercises[" not in message and "dose." not in message


def test_hold_exercise_rejects_reps_and_needs_seconds():
    stretch = DEFAULT_ROUTINE.exercise("hip-flexor-stretch")
    bad = dataclasses.replace(stretch, dose=Dose(sets=2, reps=3))
    with pytest.raises(RoutineError) as caught:
        validate_routine(dataclasses.replace(DEFAULT_ROUTINE, exercises=(bad,)))
    messages = {str(p) for p in caught.value.problems}
    assert "exercises[0].dose.reps: a hold exercise has no reps; leave them out" in messages
    assert "exercises[0].dose.hold_seconds: missing; use a number of seconds" in messages
    assert caught.value.lines() == [
        f"{stretch.name} (exercise 1), hold time: missing; use a number of seconds",
        f"{stretch.name} (exercise 1), reps: a hold exercise has no reps; leave them out",
    ]


def test_dict_round_trip_gives_an_equal_routine():
    assert routine_from_dict(routine_to_dict(DEFAULT_ROUTINE)) == DEFAULT_ROUTINE


@pytest.mark.parametrize(
    ("mutate", "path", "words"),
    [
        (lambda d: d.pop("exercises"), "exercises", "missing"),
        (lambda d: d.update(name=7), "name", "use a text in quotes (was a whole number)"),
        (
            lambda d: d["exercises"][0].update(mode="jump"),
            "exercises[0].mode",
            "use one of 'reps', 'hold' (was 'jump')",
        ),
        (
            lambda d: d["exercises"][0]["dose"].update(sets="two"),
            "exercises[0].dose.sets",
            "use a whole number (was a text)",
        ),
        (
            lambda d: d["exercises"][0]["dose"].update(reps=True),
            "exercises[0].dose.reps",
            "true/false",
        ),
        (
            lambda d: d["exercises"][1].update(colour="red"),
            "exercises[1].colour",
            "does not know this field",
        ),
        (
            lambda d: d["exercises"][0]["rests"].update(between_sets=-5),
            "exercises[0].rests.between_sets",
            "use 0 to 600 seconds (was -5)",
        ),
    ],
)
def test_reading_a_dict_reports_the_field_and_the_problem(mutate, path, words):
    data = routine_to_dict(DEFAULT_ROUTINE)
    mutate(data)
    with pytest.raises(RoutineError) as caught:
        routine_from_dict(data)
    assert any(p.path == path and words in p.message for p in caught.value.problems), str(
        caught.value
    )


def test_the_hip_hike_is_the_articles_quarter_squat_and_band_steps_keep_knees_out():
    hikes = " ".join(built_in_exercise("hip-hikes").cues).lower()
    for words in ("quarter squat", "straight", "beside the step", "hips stay level"):
        assert words in hikes
    for words in ("knee soft", "rail", "trunk tall"):
        assert words in hikes
    assert "drop" not in hikes  # no longer the straight-leg pelvic drop
    band = " ".join(built_in_exercise("lateral-band-steps").cues).lower()
    assert "knees pushed out over the toes" in band
