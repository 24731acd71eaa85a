"""The command line, run in-process (no Qt is imported by these commands)."""

import gc
import json

from hiptimer import __version__
from hiptimer.cli import main
from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.exchange.routine_file import routine_document


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as stop:
        assert stop.code == 0
    assert capsys.readouterr().out.strip() == f"hiptimer {__version__}"


def test_plan_json_has_all_six_exercises_on_both_sides(capsys):
    assert main(["plan", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["routine"] == DEFAULT_ROUTINE.name
    sets = [s for s in doc["steps"] if s["kind"] in ("work", "hold")]
    pairs = {(s["exercise"], s["side"]) for s in sets}
    assert pairs == {(e.id, side) for e in DEFAULT_ROUTINE.exercises for side in ("left", "right")}
    stretch = [s for s in sets if s["exercise"] == "hip-flexor-stretch"]
    assert {s["kind"] for s in stretch} == {"hold"} and all(s["seconds"] == 30 for s in stretch)
    assert doc["total_seconds"] == sum(s["seconds"] or 0 for s in doc["steps"])
    assert set(doc["steps"][0]) >= {"kind", "exercise", "side", "set", "reps", "seconds"}


def test_plan_table_shows_steps_and_total(capsys):
    assert main(["plan"]) == 0
    out = capsys.readouterr().out
    assert "Clamshells, left side" in out and "Switch to the right side" in out
    assert out.strip().splitlines()[-1] == "Total: 25:06"


def test_plan_of_a_routine_file(tmp_path, capsys):
    doc = routine_document(DEFAULT_ROUTINE)
    doc["name"] = "Short one"
    doc["exercises"] = doc["exercises"][:1]
    path = tmp_path / "short.json"
    path.write_text(json.dumps(doc))
    assert main(["plan", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["routine"] == "Short one"


def test_plan_of_a_broken_file_says_what_is_wrong(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "hiptimer-routine", "version": 1, "name": "x", "exercises": [')
    assert main(["plan", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "line 1" in err and "Traceback" not in err


def test_the_fast_path_knows_every_command():
    import argparse

    from hiptimer.cli import COMMANDS, build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == COMMANDS
    quick = build_parser(with_commands=False).parse_args(["--profile", "Anna"])
    assert quick.command is None and quick.profile == "Anna" and not quick.self_test


def test_an_unknown_word_is_refused_on_either_path(capsys):
    import pytest

    for words in (["--nonsense"], ["plan", "--nonsense"]):
        with pytest.raises(SystemExit) as stop:
            main(words)
        assert stop.value.code == 2
    assert "unrecognized arguments: --nonsense" in capsys.readouterr().err


def test_the_hiptimer_command_runs_its_commands_with_the_garbage_collector_on(monkeypatch, capsys):
    # `hiptimer` (hiptimer.start) holds the cyclic collector back while it starts; a
    # command gets it back before it runs, and it stays on afterwards.
    from hiptimer import start
    from hiptimer.cli import plan as cli

    seen = []

    def plan(args):
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(cli, "_cmd_plan", plan)
    try:
        assert start.main(["plan"]) == 0
        # It was held back, then resumed with what existed frozen out of its scans.
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # give this test process's objects back to the collector
    assert seen == [True] and gc.isenabled()


def test_resuming_the_collector_when_it_is_on_changes_nothing():
    from hiptimer.core.collector import resume_garbage_collection

    assert gc.isenabled()
    resume_garbage_collection()
    assert gc.isenabled() and gc.get_freeze_count() == 0
