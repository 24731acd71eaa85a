"""Launch switches read from the environment, for demos and the real-window test (not
needed in normal use). Plain Python: read before Qt is imported.

- ``HIPTIMER_AUTOSTART=N``: start a session at step N of the timeline (0 = the beginning)
  as soon as the window has painted and opened the history.
- ``HIPTIMER_CLOCK_SPEED=X``: run the session clock X times faster than real time
  (1 to 100), to walk through a routine quickly.
- ``HIPTIMER_SPEECH_ENGINE=NAME``: use this QtTextToSpeech engine (``mock`` in tests,
  ``none`` for no speech); the platform's default engine otherwise.
- ``HIPTIMER_SOUND=off``: no beeps, without even looking for a sound device.

A bad value is reported on stderr and ignored.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import NamedTuple

from hiptimer.core.i18n import translate

MAX_CLOCK_SPEED = 100.0


class LaunchOptions(NamedTuple):
    autostart: int | None = None
    clock_speed: float = 1.0
    speech_engine: str | None = None
    sound: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> LaunchOptions:
        def warn(name: str, value: str, expected: str) -> None:
            ignoring = translate(
                "LaunchOptions", "hiptimer: ignoring {setting}: expected {expected}"
            )
            print(ignoring.format(setting=f"{name}={value!r}", expected=expected), file=sys.stderr)

        autostart: int | None = None
        raw = env.get("HIPTIMER_AUTOSTART", "").strip()
        if raw:
            if raw.isdigit():
                autostart = int(raw)
            else:
                warn(
                    "HIPTIMER_AUTOSTART",
                    raw,
                    translate("LaunchOptions", "a step number (0 or more)"),
                )
        speed = 1.0
        raw = env.get("HIPTIMER_CLOCK_SPEED", "").strip()
        if raw:
            try:
                speed = float(raw)
                if not 1.0 <= speed <= MAX_CLOCK_SPEED:
                    raise ValueError(raw)
            except ValueError:
                expected = translate("LaunchOptions", "a number from 1 to {maximum}")
                warn("HIPTIMER_CLOCK_SPEED", raw, expected.format(maximum=f"{MAX_CLOCK_SPEED:g}"))
                speed = 1.0
        engine = env.get("HIPTIMER_SPEECH_ENGINE", "").strip() or None
        sound = env.get("HIPTIMER_SOUND", "").strip().lower() not in ("off", "0", "no")
        return cls(autostart, speed, engine, sound)
