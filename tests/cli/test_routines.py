"""`hiptimer routines ...` run in-process: exit codes, output, never a traceback."""

import dataclasses
import json

from hiptimer.cli import main
from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.exchange.routine_file import read_routine_file, write_routine_file
from hiptimer.profiles.folders import create_profile
from hiptimer.profiles.saved import LibraryStore


def test_list_shows_the_built_in_and_the_profiles_routines(data_home, capsys):
    store = LibraryStore.for_profile("default")
    store.save_routine(
        dataclasses.replace(
            DEFAULT_ROUTINE, name="Short", exercises=(DEFAULT_ROUTINE.exercises[0],)
        )
    )
    (store.routines_dir / "damaged.json").write_text("{")
    assert main(["routines", "list"]) == 0
    out = capsys.readouterr().out
    assert "Routines in profile 'default':" in out
    assert "Hip strength for runners (built-in)" in out and "25:06" in out
    assert "Short" in out and " 1 exercise " in out
    assert "damaged.json" in out and "cannot be read" in out


def test_export_validate_import_across_profiles(data_home, tmp_path, capsys):
    create_profile("Anna")
    out = tmp_path / "handover.json"
    assert main(["routines", "export", "Hip strength for runners", "--out", str(out)]) == 0
    assert read_routine_file(out) == DEFAULT_ROUTINE

    assert main(["routines", "validate", str(out)]) == 0
    text = capsys.readouterr().out
    assert f"OK: {out}" in text
    assert "Routine: Hip strength for runners (file version 3)" in text
    assert "6 exercises, 0 pictures, about 25:06" in text
    assert "  - Clamshells: 2 x 15 reps per side" in text

    # --profile before the command (global) and after it both work.
    assert main(["--profile", "Anna", "routines", "import", str(out)]) == 0
    assert "into profile 'Anna'" in capsys.readouterr().out
    assert main(["routines", "import", str(out), "--profile", "Anna"]) == 0
    assert "as 'Hip strength for runners (2)'" in capsys.readouterr().out
    names = [s.name for s in LibraryStore.for_profile("Anna").routines()]
    assert names == ["Hip strength for runners", "Hip strength for runners (2)"]
    assert LibraryStore.for_profile("default").routines() == []


def test_validate_lists_every_problem_and_exits_2(tmp_path, capsys):
    path = tmp_path / "bad.json"
    doc = json.loads(json.dumps({"format": "hiptimer-routine", "version": 1}))
    doc["name"] = ""
    doc["exercises"] = [
        {"id": "Bad Id", "name": "A", "mode": "reps", "dose": {"sets": 0, "reps": 5}},
        {"id": "b", "name": "B", "mode": "hold", "dose": {"sets": 1, "hold_seconds": "long"}},
    ]
    path.write_text(json.dumps(doc))
    assert main(["routines", "validate", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err
    # In the routine's order, each exercise by its name and number from 1, the field in
    # words, what is allowed and what was found; no machine path.
    assert err.splitlines() == [
        f"hiptimer: {path}: 4 problems:",
        "  - Routine name: fill this in (it is empty)",
        "  - A (exercise 1), id: use up to 64 lower-case letters, digits, '-' or '_' "
        "(was 'Bad Id')",
        "  - A (exercise 1), sets: use 1 to 20 (was 0)",
        "  - B (exercise 2), hold time: use a number (was a text)",
    ]


def test_validate_json_keeps_the_machine_paths_beside_the_plain_words(tmp_path, capsys):
    path = tmp_path / "bad.json"
    write_routine_file(DEFAULT_ROUTINE, path)
    document = json.loads(path.read_text())
    document["exercises"][1]["dose"]["reps"] = 0
    path.write_text(json.dumps(document))
    assert main(["routines", "validate", "--json", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.err == ""
    name = DEFAULT_ROUTINE.exercises[1].name
    assert json.loads(captured.out) == {
        "file": str(path),
        "valid": False,
        "errors": [
            {
                "path": "exercises[1].dose.reps",
                "message": f"{name} (exercise 2), reps: use 1 to 200 (was 0)",
            }
        ],
    }
    # A file that is fine, and one that is not JSON at all (the whole file: path "").
    good = tmp_path / "good.json"
    write_routine_file(DEFAULT_ROUTINE, good)
    assert main(["routines", "validate", "--json", str(good)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["valid"] is True and result["errors"] == []
    assert result["routine"]["name"] == DEFAULT_ROUTINE.name
    assert result["routine"]["exercises"] == len(DEFAULT_ROUTINE.exercises)
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    assert main(["routines", "validate", "--json", str(broken)]) == 2
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert len(errors) == 1 and errors[0]["path"] == ""
    assert errors[0]["message"].startswith("not valid JSON (line 1")


def test_validate_of_a_missing_file_or_a_folder_exits_2(tmp_path, capsys):
    assert main(["routines", "validate", str(tmp_path / "nope.json")]) == 2
    assert main(["routines", "validate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("cannot read the file") == 2 and "Traceback" not in err


def test_unknown_routine_or_profile_exits_2_with_a_hint(data_home, tmp_path, capsys):
    assert main(["routines", "export", "Nope", "--out", str(tmp_path / "x.json")]) == 2
    assert "no routine named 'Nope' in this profile" in capsys.readouterr().err
    assert main(["--profile", "Ghost", "routines", "list"]) == 2
    assert "no profile named 'Ghost'" in capsys.readouterr().err
    assert main(["--profile", "bad:name", "routines", "list"]) == 2
    assert "cannot be a profile name" in capsys.readouterr().err


def test_export_to_a_folder_that_does_not_exist_exits_2(data_home, tmp_path, capsys):
    out = tmp_path / "missing" / "x.json"
    assert main(["routines", "export", "built-in", "--out", str(out)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_import_of_a_bad_file_changes_nothing_and_exits_2(data_home, tmp_path, capsys):
    store = LibraryStore.for_profile("default")
    good = tmp_path / "good.json"
    write_routine_file(DEFAULT_ROUTINE, good)
    assert main(["routines", "import", str(good)]) == 0
    before = sorted(p.read_bytes() for p in store.routines_dir.iterdir())
    bad = tmp_path / "bad.json"
    bad.write_text(good.read_text().replace('"sets": 2', '"sets": -2', 1))
    assert main(["routines", "import", str(bad)]) == 2
    first = DEFAULT_ROUTINE.exercises[0].name
    assert capsys.readouterr().err == (
        f"hiptimer: {bad}: {first} (exercise 1), sets: use 1 to 20 (was -2)\n"
    )
    assert sorted(p.read_bytes() for p in store.routines_dir.iterdir()) == before
