"""The smoke checks that CI runs on the bundle: they catch a broken build, and stay away
from the user's own data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import smoke
from appmeta import version


def fake_hiptimer(folder: Path, body: str) -> Path:
    """An executable standing in for a built hiptimer, written in Python."""
    program = folder / "hiptimer"
    program.write_text(f"#!{sys.executable}\nimport json, os, sys\nargs = sys.argv[1:]\n{body}\n")
    program.chmod(0o755)
    return program


GOOD = f"""
if args == ["--version"]:
    print("hiptimer {version()}")
elif args == ["plan", "--json"]:
    print(json.dumps({{"steps": [{{"kind": "work"}}], "total_seconds": 60}}))
elif args == ["--self-test"]:
    print("ok   everything")
    print("self-test: 1 passed, 0 failed")
else:
    sys.exit(3)
"""


def test_a_working_build_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    program = fake_hiptimer(tmp_path, GOOD)
    resources = tmp_path / "_internal/hiptimer/resources/icons"
    resources.mkdir(parents=True)
    (resources / "hiptimer.svg").write_text("<svg/>")
    assert smoke.executable_in(tmp_path) == program
    assert smoke.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == f"smoke: {len(smoke.CHECKS) + 1} passed, 0 failed"


def test_wrong_output_a_crash_or_missing_resources_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_hiptimer(
        tmp_path,
        'if args == ["--version"]:\n    print("hiptimer 0.0.0")\n'
        'else:\n    sys.exit("Traceback: no Qt")',
    )
    assert smoke.main([str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any("FAIL: hiptimer --version: printed 'hiptimer 0.0.0'" in line for line in lines)
    assert any("plan --json: exited with status 1: Traceback: no Qt" in line for line in lines)
    assert any("resources" in line and line.startswith("FAIL") for line in lines)
    assert any("--self-test: exited with status 1" in line for line in lines)
    assert lines[-1] == "smoke: 0 passed, 4 failed"


def test_checks_run_without_a_display_and_away_from_the_users_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "the users own data"))
    program = fake_hiptimer(
        tmp_path,
        "print(json.dumps({k: os.environ.get(k) for k in "
        "('QT_QPA_PLATFORM', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME')}))",
    )
    seen: dict[str, str] = {}

    def record(out: str) -> None:
        seen.update(json.loads(out))

    check = smoke.Check(("--self-test",), record)
    assert smoke.run_checks(program, (check,)) == {"--self-test": None}
    assert seen["QT_QPA_PLATFORM"] == "offscreen"
    assert "hiptimer-smoke-" in seen["XDG_DATA_HOME"]
    assert "hiptimer-smoke-" in seen["XDG_CONFIG_HOME"]
    assert not Path(seen["XDG_DATA_HOME"]).exists()  # removed afterwards
