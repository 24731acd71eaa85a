"""The garbage collector's pause while HipTimer starts (why: see hiptimer.start).

Here rather than in hiptimer.start so that the command line and the window, which both
end the pause, need not import the entry point that imports them.
"""

from __future__ import annotations

import gc


def pause_garbage_collection() -> None:
    """Hold off cyclic collections until resume_garbage_collection()."""
    gc.disable()


def resume_garbage_collection() -> None:
    """Switch the collector back on, keeping what exists now out of its scans. Does
    nothing when it is on already (tests, or a program that imports HipTimer)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
