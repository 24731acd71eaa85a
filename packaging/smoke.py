"""Smoke checks for a built HipTimer: a bundle folder, or a `hiptimer` executable.

    python packaging/smoke.py dist/hiptimer
    python packaging/smoke.py /path/to/venv/bin/hiptimer

Each check runs the app as a user would, with its data and settings folders moved to a
temporary folder so nothing of the user's is read or written, and without a display.
The wheel test (tests/packaging) and the CI bundle step both run CHECKS.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from appmeta import EXE_NAME, version

TIMEOUT_SECONDS = 120


def _expect_version(out: str) -> str | None:
    wanted = f"hiptimer {version()}"
    return None if out.strip() == wanted else f"printed {out.strip()!r}, not {wanted!r}"


def _expect_plan(out: str) -> str | None:
    try:
        plan = json.loads(out)
    except json.JSONDecodeError as error:
        return f"printed no JSON ({error})"
    steps = plan.get("steps") if isinstance(plan, dict) else None
    if not steps or not plan.get("total_seconds"):
        return "printed a plan without steps or total time"
    return None


@dataclass(frozen=True)
class Check:
    args: tuple[str, ...]
    # Returns what is wrong with the standard output, or None when it is right.
    expect: Callable[[str], str | None]


def _expect_self_test(out: str) -> str | None:
    last = out.strip().splitlines()[-1] if out.strip() else ""
    return None if last.endswith(" 0 failed") else f"the self-test said {last!r}"


# What every build must do; the wheel test and the CI bundle step both run these.
CHECKS = (
    Check(("--version",), _expect_version),
    Check(("plan", "--json"), _expect_plan),
    Check(("--self-test",), _expect_self_test),
)


def executable_in(path: Path) -> Path:
    """The program to run: the path itself, or the right executable inside a bundle folder."""
    if not path.is_dir():
        return path
    # On Windows the windowed hiptimer.exe has no console; the CLI twin prints.
    name = f"{EXE_NAME}-cli.exe" if sys.platform == "win32" else EXE_NAME
    return path / name


def isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
    )
    if sys.platform == "win32":
        env.update(APPDATA=str(home / "roaming"), LOCALAPPDATA=str(home / "local"))
    elif sys.platform == "darwin":
        env["HOME"] = str(home)
    return env


def run_check(program: Path, check: Check, env: dict[str, str], cwd: Path) -> str | None:
    """What went wrong, or None."""
    try:
        done = subprocess.run(
            [str(program), *check.args],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            timeout=TIMEOUT_SECONDS,
        )
    except OSError as error:
        return f"could not start: {error}"
    except subprocess.TimeoutExpired:
        return f"still running after {TIMEOUT_SECONDS} s"
    if done.returncode != 0:
        return f"exited with status {done.returncode}: {done.stderr.strip()[-2000:]}"
    return check.expect(done.stdout)


def run_checks(program: Path, checks: tuple[Check, ...] = CHECKS) -> dict[str, str | None]:
    """Each check's command line and what went wrong (None when it passed)."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="hiptimer-smoke-") as home:
        env = isolated_env(Path(home))
        for check in checks:
            results[" ".join(check.args)] = run_check(program, check, env, Path(home))
    return results


def bundled_resources_problem(bundle: Path) -> str | None:
    """hiptimer.profiles.paths.resource_dir() looks in <bundle's _MEIPASS>/hiptimer/resources."""
    if any(bundle.rglob("hiptimer/resources/icons/hiptimer.svg")):
        return None
    return "hiptimer/resources/icons/hiptimer.svg is not in the bundle"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    target = Path(args[0])
    program = executable_in(target)
    results = run_checks(program)
    if target.is_dir():
        results["(bundled resources)"] = bundled_resources_problem(target)
    for command, problem in results.items():
        print(f"FAIL: hiptimer {command}: {problem}" if problem else f"ok: hiptimer {command}")
    failed = sum(1 for problem in results.values() if problem)
    # The closing line in the form CI reads as a test summary.
    print(f"smoke: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
