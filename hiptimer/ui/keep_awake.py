"""Keep the screen awake while a session runs: org.freedesktop.ScreenSaver on the session bus.

Where there is no session bus or no such service (Windows, macOS, a bare X server) this
does nothing, silently: a dimming screen is a nuisance, not a reason to stop a session.

Each inhibition is made over a private connection to the session bus, and released by
closing that connection. The ScreenSaver implementations (KDE, GNOME's proxy, Xfce)
drop an inhibition when the client that asked for it leaves the bus, which is exactly
what closing does; this also makes a crash release the screen. It is used instead of
UnInhibit(cookie) because Python bindings marshal the cookie as a signed int, which the
services reject: their UnInhibit takes an unsigned one.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
APP_NAME = "HipTimer"
REASON = "A guided exercise session is running"
CALL_TIMEOUT_MS = 3000

_names = itertools.count(1)


def session_bus_address() -> str | None:
    """The user's session bus, without ever letting libdbus auto-launch a new one."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if sys.platform.startswith("linux") and runtime and (Path(runtime) / "bus").exists():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


class Inhibitor(Protocol):
    def inhibit(self) -> None: ...

    def release(self) -> None: ...


class ScreenSaverInhibitor(QObject):
    """Asks the desktop not to blank the screen; never blocks, never raises."""

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # None: the user's session bus (DBUS_SESSION_BUS_ADDRESS); tests pass a private bus.
        self._address = bus_address
        self._connection_name: str | None = None
        self._watcher: object | None = None
        self.broken = False

    @property
    def active(self) -> bool:
        return self._connection_name is not None

    def inhibit(self) -> None:
        if self.active or self.broken:
            return
        try:
            from PySide6.QtDBus import (
                QDBusConnection,
                QDBusMessage,
                QDBusPendingCallWatcher,
            )
        except ImportError:
            self.broken = True
            return
        address = self._address or session_bus_address()
        if address is None:
            self.broken = True
            return
        name = f"hiptimer-keep-awake-{next(_names)}"
        connection = QDBusConnection.connectToBus(address, name)
        if not connection.isConnected():
            QDBusConnection.disconnectFromBus(name)
            self.broken = True  # no bus: do not try again on every resume
            return
        self._connection_name = name
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Inhibit")
        message.setArguments([APP_NAME, REASON])
        watcher = QDBusPendingCallWatcher(connection.asyncCall(message, CALL_TIMEOUT_MS), self)
        watcher.finished.connect(self._answered)
        self._watcher = watcher

    def _answered(self, watcher: object) -> None:
        from PySide6.QtDBus import QDBusPendingCallWatcher

        assert isinstance(watcher, QDBusPendingCallWatcher)
        if watcher.isError():
            # No ScreenSaver service here: stop asking, and free the connection.
            self.broken = True
            self.release()
        watcher.deleteLater()
        if self._watcher is watcher:
            self._watcher = None

    def release(self) -> None:
        name = self._connection_name
        if name is None:
            return
        self._connection_name = None
        from PySide6.QtDBus import QDBusConnection

        QDBusConnection.disconnectFromBus(name)


class KeepAwake:
    """Holds the screen awake while `set_running(True)`; idempotent."""

    def __init__(self, inhibitor: Inhibitor | None = None) -> None:
        self._inhibitor = inhibitor
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def set_running(self, running: bool) -> None:
        if running == self._held:
            return
        self._held = running
        if self._inhibitor is None:
            self._inhibitor = ScreenSaverInhibitor()
        if running:
            self._inhibitor.inhibit()
        else:
            self._inhibitor.release()
