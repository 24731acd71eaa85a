"""A routine's problems in plain words: the exercise by name and number from 1, the field
in words, what is allowed and what was found; never the machine path."""

import dataclasses

import pytest

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.problems import field_message, plain_problem
from hiptimer.core.routine import (
    Dose,
    RoutineError,
    exercise_names,
    exercise_problems,
    validate_routine,
)

NAMES = ("Single-leg glute bridge", "Clamshells", None)


@pytest.mark.parametrize(
    ("path", "plain"),
    [
        ("exercises[1].dose.reps", "Clamshells (exercise 2), reps: M"),
        ("exercises[0].dose.tempo.up", "Single-leg glute bridge (exercise 1), tempo, lifting: M"),
        ("exercises[1].rests.between_sides", "Clamshells (exercise 2), rest between sides: M"),
        ("exercises[1].cues[2]", "Clamshells (exercise 2), cue 3: M"),
        ("exercises[1].equipment[0]", "Clamshells (exercise 2), equipment item 1: M"),
        ("exercises[1]", "Clamshells (exercise 2): M"),
        # No usable name, or beyond the names known: the number alone.
        ("exercises[2].dose.sets", "Exercise 3, sets: M"),
        ("exercises[7].name", "Exercise 8, name: M"),
        # A field HipTimer does not know, alone or inside one it knows.
        ("exercises[1].colour", "Clamshells (exercise 2), field 'colour': M"),
        ("exercises[1].dose.speed", "Clamshells (exercise 2), dose, field 'speed': M"),
        ("exercises[1].extra[3]", "Clamshells (exercise 2), field 'extra': M"),
        # The routine's and the file's own fields.
        ("name", "Routine name: M"),
        ("prepare_seconds", "Get-ready time: M"),
        ("rest_between_exercises", "Rest between exercises: M"),
        ("version", "File version: M"),
        ("pictures['a1.png']", "Picture 'a1.png': M"),
        ("colour", "Field 'colour': M"),
        # The file as a whole: the message alone.
        ("", "M"),
    ],
)
def test_each_path_reads_as_words(path, plain):
    assert plain_problem(path, "M", NAMES) == plain


def test_an_exercise_on_its_own_is_named_without_a_number():
    assert plain_problem("exercise.dose.reps", "M", ("Monster walk",)) == "Monster walk, reps: M"
    assert plain_problem("exercise.dose.reps", "M", (None,)) == "Reps: M"
    assert plain_problem("exercise", "M", ()) == "The exercise: M"


def test_a_long_name_is_cut_to_keep_one_line():
    name = "A very long exercise name that goes on and on and on"
    text = plain_problem("exercises[0].dose.sets", "M", (name,))
    assert text.startswith("A very long exercise name that goes on…")
    assert text.endswith("(exercise 1), sets: M")


def test_a_form_field_names_the_phase_it_holds_among_others():
    assert field_message("dose.reps", "dose.reps", "use 1 to 200 (was 0)") == "use 1 to 200 (was 0)"
    assert field_message("dose.tempo.up", "dose.tempo", "use 0 to 60 seconds (was 70)") == (
        "Tempo, lifting: use 0 to 60 seconds (was 70)"
    )


def test_the_issue_example_reads_as_asked():
    clamshells = DEFAULT_ROUTINE.exercise("clamshells")
    bad = dataclasses.replace(clamshells, dose=dataclasses.replace(clamshells.dose, reps=0))
    routine = dataclasses.replace(DEFAULT_ROUTINE, exercises=(DEFAULT_ROUTINE.exercises[0], bad))
    with pytest.raises(RoutineError) as caught:
        validate_routine(routine)
    assert str(caught.value) == "Clamshells (exercise 2), reps: use 1 to 200 (was 0)"
    assert [p.path for p in caught.value.problems] == ["exercises[1].dose.reps"]


def test_names_that_cannot_be_shown_are_left_out():
    raw = [{"name": "Clamshells"}, {"name": "Evil\x1b[2J"}, {"name": 7}, "not an exercise"]
    assert exercise_names(raw) == ("Clamshells", None, None, None)
    assert exercise_names("nothing") == ()


def test_an_exercises_own_problems_are_counted_as_the_exercises():
    clamshells = DEFAULT_ROUTINE.exercise("clamshells")
    bad = dataclasses.replace(clamshells, dose=Dose(sets=0, reps=0))
    error = RoutineError(exercise_problems(bad), (bad.name,))
    assert str(error).splitlines() == [
        "The exercise has 2 problems:",
        "  - Clamshells, sets: use 1 to 20 (was 0)",
        "  - Clamshells, reps: use 1 to 200 (was 0)",
    ]
