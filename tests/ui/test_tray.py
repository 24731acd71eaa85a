"""The tray icon: it follows the session, its menu acts on the window, and where the
desktop has no tray nothing is made and nothing is said.

Offscreen Qt has no tray, so the availability check is injected: a test says whether
the desktop has one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hiptimer.core.session import State
from hiptimer.present.tray import TrayState
from hiptimer.ui.tray import COLOURS, SessionTray, draw_tray_pixmap, install_tray

Key = Qt.Key


def shows(tray: SessionTray, state: TrayState) -> bool:
    """The tray icon on screen is the one drawn for `state`, and its tooltip says so."""
    return (
        tray.state is state
        and tray.icon.icon().cacheKey() == tray.icons[state].cacheKey()
        and tray.icon.toolTip().endswith(
            {"idle": "on", "running": "running", "paused": "paused"}[state.value]
        )
    )


def test_the_icon_follows_the_session_driven_by_keys(make_window):
    h = make_window()
    tray = install_tray(h.window, available=lambda: True)
    assert tray is not None and tray.icon.isVisible()
    assert shows(tray, TrayState.IDLE)
    h.press(Key.Key_Return)
    assert h.state is State.RUNNING and shows(tray, TrayState.RUNNING)
    assert tray.act_pause.text() == "Pause" and not tray.act_start.isEnabled()
    h.press(Key.Key_Space)
    assert h.state is State.PAUSED and shows(tray, TrayState.PAUSED)
    assert tray.act_pause.text() == "Resume"
    h.press(Key.Key_Space)
    assert shows(tray, TrayState.RUNNING) and tray.act_pause.text() == "Pause"
    h.advance(5)
    assert shows(tray, TrayState.RUNNING)
    h.window.end_session()
    assert shows(tray, TrayState.IDLE) and not tray.act_pause.isEnabled()


def test_the_menu_starts_pauses_resumes_shows_and_quits(make_window):
    h = make_window()
    tray = install_tray(h.window, available=lambda: True)
    assert tray is not None
    assert tray.icon.contextMenu() is tray.menu
    assert [a.text() for a in tray.menu.actions()] == [
        "Start",
        "Pause",
        "",
        "Show HipTimer",
        "Quit",
    ]
    assert tray.act_start.isEnabled() and not tray.act_pause.isEnabled()

    tray.act_start.trigger()
    assert h.state is State.RUNNING
    assert h.window.stack.currentWidget() is h.window.session_screen
    tray.act_pause.trigger()
    assert h.state is State.PAUSED and shows(tray, TrayState.PAUSED)
    assert h.window.session_screen.pause_button.text() == "Resume (Space)"
    tray.act_pause.trigger()
    assert h.state is State.RUNNING

    h.window.hide()
    tray.act_show.trigger()
    assert h.window.isVisible()

    h.advance(3)
    tray.act_quit.trigger()  # as Ctrl+Q: the window closes, the session ends, kept
    assert not h.window.isVisible()
    assert h.state is State.FINISHED
    assert not tray.icon.isVisible()
    assert h.inhibitor.calls[-1] == "release"


def test_without_a_tray_nothing_is_made_and_nothing_is_said(make_window):
    h = make_window()
    menus = len(h.window.findChildren(QMenu))
    assert install_tray(h.window, available=lambda: False) is None
    assert h.window.findChildren(QSystemTrayIcon) == []
    assert h.window.findChildren(SessionTray) == []
    assert len(h.window.findChildren(QMenu)) == menus  # no tray menu either
    assert h.window.notices == [] and h.window.status_label.text() == ""
    h.press(Key.Key_Return)  # the window works as ever
    assert h.state is State.RUNNING


def test_the_three_icons_are_told_apart_at_a_glance():
    for size in (16, 22, 32, 64):
        images = {state: draw_tray_pixmap(state, size).toImage() for state in TrayState}
        assert len({image.cacheKey() for image in images.values()}) == 3
        assert images[TrayState.IDLE] != images[TrayState.RUNNING] != images[TrayState.PAUSED]
        assert images[TrayState.IDLE] != images[TrayState.PAUSED]
    images = {state: draw_tray_pixmap(state, 64).toImage() for state in TrayState}
    # Running: a white play sign in the middle of a green disc.
    assert images[TrayState.RUNNING].pixelColor(32, 32) == QColor("white")
    assert images[TrayState.RUNNING].pixelColor(32, 8) == COLOURS[TrayState.RUNNING]
    # Paused: the amber disc shows between the two white bars.
    assert images[TrayState.PAUSED].pixelColor(32, 32) == COLOURS[TrayState.PAUSED]
    assert images[TrayState.PAUSED].pixelColor(22, 32) == QColor("white")
    # Idle: an empty ring.
    assert images[TrayState.IDLE].pixelColor(32, 44).alpha() == 0
    assert images[TrayState.IDLE].pixelColor(32, 5) == COLOURS[TrayState.IDLE]
