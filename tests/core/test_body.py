"""Sides in body terms: what "left" and "right" mean, step by step."""

import dataclasses

import pytest

from hiptimer.cli import main
from hiptimer.core.body import body_text
from hiptimer.core.builtin import BUILT_IN_EXERCISES, DEFAULT_ROUTINE, built_in_exercise
from hiptimer.core.routine import (
    Dose,
    Exercise,
    Mode,
    Routine,
    RoutineError,
    Side,
    Sides,
    validate_routine,
)
from hiptimer.core.timeline import compile_routine


def built_in(exercise_id: str) -> Exercise:
    exercise = built_in_exercise(exercise_id)
    assert exercise is not None
    return exercise


@pytest.mark.parametrize(
    ("exercise_id", "side", "body"),
    [
        # The article: lie on the right side, the left (top) knee opens.
        ("clamshells", Side.LEFT, "Lie on your right side, left knee opens"),
        ("clamshells", Side.RIGHT, "Lie on your left side, right knee opens"),
        # Weight on the standing leg, which squats; the other hangs beside the step.
        ("hip-hikes", Side.RIGHT, "Stand on your right leg on the step, left leg hangs"),
        # Press through the planted heel, the other foot lifted.
        ("glute-bridge", Side.RIGHT, "Right foot planted, left leg up"),
        # Step to the side of the leading foot.
        ("lateral-band-steps", Side.LEFT, "Step out to your left, left foot leads"),
        ("donkey-kicks", Side.RIGHT, "Lift your right leg, knee bent"),
        # The side is the knee on the cushion, whose hip flexor stretches.
        ("hip-flexor-stretch", Side.LEFT, "Left knee down, right foot in front"),
    ],
)
def test_each_built_in_says_its_side_in_body_terms(exercise_id, side, body):
    assert body_text(built_in(exercise_id), side) == body


def test_every_built_in_starts_on_the_left_so_one_order_holds_through_the_routine():
    assert {e.sides for e in BUILT_IN_EXERCISES} == {Sides.LEFT_FIRST}
    for exercise in BUILT_IN_EXERCISES:
        assert exercise.side_meaning, exercise.id
        for side in Side:
            text = body_text(exercise, side)
            assert text and "{" not in text and side.value in text.lower(), exercise.id


def test_every_sided_step_carries_its_body_line_and_only_those():
    for step in compile_routine(DEFAULT_ROUTINE).steps:
        if step.side is None:
            assert step.body is None
        else:
            assert step.body == body_text(step.exercise, step.side)


def plain(**changes: object) -> Exercise:
    exercise = Exercise(
        id="side-plank", name="Side plank", mode=Mode.HOLD, dose=Dose(sets=1, hold_seconds=20)
    )
    return dataclasses.replace(exercise, **changes)


@pytest.mark.parametrize(
    ("meaning", "left"),
    [
        ("working leg", "Work your left leg"),
        ("lying side", "Lie on your left side"),
        ("standing leg", "Stand on your left leg"),
        ("kneeling leg", "Left knee down"),
        ("Bottom elbow under the shoulder", "Left: Bottom elbow under the shoulder"),
        ("{Other} hand on the hip, {side} elbow down", "Right hand on the hip, left elbow down"),
        (None, "Work your left side"),
    ],
)
def test_a_custom_exercise_names_its_side_from_its_meaning(meaning, left):
    assert body_text(plain(side_meaning=meaning), Side.LEFT) == left


def test_an_exercise_without_sides_has_no_body_line():
    routine = Routine(name="Plank", exercises=(plain(sides=Sides.NONE),))
    assert all(step.body is None for step in compile_routine(routine).steps)


@pytest.mark.parametrize("meaning", ["{left} leg", "Lie on {side", "   ", "x" * 201])
def test_a_bad_side_meaning_is_refused_naming_the_field(meaning):
    routine = Routine(name="Plank", exercises=(plain(side_meaning=meaning),))
    with pytest.raises(RoutineError) as caught:
        validate_routine(routine)
    assert [p.path for p in caught.value.problems] == ["exercises[0].side_meaning"]


def test_plan_json_has_body_on_every_sided_step_and_null_elsewhere(capsys):
    import json

    assert main(["plan", "--json"]) == 0
    steps = json.loads(capsys.readouterr().out)["steps"]
    for step in steps:
        assert "body" in step
        if step["side"] is None:
            assert step["body"] is None
        else:
            assert isinstance(step["body"], str) and step["side"] in step["body"].lower()
    clamshells_left = next(
        s
        for s in steps
        if s["exercise"] == "clamshells" and s["side"] == "left" and s["kind"] == "work"
    )
    assert clamshells_left["body"] == "Lie on your right side, left knee opens"
