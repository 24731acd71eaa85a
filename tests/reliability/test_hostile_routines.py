"""Hostile routine files: each is refused with one line and exit status 2, quickly, in
bounded memory, and leaves the profile's folder byte for byte as it was.

Fixed cases (the multi-picture bomb made here, a FIFO, a device, surrogates, control
characters, invisible names, broken and odd JSON) run through `hiptimer routines
validate`, `plan` and `routines import` as real processes for a representative set, and
in this process for all. A hypothesis corpus of mutations of a valid routine file (wrong
types, huge numbers, bad text, deep nesting, huge strings) runs in this process.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import random
import re
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiptimer.cli import main
from hiptimer.core.text import for_terminal
from tests.reliability.hostile import (
    baseline_document,
    bomb_document,
    png,
    values_document_text,
    write,
)
from tests.trainer_support import MACHINE_PATH

# Generous bounds: a guard against hangs and blow-ups, not a benchmark (see
# benchmarks/hostile_files.py for the times and memory measured against a baseline).
HANG_SECONDS = 30.0
PEAK_MB = 300.0
COMMANDS = ("validate", "plan", "import")


def words_for(command: str, path: Path) -> list[str]:
    return {
        "validate": ["routines", "validate", str(path)],
        "plan": ["plan", str(path)],
        "import": ["routines", "import", str(path)],
    }[command]


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every folder (None) and file (its bytes) under folder, by relative path."""
    found: dict[str, bytes | None] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        found[name] = None if path.is_dir() else path.read_bytes()
    return found


@pytest.fixture
def home(user_folders: Path) -> Path:
    """The user folders with the default profile made (as any first command makes it)."""
    assert run_here(["routines", "list"])[0] == 0
    return user_folders


# hiptimer with its address space capped at a few times PEAK_MB (set in the child itself).
CAPPED_HIPTIMER = f"""
import atexit, os, resource, runpy
limit = {int(4 * PEAK_MB * 2**20)}
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

def note_peak():
    # VmHWM is this program's own peak. ru_maxrss would also count the peak of the test
    # process, which a child started by vfork carries until its exec.
    with open("/proc/self/status") as status:
        kb = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(os.environ["TEST_PEAK_FILE"], "w") as out:
        out.write(kb)

atexit.register(note_peak)
runpy.run_module("hiptimer", run_name="__main__")
"""


