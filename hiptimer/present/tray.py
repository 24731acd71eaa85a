"""What the tray icon shows: one of three states of the session, and its tooltip.

The icon tells at a glance whether a session runs, waits paused, or none is on
(before the start, after the end); hiptimer.ui.tray draws the three icons.
"""

from __future__ import annotations

from enum import Enum

from hiptimer.core.session import State


class TrayState(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


def tray_state(state: State | None) -> TrayState:
    """The tray's state for a session's state (None: no session yet)."""
    if state is State.RUNNING:
        return TrayState.RUNNING
    if state is State.PAUSED:
        return TrayState.PAUSED
    return TrayState.IDLE


TOOLTIPS = {
    TrayState.IDLE: "HipTimer: no session on",
    TrayState.RUNNING: "HipTimer: session running",
    TrayState.PAUSED: "HipTimer: session paused",
}


def tray_tooltip(state: TrayState) -> str:
    return TOOLTIPS[state]
