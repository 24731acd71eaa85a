"""`hiptimer illustrate`: draw one frame of an exercise's illustration to a PNG file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hiptimer.cli.common import EXIT_BAD_INPUT, load_routine
from hiptimer.core.i18n import translate


def _phase(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text}")
    return value


MAX_PICTURE_SIDE = 8192


def _picture_size(text: str) -> tuple[int, int]:
    parts = text.lower().split("x")
    try:
        width, height = (int(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT in pixels, like 800x600, got {text!r}"
        ) from None
    if not (16 <= width <= MAX_PICTURE_SIDE and 16 <= height <= MAX_PICTURE_SIDE):
        raise argparse.ArgumentTypeError(
            f"width and height must be from 16 to {MAX_PICTURE_SIDE} pixels, got {text}"
        )
    return width, height


def _png_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(
            f"the picture is written as PNG: name it *.png, not {text!r}"
        )
    return path


def _cmd_illustrate(args: argparse.Namespace) -> int:
    routine = load_routine(args.routine)
    exercise = next((e for e in routine.exercises if e.id == args.exercise_id), None)
    if exercise is None:
        known = ", ".join(e.id for e in routine.exercises)
        print(
            translate(
                "Cli", "hiptimer: no exercise {exercise_id!r} in {name!r}; choose one of: {known}"
            ).format(exercise_id=args.exercise_id, name=routine.name, known=known),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    out: Path = args.out
    if not out.parent.is_dir():
        print(
            translate("Cli", "hiptimer: cannot write {out}: folder {parent} does not exist").format(
                out=out, parent=out.parent
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    # Qt is loaded only here; without a screen it draws offscreen.
    import os

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from hiptimer.core.routine import Side
    from hiptimer.ui.illustrate import render_figure, render_still

    if QGuiApplication.instance() is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        platform = ["-platform", "offscreen"] if headless else []
        app = QGuiApplication([sys.argv[0] if sys.argv else "hiptimer", *platform])
        app.setApplicationName("hiptimer")
    side = Side(args.side) if args.side else exercise.sides.order[0]
    size = QSize(*args.size)
    if args.still:
        image = render_still(exercise.figure, exercise.name, side, size)
    else:
        image = render_figure(exercise.figure, exercise.name, side, args.phase, size)
    from PySide6.QtCore import QBuffer, QIODevice

    from hiptimer.core.files import write_atomic

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        # The type stubs ask for bytes, but PySide6 takes the format only as str at run time.
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise OSError("the picture could not be encoded")
        write_atomic(out, bytes(buffer.data().data()))
    except OSError:
        print(
            translate(
                "Cli", "hiptimer: could not write {out} (is the disk full or read-only?)"
            ).format(out=out),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    print(
        translate("Cli", "wrote {out} ({width}x{height})").format(
            out=out, width=size.width(), height=size.height()
        )
    )
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    illustrate = commands.add_parser(
        "illustrate",
        help="draw one frame of an exercise's illustration to a PNG file",
        description="Draw an exercise at one point of its movement (phase 0: start, "
        "1: peak) as a PNG picture.",
    )
    illustrate.add_argument("exercise_id", metavar="EXERCISE_ID", help="e.g. clamshells")
    illustrate.add_argument(
        "--side",
        choices=("left", "right"),
        help="which side works (default: the side the exercise starts with)",
    )
    illustrate.add_argument(
        "--phase", type=_phase, default=1.0, help="0 start .. 1 peak (default 1)"
    )
    illustrate.add_argument(
        "--size",
        type=_picture_size,
        default=(800, 600),
        metavar="WxH",
        help="picture size in pixels (default 800x600)",
    )
    illustrate.add_argument(
        "--still",
        action="store_true",
        help="draw the start and the peak side by side instead of one phase",
    )
    illustrate.add_argument(
        "--out", type=_png_path, required=True, metavar="FILE.png", help="where to write it"
    )
    illustrate.set_defaults(handler=_cmd_illustrate)
