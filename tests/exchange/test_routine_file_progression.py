"""Routine file version 4 (issue 15): a trainer's progression controls travel in the file,
older versions still open, and the new fields in an older version are refused by name."""

import dataclasses
import json

import pytest

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.exchange.routine_file import (
    PROGRESSION_VERSION,
    SIDE_MEANING_VERSION,
    VERSION,
    RoutineFileError,
    read_routine_bundle,
    routine_document,
    write_routine_file,
)


def limited(progression: bool = True):
    bridge, steps, clams, *rest = DEFAULT_ROUTINE.exercises
    return dataclasses.replace(
        DEFAULT_ROUTINE,
        progression=progression,
        exercises=(
            dataclasses.replace(bridge, top_reps=12),
            steps,
            dataclasses.replace(clams, top_level="green band"),
            *rest,
        ),
    )


def test_the_format_is_one_version_up_for_the_progression_controls():
    assert VERSION == PROGRESSION_VERSION == SIDE_MEANING_VERSION + 1


@pytest.mark.parametrize("routine", [limited(), limited(progression=False)])
def test_limits_and_progression_off_are_written_as_the_new_version_and_read_back(tmp_path, routine):
    path = tmp_path / "limits.json"
    write_routine_file(routine, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == PROGRESSION_VERSION
    assert document["exercises"][0]["top_reps"] == 12
    assert document["exercises"][2]["top_level"] == "green band"
    assert document.get("progression", True) is routine.progression
    bundle = read_routine_bundle(path)
    assert bundle.version == PROGRESSION_VERSION and bundle.routine == routine


def test_progression_off_alone_needs_the_new_version(tmp_path):
    routine = dataclasses.replace(DEFAULT_ROUTINE, progression=False)
    assert routine_document(routine)["version"] == PROGRESSION_VERSION
    assert routine_document(DEFAULT_ROUTINE)["version"] == SIDE_MEANING_VERSION


def test_an_older_file_opens_with_progression_on_and_no_limits(tmp_path):
    document = routine_document(DEFAULT_ROUTINE)
    assert document["version"] < PROGRESSION_VERSION
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    routine = read_routine_bundle(path).routine
    assert routine.progression is True
    assert all(e.top_reps is None and e.top_level is None for e in routine.exercises)


def test_the_new_fields_in_an_older_version_are_refused_by_name(tmp_path):
    document = routine_document(limited(progression=False))
    document["version"] = PROGRESSION_VERSION - 1
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(RoutineFileError) as caught:
        read_routine_bundle(path)
    paths = {p.path for p in caught.value.problems}
    assert paths == {"progression", "exercises[0].top_reps", "exercises[2].top_level"}
    assert all(f"version {PROGRESSION_VERSION}" in p.message for p in caught.value.problems)


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (
            lambda d: d["exercises"][2].update(top_level="purple band"),
            "exercises[2].top_level",
            "use one of 'tan band'",
        ),
        (
            lambda d: d["exercises"][4].update(top_level="green band"),
            "exercises[4].top_level",
            "no levels",
        ),
        (lambda d: d["exercises"][0].update(top_reps=0), "exercises[0].top_reps", "use 1 to"),
        (lambda d: d["exercises"][5].update(top_reps=12), "exercises[5].top_reps", "rep range"),
        (lambda d: d.update(progression="no"), "progression", "use true or false (was a text)"),
    ],
)
def test_bad_limits_are_refused_naming_the_field(tmp_path, change, path, words):
    document = routine_document(limited())
    change(document)
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(RoutineFileError) as caught:
        read_routine_bundle(file)
    assert any(p.path == path and words in p.message for p in caught.value.problems), (
        caught.value.problems
    )
