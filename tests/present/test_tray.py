"""The tray follows the session: idle before and after it, running, paused."""

from __future__ import annotations

from hiptimer.core.session import State
from hiptimer.present.tray import TrayState, tray_state, tray_tooltip


def test_each_session_state_has_its_tray_state_and_a_tooltip_that_says_it():
    assert tray_state(None) is TrayState.IDLE
    assert tray_state(State.READY) is TrayState.IDLE
    assert tray_state(State.RUNNING) is TrayState.RUNNING
    assert tray_state(State.PAUSED) is TrayState.PAUSED
    assert tray_state(State.FINISHED) is TrayState.IDLE
    tips = {state: tray_tooltip(state) for state in TrayState}
    assert tips[TrayState.RUNNING].endswith("running")
    assert tips[TrayState.PAUSED].endswith("paused")
    assert len(set(tips.values())) == 3
