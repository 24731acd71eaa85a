"""One app per profile: the second start asks the first to come forward; stale locks go."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from hiptimer.ui.single_instance import LOCK_NAME, SingleInstance


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "hiptimer" / "profiles"


def test_the_second_start_on_a_profile_wakes_the_first(qtbot):
    first = SingleInstance("Alex")
    second = SingleInstance("Alex")
    try:
        assert first.acquire() and first.held
        with qtbot.waitSignal(first.activate_requested, timeout=2000):
            assert second.acquire() is False
        assert second.activation_sent and not second.held
        other_profile = SingleInstance("Sam")
        assert other_profile.acquire()  # another profile is another lock
        other_profile.release()
    finally:
        first.release()
    third = SingleInstance("Alex")
    assert third.acquire()  # released: free again
    third.release()


def test_a_stale_lock_file_from_a_dead_process_is_taken_over(data_home, qtbot):
    folder = data_home / "Alex"
    folder.mkdir(parents=True)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    # What QLockFile writes: pid, application name, host name, machine and boot ids.
    lock = folder / LOCK_NAME
    machine = bytes(QSysInfo.machineUniqueId().data()).decode()
    boot = bytes(QSysInfo.bootUniqueId().data()).decode()
    lock.write_text(f"{gone.pid}\npython3\n{QSysInfo.machineHostName()}\n{machine}\n{boot}\n")
    instance = SingleInstance("Alex")
    try:
        assert instance.acquire()
        assert lock.read_text().split("\n")[0] == str(os.getpid())
    finally:
        instance.release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_left_by_a_killed_app_is_taken_over(data_home, tmp_path, qtbot):
    child = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication
        from hiptimer.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance("Alex")
        print("locked" if instance.acquire() else "refused", flush=True)
        app.exec()
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    process = subprocess.Popen(
        [sys.executable, "-c", child], stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        assert process.stdout.readline().strip() == "locked"
        alive = SingleInstance("Alex")
        assert alive.acquire() is False  # while it runs, the lock holds
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        process.kill()
        process.stdout.close()
    assert (data_home / "Alex" / LOCK_NAME).exists()  # left behind by the crash
    after = SingleInstance("Alex")
    try:
        assert after.acquire()
        third = SingleInstance("Alex")
        with qtbot.waitSignal(after.activate_requested, timeout=2000):
            assert third.acquire() is False  # the new owner listens on the old name
    finally:
        after.release()


def _old(path):
    """Make the lock look older than any start-up takes."""
    past = path.stat().st_mtime - 3600
    os.utime(path, (past, past))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_lock_naming_a_live_process_that_is_not_hiptimer_is_taken_over(data_home, qtbot):
    # After a crash the lock's process id went to another program, here one that even has
    # the same executable name, so QLockFile itself believes the lock.
    folder = data_home / "Alex"
    folder.mkdir(parents=True)
    other = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        name = Path(os.readlink(f"/proc/{other.pid}/exe")).name
        lock = folder / LOCK_NAME
        machine = bytes(QSysInfo.machineUniqueId().data()).decode()
        boot = bytes(QSysInfo.bootUniqueId().data()).decode()
        lock.write_text(f"{other.pid}\n{name}\n{QSysInfo.machineHostName()}\n{machine}\n{boot}\n")
        _old(lock)
        instance = SingleInstance("Alex")
        try:
            assert instance.acquire()
            assert instance.took_over and not instance.activation_sent
            assert lock.read_text().split("\n")[0] == str(os.getpid())
            third = SingleInstance("Alex")
            with qtbot.waitSignal(instance.activate_requested, timeout=2000):
                assert third.acquire() is False  # the new owner answers
            assert third.activation_sent
        finally:
            instance.release()
    finally:
        other.stdin.close()
        other.wait(timeout=10)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_hiptimer_that_holds_the_lock_but_does_not_answer_is_not_said_to_come_forward(
    data_home, tmp_path
):
    child = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication
        from hiptimer.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance("Alex")
        print("locked" if instance.acquire(listen=False) else "refused", flush=True)
        app.exec()
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    process = subprocess.Popen(
        [sys.executable, "-c", child], stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        assert process.stdout.readline().strip() == "locked"
        lock = data_home / "Alex" / LOCK_NAME
        _old(lock)
        second = SingleInstance("Alex")
        assert second.acquire() is False
        assert not second.activation_sent and not second.took_over
        assert lock.read_text().split("\n")[0] == str(process.pid)  # still its lock
        app = subprocess.run(
            [sys.executable, "-m", "hiptimer", "--profile", "Alex"],
            env={**env, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert app.returncode == 1
        assert "did not answer" in app.stderr and "brought to the front" not in app.stderr
        assert "come to the front" not in app.stderr
    finally:
        process.kill()
        process.wait(timeout=10)
        process.stdout.close()
