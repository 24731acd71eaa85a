"""Time to draw one frame of each exercise's animation, against a 60 Hz frame budget.

Each frame is drawn the way the session window draws it: a FigureView the size of the
picture, filling its own background with the paper colour (as in the session screen's
panel), is moved to the next point of a repetition (up from the start to the peak, back
down) and painted, on the right and on the left side; a held exercise is also timed
breathing at its peak, as in a hold. Caches are warmed first, as after the first frame
on screen: the backdrop and what stays put through the step are copied from a cached
layer, and only what moves is drawn. The budget of a 60 Hz screen is 16.7 ms; the
target is an eighth of it.

    python benchmarks/render.py [--size 1920x1080] [--frames 60]

Prints two lines per exercise: the whole picture drawn (a first frame, a resize), and the
frame as repainted on screen, where the widget repaints only the area its figure moves
in during the step (FigureView.set_movement; all of it for a travelling figure): median
and 95th percentile milliseconds, and the median's ratio to the budget, in wall time and
in the process's CPU time. The last line is the worst ratio of each. Each is timed in
three rounds and the quietest round counts: other programs on the machine only ever add.
The same-process baseline is clearing the picture once (what any frame costs at least).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QImage, QPalette, QRegion
from PySide6.QtWidgets import QApplication

from hiptimer.core.routine import Side
from hiptimer.present.pacing import BREATHING_FPS, breathing_frame
from hiptimer.present.poses import SCENES
from hiptimer.present.scene import Scene
from hiptimer.ui.illustrate import FigureView
from hiptimer.ui.illustrate.frame import moving_area

BUDGET_MS = 1000.0 / 60.0
TARGET = 0.125
PAPER = QColor("#f4f4f2")


def frame_times(
    view: FigureView, image: QImage, figure: str, frames: int, hold: bool, on_screen: bool
) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each frame, both sides. on_screen: paint only the area
    the widget asks to repaint on each frame of the step (where the figure moves), as on
    screen; otherwise the whole picture."""
    walls, cpus = [], []
    for side in (Side.RIGHT, Side.LEFT):
        view.set_exercise(figure, figure, side)
        area = None
        if on_screen:
            rect = QRectF(view.rect())
            area = moving_area(SCENES[figure], rect, side is Side.LEFT, hold, float(hold))
        region = QRegion(area.toAlignedRect()) if area is not None else QRegion(view.rect())
        for i in range(frames):
            # A repetition: up to the peak in the first half, back down in the second;
            # a hold: at the peak, breathing in and out (its frames at BREATHING_FPS).
            t = 2 * i / frames
            wave = t if t <= 1 else 2 - t
            start, cpu = time.perf_counter(), time.process_time()
            if hold:  # the breath's pose at the hold's frame times, as in a session
                view.set_movement(1.0, breathing_frame(i / BREATHING_FPS), hold=True)
            else:
                view.set_movement(wave, 0.5)
            view.render(image, QPoint(0, 0), region)
            walls.append((time.perf_counter() - start) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
    return walls, cpus


def runs_of(scenes: dict[str, Scene]) -> list[tuple[str, bool]]:
    """Every exercise's repetition, and a hold for each that breathes."""
    runs = [(figure, False) for figure in scenes]
    return runs + [(f, True) for f, scene in scenes.items() if scene.motion.breathe is not None]


def quietest(rounds: list[list[float]]) -> list[float]:
    return sorted(min(rounds, key=statistics.median))


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
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, PAPER)
    view.setPalette(palette)
    view.setAutoFillBackground(True)

    # Baseline in the same process: clearing the picture alone.
    clear = []
    for _ in range(50):
        start = time.perf_counter()
        image.fill(PAPER)
        clear.append((time.perf_counter() - start) * 1000)
    print(f"frame {width}x{height}, budget {BUDGET_MS:.1f} ms (60 Hz), target <= {TARGET}")
    print(f"{'baseline: clear only':32s} {statistics.median(clear):6.2f} ms")

    worst = {False: 0.0, True: 0.0}
    for figure, hold in runs_of(SCENES):
        label = f"{figure} (hold)" if hold else figure
        for on_screen in (False, True):
            frame_times(view, image, figure, 4, hold, on_screen)  # warm the caches
            rounds = [
                frame_times(view, image, figure, args.frames, hold, on_screen) for _ in range(3)
            ]
            times = quietest([wall for wall, _ in rounds])
            cpu = quietest([cpu for _, cpu in rounds])
            median = statistics.median(times)
            p95 = times[int(0.95 * (len(times) - 1))]
            ratio, cpu_ratio = median / BUDGET_MS, statistics.median(cpu) / BUDGET_MS
            worst[on_screen] = max(worst[on_screen], ratio)
            kind = "on screen" if on_screen else "whole"
            print(
                f"{label:28s} {kind:9s} {median:6.2f} ms  p95 {p95:6.2f} ms  ratio {ratio:.3f}"
                f"  (CPU {statistics.median(cpu):.2f} ms, {cpu_ratio:.3f})"
            )

    def verdict(ratio: float) -> str:
        return "within" if ratio <= TARGET else "OVER"

    print(
        f"summary: worst frame {worst[False]:.3f} of the 60 Hz budget drawn whole "
        f"({verdict(worst[False])} target {TARGET}), {worst[True]:.3f} as repainted on "
        f"screen ({verdict(worst[True])})"
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
