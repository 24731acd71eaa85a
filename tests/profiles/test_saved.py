"""A profile's library on disk: custom exercises, routines, pictures, safe names."""

import dataclasses
import json
import os

import pytest

from hiptimer.core.builtin import BUILT_IN_EXERCISES, DEFAULT_ROUTINE
from hiptimer.core.routine import Dose, Exercise, Mode, RoutineError
from hiptimer.profiles.saved import LibraryError, LibraryStore
from tests.trainer_support import TINY_JPEG, png_bytes, side_plank, snapshot

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')


@pytest.fixture
def store(tmp_path):
    return LibraryStore(tmp_path / "profile")


def band_walk(exercise_id: str = "band-walk", **changes) -> Exercise:
    exercise = Exercise(
        id=exercise_id,
        name="Monster walk",
        mode=Mode.REPS,
        dose=Dose(sets=2, reps=10),
        equipment=("green band",),
        cues=("Knees out against the band.",),
    )
    return dataclasses.replace(exercise, **changes)


def test_the_library_lists_the_six_built_ins_then_the_profiles_own(store):
    store.save_exercise(band_walk())
    library = store.library()
    assert library[:6] == list(BUILT_IN_EXERCISES)
    assert [e.name for e in library[6:]] == ["Monster walk"]
    assert store.custom_exercises() == [band_walk()]
    assert (store.exercises_dir / "band-walk.json").is_file()


def test_built_in_exercises_cannot_be_overwritten(store):
    with pytest.raises(LibraryError, match="built-in exercise and cannot be changed; duplicate"):
        store.save_exercise(dataclasses.replace(BUILT_IN_EXERCISES[0], name="Mine"))
    with pytest.raises(LibraryError, match="not a custom exercise"):
        store.delete_exercise("clamshells")


def test_new_ids_are_safe_and_free(store):
    assert store.new_exercise_id("Clamshells") == "clamshells-2"
    assert store.new_exercise_id("Side plank: easy?") == "side-plank-easy"
    assert store.new_exercise_id("Con") == "con-1"  # a reserved name on Windows
    assert store.new_exercise_id("???") == "exercise"
    store.save_exercise(band_walk("monster-walk"))
    assert store.new_exercise_id("Monster walk") == "monster-walk-2"


def test_an_invalid_exercise_is_not_saved(store):
    with pytest.raises(RoutineError) as caught:
        store.save_exercise(band_walk(dose=Dose(sets=0, reps=10)))
    assert caught.value.problems[0].path == "exercise.dose.sets"
    assert not store.exercises_dir.exists()


def test_a_routine_name_windows_refuses_becomes_a_safe_file_name(store):
    routine = dataclasses.replace(DEFAULT_ROUTINE, name='Anna: week 1? <"hips"> |*')
    path = store.save_routine(routine)
    assert path.name == "anna-week-1-hips.json"
    assert not WINDOWS_FORBIDDEN & set(path.name)
    assert store.load_routine('anna: WEEK 1? <"hips"> |*') == routine
    assert store.load_routine("anna-week-1-hips") == routine


def test_two_names_that_make_the_same_file_name_get_two_files(store):
    first = store.save_routine(dataclasses.replace(DEFAULT_ROUTINE, name="Week 1"))
    second = store.save_routine(dataclasses.replace(DEFAULT_ROUTINE, name="Week: 1"))
    assert first.name == "week-1.json" and second.name == "week-1-2.json"
    # Saving the second again keeps its file.
    again = dataclasses.replace(DEFAULT_ROUTINE, name="Week: 1", prepare_seconds=20)
    assert store.save_routine(again, previous_name="Week: 1") == second
    assert store.load_routine("Week: 1").prepare_seconds == 20


def test_a_taken_name_is_refused_and_a_rename_moves_the_file(store):
    store.save_routine(dataclasses.replace(DEFAULT_ROUTINE, name="Anna"))
    store.save_routine(dataclasses.replace(DEFAULT_ROUTINE, name="Ben"))
    with pytest.raises(LibraryError, match="already exists in this profile; choose another"):
        store.save_routine(dataclasses.replace(DEFAULT_ROUTINE, name="anna"))
    with pytest.raises(LibraryError, match="already exists"):
        store.save_routine(dataclasses.replace(DEFAULT_ROUTINE, name="Ben"), previous_name="Anna")
    store.save_routine(dataclasses.replace(DEFAULT_ROUTINE, name="Anna, week 2"), "Anna")
    assert sorted(p.name for p in store.routines_dir.iterdir()) == [
        "anna-week-2.json",
        "ben.json",
    ]


def test_a_damaged_routine_file_is_listed_with_its_problem_and_spares_the_others(store):
    store.save_routine(dataclasses.replace(DEFAULT_ROUTINE, name="Good"))
    (store.routines_dir / "broken.json").write_text('{"format": "hiptimer-routine", "vers')
    listed = {item.name: item for item in store.routines()}
    assert listed["Good"].routine is not None
    assert listed["broken"].routine is None and "not valid JSON" in listed["broken"].problem
    with pytest.raises(LibraryError, match="not valid JSON"):
        store.load_routine("broken")


def test_pictures_are_checked_and_kept_once(store):
    name = store.add_picture(TINY_JPEG)
    assert name.endswith(".jpg") and store.add_picture(TINY_JPEG) == name
    assert [p.name for p in store.pictures_dir.iterdir()] == [name]
    assert store.picture_bytes(name) == TINY_JPEG
    with pytest.raises(LibraryError, match="cannot be used: not a picture"):
        store.add_picture(b"%PDF-1.7 not a picture")
    assert store.picture_path("../profile.json") is None


def test_a_routine_naming_a_missing_picture_is_not_saved_or_exported(store, tmp_path):
    with_picture = band_walk(picture="0123456789abcdef.png")
    routine = dataclasses.replace(DEFAULT_ROUTINE, exercises=(with_picture,))
    with pytest.raises(LibraryError, match="not in this profile"):
        store.save_routine(routine)
    with pytest.raises(LibraryError, match="missing from this profile"):
        store.export_routine(routine, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


def test_a_failed_write_leaves_the_old_file_and_no_leftovers(store, monkeypatch):
    routine = dataclasses.replace(DEFAULT_ROUTINE, name="Kept")
    store.save_routine(routine)
    before = snapshot(store.folder)

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    changed = dataclasses.replace(routine, prepare_seconds=99)
    with pytest.raises(LibraryError, match="No space left on device; nothing was changed"):
        store.save_routine(changed, previous_name="Kept")
    assert snapshot(store.folder) == before


def test_a_picture_is_stored_under_its_content_name(store):
    data = png_bytes(5, 5)
    name = store.add_picture(data)
    assert (store.pictures_dir / name).read_bytes() == data


def test_an_exercise_file_keeps_its_side_meaning_and_an_older_one_still_opens(store):
    plank = dataclasses.replace(side_plank(), side_meaning="Bottom elbow down, {side} side")
    path = store.save_exercise(plank)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 2 and document["exercise"]["side_meaning"] == plank.side_meaning
    assert store.custom_exercises() == [plank]
    # A file written before side meanings existed: version 1, no such field.
    del document["exercise"]["side_meaning"]
    document["version"] = 1
    path.write_text(json.dumps(document), encoding="utf-8")
    assert store.custom_exercises() == [side_plank()]
    document["version"] = 3
    path.write_text(json.dumps(document), encoding="utf-8")
    # A newer version than this HipTimer knows is listed with its problem, not read.
    [stored] = store.stored_exercises()
    assert stored.exercise is None and "the file version should be 1 to 2 (was 3)" in stored.problem
