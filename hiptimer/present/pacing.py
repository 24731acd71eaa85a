"""When to poll the engine next: at each visible change, and no sooner.

The window never computes the plan; it only asks the engine often enough to show each
change on time. Two kinds of wake-up, each on its own precise single-shot timer in the
session controller (hiptimer.ui.session_controller):
- changes (`next_change`): just after the countdown's next whole-second boundary (the
  step's deadline is one of them), and just after the elapsed clock's next second, so a
  digit or a step changes within a millisecond or two of the true moment, however the
  animation frames fall;
- frames (`frame_interval`): only while something on screen moves, at the rate it needs
  (a rep's movement; a hold's slow breath needs few).
A paused or finished session is not polled at all. The controller arms each timer from
the clock's reading when it arms it (`wait_from`), so the time spent drawing a snapshot
does not make the next poll late. Qt-free, so the timing rules are tested without a
window (tests/present/test_pacing.py).
"""

from __future__ import annotations

import math

from hiptimer.core.session import SessionView, State
from hiptimer.core.timeline import StepKind

# Land this long after a boundary so the engine is certainly past it. The controller's
# timers count whole milliseconds, rounded up, from a clock reading taken before they
# start, so they never fire before the moment asked for: a millisecond is margin enough.
AFTER_BOUNDARY = 0.001
# Even with nothing to show, look at least this often: the engine notices a suspended
# computer by the gap between polls (five seconds).
LONGEST_WAIT = 1.5
# Frames per second for what moves: enough for a smooth rep (phases of a second or
# more); a hold's breath (5 s, a few pixels of the chest) needs only a few, which keeps
# a hold's CPU low (benchmarks/startup.py).
REP_FPS = 24
SELF_PACED_FPS = 15
BREATHING_FPS = 3
# Seconds per breath in the hold's breathing cue.
BREATH_SECONDS = 5.0


def frame_interval(view: SessionView) -> float | None:
    """Seconds between animation frames for this step, or None when nothing moves."""
    if view.state is not State.RUNNING:
        return None
    step = view.step
    if step.kind is StepKind.WORK:
        return 1 / (REP_FPS if view.rep is not None else SELF_PACED_FPS)
    if step.kind is StepKind.HOLD:
        return 1 / BREATHING_FPS
    return None


def next_boundary(value: float) -> float:
    """Seconds until value (counting down) next crosses a whole number; in (0, 1]."""
    if value <= 0:
        return LONGEST_WAIT
    return value - (math.ceil(value) - 1)


def next_change(view: SessionView) -> float | None:
    """Seconds of session time until just after the next change of a number on screen
    (the countdown's digit, the step's end, the elapsed clock); None when not running."""
    if view.state is not State.RUNNING:
        return None
    waits = [LONGEST_WAIT]
    if view.remaining is not None and view.remaining > 0:
        waits.append(next_boundary(view.remaining) + AFTER_BOUNDARY)
    elapsed = view.elapsed_total
    waits.append(math.floor(elapsed) + 1 - elapsed + AFTER_BOUNDARY)
    return max(min(waits), 0.0)


def next_frame(view: SessionView) -> float | None:
    """Seconds until just after the next animation frame, or None when nothing moves.
    Frames fall on a grid of the step's elapsed time, whatever polls came in between, so
    a hold's breath takes the same few poses each time round (see breathing_frame)."""
    interval = frame_interval(view)
    if interval is None:
        return None
    into = view.elapsed_in_step % interval
    return interval - into + AFTER_BOUNDARY


def poll_delay(view: SessionView) -> float | None:
    """Seconds of session time until the next poll of either kind; None when none."""
    change = next_change(view)
    if change is None:
        return None
    frame = next_frame(view)
    return max(min(change, frame if frame is not None else change), 0.001)


def wait_from(due_in: float | None, taken_at: float, now: float, speed: float = 1.0) -> int | None:
    """Whole milliseconds for a timer armed at `now` (session clock) to fire `due_in`
    seconds after the snapshot taken at `taken_at`; rounded up so it never fires early;
    0 when that moment has passed; None for no timer. speed: session seconds per second
    (a demo clock)."""
    if due_in is None:
        return None
    left = (taken_at + due_in - now) / speed
    return max(0, math.ceil(left * 1000 - 1e-6))


def breathing(elapsed: float) -> float:
    """0..1..0 over one slow breath: the hold's only movement."""
    return 0.5 - 0.5 * math.cos(2 * math.pi * elapsed / BREATH_SECONDS)


def breathing_frame(elapsed: float) -> float:
    """breathing() at the hold's last frame time (BREATHING_FPS a second): a poll between
    frames (the countdown's next second) leaves the figure as it is."""
    frame = math.floor(elapsed * BREATHING_FPS + 1e-9) % round(BREATH_SECONDS * BREATHING_FPS)
    return breathing(frame / BREATHING_FPS)


def self_paced_movement(elapsed: float, seconds_per_rep: float) -> float:
    """A steady demonstration of the movement for a set with no tempo (0 start, 1 peak)."""
    phase = (elapsed / seconds_per_rep) % 1.0
    return 1 - abs(1 - 2 * phase)
