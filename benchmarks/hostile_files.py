"""Hostile routine files: how long validate, plan and import take, and what the window costs.

The files are made here and deleted afterwards (nothing large is committed):

  baseline  the built-in routine as `routines export` writes it
  bomb      7 MB: 40 valid 4096 x 4096 16-bit PNGs (each 128 MB once decoded), made with zlib
  values    7.8 MB of JSON holding 3.9 million numbers
  budget    the largest picture a routine may hold: one 4096 x 4096 16-bit PNG (64 MB at
            4 bytes a pixel, the whole budget of a routine)
  four      four 2048 x 2048 16-bit PNGs (16 MB each, the budget filled by four pictures)

Times: `routines validate`, `plan` and `routines import` run in this process through the
command line's own entry point, best of --runs, each file against the baseline. Target:
every file under the size cap (8 MB) done in under 2 s.

Memory: `hiptimer --routine FILE` is started offscreen (a fresh process, a fresh profile),
left --hold seconds to draw its start screen, and its peak resident memory (VmHWM) read
before it is stopped. The same for the baseline file. Target: under 300 MB.

    .venv/bin/python benchmarks/hostile_files.py [--runs 3] [--hold 8]

The last line gives the bomb's peak memory against the target.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hiptimer.cli import main as cli_main
from tests.reliability.hostile import (
    baseline_document,
    bomb_document,
    picture_routine,
    png,
    values_document_text,
    write,
)

TARGET_SECONDS = 2.0
TARGET_MB = 300.0


def make_files(folder: Path) -> dict[str, Path]:
    return {
        "baseline": write(folder / "baseline.json", baseline_document()),
        "bomb": write(folder / "bomb.json", bomb_document()),
        "values": write_text(folder / "values.json", values_document_text()),
        "budget": write(folder / "budget.json", picture_routine([png(4096, 4096, depth=16)])),
        "four": write(
            folder / "four.json",
            picture_routine([png(2048, 2048, depth=16, seed=i) for i in range(4)]),
        ),
    }


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def run_command(words: list[str]) -> tuple[float, int]:
    sink = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        status = cli_main(words)
    return time.perf_counter() - started, status


def best(words: list[str], runs: int) -> tuple[float, int]:
    results = [run_command(words) for _ in range(runs)]
    return min(t for t, _ in results), results[-1][1]


def env_for(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HIPTIMER_", "QT_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_LOGGING_RULES"] = "qt.multimedia*=false"
    for variable, name in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        env[variable] = str(home / name)
    return env


def window_peak_mb(path: Path, hold: float, home: Path) -> float:
    """Peak resident memory of `hiptimer --routine path` after hold seconds on screen."""
    child = subprocess.Popen(
        [sys.executable, "-m", "hiptimer", "--routine", str(path)],
        env=env_for(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    peak = 0.0
    deadline = time.monotonic() + hold
    try:
        while time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.2)
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{child.pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) / 1024)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGTERM)
        child.wait(10)
    return peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (best kept)")
    parser.add_argument("--hold", type=float, default=8.0, help="seconds the window is left")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hostile-") as temp:
        folder = Path(temp)
        home = folder / "home"
        os.environ["XDG_DATA_HOME"] = str(home / "data")
        os.environ["XDG_CONFIG_HOME"] = str(home / "config")
        started = time.perf_counter()
        files = make_files(folder)
        print(f"made the files in {time.perf_counter() - started:.1f} s")
        for name, path in files.items():
            print(f"  {name:<9} {path.stat().st_size / 1e6:5.2f} MB")
        print()
        print(f"{'file':<9} {'command':<9} {'status':>6} {'seconds':>8} {'x baseline':>11}")
        worst = 0.0
        base: dict[str, float] = {}
        for name, path in files.items():
            for command, words in (
                ("validate", ["routines", "validate", str(path)]),
                ("plan", ["plan", str(path)]),
                ("import", ["routines", "import", str(path)]),
            ):
                seconds, status = best(words, args.runs)
                base.setdefault(command, seconds)
                worst = max(worst, seconds)
                ratio = seconds / base[command]
                print(f"{name:<9} {command:<9} {status:>6} {seconds:8.3f} {ratio:10.1f}x")
        print(f"slowest command: {worst:.3f} s (target under {TARGET_SECONDS:.0f} s)")
        print()
        peaks = {}
        for name, path in files.items():
            peaks[name] = window_peak_mb(path, args.hold, folder / f"home-{name}")
            print(f"hiptimer --routine {name:<9} peak {peaks[name]:6.0f} MB")
        print(
            f"peak memory of hiptimer --routine on the bomb: {peaks['bomb']:.0f} MB "
            f"(baseline {peaks['baseline']:.0f} MB, largest allowed picture "
            f"{max(peaks['budget'], peaks['four']):.0f} MB), target under {TARGET_MB:.0f} MB: "
            f"{peaks['bomb'] / TARGET_MB:.2f} of the target"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
