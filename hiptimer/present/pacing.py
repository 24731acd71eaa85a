"""When to poll the engine next: just after the next visible change, and no sooner.

The window never computes the plan; it only asks the engine often enough to show each
change on time. A running step is polled just after the countdown's next whole-second
boundary (so the digit changes within a few milliseconds of the true second) and just
after the elapsed time's next second; animation frames are added only while something
on screen moves (a rep's movement, a hold's breathing). A paused or finished session is
not polled at all. Qt-free, so the timing rules are tested without a window.
"""

from __future__ import annotations

import math

from hiptimer.core.session import SessionView, State
from hiptimer.core.timeline import StepKind

# Land this long after a boundary so the engine is certainly past it.
AFTER_BOUNDARY = 0.003
# Even with nothing to show, look at least this often: the engine notices a suspended
# computer by the gap between polls (five seconds).
LONGEST_WAIT = 1.5
# Frames per second for what moves: enough for a smooth rep (phases of a second or
# more) and a slow breath, few enough to keep a hold well under 2 % of a core.
REP_FPS = 24
SELF_PACED_FPS = 15
BREATHING_FPS = 4
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


def poll_delay(view: SessionView) -> float | None:
    """Seconds of session time until the next poll; None when the session needs none."""
    if view.state is not State.RUNNING:
        return None
    waits = [LONGEST_WAIT]
    if view.remaining is not None and view.remaining > 0:
        waits.append(next_boundary(view.remaining) + AFTER_BOUNDARY)
    elapsed = view.elapsed_total
    waits.append(math.floor(elapsed) + 1 - elapsed + AFTER_BOUNDARY)
    frame = frame_interval(view)
    if frame is not None:
        waits.append(frame)
    return max(min(waits), 0.001)


def breathing(elapsed: float) -> float:
    """0..1..0 over one slow breath: the hold's only movement."""
    return 0.5 - 0.5 * math.cos(2 * math.pi * elapsed / BREATH_SECONDS)


def self_paced_movement(elapsed: float, seconds_per_rep: float) -> float:
    """A steady demonstration of the movement for a set with no tempo (0 start, 1 peak)."""
    phase = (elapsed / seconds_per_rep) % 1.0
    return 1 - abs(1 - 2 * phase)
