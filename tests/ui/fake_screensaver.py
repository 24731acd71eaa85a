"""A stand-in for the desktop's org.freedesktop.ScreenSaver service, for the keep-awake test.

Run with a bus address; prints one line per event: "ready", "inhibit APP REASON SENDER"
and "gone SENDER" when a client that holds an inhibition leaves the bus (which is how
the real services release it too).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher, QDBusVirtualObject


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
            return ""

        def handleMessage(self, message, connection) -> bool:  # type: ignore[no-untyped-def]
            if message.member() != "Inhibit":
                return False
            app_name, reason = message.arguments()
            watcher.addWatchedService(message.service())
            print("inhibit", app_name, repr(reason), message.service(), flush=True)
            connection.send(message.createReply(next(cookies)))
            return True

    service = ScreenSaver()
    bus.registerVirtualObject("/org/freedesktop/ScreenSaver", service)
    if not bus.registerService("org.freedesktop.ScreenSaver"):
        print("cannot register", flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
