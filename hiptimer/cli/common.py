"""What the command groups share: the exit status for bad input, durations, routines."""

from __future__ import annotations

from pathlib import Path

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Routine

# Exit status for bad input a person can fix (a broken file, a bad value).
EXIT_BAD_INPUT = 2


def load_routine(path: str | None) -> Routine:
    if path is None:
        return DEFAULT_ROUTINE
    from hiptimer.exchange.routine_file import read_routine_file

    return read_routine_file(Path(path))
