"""A tray icon where the desktop has a tray: it shows whether a session is off, running
or paused, and its menu starts, pauses or resumes, shows the window and quits.

Where there is no tray (GNOME without an extension, a bare X server) nothing is made and
nothing is said: `install_tray` returns None. The availability check is injected so that
tests can run with and without a tray on any platform.

The menu's Start and Pause follow the window's own actions (enabled or not, "Pause" or
"Resume"); each acts on the window the way its key does. The three icons are drawn here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hiptimer.core.i18n import translate
from hiptimer.present.tray import TrayState, tray_state, tray_tooltip

if TYPE_CHECKING:
    from hiptimer.core.session import Event, SessionView
    from hiptimer.ui.main_window import MainWindow

ICON_SIZES = (16, 22, 24, 32, 48, 64)
COLOURS = {
    TrayState.IDLE: QColor("#5b6b7a"),
    TrayState.RUNNING: QColor("#2e8b57"),
    TrayState.PAUSED: QColor("#d08a1e"),
}


def draw_tray_pixmap(state: TrayState, size: int) -> QPixmap:
    """A round badge: an empty ring (idle), a play sign (running), two bars (paused)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = COLOURS[state]
    margin = size * 0.06
    disc = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    centre = disc.center()
    r = disc.width() / 2
    if state is TrayState.IDLE:
        painter.setPen(QPen(colour, max(1.5, size * 0.11)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inner = r - size * 0.06
        painter.drawEllipse(centre, inner, inner)
        # A timer's hand at twelve o'clock: HipTimer, waiting.
        painter.drawLine(centre, QPointF(centre.x(), centre.y() - inner * 0.6))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(disc)
        painter.setBrush(QColor("white"))
        if state is TrayState.RUNNING:
            path = QPainterPath()
            path.moveTo(centre.x() - r * 0.32, centre.y() - r * 0.45)
            path.lineTo(centre.x() + r * 0.5, centre.y())
            path.lineTo(centre.x() - r * 0.32, centre.y() + r * 0.45)
            path.closeSubpath()
            painter.drawPath(path)
        else:
            width, height = r * 0.26, r * 0.9
            for dx in (-r * 0.36, r * 0.1):
                painter.drawRect(QRectF(centre.x() + dx, centre.y() - height / 2, width, height))
    painter.end()
    return pixmap


def draw_tray_icon(state: TrayState) -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(draw_tray_pixmap(state, size))
    return icon


class SessionTray(QObject):
    """The tray icon of one main window (made by install_tray); it hides when the window
    closes and is deleted with it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.icons = {state: draw_tray_icon(state) for state in TrayState}
        self.state = TrayState.IDLE
        # Parented to the window: the menu goes when the window goes.
        self.menu = QMenu(window)
        self.act_start = self._add(translate("SessionTray", "Start"), self.start)
        self.act_pause = self._add(translate("SessionTray", "Pause"), window.act_pause.trigger)
        self.menu.addSeparator()
        self.act_show = self._add(translate("SessionTray", "Show HipTimer"), self.show_window)
        self.act_quit = self._add(translate("SessionTray", "Quit"), window.act_quit.trigger)
        window.act_start.changed.connect(self._sync_actions)
        window.act_pause.changed.connect(self._sync_actions)
        self._sync_actions()
        self.icon = QSystemTrayIcon(self.icons[self.state], self)
        self.icon.setToolTip(tray_tooltip(self.state))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        window.controller.updated.connect(self._follow)
        # The icon goes when the window closes (Quit, Ctrl+Q, the close button).
        window.installEventFilter(self)
        self.icon.show()

    def _add(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _sync_actions(self) -> None:
        window = self.window
        self.act_start.setEnabled(window.act_start.isEnabled())
        self.act_pause.setEnabled(window.act_pause.isEnabled())
        self.act_pause.setText(window.act_pause.text().replace("&", ""))

    def _follow(self, _events: list[Event], view: SessionView) -> None:
        self.set_state(tray_state(view.state))

    def set_state(self, state: TrayState) -> None:
        if state is self.state:
            return
        self.state = state
        self.icon.setIcon(self.icons[state])
        self.icon.setToolTip(tray_tooltip(state))

    def show_window(self) -> None:
        """The window to the front, also from minimised."""
        if not self.window.isVisible():
            self.window.show()
        self.window.bring_to_front()

    def start(self) -> None:
        """Start the routine from the tray: the window comes to the front to guide it."""
        self.show_window()
        self.window.act_start.trigger()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.icon.hide()
        return False


def install_tray(
    window: MainWindow,
    available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
) -> SessionTray | None:
    """A tray icon for the window where the desktop has a tray; otherwise None, silently."""
    if not available():
        return None
    return SessionTray(window)
