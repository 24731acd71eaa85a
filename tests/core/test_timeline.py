import dataclasses

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Dose, Exercise, Mode, Rests, Routine, Side, Sides
from hiptimer.core.timeline import StepKind, compile_routine, timeline_to_json
from hiptimer.core.wording import dose_text


def test_default_timeline_works_every_exercise_on_both_sides_in_order():
    timeline = compile_routine(DEFAULT_ROUTINE)
    sets = [s for s in timeline.steps if s.is_set]
    # 6 exercises x 2 sets x 2 sides
    assert len(sets) == 24
    seen = [(s.exercise.id, s.set_no, s.side) for s in sets if s.exercise]
    for exercise in DEFAULT_ROUTINE.exercises:
        first, second = exercise.sides.order
        expected = [(exercise.id, n, side) for n in (1, 2) for side in (first, second)]
        mine = [x for x in seen if x[0] == exercise.id]
        assert mine == expected
    order = list(dict.fromkeys(s.exercise.id for s in sets if s.exercise))
    assert order == [e.id for e in DEFAULT_ROUTINE.exercises]


def test_rests_switches_and_prepare_sit_where_they_belong():
    steps = compile_routine(DEFAULT_ROUTINE).steps
    assert steps[0].kind is StepKind.PREPARE
    assert steps[-1].kind is StepKind.DONE
    for before, step, after in zip(steps, steps[1:], steps[2:], strict=False):
        if step.kind is StepKind.SWITCH:
            # between the two sides of the same set
            assert before.is_set and after.is_set
            assert before.exercise == after.exercise and before.set_no == after.set_no
            assert before.side != after.side and step.side == after.side
        if step.kind is StepKind.REST:
            assert before.is_set and after.is_set
            if before.exercise == after.exercise:
                assert after.set_no == before.set_no + 1
                assert step.seconds == before.exercise.rests.between_sets
            else:
                assert step.seconds == DEFAULT_ROUTINE.rest_between_exercises
                assert step.exercise == after.exercise


def test_stretch_steps_are_holds_and_tempo_work_has_a_duration():
    for step in compile_routine(DEFAULT_ROUTINE).steps:
        if step.exercise and step.exercise.id == "hip-flexor-stretch" and step.is_set:
            assert step.kind is StepKind.HOLD and step.seconds == 30 and step.reps is None
        elif step.kind is StepKind.WORK:
            assert step.tempo is not None
            assert step.seconds == step.reps * step.tempo.rep_seconds


def test_total_is_the_sum_of_steps_and_matches_json():
    timeline = compile_routine(DEFAULT_ROUTINE)
    doc = timeline_to_json(timeline)
    assert doc["routine"] == DEFAULT_ROUTINE.name
    assert abs(doc["total_seconds"] - sum(s["seconds"] or 0 for s in doc["steps"])) < 1e-6
    assert 15 * 60 < timeline.total_seconds < 30 * 60
    kinds = {s["kind"] for s in doc["steps"]}
    assert kinds == {"prepare", "work", "hold", "switch", "rest", "done"}


def test_self_paced_one_sided_and_sideless_exercises():
    self_paced = Exercise(
        id="steps",
        name="Steps",
        mode=Mode.REPS,
        sides=Sides.LEFT_ONLY,
        dose=Dose(sets=2, reps=10),
        rests=Rests(between_sets=0),
    )
    sideless = Exercise(
        id="plank",
        name="Plank",
        mode=Mode.HOLD,
        sides=Sides.NONE,
        dose=Dose(sets=1, hold_seconds=20),
    )
    routine = Routine(
        name="Mixed", exercises=(self_paced, sideless), prepare_seconds=0, rest_between_exercises=15
    )
    steps = compile_routine(routine).steps
    kinds = [s.kind for s in steps]
    assert kinds == [StepKind.WORK, StepKind.WORK, StepKind.REST, StepKind.HOLD, StepKind.DONE]
    assert steps[0].seconds is None and steps[0].self_paced and steps[0].side is Side.LEFT
    assert steps[3].side is None
    # self-paced sets count at a typical pace in the plan
    assert compile_routine(routine).total_seconds == 2 * 10 * 3.0 + 15 + 20


