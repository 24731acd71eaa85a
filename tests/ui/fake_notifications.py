"""A fake org.freedesktop.Notifications, run by tests/ui/test_reminders.py in a process of
its own on the private bus whose address is argv[1].

It prints "ready", then one JSON line per Notify call; a line "ID KEY" on stdin makes it
emit ActionInvoked(ID, KEY) as a notification server does when a button is pressed.
"""

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class FakeNotifications(QObject):
    ActionInvoked = Signal("uint", str)

    def __init__(self) -> None:
        super().__init__()
        self.last = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name, replaces_id, icon, summary, body, actions, hints, timeout):
        self.last += 1
        call = {"id": self.last, "app": app_name, "replaces": replaces_id, "icon": icon}
        call.update(summary=summary, body=body, actions=list(actions), timeout=timeout)
        print(json.dumps(call), flush=True)
        return self.last

    @Slot(result="QStringList")
    def GetCapabilities(self):
        return ["actions", "body"]


def main() -> None:
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-notifications")
    service = FakeNotifications()
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllSignals
    )
    assert bus.registerObject("/org/freedesktop/Notifications", service, options)
    assert bus.registerService("org.freedesktop.Notifications")
    print("ready", flush=True)

    def read_command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        notification, key = line.split()
        service.ActionInvoked.emit(int(notification), key)

    commands = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    commands.activated.connect(read_command)
    app.exec()


if __name__ == "__main__":
    main()
