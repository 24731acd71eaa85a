"""The `hiptimer` command's entry point: the command line, with a faster start.

Loading PySide6 and HipTimer and building the window make tens of thousands of
long-lived objects and next to no garbage, yet Python's cyclic garbage collector scans
them over and over while they are made (about 5 ms of a 150 ms start,
benchmarks/startup.py). So the collector waits: it is switched back on once the window
has painted, or as soon as the command line names a command. The objects made until
then are frozen out of later collections (gc.freeze): nearly all of them live as long as
the app, and each full collection would rescan them (about 5 ms each time, in the
middle of a session). The price: the few of them that later end up in an unreachable
reference cycle (say, the first start screen's rows when another routine replaces them)
are never collected, a one-off amount bounded by what the start made.

Memory is still freed as usual meanwhile: only reference cycles wait.
"""

from __future__ import annotations

from collections.abc import Sequence

from hiptimer.core.collector import pause_garbage_collection, resume_garbage_collection


def main(argv: Sequence[str] | None = None) -> int:
    pause_garbage_collection()
    try:
        from hiptimer.cli import main as run_command_line

        return run_command_line(argv)
    finally:
        resume_garbage_collection()
