"""Routine files: round trips, versions, and hostile files refused without harm."""

import base64
import dataclasses
import json
import re

import pytest

from hiptimer.cli import main
from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Routine, Side
from hiptimer.core.timeline import compile_routine
from hiptimer.exchange.routine_file import (
    MAX_FILE_BYTES,
    VERSION,
    RoutineFileError,
    read_routine_bundle,
    read_routine_file,
    routine_document,
    write_routine_file,
)
from hiptimer.profiles.saved import LibraryStore
from tests.trainer_support import MACHINE_PATH, TINY_JPEG, png_bytes, side_plank, snapshot

PICTURE = png_bytes(8, 6)


def custom_routine(store: LibraryStore) -> Routine:
    picture = store.add_picture(PICTURE)
    return Routine(
        name="Anna: week 1?",
        exercises=(DEFAULT_ROUTINE.exercises[2], side_plank(picture)),
        prepare_seconds=15,
        rest_between_exercises=45,
    )


@pytest.fixture
def trainer(tmp_path):
    return LibraryStore(tmp_path / "trainer")


@pytest.fixture
def runner(tmp_path):
    """A runner's profile that already holds a routine and a picture of its own."""
    store = LibraryStore(tmp_path / "runner")
    own = dataclasses.replace(DEFAULT_ROUTINE, name="My routine")
    store.save_routine(own)
    store.add_picture(TINY_JPEG)
    return store


