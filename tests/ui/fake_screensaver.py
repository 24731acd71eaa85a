"""A stand-in for the desktop's org.freedesktop.ScreenSaver service, for the keep-awake test.

Run with a bus address; prints one line per event: "ready", "inhibit APP REASON SENDER"
(answered with a new cookie), "uninhibit COOKIE SIGNATURE SENDER" (SIGNATURE is the D-Bus
type the cookie came as: "u" for the unsigned 32-bit the real services demand) and
"gone SENDER" when a client that asked leaves the bus. It describes itself by
introspection the way the real services do (UnInhibit takes a "u").
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher, QDBusVirtualObject

INTROSPECTION = """<interface name="org.freedesktop.ScreenSaver">
  <method name="Inhibit">
    <arg name="application_name" type="s" direction="in"/>
    <arg name="reason_for_inhibit" type="s" direction="in"/>
    <arg name="cookie" type="u" direction="out"/>
  </method>
  <method name="UnInhibit">
    <arg name="cookie" type="u" direction="in"/>
  </method>
</interface>
"""


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-screensaver")
    watcher = QDBusServiceWatcher()
    watcher.setConnection(bus)
    watcher.setWatchMode(QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration)
    watcher.serviceUnregistered.connect(lambda name: print("gone", name, flush=True))
    cookies = iter(range(1, 1000))

    class ScreenSaver(QDBusVirtualObject):
        def introspect(self, path: str) -> str:
            return INTROSPECTION

        def handleMessage(self, message, connection) -> bool:  # type: ignore[no-untyped-def]
            if message.member() == "Inhibit":
                app_name, reason = message.arguments()
                watcher.addWatchedService(message.service())
                print("inhibit", app_name, repr(reason), message.service(), flush=True)
                connection.send(message.createReply(next(cookies)))
                return True
            if message.member() == "UnInhibit":
                (cookie,) = message.arguments()
                print("uninhibit", cookie, message.signature(), message.service(), flush=True)
                connection.send(message.createReply())
                return True
            return False  # Introspect: answered from introspect()

    service = ScreenSaver()
    bus.registerVirtualObject("/org/freedesktop/ScreenSaver", service)
    if not bus.registerService("org.freedesktop.ScreenSaver"):
        print("cannot register", flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
