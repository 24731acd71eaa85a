"""Keep the screen awake while a session runs, behind one interface on every desktop.

- Linux and other freedesktop systems: org.freedesktop.ScreenSaver on the session bus
  (ScreenSaverInhibitor). Inhibit answers with a cookie; UnInhibit takes it back as an
  unsigned 32-bit number. A plain Python int would go out as a signed one, which the
  services reject, so UnInhibit goes through QtDBus's typed call: a QDBusInterface (built
  from the service's introspection) invoked with a "uint" argument. The inhibition is
  made over a private connection kept open while the inhibitor lives, so a crash that
  drops the connection releases the screen too.
- Windows: SetThreadExecutionState through ctypes (WindowsInhibitor).
- macOS: an IOKit power assertion through ctypes (MacInhibitor).

`platform_inhibitor()` picks one. Where the call is not there or fails (no session bus,
no such service, a missing library) the inhibitor does nothing, silently: a dimming
screen is a nuisance, not a reason to stop a session.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import os
import sys
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
APP_NAME = "HipTimer"
REASON = QT_TRANSLATE_NOOP("keep_awake", "A guided exercise session is running")
CALL_TIMEOUT_MS = 3000

# Windows: winbase.h.
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002
# macOS: IOPMLib.h and CFString.h.
PREVENT_DISPLAY_SLEEP = (
    b"PreventUserIdleDisplaySleep"  # kIOPMAssertionTypePreventUserIdleDisplaySleep
)
ASSERTION_LEVEL_ON = 255  # kIOPMAssertionLevelOn
IO_RETURN_SUCCESS = 0  # kIOReturnSuccess
CF_STRING_ENCODING_UTF8 = 0x08000100  # kCFStringEncodingUTF8

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
    """Asks the desktop not to blank the screen; never raises.

    Inhibit is sent without waiting for the answer; the cookie it brings is handed back
    with UnInhibit on release (also when release comes before the answer).
    """

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # None: the user's session bus (DBUS_SESSION_BUS_ADDRESS); tests pass a private bus.
        self._address = bus_address
        self._connection_name: str | None = None
        self._interface: Any = None
        self._watcher: object | None = None
        self._cookie: int | None = None
        self._wanted = False
        self.broken = False

    @property
    def active(self) -> bool:
        """Holding the screen awake, or waiting for the answer that will."""
        return self._wanted

    def _connect(self) -> Any:
        from PySide6.QtDBus import QDBusConnection

        if self._connection_name is not None:
            return QDBusConnection(self._connection_name)
        address = self._address or session_bus_address()
        if address is None:
            self.broken = True
            return None
        name = f"hiptimer-keep-awake-{next(_names)}"
        connection = QDBusConnection.connectToBus(address, name)
        if not connection.isConnected():
            QDBusConnection.disconnectFromBus(name)
            self.broken = True  # no bus: do not try again on every resume
            return None
        self._connection_name = name
        return connection

    def inhibit(self) -> None:
        if self._wanted or self.broken:
            return
        try:
            from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher
        except ImportError:
            self.broken = True
            return
        connection = self._connect()
        if connection is None:
            return
        self._wanted = True
        if self._watcher is not None or self._cookie is not None:
            return  # the answer on its way (or the cookie held) serves this request
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Inhibit")
        message.setArguments([APP_NAME, translate("keep_awake", REASON)])
        watcher = QDBusPendingCallWatcher(connection.asyncCall(message, CALL_TIMEOUT_MS), self)
        watcher.finished.connect(self._answered)
        self._watcher = watcher

    def _answered(self, watcher: object) -> None:
        from PySide6.QtDBus import QDBusPendingCallWatcher

        assert isinstance(watcher, QDBusPendingCallWatcher)
        if self._watcher is watcher:
            self._watcher = None
        reply = watcher.reply()
        watcher.deleteLater()
        arguments = reply.arguments()
        if watcher.isError() or len(arguments) != 1 or not isinstance(arguments[0], int):
            # No ScreenSaver service here: stop asking, and free the connection.
            self.broken = True
            self._wanted = False
            self.close()
            return
        self._cookie = arguments[0]
        if not self._wanted:  # released before the answer came
            self._uninhibit()

    def release(self) -> None:
        if not self._wanted:
            return
        self._wanted = False
        if self._cookie is not None:
            self._uninhibit()

    def _uninhibit(self) -> None:
        cookie, self._cookie = self._cookie, None
        if cookie is None or self._connection_name is None:
            return
        from PySide6.QtCore import Q_ARG, QMetaObject
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        if self._interface is None:
            # Built from the service's introspection, it knows UnInhibit takes a uint.
            # No Qt parent: dropping it lets close() really leave the bus.
            interface = QDBusInterface(
                SERVICE, PATH, INTERFACE, QDBusConnection(self._connection_name)
            )
            interface.setTimeout(CALL_TIMEOUT_MS)
            self._interface = interface
        sent = self._interface.isValid() and QMetaObject.invokeMethod(
            self._interface, "UnInhibit", Q_ARG("uint", cookie)
        )
        if not sent:
            # A service that cannot be asked: leaving the bus releases the screen too.
            self.close()

    def close(self) -> None:
        """Release and leave the bus (the app's exit does this as well)."""
        self.release()
        name, self._connection_name = self._connection_name, None
        self._interface = None
        if name is not None:
            from PySide6.QtDBus import QDBusConnection

            QDBusConnection.disconnectFromBus(name)


class WindowsInhibitor:
    """SetThreadExecutionState from kernel32, through ctypes; never raises.

    kernel32: the library object (tests pass a fake); loaded when first needed.
    """

    HOLD = ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED
    LET_GO = ES_CONTINUOUS

    def __init__(self, kernel32: Any = None) -> None:
        self._kernel32 = kernel32
        self._held = False
        self.broken = False

    @property
    def active(self) -> bool:
        return self._held

    def _call(self, flags: int) -> int:
        if self._kernel32 is None:
            # ctypes.WinDLL exists only on Windows (and in its type stubs only there).
            self._kernel32 = getattr(ctypes, "WinDLL")("kernel32")  # noqa: B009
        function = self._kernel32.SetThreadExecutionState
        function.argtypes = [ctypes.c_uint32]
        function.restype = ctypes.c_uint32
        return int(function(flags))

    def inhibit(self) -> None:
        if self._held or self.broken:
            return
        try:
            previous = self._call(self.HOLD)
        except (OSError, AttributeError):
            self.broken = True
            return
        if previous == 0:  # the call failed: do not try again
            self.broken = True
            return
        self._held = True

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        self._call(self.LET_GO)


def _load_framework(name: str) -> Any:
    return ctypes.CDLL(ctypes.util.find_library(name) or name)


class MacInhibitor:
    """An IOKit power assertion (no display sleep), through ctypes; never raises.

    iokit, corefoundation: the library objects (tests pass fakes); loaded when first needed.
    """

    def __init__(self, iokit: Any = None, corefoundation: Any = None) -> None:
        self._iokit = iokit
        self._cf = corefoundation
        self._assertion: int | None = None
        self.broken = False

    @property
    def active(self) -> bool:
        return self._assertion is not None

    def _libraries(self) -> tuple[Any, Any]:
        if self._iokit is None:
            self._iokit = _load_framework("IOKit")
        if self._cf is None:
            self._cf = _load_framework("CoreFoundation")
        iokit, cf = self._iokit, self._cf
        # Pointers are 64-bit: without these ctypes would cut them to a C int.
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFRelease.argtypes = [ctypes.c_void_p]
        cf.CFRelease.restype = None
        iokit.IOPMAssertionCreateWithName.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        iokit.IOPMAssertionCreateWithName.restype = ctypes.c_int32
        iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
        iokit.IOPMAssertionRelease.restype = ctypes.c_int32
        return iokit, cf

    def inhibit(self) -> None:
        if self._assertion is not None or self.broken:
            return
        try:
            iokit, cf = self._libraries()
        except (OSError, AttributeError):
            self.broken = True
            return
        kind = cf.CFStringCreateWithCString(None, PREVENT_DISPLAY_SLEEP, CF_STRING_ENCODING_UTF8)
        reason = translate("keep_awake", REASON).encode()
        name = cf.CFStringCreateWithCString(None, reason, CF_STRING_ENCODING_UTF8)
        assertion = ctypes.c_uint32(0)
        result = -1
        if kind and name:
            result = iokit.IOPMAssertionCreateWithName(
                kind, ASSERTION_LEVEL_ON, name, ctypes.pointer(assertion)
            )
        for made in (kind, name):
            if made:
                cf.CFRelease(made)
        if result != IO_RETURN_SUCCESS:
            self.broken = True
            return
        self._assertion = assertion.value

    def release(self) -> None:
        assertion, self._assertion = self._assertion, None
        if assertion is not None and self._iokit is not None:
            self._iokit.IOPMAssertionRelease(assertion)


def platform_inhibitor(platform: str = sys.platform) -> Inhibitor:
    """The keep-awake call of this system."""
    if platform == "win32":
        return WindowsInhibitor()
    if platform == "darwin":
        return MacInhibitor()
    return ScreenSaverInhibitor()


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
            self._inhibitor = platform_inhibitor()
        if running:
            self._inhibitor.inhibit()
        else:
            self._inhibitor.release()