def test_export_then_import_gives_an_equal_routine_with_its_picture(trainer, runner, tmp_path):
    routine = custom_routine(trainer)
    trainer.save_routine(routine)
    out = tmp_path / "anna.hiptimer.json"
    trainer.export_routine(trainer.load_routine("Anna: week 1?"), out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "hiptimer-routine" and document["version"] == 3
    assert base64.b64decode(document["pictures"][routine.exercises[1].picture]) == PICTURE

    imported = runner.import_file(out)
    assert imported == routine
    assert runner.load_routine("anna: week 1?") == routine
    assert runner.picture_bytes(imported.exercises[1].picture) == PICTURE
    assert read_routine_file(out) == routine


def test_a_file_without_pictures_or_side_meanings_is_written_as_version_1(tmp_path):
    plain = dataclasses.replace(
        DEFAULT_ROUTINE,
        exercises=tuple(
            dataclasses.replace(e, side_meaning=None) for e in DEFAULT_ROUTINE.exercises
        ),
    )
    path = tmp_path / "plain.json"
    write_routine_file(plain, path)
    bundle = read_routine_bundle(path)
    assert bundle.version == 1 and bundle.routine == plain and not bundle.pictures
    assert "side_meaning" not in path.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.part"))


def test_side_meanings_are_written_as_version_3_and_read_back(tmp_path):
    path = tmp_path / "sides.json"
    write_routine_file(DEFAULT_ROUTINE, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 3
    clamshells = document["exercises"][2]
    assert clamshells["side_meaning"] == "Lie on your {other} side, {side} knee opens"
    bundle = read_routine_bundle(path)
    assert bundle.version == 3 and bundle.routine == DEFAULT_ROUTINE


def test_an_old_version_1_file_still_opens_and_its_built_ins_speak_in_body_terms(tmp_path):
    """A file written before side meanings existed: right first, no side_meaning fields."""
    document = routine_document(DEFAULT_ROUTINE)
    document["version"] = 1
    for exercise in document["exercises"]:
        del exercise["side_meaning"]
        exercise["sides"] = "right_first"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    bundle = read_routine_bundle(path)
    assert bundle.version == 1
    clamshells = bundle.routine.exercises[2]
    assert clamshells.side_meaning is None
    steps = compile_routine(bundle.routine).steps
    first = next(s for s in steps if s.is_set and s.exercise == clamshells)
    assert first.side is Side.RIGHT
    assert first.body == "Lie on your left side, right knee opens"


def test_a_side_meaning_in_an_older_version_is_refused_naming_the_field(tmp_path):
    document = routine_document(DEFAULT_ROUTINE)
    document["version"] = 2
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(RoutineFileError) as caught:
        read_routine_bundle(path)
    assert any(
        p.path == "exercises[0].side_meaning" and "version 3" in p.message
        for p in caught.value.problems
    )


def test_importing_the_same_name_twice_keeps_both(trainer, runner, tmp_path):
    out = tmp_path / "mine.json"
    write_routine_file(dataclasses.replace(DEFAULT_ROUTINE, name="My routine"), out)
    second = runner.import_file(out)
    assert second.name == "My routine (2)"
    assert [s.name for s in runner.routines()] == ["My routine", "My routine (2)"]
    assert runner.import_file(out, replace=True).name == "My routine"
    assert len(runner.routines()) == 2


def _valid_document(tmp_path) -> dict:
    store = LibraryStore(tmp_path / "source")
    routine = custom_routine(store)
    return routine_document(routine, {routine.exercises[1].picture: PICTURE})


def _picture_name(doc: dict) -> str:
    return doc["exercises"][1]["picture"]


def _set_picture(doc: dict, data: bytes) -> None:
    doc["pictures"][_picture_name(doc)] = base64.b64encode(data).decode()


def _deep(depth: int) -> object:
    value: object = "x"
    for _ in range(depth):
        value = [value]
    return value


# (id, change to a valid document or the file's bytes, field path, words in the message)
HOSTILE = [
    ("too large", b" " * (MAX_FILE_BYTES + 1), "", "at most 8 MB"),
    ("not json", b"this is not a routine", "", "not valid JSON (line 1"),
    ("binary", bytes(range(256)) * 4, "", "not a text file"),
    ("empty", b"", "", "not valid JSON"),
    (
        "wrong top type",
        b"[1, 2, 3]",
        "",
        "it should hold a JSON object in braces (it holds a list)",
    ),
    ("unknown format", lambda d: d.update(format="fitness-plan"), "", "not a HipTimer routine"),
    ("newer version", lambda d: d.update(version=99), "version", "newer than this HipTimer"),
    ("version as text", lambda d: d.update(version="2"), "version", "whole number"),
    ("version zero", lambda d: d.update(version=0), "version", f"use 1 to {VERSION} (was 0)"),
    ("missing exercises", lambda d: d.pop("exercises"), "exercises", "missing"),
    ("missing name", lambda d: d.pop("name"), "name", "missing"),
    ("missing mode", lambda d: d["exercises"][0].pop("mode"), "exercises[0].mode", "missing"),
    (
        "wrong type",
        lambda d: d["exercises"][0]["dose"].update(sets="two"),
        "exercises[0].dose.sets",
        "use a whole number (was a text)",
    ),
    (
        "exercise not an object",
        lambda d: d["exercises"].insert(0, "clamshells"),
        "exercises[0]",
        "use a JSON object in braces (was a text)",
    ),
    ("empty exercise", lambda d: d["exercises"].append({}), "exercises[2]", "empty object"),
    (
        "negative count",
        lambda d: d["exercises"][0]["dose"].update(sets=-3),
        "exercises[0].dose.sets",
        "use 1 to 20 (was -3)",
    ),
    (
        "huge count",
        lambda d: d["exercises"][0]["dose"].update(reps=10**12),
        "exercises[0].dose.reps",
        "use 1 to 200 (was 1000000000000)",
    ),
    (
        "thousand-digit count",
        b'{"format": "hiptimer-routine", "version": 1, "name": "x", "exercises": [{"id": "a", '
        b'"name": "A", "mode": "reps", "dose": {"sets": 1, "reps": ' + b"9" * 5000 + b"}}]}",
        "exercises[0].dose.reps",
        "a 5000-digit number",
    ),
    (
        "negative time",
        lambda d: d["exercises"][0]["rests"].update(between_sets=-5),
        "exercises[0].rests.between_sets",
        "use 0 to 600 seconds (was -5)",
    ),
    (
        "huge time",
        lambda d: d.update(prepare_seconds=1e9),
        "prepare_seconds",
        "use 0 to 120 seconds (was 1e+09)",
    ),
    (
        "nan",
        lambda d: d["exercises"][0]["dose"]["tempo"].update(up=float("nan")),
        "exercises[0].dose.tempo.up",
        "(was nan)",
    ),
    (
        "infinity",
        lambda d: d["exercises"][1]["dose"].update(hold_seconds=float("inf")),
        "exercises[1].dose.hold_seconds",
        "(was inf)",
    ),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "", "nested too deeply"),
    (
        "deep field",
        lambda d: d["exercises"][0].update(cues=[_deep(500)]),
        "exercises[0].cues[0]",
        "text",
    ),
    (
        "duplicate ids",
        lambda d: d["exercises"].append(dict(d["exercises"][0])),
        "exercises[2].id",
        "already used by an exercise before it",
    ),
    (
        "too many exercises",
        lambda d: d.update(exercises=[dict(d["exercises"][0], id=f"e{i}") for i in range(500)]),
        "exercises",
        "at most 60",
    ),
    (
        "does not know this field",
        lambda d: d.update(colour="red"),
        "colour",
        "does not know this field",
    ),
    ("overlong text", lambda d: d.update(name="x" * 5000), "name", "at most 200 characters"),
    (
        "too many cues",
        lambda d: d["exercises"][0].update(cues=["a"] * 100_000),
        "exercises[0].cues",
        "at most 6",
    ),
    (
        "picture not an image",
        lambda d: _set_picture(d, b"MZ\x90\x00 an executable, not a picture"),
        "pictures['",
        "not a picture",
    ),
    (
        "picture too large",
        lambda d: _set_picture(d, png_bytes(8, 6) + b"\x00" * (1024 * 1024)),
        "pictures['",
        "at most 1024 KB",
    ),
    (
        "picture damaged",
        lambda d: _set_picture(d, png_bytes(8, 6)[:-20] + b"\x00" * 20),
        "pictures['",
        "broken PNG",
    ),
    (
        "bad base64",
        lambda d: d["pictures"].update({_picture_name(d): "not//base64!!"}),
        "pictures['",
        "not valid base64",
    ),
    (
        "picture type lies",
        lambda d: _set_picture(d, TINY_JPEG),
        "pictures['",
        "the name says png but it is a jpg",
    ),
    (
        "picture path in name",
        lambda d: d["pictures"].update({"../../evil.png": d["pictures"][_picture_name(d)]}),
        "pictures['../../evil.png']",
        "use a file name such as",
    ),
    (
        "picture missing",
        lambda d: d.pop("pictures"),
        "exercises[1].picture",
        "add the picture",
    ),
    (
        "picture in a version 1 file",
        lambda d: d.update(version=1),
        "pictures",
        "make the file version 2 or more",
    ),
    (
        "figure and picture",
        lambda d: d["exercises"][1].update(figure="clamshells"),
        "exercises[1].picture",
        "either a drawn figure or a picture",
    ),
    (
        "unknown mode",
        lambda d: d["exercises"][0].update(mode="jump"),
        "exercises[0].mode",
        "one of",
    ),
]


@pytest.mark.parametrize(
    ("change", "path", "words"), [case[1:] for case in HOSTILE], ids=[case[0] for case in HOSTILE]
)
def test_a_hostile_file_is_refused_naming_the_field_and_nothing_changes(
    change, path, words, runner, tmp_path, capsys
):
    target = tmp_path / "incoming.json"
    if isinstance(change, bytes):
        target.write_bytes(change)
    else:
        document = _valid_document(tmp_path)
        change(document)
        target.write_text(json.dumps(document), encoding="utf-8")
    before = snapshot(runner.folder)

    with pytest.raises(RoutineFileError) as caught:
        runner.import_file(target)

    assert snapshot(runner.folder) == before
    problems = caught.value.problems
    if path.endswith("['"):  # a picture's path holds its content-made name
        assert any(p.path.startswith(path) and words in p.message for p in problems), problems
    else:
        assert any(p.path == path and words in p.message for p in problems), problems
    message = str(caught.value)
    assert message.startswith(str(target)) and len(message) < 4000

    assert main(["routines", "validate", str(target)]) == 2
    out, err = capsys.readouterr()
    assert words in err and "Traceback" not in err and out == ""
    # A person reads the exercise by its number from 1 and the field in words, never
    # the machine path (which `validate --json` keeps).
    assert not MACHINE_PATH.search(err), err
    numbered = re.match(r"exercises\[(\d+)\]", path)
    if numbered is not None:
        number = int(numbered.group(1)) + 1
        assert f"(exercise {number})" in err or f"Exercise {number}" in err, err


def test_there_are_at_least_twenty_hostile_cases():
    assert len(HOSTILE) >= 20


def test_every_problem_is_reported_at_once(tmp_path):
    document = _valid_document(tmp_path)
    document["name"] = ""
    document["exercises"][0]["dose"]["sets"] = 0
    document["exercises"][1]["dose"]["hold_seconds"] = -1
    document["exercises"][0]["mode"] = "fly"
    document["exercises"][1]["sides"] = "middle"
    path = tmp_path / "many.json"
    path.write_text(json.dumps(document))
    with pytest.raises(RoutineFileError) as caught:
        read_routine_file(path)
    paths = {p.path for p in caught.value.problems}
    assert {
        "name",
        "exercises[0].mode",
        "exercises[1].sides",
        "exercises[1].dose.hold_seconds",
    } <= paths
    assert "5 problems" in str(caught.value) or "problems" in str(caught.value)


def test_a_utf8_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    doc = routine_document(DEFAULT_ROUTINE)
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode())
    assert read_routine_file(path) == DEFAULT_ROUTINE


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(RoutineFileError, match="cannot read the file"):
        read_routine_file(tmp_path / "nowhere.json")
