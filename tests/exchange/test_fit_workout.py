"""`hiptimer routines export NAME --fit FILE`: decoded with Garmin's own FIT SDK, every step."""

import sys

import pytest
from garmin_fit_sdk import Decoder, Stream

from hiptimer.cli import main
from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Mode, Sides
from hiptimer.core.wording import with_side


def decoded(path):
    data = bytearray(path.read_bytes())
    assert Decoder(Stream.from_byte_array(data)).check_integrity()  # header, sizes and CRC
    messages, errors = Decoder(Stream.from_byte_array(data)).read()
    assert errors == []
    return messages


def expected_steps(routine):
    """What the watch should walk through, worked out from the routine itself."""
    steps = []
    if routine.prepare_seconds:
        steps.append(("rest", "time", routine.prepare_seconds))
    for number, exercise in enumerate(routine.exercises):
        if number and routine.rest_between_exercises:
            steps.append(("rest", "time", routine.rest_between_exercises))
        for set_no in range(1, exercise.dose.sets + 1):
            if set_no > 1 and exercise.rests.between_sets:
                steps.append(("rest", "time", exercise.rests.between_sets))
            for side_no, side in enumerate(exercise.sides.order):
                if side_no and exercise.rests.between_sides:
                    steps.append(("rest", "time", exercise.rests.between_sides))
                name = with_side(exercise.name, side)
                if exercise.dose.sets > 1:
                    name = f"{name}, set {set_no} of {exercise.dose.sets}"
                if exercise.mode is Mode.REPS:
                    steps.append((name, "reps", exercise.dose.reps))
                else:
                    steps.append((name, "time", exercise.dose.hold_seconds))
    return steps


def test_the_built_in_routine_decodes_step_by_step(data_home, tmp_path, capsys):
    out = tmp_path / "hips.fit"
    assert main(["routines", "export", "Hip strength for runners", "--fit", str(out)]) == 0
    messages = decoded(out)
    (file_id,) = messages["file_id_mesgs"]
    assert file_id["type"] == "workout"
    (workout,) = messages["workout_mesgs"]
    assert workout["wkt_name"] == DEFAULT_ROUTINE.name
    assert workout["sport"] == "training" and workout["sub_sport"] == "strength_training"
    steps = messages["workout_step_mesgs"]
    assert workout["num_valid_steps"] == len(steps)
    assert f"({len(steps)} steps)" in capsys.readouterr().out
    assert [s["message_index"] for s in steps] == list(range(len(steps)))

    wanted = expected_steps(DEFAULT_ROUTINE)
    assert len(steps) == len(wanted)
    sides = [e for e in DEFAULT_ROUTINE.exercises if e.sides is not Sides.NONE]
    assert sides and any(e.mode is Mode.HOLD for e in DEFAULT_ROUTINE.exercises)
    for step, (name, kind, amount) in zip(steps, wanted, strict=True):
        assert step["duration_type"] == kind
        if name == "rest":
            assert step["intensity"] == "rest"
        else:
            assert step["intensity"] == "active"
            assert step["wkt_step_name"] == name
        if kind == "reps":
            assert step["duration_reps"] == amount
        else:
            assert step["duration_time"] == pytest.approx(amount)
    names = {s["wkt_step_name"] for s in steps if s["intensity"] == "active"}
    for exercise in DEFAULT_ROUTINE.exercises:
        assert any(exercise.name in n for n in names)


def test_without_the_fit_library_one_clear_line(data_home, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "fit_tool.fit_file_builder", None)
    out = tmp_path / "hips.fit"
    assert main(["routines", "export", "Hip strength for runners", "--fit", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'hiptimer[fit]'" in err
    assert not out.exists()
