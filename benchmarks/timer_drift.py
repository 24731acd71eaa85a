"""How late a session sees each step change and its end, with the event loop sometimes blocked.

Runs one schedule of short steps (0.5 s each; 30 s in all, or `--minutes M`) in a Qt event
loop that is blocked for 50-200 ms now and then (about 1.5 times a second, in the first
90 % of the run), with three timers side by side in the same loop:
- the app's SessionController (hiptimer.ui.session_controller): a precise single-shot
  timer at each countdown second and step deadline, armed after each snapshot is drawn
  (a drawing of `--draw-ms` is simulated on every update);
- the baseline it replaced: the same engine polled every 20 ms;
- a naive counter that adds the nominal interval on every 50 ms tick.

For each it prints the error at the end (the session's end seen minus its planned end);
for the controller also the worst lateness of any step change whose moment did not fall
wait for a deliberate block (such a change is seen when the block ends, as it must be).
The last line is the controller's end error (last) and worst error, against the target
(< 5 ms for the end).

    .venv/bin/python benchmarks/timer_drift.py                 # 30 s
    .venv/bin/python benchmarks/timer_drift.py --minutes 30    # 30 real minutes
    .venv/bin/python benchmarks/timer_drift.py --minutes 30 --speed 30   # in one minute

The real clock is the default, also for 30 minutes: an error is a timer's lateness in real
time, which a faster clock would multiply by its speed. `--speed S` runs a ScaledClock S
times fast (as `HIPTIMER_CLOCK_SPEED` does) to check the scheduling over a long plan in
less time; errors are then printed in real milliseconds (session time / S). That the
deadlines do not drift with the length of a session is also proven exactly on the fake
clock in tests/present/test_pacing.py (30 minutes, every step change within 2 ms).
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
from hiptimer.core.clock import Clock, ScaledClock, SystemClock
from hiptimer.core.session import Session, SessionFinished, StepStarted
from hiptimer.core.timeline import Step, StepKind, Timeline
from hiptimer.ui.session_controller import SessionController

POLL_MS = 20
NAIVE_TICK_MS = 50
TARGET_MS = 5.0


def make_timeline(steps: int, seconds: float) -> Timeline:
    kinds = (StepKind.WORK, StepKind.REST)
    plan = [
        Step(i, kinds[i % 2], None, None, None, None, None, seconds, None, f"step {i}")
        for i in range(steps)
    ]
    plan.append(Step(steps, StepKind.DONE, None, None, None, None, None, None, None, "done"))
    return Timeline(routine=DEFAULT_ROUTINE, steps=tuple(plan))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=0.5, help="length of the plan")
    parser.add_argument("--step-seconds", type=float, default=0.5)
    parser.add_argument("--speed", type=float, default=1.0, help="clock speed (1: real time)")
    parser.add_argument("--draw-ms", type=float, default=4.0, help="drawing time per update")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    speed = args.speed

    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    steps = max(1, round(args.minutes * 60 / args.step_seconds))
    timeline = make_timeline(steps, args.step_seconds)
    planned = timeline.total_seconds  # session seconds
    real_planned = planned / speed
    rng = random.Random(args.seed)
    # Blocks at random moments (real seconds from the start) in the first 90 % of the run.
    blocks = sorted(
        (rng.uniform(0.2, real_planned * 0.9), rng.uniform(0.05, 0.2))
        for _ in range(int(real_planned * 1.5))
    )

    clock: Clock = SystemClock() if speed == 1 else ScaledClock(SystemClock(), speed)
    controller = SessionController(clock, speed)
    polled = Session(timeline, clock)
    ends: dict[str, float] = {}
    # (planned moment, moment seen) of every step change the controller's session saw.
    changes: list[tuple[float, float]] = []

    def heard(event: object) -> None:
        if isinstance(event, StepStarted):
            changes.append((event.at, clock.monotonic()))
        if isinstance(event, SessionFinished):
            ends["controller"] = clock.monotonic()

    controller.started.connect(lambda session: session.subscribe(heard))

    def polled_heard(event: object) -> None:
        if isinstance(event, SessionFinished):
            ends["polled"] = clock.monotonic()

    polled.subscribe(polled_heard)

    def drawn(_events: object, _view: object) -> None:
        time.sleep(args.draw_ms / 1000)  # the window drawing the snapshot

    controller.updated.connect(drawn)
    naive = {"step": 0, "counted_ms": 0.0}

    def naive_tick() -> None:
        naive["counted_ms"] += NAIVE_TICK_MS
        if naive["counted_ms"] >= args.step_seconds / speed * 1000:
            naive["counted_ms"] = 0.0
            naive["step"] += 1
            if naive["step"] == steps:
                ends["naive"] = clock.monotonic()

    real_start = time.monotonic()
    pending = list(blocks)
    stalls: list[tuple[float, float]] = []  # session-clock spans of the deliberate blocks

    def poll_tick() -> None:
        polled.tick()
        now = time.monotonic() - real_start
        while pending and pending[0][0] <= now:
            _, length = pending.pop(0)
            begun = clock.monotonic()
            time.sleep(length)  # the deliberate stall: a slow paint, a busy disk...
            stalls.append((begun, clock.monotonic()))
        if len(ends) == 3:
            app.quit()

    poll_timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=POLL_MS)
    poll_timer.timeout.connect(poll_tick)
    naive_timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=NAIVE_TICK_MS)
    naive_timer.timeout.connect(naive_tick)
    started = clock.monotonic()
    controller.start(timeline, 0, ())
    controller.refresh()
    polled.start()
    poll_timer.start()
    naive_timer.start()
    QTimer.singleShot(int((real_planned * 3 + 10) * 1000), app.quit)  # a safety stop
    app.exec()
    controller.stop_polling()

    if len(ends) < 3:
        print(f"did not finish: {sorted(ends)}", file=sys.stderr)
        return 1

    def real_ms(session_seconds: float) -> float:
        return session_seconds / speed * 1000

    blocked = sum(length for _, length in blocks)
    end_error = real_ms(ends["controller"] - started - planned)
    # A change whose moment came before a block ended, and which was seen after the block
    # began, waited for it.
    in_stall = [(at, seen) for at, seen in changes if any(b < seen and at < e for b, e in stalls)]
    free = [real_ms(seen - at) for at, seen in changes if (at, seen) not in in_stall]
    worst = max([*free, end_error])
    free.sort()
    how = "real time" if speed == 1 else f"a clock {speed:g}x fast, errors in real ms"
    print(
        f"plan: {steps} steps, {planned / 60:.1f} min ({how}); loop blocked {len(blocks)} "
        f"times, {blocked:.1f} s in all; {args.draw_ms:g} ms drawing per update"
    )
    print(f"naive counter end error: {real_ms(ends['naive'] - started - planned):+.1f} ms")
    polled_error = real_ms(ends["polled"] - started - planned)
    print(f"engine polled every {POLL_MS} ms (before): end error {polled_error:+.1f} ms")
    stalled = max((real_ms(seen - at) for at, seen in in_stall), default=0.0)
    print(
        f"controller: {len(changes)} step changes; {len(in_stall)} waited for a block "
        f"(seen as it ended, up to {stalled:.0f} ms); the others seen late by "
        f"median {free[len(free) // 2]:.1f} ms, 95th percentile "
        f"{free[int(0.95 * (len(free) - 1))]:.1f} ms"
    )
    print(f"worst step change not held up by a block: {worst:+.1f} ms")
    verdict = "within" if abs(end_error) < TARGET_MS else "OVER"
    print(
        f"session end error after {args.minutes:g} min: {end_error:+.1f} ms (last), "
        f"worst {worst:+.1f} ms ({verdict} target < {TARGET_MS:g} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
