"""Reminders through a private D-Bus session with a fake notification service.

The service (tests/ui/fake_notifications.py) runs in its own process on a bus of its
own from `dbus-daemon --session`; it prints each Notify call as a JSON line and emits
ActionInvoked when told on its stdin. Time is a fake clock.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from hiptimer.core.clock import FakeClock
from hiptimer.core.weeks import WeeklyPlan
from hiptimer.store import HistoryStore
from hiptimer.ui.reminders import (
    DBusNotifier,
    NoNotificationService,
    Reminders,
    start_from_reminder,
)

HERE = Path(__file__).parent
# Monday 16 March 2026, 17:59 local time.
MONDAY_17_59 = datetime(2026, 3, 16, 17, 59).timestamp()


def read_line(stream, seconds=10.0):
    ready, _, _ = select.select([stream], [], [], seconds)
    assert ready, "the fake notification service did not answer"
    return stream.readline()


@pytest.fixture
def private_bus():
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = read_line(daemon.stdout).strip()
    yield address
    daemon.terminate()
    daemon.wait(10)


class FakeService:
    def __init__(self, address):
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "fake_notifications.py"), address],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert read_line(self.process.stdout).strip() == "ready"

    def next_call(self):
        return json.loads(read_line(self.process.stdout))

    def press(self, notification, key):
        self.process.stdin.write(f"{notification} {key}\n")
        self.process.stdin.flush()

    def stop(self):
        self.process.stdin.close()
        self.process.wait(10)


@pytest.fixture
def service(private_bus):
    fake = FakeService(private_bus)
    yield fake
    fake.stop()


@pytest.fixture
def bus(private_bus):
    connection = QDBusConnection.connectToBus(private_bus, "hiptimer-test")
    yield connection
    QDBusConnection.disconnectFromBus("hiptimer-test")


@pytest.fixture
def store(tmp_path):
    with HistoryStore.open_path(tmp_path / "history.sqlite3") as opened:
        yield opened


def test_the_reminder_at_the_planned_time_and_its_two_buttons(
    service, bus, store, qtbot, make_window
):
    store.set_weekly_plan(WeeklyPlan((0, 2, 4), time(18, 0)))
    clock = FakeClock(wall_start=MONDAY_17_59)
    notifier = DBusNotifier(bus)
    assert notifier.available
    reminders = Reminders(store, clock, notifier)
    window = make_window().window
    reminders.start_requested.connect(lambda: start_from_reminder(window))
    window.hide()  # as when HipTimer runs in the background
    assert not reminders.check()  # 17:59: not yet
    clock.advance(60)
    assert reminders.check()
    call = service.next_call()
    assert call["app"] == "HipTimer"
    assert call["summary"] == "Time for your hip routine"
    assert call["body"] == "Your hip routine is planned for now."
    assert call["actions"] == ["start", "Start now", "later", "Later (30 min)"]
    # "Start now" shows the window and starts a session.
    assert window.session is None
    with qtbot.waitSignal(reminders.start_requested, timeout=5000):
        service.press(call["id"], "start")
    assert window.isVisible() and window.session_active
    assert window.session is not None and window.session.step.index == 0
    # "Later" moves the reminder 30 minutes on, no earlier.
    with qtbot.waitSignal(notifier.action, timeout=5000):
        service.press(call["id"], "later")
    assert reminders.due == datetime.fromtimestamp(clock.wall()) + (
        datetime(2026, 1, 1, 0, 30) - datetime(2026, 1, 1)
    )
    clock.advance(29 * 60)
    assert not reminders.check()
    clock.advance(60)
    assert reminders.check()
    again = service.next_call()
    assert again["summary"] == "Time for your hip routine" and again["id"] == call["id"] + 1
    # Then the next one is Wednesday's planned time.
    assert reminders.due == datetime(2026, 3, 18, 18, 0)
    notifier.deleteLater()


def test_a_missed_day_is_mentioned_once_kindly(service, bus, store):
    clock = FakeClock(wall_start=datetime(2026, 3, 18, 17, 59).timestamp())  # Wednesday
    notifier = DBusNotifier(bus)
    reminders = Reminders(store, clock, notifier)
    clock.advance(60)
    assert reminders.check()
    body = service.next_call()["body"]
    assert "Monday slipped by; no matter, today counts just as much." in body
    assert store.note("missed_mentioned") == "2026-03-16"
    # A second reminder (a new Reminders, as after a restart) does not say it again.
    again = Reminders(
        store, FakeClock(wall_start=datetime(2026, 3, 18, 12, 0).timestamp()), notifier
    )
    again.send(datetime(2026, 3, 18).date())
    assert "slipped" not in service.next_call()["body"]


def test_no_service_is_one_clear_message(private_bus):
    connection = QDBusConnection.connectToBus(private_bus, "hiptimer-empty")
    try:
        notifier = DBusNotifier(connection)
        assert not notifier.available
        with pytest.raises(NoNotificationService, match="no desktop notification service"):
            notifier.notify("a", "b")
    finally:
        QDBusConnection.disconnectFromBus("hiptimer-empty")


def test_reminders_test_command_sends_one_notification(service, private_bus, monkeypatch, capsys):
    from hiptimer.cli import main

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", private_bus)
    try:
        assert main(["reminders", "test"]) == 0
    finally:
        QDBusConnection.disconnectFromBus("hiptimer-reminders")
    assert capsys.readouterr().out.startswith("Sent a test reminder")
    call = service.next_call()
    assert call["summary"] == "Time for your hip routine"
    assert call["body"].endswith("(A test from `hiptimer reminders test`.)")


def test_reminders_test_without_a_service_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(XDG_RUNTIME_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "hiptimer", "reminders", "test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "hiptimer: cannot show a reminder: no desktop notification service or tray is available."
    ]