def run_here(words: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(words)
    return status, out.getvalue(), err.getvalue()


def run_process(words: list[str], folder: Path) -> tuple[int, str, str, float]:
    """hiptimer as its own process: status, stdout, stderr and peak memory in MB.

    A process still running after HANG_SECONDS is killed (and the test fails); the
    address space is capped at a few times PEAK_MB so a blow-up cannot take the machine.
    """

    out_path = folder / "out.txt"
    err_path = folder / "err.txt"
    peak_path = folder / "peak.txt"
    peak_path.unlink(missing_ok=True)
    with out_path.open("wb") as out, err_path.open("wb") as err:
        child = subprocess.Popen(
            [sys.executable, "-c", CAPPED_HIPTIMER, *words],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env={**os.environ, "TEST_PEAK_FILE": str(peak_path)},
        )
        hung = threading.Event()

        def kill() -> None:
            hung.set()
            child.kill()

        timer = threading.Timer(HANG_SECONDS, kill)
        timer.start()
        try:
            _pid, status = os.waitpid(child.pid, 0)
        finally:
            timer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
    assert not hung.is_set(), f"hiptimer {' '.join(words)} hung"
    return (
        child.returncode,
        out_path.read_text("utf-8", "replace"),
        err_path.read_text("utf-8", "replace"),
        int(peak_path.read_text()) / 1024,
    )


def assert_refused(status: int, out: str, err: str, words: str = "") -> None:
    """Exit status 2, nothing on stdout, exactly one line on stderr, no traceback."""
    assert status == 2, err
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("hiptimer: "), err
    assert words.lower() in lines[0].lower(), lines[0]
    assert lines[0].isprintable(), repr(lines[0])  # nothing steers the terminal
    assert not MACHINE_PATH.search(lines[0]), lines[0]  # plain words, no machine path


# Fixed cases -----------------------------------------------------------------------------


def text_of(document: dict[str, Any]) -> str:
    return json.dumps(document)  # ASCII: a lone surrogate is written as an escape


def with_name(name: str, where: str = "routine") -> str:
    document = baseline_document()
    if where == "routine":
        document["name"] = name
    elif where == "exercise":
        document["exercises"][1]["name"] = name
    else:
        document["exercises"][2]["cues"] = ["Knees bent.", name]
    return text_of(document)


def future_version() -> str:
    document = baseline_document()
    document["version"] = 99
    return text_of(document)


def huge_number() -> str:
    return text_of(baseline_document()).replace('"sets": 2', '"sets": ' + "9" * 5000, 1)


def too_wide_picture() -> str:
    from tests.reliability.hostile import picture_routine

    return text_of(picture_routine([png(8192, 4)]))


# name -> (what the file is made of, a word the one-line refusal must hold)
TEXT_CASES: dict[str, tuple[Callable[[], str | bytes], str]] = {
    "surrogate-in-routine-name": (lambda: with_name("Hip \ud800 week"), "surrogate"),
    "surrogate-in-exercise-name": (lambda: with_name("\udfff", "exercise"), "surrogate"),
    "surrogate-in-cue": (lambda: with_name("Slow \ud83d down", "cue"), "surrogate"),
    "escape-in-name": (lambda: with_name("Evil\x1b[2J\x1b[31mred"), "control character"),
    "newline-in-name": (lambda: with_name("Fine\nOK: fake line", "exercise"), "control"),
    "nul-in-cue": (lambda: with_name("Knees\x00 out", "cue"), "control character"),
    "c1-csi-in-name": (lambda: with_name("Step\x9b2J"), "control character"),
    "zero-width-name": (lambda: with_name("\u200b\u200d\ufeff"), "no visible character"),
    "bidi-only-name": (lambda: with_name("\u202e\u2066 \u2069", "exercise"), "no visible"),
    "truncated": (lambda: text_of(baseline_document())[:700], "not valid JSON"),
    "empty": (lambda: b"", "not valid JSON"),
    "binary-junk": (lambda: random.Random(12).randbytes(4096), "not a text file"),
    "future-version": (future_version, "newer than this HipTimer"),
    "deeply-nested": (lambda: "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "millions-of-values": (values_document_text, "not a routine: it holds about 3900"),
    "duplicate-key": (
        lambda: text_of(baseline_document()).replace('"version": ', '"version": 1, "version": ', 1),
        "'version' appears twice",
    ),
    "huge-number": (huge_number, "5000-digit"),
    "too-wide-picture": (too_wide_picture, "8192 x 4 pixels"),
}
SPECIAL_CASES = ("bomb", "fifo", "device", "folder", "link-to-fifo")
# The ones also run as real processes, through all three commands.
IN_PROCESSES = (
    "bomb",
    "fifo",
    "device",
    "surrogate-in-routine-name",
    "escape-in-name",
    "zero-width-name",
    "truncated",
    "deeply-nested",
)
EXPECTED_WORDS = {
    "bomb": "64 MB",
    "fifo": "named pipe (FIFO), not a file",
    "device": "a device, not a file",
    "folder": "a folder, not a file",
    "link-to-fifo": "named pipe (FIFO)",
}


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = write(tmp_path_factory.mktemp("bomb") / "bomb.json", bomb_document())
    assert 6_000_000 < path.stat().st_size < 8_000_000  # the size of the reported file
    return path


def make_case(name: str, folder: Path, bomb: Path) -> tuple[Path, str]:
    if name in TEXT_CASES:
        make, words = TEXT_CASES[name]
        content = make()
        path = folder / f"{name}.json"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path, words
    path = folder / f"{name}.json"
    if name == "bomb":
        path = bomb
    elif name == "fifo":
        os.mkfifo(path)
    elif name == "device":
        path = Path("/dev/zero")
    elif name == "folder":
        path.mkdir()
    elif name == "link-to-fifo":
        os.mkfifo(folder / "pipe")
        path.symlink_to(folder / "pipe")
    return path, EXPECTED_WORDS[name]


@pytest.mark.parametrize("name", [*TEXT_CASES, *SPECIAL_CASES])
def test_each_fixed_case_is_refused_in_one_line_and_changes_nothing(
    name: str, home: Path, tmp_path: Path, bomb: Path
) -> None:
    path, words = make_case(name, tmp_path, bomb)
    before = snapshot(home)
    for command in COMMANDS:
        assert_refused(*run_here(words_for(command, path)), words)
        assert snapshot(home) == before, command


@pytest.mark.parametrize("name", list(TEXT_CASES))
def test_validate_json_refuses_them_too_with_machine_paths_for_tools(
    name: str, home: Path, tmp_path: Path, bomb: Path
) -> None:
    path, words = make_case(name, tmp_path, bomb)
    status, out, err = run_here(["routines", "validate", "--json", str(path)])
    assert status == 2 and err == "" and out.isascii()
    result = json.loads(out)
    assert result["file"] == str(path) and result["valid"] is False
    errors = result["errors"]
    assert errors and all(set(e) == {"path", "message"} for e in errors)
    assert any(words.lower() in e["message"].lower() for e in errors), errors
    for error in errors:
        # The message is the one line a person reads; the path is for tools.
        assert "\n" not in error["message"] and not MACHINE_PATH.search(error["message"])
    # The same words as the refusal a person reads on the terminal.
    _, _, plain = run_here(["routines", "validate", str(path)])
    assert all(for_terminal(e["message"]) in plain for e in errors), (errors, plain)


@pytest.mark.parametrize("name", IN_PROCESSES)
def test_hiptimer_refuses_them_as_a_process_too(
    name: str, home: Path, tmp_path: Path, bomb: Path
) -> None:
    path, words = make_case(name, tmp_path, bomb)
    before = snapshot(home)
    for command in COMMANDS:
        status, out, err, peak_mb = run_process(words_for(command, path), tmp_path)
        assert_refused(status, out, err, words)
        assert peak_mb < PEAK_MB, f"{command}: {peak_mb:.0f} MB"
        assert snapshot(home) == before, command


def test_a_refused_import_on_a_full_disk_leaves_no_folder_behind(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.reliability.hostile import picture_routine

    path = write(tmp_path / "pictures.json", picture_routine([png(40, 30, seed=i) for i in (1, 2)]))
    profile = home / "data" / "hiptimer" / "profiles" / "default"
    assert not (profile / "routines").exists() and not (profile / "pictures").exists()
    before = snapshot(home)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The disk fills up at each step in turn: writing a picture, writing the routine,
    # moving the routine into place. Each time nothing at all is left behind.
    from hiptimer.profiles import saved as library_store

    real_replace = os.replace

    def replace_fails_for_the_routine(src: Any, dst: Any) -> None:
        if Path(dst).parent.name == "routines":
            full()
        real_replace(src, dst)

    for target in ("write_atomic", "write_text_atomic", "os.replace"):
        with monkeypatch.context() as patch:
            if target == "os.replace":
                patch.setattr(library_store.os, "replace", replace_fails_for_the_routine)
            else:
                patch.setattr(library_store, target, full)
            status, out, err = run_here(["routines", "import", str(path)])
        assert_refused(status, out, err, "No space left on device; nothing was changed")
        assert snapshot(home) == before, target

    # With room again, the same file goes in whole.
    assert run_here(["routines", "import", str(path)])[0] == 0
    assert len(list((profile / "pictures").iterdir())) == 2
    assert len(list((profile / "routines").iterdir())) == 1
    assert not [p for p in profile.iterdir() if p.name.startswith(".import-")]


def test_names_with_direction_overrides_are_printed_inert(home: Path, tmp_path: Path) -> None:
    # Visible letters with a right-to-left override in between: allowed, but every
    # listing writes the override as an escape, so it cannot reorder what follows it.
    document = baseline_document()
    document["name"] = "Week \u202e2 kees"
    document["exercises"][0]["name"] = "Bridge \u2067isolated\u2069"
    path = write(tmp_path / "bidi.json", document)

    status, out, err = run_here(["routines", "validate", str(path)])
    assert status == 0 and err == ""
    assert f"Routine: Week \\u202e2 kees (file version {document['version']})" in out
    assert "  - Bridge \\u2067isolated\\u2069: " in out
    status, out, _ = run_here(["plan", str(path)])
    assert status == 0 and out.splitlines()[0] == "Week \\u202e2 kees" and out.isascii()
    assert run_here(["routines", "import", str(path)])[0] == 0
    status, out, _ = run_here(["routines", "list"])
    assert "  Week \\u202e2 kees" in out and "\u202e" not in out


def test_a_hand_edited_routine_in_the_profile_cannot_fake_lines_in_the_listing(
    home: Path,
) -> None:
    routines = home / "data" / "hiptimer" / "profiles" / "default" / "routines"
    routines.mkdir()
    document = baseline_document()
    document["name"] = "Evil\x1b[2J\nOK: everything is fine"
    write(routines / "evil.json", document)
    status, out, err = run_here(["routines", "list"])
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 3  # the heading, the built-in routine, the broken file
    assert lines[2].startswith("  evil.json") and "cannot be read" in lines[2]
    assert "(U+001B)" in lines[2] and "\x1b" not in out


# Generated cases ---------------------------------------------------------------------------

HOSTILE_TEXTS = st.sampled_from(
    [
        "\ud800",
        "a\udc00b",
        "\x1b]0;title\x07",
        "two\nlines",
        "\x00",
        "\u200b",
        "\u202e\u202d",
        "\u2028",
        " ",
        "",
        "x" * 250,
    ]
) | st.text(min_size=0, max_size=12)
HOSTILE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    HOSTILE_TEXTS,
    st.just("y" * 2_000_000),  # a huge string (the file stays under the size cap)
    st.lists(st.integers(), max_size=3),
    st.dictionaries(HOSTILE_TEXTS, st.integers(), max_size=3),
    # Deep nesting, written into the text after encoding (json.dumps itself would recurse).
    st.integers(min_value=1, max_value=100_000).map(lambda depth: f"@@deep{depth}@@"),
)
DEEP = re.compile(r'"@@deep(\d+)@@"')


def nested(match: re.Match[str]) -> str:
    depth = int(match.group(1))
    return "[" * depth + "]" * depth


def paths_of(value: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_of(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += paths_of(item, (*path, i))
    return found


BASELINE_PATHS = paths_of(baseline_document())[1:]


@st.composite
def mutated_files(draw: st.DrawFn) -> str:
    """The built-in routine's file with one to three parts replaced, removed or added."""
    document = baseline_document()
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(BASELINE_PATHS))
        parent: Any = document
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "replace", "remove", "add"]))
            if action == "remove":
                del parent[path[-1]]
            elif action == "add" and isinstance(parent, dict):
                parent[draw(HOSTILE_TEXTS)] = draw(HOSTILE_VALUES)
            else:
                parent[path[-1]] = draw(HOSTILE_VALUES)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed or replaced this part
    text = DEEP.sub(nested, json.dumps(document, allow_nan=True))
    if draw(st.booleans()):  # a number too long to be meant, where a count belongs
        text = text.replace('"reps": 12', '"reps": ' + "7" * draw(st.integers(31, 6000)), 1)
    return text


