"""Time to draw one frame of each exercise's animation, against a 60 Hz frame budget.

Each frame is drawn the way the session window draws it: a FigureView the size of the
picture is moved to the next point of a repetition (up from the start to the peak, back
down) and painted, on the right and on the left side. Caches are warmed first, as after
the first frame on screen. The budget of a 60 Hz screen is 16.7 ms; the target is a quarter of it.

    python benchmarks/render.py [--size 1920x1080] [--frames 120]

Prints one line per exercise (median and 95th percentile milliseconds, ratio of the
median to the budget) and, last, the worst ratio as the summary. Each exercise is timed in
three rounds and the quietest round counts: other programs on the machine only ever add.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from hiptimer.core.routine import Side
from hiptimer.present.poses import SCENES
from hiptimer.ui.illustrate import FigureView

BUDGET_MS = 1000.0 / 60.0
TARGET = 0.25


def frame_times(view: FigureView, image: QImage, figure: str, frames: int) -> list[float]:
    background = QColor("#f4f4f2")
    times = []
    for side in (Side.RIGHT, Side.LEFT):
        view.set_exercise(figure, figure, side)
        for i in range(frames):
            # A repetition: up to the peak in the first half, back down in the second.
            t = 2 * i / frames
            start = time.perf_counter()
            view.set_movement(t if t <= 1 else 2 - t, 0.5)
            image.fill(background)
            view.render(image, QPoint(0, 0))
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1920x1080", help="picture size, WIDTHxHEIGHT")
    parser.add_argument("--frames", type=int, default=60, help="frames per side and round")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    view = FigureView()
    view.resize(width, height)

    # Baseline in the same process: clearing the picture alone.
    clear = []
    for _ in range(50):
        start = time.perf_counter()
        image.fill(QColor("#f4f4f2"))
        clear.append((time.perf_counter() - start) * 1000)
    print(f"frame {width}x{height}, budget {BUDGET_MS:.1f} ms (60 Hz), target < {TARGET:.2f}")
    print(f"{'baseline: clear only':28s} {statistics.median(clear):6.2f} ms")

    worst = 0.0
    for figure in SCENES:
        frame_times(view, image, figure, 4)  # warm the caches, as the first frame on screen does
        rounds = [sorted(frame_times(view, image, figure, args.frames)) for _ in range(3)]
        times = min(rounds, key=statistics.median)
        median = statistics.median(times)
        p95 = times[int(0.95 * (len(times) - 1))]
        ratio = median / BUDGET_MS
        worst = max(worst, ratio)
        print(f"{figure:28s} {median:6.2f} ms  p95 {p95:6.2f} ms  ratio {ratio:.3f}")
    verdict = "within" if worst < TARGET else "OVER"
    print(f"summary: worst ratio {worst:.3f} of the 60 Hz frame budget ({verdict} target {TARGET})")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
