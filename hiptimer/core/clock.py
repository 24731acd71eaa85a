"""Time sources for the session engine.

The engine asks a Clock for two things: a monotonic reading for deadlines, and the wall
time to stamp results with. Tests pass a FakeClock and move time by hand.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes backwards."""
        ...

    def wall(self) -> float:
        """Seconds since the Unix epoch, for stamping results."""
        ...


class SystemClock:
    """The real clock.

    On Linux, CLOCK_BOOTTIME keeps counting while the machine is suspended, unlike
    CLOCK_MONOTONIC: the engine can then see the gap and pause instead of silently
    carrying on as if the sleep had never happened.
    """

    def __init__(self) -> None:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is not None:
            try:
                time.clock_gettime(boottime)
            except OSError:
                boottime = None
        self._boottime = boottime

    def monotonic(self) -> float:
        if self._boottime is not None:
            return time.clock_gettime(self._boottime)
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


class FakeClock:
    """A clock that moves only when told; monotonic and wall move together."""

    def __init__(self, start: float = 1000.0, wall_start: float = 1_767_225_600.0) -> None:
        self._now = start
        self._wall_offset = wall_start - start

    def monotonic(self) -> float:
        return self._now

    def wall(self) -> float:
        return self._now + self._wall_offset

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._now += seconds


class ScaledClock:
    """A clock running `speed` times faster than another, from the moment it is made."""

    def __init__(self, base: Clock, speed: float) -> None:
        self._base = base
        self.speed = speed
        self._mono0 = base.monotonic()
        self._wall0 = base.wall()

    def monotonic(self) -> float:
        return self._mono0 + (self._base.monotonic() - self._mono0) * self.speed

    def wall(self) -> float:
        return self._wall0 + (self._base.monotonic() - self._mono0) * self.speed