def test_a_generated_corpus_of_mutated_files_never_gets_through_badly(
    home: Path, tmp_path: Path
) -> None:
    tally: Counter[str] = Counter()
    path = tmp_path / "mutated.json"
    before = snapshot(home)

    @settings(
        max_examples=120,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(mutated_files())
    def check(text: str) -> None:
        path.write_text(text, encoding="utf-8")
        tally["tried"] += 1
        results = {}
        for command in COMMANDS:
            timer = threading.Timer(HANG_SECONDS, lambda: tally.update(["hangs"]))
            timer.start()
            try:
                results[command] = run_here(words_for(command, path))
            except BaseException:
                tally["tracebacks"] += 1
                raise
            finally:
                timer.cancel()
        statuses = {status for status, _, _ in results.values()}
        assert len(statuses) == 1, results  # validate, plan and import agree
        if statuses == {2}:
            for status, out, err in results.values():
                assert_message(status, out, err)
            if snapshot(home) != before:
                tally["folders changed"] += 1
            assert snapshot(home) == before
            tally["refused cleanly"] += 1
        else:
            assert statuses == {0}
            tally["accepted"] += 1
            restore(home, before)

    check()
    keys = ("tried", "refused cleanly", "accepted", "tracebacks", "hangs", "folders changed")
    print("\ngenerated routine files: " + ", ".join(f"{key} {tally[key]}" for key in keys))
    assert tally["tried"] >= 100
    assert tally["tried"] == tally["refused cleanly"] + tally["accepted"]
    assert tally["refused cleanly"] > tally["accepted"]
    assert tally["tracebacks"] == tally["hangs"] == tally["folders changed"] == 0


def assert_message(status: int, out: str, err: str) -> None:
    """Status 2, nothing on stdout, no traceback, and one message: a single line, or a
    heading line counting the problems followed by exactly that many problem lines."""
    assert status == 2 and out == "" and "Traceback" not in err
    lines = err.splitlines()
    assert lines and lines[0].startswith("hiptimer: ")
    assert all(line.isprintable() for line in lines), err
    # The exercise by its name and number from 1 and the field in words: no machine path.
    assert not any(MACHINE_PATH.search(line) for line in lines), err
    if len(lines) > 1:
        heading = re.search(r": (\d+) problems:$", lines[0])
        assert heading is not None and len(lines) == int(heading.group(1)) + 1, err
        assert all(line.startswith("  - ") for line in lines[1:]), err


def restore(home: Path, before: dict[str, bytes | None]) -> None:
    """Take an accepted import out again, so that each example starts from the same."""
    for name in sorted(set(snapshot(home)) - set(before), reverse=True):
        path = home / name
        if path.is_dir():
            path.rmdir()
        else:
            path.unlink()
