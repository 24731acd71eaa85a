"""Reminders at the planned time: a desktop notification with "Start now" and "Later".

On Linux the notification goes to org.freedesktop.Notifications over D-Bus, whose
ActionInvoked signal says which button was pressed; elsewhere (or with no such service)
a tray icon's message stands in, where a click means "Start now".

The time comes from a Clock, so tests drive it with a fake one; a timer only asks
`check()` now and then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.weeks import DAY_NAMES, WeeklyPlan, week_start
from hiptimer.core.wording import reminder_text

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    from hiptimer.core.clock import Clock
    from hiptimer.store import HistoryStore
    from hiptimer.ui.main_window import MainWindow

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
START = "start"
LATER = "later"
# Key, label, key, label: the labels are translated when the notification is sent.
ACTIONS = (
    START,
    QT_TRANSLATE_NOOP("reminders", "Start now"),
    LATER,
    QT_TRANSLATE_NOOP("reminders", "Later (30 min)"),
)
LATER_DELAY = timedelta(minutes=30)
CHECK_EVERY_MS = 20_000
MISSED_NOTE = "missed_mentioned"


BUS_NAME = "hiptimer-reminders"


class NoNotificationService(RuntimeError):
    """No desktop notification service answers on this computer."""


class DBusNotifier(QObject):
    """Freedesktop notifications; `action` carries the key of a pressed button."""

    action = Signal(str)

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusInterface

        self._bus = bus
        self._sent: set[int] = set()
        # The interface is read from the service itself (introspection), so a call
        # carries the exact D-Bus types Notify asks for (the id is a uint32).
        self._interface: QDBusInterface | None = None
        if bus.isConnected():
            interface = QDBusInterface(SERVICE, PATH, INTERFACE, bus, self)
            if interface.isValid():
                self._interface = interface
                # PySide6 takes the slot as text at run time; its stubs say bytes.
                slot = SLOT("_invoked(uint,QString)")
                bus.connect(SERVICE, PATH, INTERFACE, "ActionInvoked", self, slot)  # type: ignore[call-overload]

    @classmethod
    def on_session_bus(cls, parent: QObject | None = None) -> DBusNotifier:
        """On the user's session bus, never auto-launching one where none runs."""
        from PySide6.QtDBus import QDBusConnection

        from hiptimer.ui.keep_awake import session_bus_address

        address = session_bus_address()
        if address is None:
            return cls(QDBusConnection(BUS_NAME), parent)  # not connected: unavailable
        return cls(QDBusConnection.connectToBus(address, BUS_NAME), parent)

    @property
    def available(self) -> bool:
        return self._interface is not None

    def notify(self, title: str, body: str, actions: Sequence[str] = ACTIONS) -> int:
        """Show one notification; its id. NoNotificationService when none can be shown."""
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

        if self._interface is None:
            raise NoNotificationService(
                translate("DBusNotifier", "no desktop notification service is running")
            )
        result = QMetaObject.invokeMethod(
            self._interface,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG(str, "HipTimer"),
            Q_ARG("uint", 0),
            Q_ARG(str, "hiptimer"),
            Q_ARG(str, title),
            Q_ARG(str, body),
            Q_ARG(
                "QStringList",
                [translate("reminders", a) if i % 2 else a for i, a in enumerate(actions)],
            ),
            Q_ARG("QVariantMap", {}),
            Q_ARG(int, -1),
        )
        if not isinstance(result, int) or result == 0:
            error = self._interface.lastError().message()
            refused = translate("DBusNotifier", "the notification service refused it ({error})")
            raise NoNotificationService(refused.format(error=error))
        self._sent.add(result)
        return result

    @Slot("uint", str)
    def _invoked(self, notification: int, key: str) -> None:
        if notification in self._sent:  # other programs' notifications are not ours
            self.action.emit(key)


class TrayNotifier(QObject):
    """Where there is no freedesktop service: a tray icon's message; a click starts."""

    action = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        self._tray: QSystemTrayIcon | None = None
        # A tray needs the widgets' application (a command may run a bare core one).
        widgets = isinstance(QApplication.instance(), QApplication)
        if widgets and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self._tray.messageClicked.connect(lambda: self.action.emit(START))

    @property
    def available(self) -> bool:
        return self._tray is not None

    def notify(self, title: str, body: str, actions: Sequence[str] = ACTIONS) -> int:
        if self._tray is None:
            raise NoNotificationService(
                translate("TrayNotifier", "no desktop notification service or tray is available")
            )
        self._tray.show()
        self._tray.showMessage(title, body + translate("TrayNotifier", " Click to start."))
        return 1


def best_notifier(parent: QObject | None = None) -> DBusNotifier | TrayNotifier:
    """D-Bus notifications where a service answers (Linux), else the tray's messages."""
    import sys

    if sys.platform.startswith("linux"):
        notifier = DBusNotifier.on_session_bus(parent)
        if notifier.available:
            return notifier
    return TrayNotifier(parent)


class Reminders(QObject):
    """Sends the reminder when the planned time comes; `start_requested` on "Start now".

    The plan and the days done are read from the profile's history each time, so a
    changed plan applies at once. A missed planned day is mentioned in the next reminder,
    once: the store remembers which day was mentioned.
    """

    start_requested = Signal()

    def __init__(
        self,
        store: HistoryStore,
        clock: Clock,
        notifier: DBusNotifier | TrayNotifier,
        parent: QObject | None = None,
        *,
        local: Callable[[float], datetime] = datetime.fromtimestamp,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._notifier = notifier
        self._local = local
        notifier.action.connect(self._action)
        self.sent: list[tuple[str, str]] = []
        self.due = store.weekly_plan.next_time(self._now())
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def _now(self) -> datetime:
        return self._local(self._clock.wall())

    @property
    def plan(self) -> WeeklyPlan:
        return self._store.weekly_plan

    def replan(self) -> None:
        """The plan changed: the next reminder is the new plan's next time."""
        self.due = self.plan.next_time(self._now())

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> bool:
        """Send the reminder if its time has come; True when one was sent."""
        now = self._now()
        if now < self.due:
            return False
        self.due = self.plan.next_time(now)
        if self._done_today(now.date()):
            return False  # already trained today: nothing to remind of
        self.send(now.date())
        return True

    def _done_days(self, today: date) -> list[date]:
        from hiptimer.store.charts import done_days

        return [day for day in done_days(self._store, week_start(today)) if day <= today]

    def _done_today(self, today: date) -> bool:
        return today in self._done_days(today)

    def send(self, today: date) -> None:
        missed = self.plan.missed_day(self._done_days(today), today)
        mention = None
        if missed is not None and self._store.note(MISSED_NOTE) != missed.isoformat():
            mention = translate("Weeks", DAY_NAMES[missed.weekday()])
        title, body = reminder_text(mention)
        try:
            self._notifier.notify(title, body)
        except NoNotificationService:
            return
        if mention is not None and missed is not None:
            self._store.set_note(MISSED_NOTE, missed.isoformat())  # said once, not again
        self.sent.append((title, body))

    def _action(self, key: str) -> None:
        if key == START:
            self.start_requested.emit()
        elif key == LATER:
            self.due = self._now() + LATER_DELAY


def start_from_reminder(window: MainWindow) -> None:
    """ "Start now": show the window and start the routine, unless one already runs."""
    window.bring_to_front()
    if not window.session_active:
        window.start_session()
