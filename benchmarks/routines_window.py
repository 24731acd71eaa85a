"""Routines window: opening it on a profile of 50 saved routines, against 1 routine.

Each run makes the window, shows it and paints it (offscreen, grab()), as a person sees
it: the routine files read, each routine's timeline and strip worked out, the rows on
screen drawn with their thumbnails. The thumbnails' cache is the window's own, so every
run starts cold. The 50 routines start with different exercises (all six built-in ones
and a custom exercise's picture), so more than one thumbnail is drawn.

Prints the median of several runs for 1 and for 50 routines, and their ratio last
(the baseline is the 1-routine window in this same process).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/routines_window.py [--runs N]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def fill(folder: Path, count: int) -> object:
    """A profile in folder holding count routines; returns its LibraryStore."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from hiptimer.core.builtin import DEFAULT_ROUTINE
    from hiptimer.core.routine import Dose, Exercise, Mode, Sides
    from hiptimer.profiles.saved import LibraryStore

    store = LibraryStore(folder)
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#cfe0ee"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    plank = Exercise(
        id="side-plank",
        name="Side plank",
        mode=Mode.HOLD,
        dose=Dose(sets=3, hold_seconds=20),
        sides=Sides.RIGHT_ONLY,
        picture=store.add_picture(bytes(data.data())),
    )
    store.save_exercise(plank)
    choices = (*DEFAULT_ROUTINE.exercises, plank)
    for i in range(count):
        first = choices[i % len(choices)]
        rest = tuple(e for e in DEFAULT_ROUTINE.exercises if e.id != first.id)[: 2 + i % 4]
        store.save_routine(
            dataclasses.replace(DEFAULT_ROUTINE, name=f"Week {i + 1}", exercises=(first, *rest))
        )
    return store


def open_once(store: object) -> float:
    from PySide6.QtWidgets import QApplication

    from hiptimer.ui.trainer.routines_window import RoutinesWindow

    started = time.perf_counter()
    window = RoutinesWindow(store)  # type: ignore[arg-type]
    window.resize(720, 520)
    window.show()
    QApplication.processEvents()
    window.grab()
    elapsed = time.perf_counter() - started
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        one = fill(Path(folder) / "one", 1)
        fifty = fill(Path(folder) / "fifty", 50)
        open_once(one)  # the first window loads the drawing code: not counted
        ones = [open_once(one) for _ in range(args.runs)]
        fifties = [open_once(fifty) for _ in range(args.runs)]
    base, many = statistics.median(ones), statistics.median(fifties)
    print(f"open the Routines window, 1 routine:   {base * 1000:7.1f} ms (median of {args.runs})")
    print(f"open the Routines window, 50 routines: {many * 1000:7.1f} ms (median of {args.runs})")
    print(f"per extra routine: {(many - base) / 49 * 1000:.2f} ms")
    print(f"ratio 50 routines / 1 routine: {many / base:.2f}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
