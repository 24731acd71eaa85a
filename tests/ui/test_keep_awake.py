"""The screen stays awake while a session runs, and only then.

One test drives the window with a recording stand-in; the other runs the real D-Bus
code against a private bus (dbus-daemon) with a fake ScreenSaver service on it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hiptimer.core.session import State
from hiptimer.ui.keep_awake import APP_NAME, KeepAwake, ScreenSaverInhibitor

Key = Qt.Key


def test_held_while_running_released_on_pause_end_and_quit(make_window):
    h = make_window()
    assert h.inhibitor.calls == []  # the start screen lets the screen sleep
    h.press(Key.Key_Return)
    assert h.inhibitor.calls == ["inhibit"]
    h.advance(30)
    assert h.inhibitor.calls == ["inhibit"]  # held, not asked again every poll
    h.press(Key.Key_Space)
    assert h.inhibitor.calls == ["inhibit", "release"]
    h.press(Key.Key_Space)
    h.press(Key.Key_Escape)  # the question pauses the session, so the screen may sleep
    assert h.inhibitor.calls[-1] == "release"
    next(b for b in h.window.end_question.buttons() if b.text() == "Keep going").click()
    assert h.inhibitor.calls[-1] == "inhibit"
    h.window.end_session()
    assert h.state is State.FINISHED and h.inhibitor.calls[-1] == "release"
    h.press(Key.Key_Return)  # not a session any more: nothing is held
    h.window.back_to_start()
    h.press(Key.Key_Return)
    assert h.inhibitor.calls[-1] == "inhibit"
    h.window.close()
    assert h.inhibitor.calls[-1] == "release"


class Lines:
    """Collects a process's output lines on a thread, for waiting without blocking Qt."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._thread.start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            self.lines.append(line.strip())

    def starting(self, prefix: str) -> list[str]:
        return [line for line in self.lines if line.startswith(prefix)]


@pytest.fixture
def private_bus():
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is needed for this test (Debian package dbus-daemon)"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    assert address.startswith("unix:"), address
    yield address
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def fake_screensaver(private_bus, qtbot):
    script = Path(__file__).with_name("fake_screensaver.py")
    process = subprocess.Popen(
        [sys.executable, str(script), private_bus], stdout=subprocess.PIPE, text=True
    )
    lines = Lines(process)
    qtbot.waitUntil(lambda: "ready" in lines.lines, timeout=15000)
    yield lines
    process.terminate()
    process.wait(timeout=10)


def test_the_real_dbus_call_inhibits_and_releases_with_the_cookie_unsigned(
    private_bus, fake_screensaver, qtbot
):
    inhibitor = ScreenSaverInhibitor(bus_address=private_bus)
    keep = KeepAwake(inhibitor)

    keep.set_running(True)
    qtbot.waitUntil(lambda: len(fake_screensaver.starting("inhibit ")) == 1, timeout=5000)
    head, sender = fake_screensaver.starting("inhibit ")[0].rsplit(" ", 1)
    assert head.startswith(f"inhibit {APP_NAME} ") and "session is running" in head
    qtbot.waitUntil(lambda: inhibitor._watcher is None, timeout=5000)  # the reply came
    assert inhibitor.active and not inhibitor.broken

    keep.set_running(False)  # UnInhibit with the cookie Inhibit gave, as a D-Bus "u"
    qtbot.waitUntil(lambda: bool(fake_screensaver.starting("uninhibit")), timeout=5000)
    assert fake_screensaver.starting("uninhibit") == [f"uninhibit 1 u {sender}"]
    assert not inhibitor.active
    assert f"gone {sender}" not in fake_screensaver.lines  # released without leaving the bus

    keep.set_running(True)  # resuming asks again, on the same connection
    qtbot.waitUntil(lambda: len(fake_screensaver.starting("inhibit ")) == 2, timeout=5000)
    assert fake_screensaver.starting("inhibit ")[1].rsplit(" ", 1)[1] == sender
    qtbot.waitUntil(lambda: inhibitor._watcher is None, timeout=5000)
    keep.set_running(False)
    qtbot.waitUntil(lambda: len(fake_screensaver.starting("uninhibit")) == 2, timeout=5000)
    assert fake_screensaver.starting("uninhibit")[1] == f"uninhibit 2 u {sender}"
    inhibitor.close()
    qtbot.waitUntil(lambda: f"gone {sender}" in fake_screensaver.lines, timeout=5000)


def test_a_release_before_the_answer_hands_the_cookie_back_when_it_comes(
    private_bus, fake_screensaver, qtbot
):
    inhibitor = ScreenSaverInhibitor(bus_address=private_bus)
    inhibitor.inhibit()
    inhibitor.release()  # the pause came before the desktop answered
    assert not inhibitor.active
    qtbot.waitUntil(lambda: bool(fake_screensaver.starting("uninhibit")), timeout=5000)
    sender = fake_screensaver.starting("inhibit ")[0].rsplit(" ", 1)[1]
    assert fake_screensaver.starting("uninhibit") == [f"uninhibit 1 u {sender}"]
    inhibitor.close()


def test_a_bus_without_the_service_gives_up_quietly(private_bus, qtbot):
    inhibitor = ScreenSaverInhibitor(bus_address=private_bus)
    inhibitor.inhibit()
    assert inhibitor.active
    qtbot.waitUntil(lambda: inhibitor.broken, timeout=5000)  # "no such service" came back
    assert not inhibitor.active
    inhibitor.inhibit()  # and it does not keep asking
    assert not inhibitor.active
    inhibitor.release()  # nor fails on the release that follows
