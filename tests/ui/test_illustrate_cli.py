"""`hiptimer illustrate`: one frame to a PNG, and clear refusals for bad arguments."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from hiptimer.cli import main


def _run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as stop:  # argparse refuses bad arguments this way
        return int(stop.code or 0)


def test_writes_a_png_of_the_requested_size(tmp_path: Path, qapp, capsys) -> None:
    out = tmp_path / "bridge.png"
    argv = ["illustrate", "glute-bridge", "--side", "left", "--phase", "0.4"]
    assert _run([*argv, "--size", "320x200", "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (320, 200)
    colours = {image.pixel(x, y) for x in range(0, 320, 8) for y in range(0, 200, 8)}
    assert len(colours) > 10  # a picture, not an empty canvas
    assert str(out) in capsys.readouterr().out


def test_sides_and_phases_give_different_pictures(tmp_path: Path, qapp) -> None:
    pictures = {}
    for side in ("left", "right"):
        for phase in ("0", "1"):
            out = tmp_path / f"{side}-{phase}.png"
            argv = ["illustrate", "donkey-kicks", "--side", side, "--phase", phase]
            assert _run([*argv, "--size", "200x150", "--out", str(out)]) == 0
            pictures[side, phase] = out.read_bytes()
    assert len(set(pictures.values())) == 4


def test_still_writes_start_and_peak(tmp_path: Path, qapp) -> None:
    out = tmp_path / "still.png"
    assert (
        _run(["illustrate", "clamshells", "--still", "--size", "600x220", "--out", str(out)]) == 0
    )
    assert QImage(str(out)).size().width() == 600


def test_a_custom_exercise_from_a_routine_file_gets_its_card(tmp_path: Path, qapp) -> None:
    import json

    from hiptimer.core.builtin import DEFAULT_ROUTINE
    from hiptimer.exchange.routine_file import routine_document

    doc = routine_document(DEFAULT_ROUTINE)
    doc["exercises"][0]["id"] = "wall-sit"
    doc["exercises"][0]["name"] = "Wall sit"
    doc["exercises"][0]["figure"] = None
    routine = tmp_path / "mine.json"
    routine.write_text(json.dumps(doc))
    out = tmp_path / "card.png"
    argv = ["--routine", str(routine), "illustrate", "wall-sit", "--out", str(out)]
    assert _run(argv) == 0
    assert QImage(str(out)).width() == 800


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clamshell"], "choose one of: glute-bridge"),
        (["clamshells", "--phase", "1.5"], "expected a number from 0 to 1"),
        (["clamshells", "--phase", "half"], "expected a number from 0 to 1"),
        (["clamshells", "--size", "800"], "WIDTHxHEIGHT"),
        (["clamshells", "--size", "8x8"], "from 16 to 8192"),
        (["clamshells", "--side", "middle"], "invalid choice"),
    ],
)
def test_bad_arguments_exit_2_with_a_message(
    args: list[str], message: str, tmp_path: Path, qapp, capsys
) -> None:
    out = tmp_path / "x.png"
    assert _run(["illustrate", *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_bad_output_paths_exit_2(tmp_path: Path, qapp, capsys) -> None:
    assert _run(["illustrate", "clamshells", "--out", str(tmp_path / "x.jpg")]) == 2
    assert "name it *.png" in capsys.readouterr().err
    assert _run(["illustrate", "clamshells", "--out", str(tmp_path / "no" / "x.png")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert _run(["illustrate", "clamshells"]) == 2
    assert "--out" in capsys.readouterr().err


def test_runs_without_a_screen(tmp_path: Path) -> None:
    # A separate process with no display at all: the command draws offscreen by itself.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    out = tmp_path / "hikes.png"
    done = subprocess.run(
        [sys.executable, "-m", "hiptimer", "illustrate", "hip-hikes", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).height() == 600