def test_right_first_starts_on_the_right():
    bridge = dataclasses.replace(DEFAULT_ROUTINE.exercises[0], sides=Sides.RIGHT_FIRST)
    routine = dataclasses.replace(DEFAULT_ROUTINE, exercises=(bridge,))
    sides = [s.side for s in compile_routine(routine).steps if s.is_set]
    assert sides == [Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT]


def test_no_switch_step_when_the_rest_between_sides_is_zero():
    bridge = DEFAULT_ROUTINE.exercises[0]
    quick = dataclasses.replace(bridge, rests=Rests(between_sides=0, between_sets=20))
    steps = compile_routine(dataclasses.replace(DEFAULT_ROUTINE, exercises=(quick,))).steps
    assert StepKind.SWITCH not in {s.kind for s in steps}
    assert [s.side for s in steps if s.is_set] == [Side.LEFT, Side.RIGHT] * 2


def test_dose_text_says_per_side_only_when_both_sides_are_worked():
    bridge = DEFAULT_ROUTINE.exercises[0]
    stretch = DEFAULT_ROUTINE.exercise("hip-flexor-stretch")
    assert dose_text(bridge) == "2 x 12 reps per side"
    assert dose_text(stretch) == "2 x 30 s hold per side"
    assert dose_text(dataclasses.replace(bridge, sides=Sides.LEFT_ONLY)) == (
        "2 x 12 reps, left side only"
    )
    assert dose_text(dataclasses.replace(stretch, sides=Sides.NONE)) == "2 x 30 s hold"


def test_todays_doses_per_side_replace_the_routines_and_may_differ_by_side():
    from hiptimer.core.builtin import DEFAULT_ROUTINE
    from hiptimer.core.routine import Side
    from hiptimer.core.timeline import SideDose, StepKind, compile_routine

    clams = next(e for e in DEFAULT_ROUTINE.exercises if e.id == "clamshells")
    stretch = next(e for e in DEFAULT_ROUTINE.exercises if e.mode.value == "hold")
    doses = {
        (clams.id, Side.LEFT): SideDose(3, reps=17, level="green band"),
        (clams.id, Side.RIGHT): SideDose(2, reps=15, level="red band"),
        (stretch.id, Side.RIGHT): SideDose(2, seconds=40.0),
    }
    plain = compile_routine(DEFAULT_ROUTINE)
    timeline = compile_routine(DEFAULT_ROUTINE, doses)
    sets = [
        (s.side, s.set_no, s.sets, s.reps, s.level)
        for s in timeline.steps
        if s.is_set and s.exercise is not None and s.exercise.id == clams.id
    ]
    assert sets == [
        (Side.LEFT, 1, 3, 17, "green band"),
        (Side.RIGHT, 1, 2, 15, "red band"),
        (Side.LEFT, 2, 3, 17, "green band"),
        (Side.RIGHT, 2, 2, 15, "red band"),
        (Side.LEFT, 3, 3, 17, "green band"),
    ]
    # No switch to a side that has no third set; the rest before set 3 leads with the left.
    third = [s for s in timeline.steps if s.exercise is not None and s.exercise.id == clams.id]
    assert [s.kind for s in third[-2:]] == [StepKind.REST, StepKind.WORK]
    assert third[-2].title == "Rest, then set 3 of 3"
    holds = [
        (s.side, s.seconds)
        for s in timeline.steps
        if s.exercise == stretch
        or (s.is_set and s.exercise is not None and s.exercise.id == stretch.id)
    ]
    assert (Side.RIGHT, 40.0) in holds and (Side.LEFT, stretch.dose.hold_seconds) in holds
    # Exercises without a dose of today run the routine's, step for step.
    others = [
        s
        for s in timeline.steps
        if s.exercise is not None and s.exercise.id not in (clams.id, stretch.id)
    ]
    assert others == [
        dataclasses.replace(s, index=o.index)
        for s, o in zip(
            [
                s
                for s in plain.steps
                if s.exercise is not None and s.exercise.id not in (clams.id, stretch.id)
            ],
            others,
            strict=True,
        )
    ]
