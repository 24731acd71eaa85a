"""How far a session's end drifts from plan when the event loop is sometimes blocked.

Runs one real-clock schedule of 60 steps of 0.5 s (30 s in all) in a Qt event loop that
is blocked for up to 200 ms now and then, driving two timers side by side in the same loop:
- the session engine (deadlines on the monotonic clock, polled every 20 ms);
- a naive counter that adds the nominal interval on every timer tick.
Prints each one's end error in ms and, last, their ratio (naive / engine).

    .venv/bin/python benchmarks/timer_drift.py [--steps 60] [--step-seconds 0.5]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.clock import SystemClock
from hiptimer.core.session import Session, SessionFinished
from hiptimer.core.timeline import Step, StepKind, Timeline

POLL_MS = 20
NAIVE_TICK_MS = 50


def make_timeline(steps: int, seconds: float) -> Timeline:
    kinds = (StepKind.WORK, StepKind.REST)
    plan = [
        Step(
            index=i,
            kind=kinds[i % 2],
            exercise=None,
            side=None,
            set_no=None,
            sets=None,
            reps=None,
            seconds=seconds,
            tempo=None,
            title=f"step {i}",
        )
        for i in range(steps)
    ]
    plan.append(
        Step(
            index=steps,
            kind=StepKind.DONE,
            exercise=None,
            side=None,
            set_no=None,
            sets=None,
            reps=None,
            seconds=None,
            tempo=None,
            title="done",
        )
    )
    return Timeline(routine=DEFAULT_ROUTINE, steps=tuple(plan))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--step-seconds", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    timeline = make_timeline(args.steps, args.step_seconds)
    planned = timeline.total_seconds
    rng = random.Random(args.seed)
    # Blocks at random moments in the first 90 % of the run: 50-200 ms each, ~1.5 a second.
    blocks = sorted(
        (rng.uniform(0.2, planned * 0.9), rng.uniform(0.05, 0.2)) for _ in range(int(planned * 1.5))
    )

    clock = SystemClock()
    session = Session(timeline, clock)
    ends: dict[str, float] = {}

    def on_event(event: object) -> None:
        if isinstance(event, SessionFinished):
            ends["engine"] = clock.monotonic()

    session.subscribe(on_event)

    naive = {"step": 0, "counted_ms": 0.0}

    def naive_tick() -> None:
        naive["counted_ms"] += NAIVE_TICK_MS
        if naive["counted_ms"] >= args.step_seconds * 1000:
            naive["counted_ms"] = 0.0
            naive["step"] += 1
            if naive["step"] == args.steps:
                ends["naive"] = clock.monotonic()

    started = clock.monotonic()
    pending = list(blocks)

    def engine_tick() -> None:
        session.tick()
        now = clock.monotonic() - started
        while pending and pending[0][0] <= now:
            _, length = pending.pop(0)
            time.sleep(length)  # the deliberate stall: a slow paint, a busy disk...
        if len(ends) == 2:
            app.quit()

    engine_timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=POLL_MS)
    engine_timer.timeout.connect(engine_tick)
    naive_timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=NAIVE_TICK_MS)
    naive_timer.timeout.connect(naive_tick)
    session.start()
    engine_timer.start()
    naive_timer.start()
    QTimer.singleShot(int((planned * 3 + 10) * 1000), app.quit)  # a safety stop
    app.exec()

    if len(ends) < 2:
        print(f"did not finish: {sorted(ends)}", file=sys.stderr)
        return 1
    blocked = sum(length for _, length in blocks)
    engine_error = (ends["engine"] - started - planned) * 1000
    naive_error = (ends["naive"] - started - planned) * 1000
    print(
        f"plan: {args.steps} steps, {planned:.1f} s; loop blocked {len(blocks)} times, "
        f"{blocked * 1000:.0f} ms in all"
    )
    print(f"engine end error: {engine_error:+.1f} ms (polled every {POLL_MS} ms)")
    print(f"naive counter end error: {naive_error:+.1f} ms (ticks of {NAIVE_TICK_MS} ms)")
    ratio = abs(naive_error) / max(abs(engine_error), 1.0)
    print(
        f"ratio naive/engine error: {ratio:.1f}x (engine within 50 ms: "
        f"{'yes' if abs(engine_error) <= 50 else 'NO'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
