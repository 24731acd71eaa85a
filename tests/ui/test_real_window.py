"""`hiptimer` in a real X server (Xvfb, the xcb platform): the window appears, and
screenshots of the start screen and of a running work step are not blank.

The app is started as a user would, as a separate process. For the running step it is
given two launch options (see hiptimer/ui/launch_options.py): HIPTIMER_AUTOSTART=0 starts the
session at once, HIPTIMER_CLOCK_SPEED=5 runs its clock five times faster so the 10 s
get-ready passes in 2 s. The window is found by its title with xwininfo and grabbed with
Qt's own QScreen.grabWindow (no other screenshot tool needed).

Set HIPTIMER_SCREENSHOTS=/some/folder to keep the PNGs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

WINDOW_LINE = re.compile(r'^\s*(0x[0-9a-f]+) "(.*HipTimer.*)": \(.*\)\s+(\d+)x(\d+)')

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
pixmap = app.primaryScreen().grabWindow(int(sys.argv[1], 16))
sys.exit(0 if pixmap.save(sys.argv[2]) else 1)
"""


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is needed for this test (Debian package xvfb)"
    read_end, write_end = os.pipe()
    # -displayfd: Xvfb picks a free display number itself and writes it to us.
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    assert number.isdigit(), "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def hiptimer_command() -> list[str]:
    script = Path(sys.executable).with_name("hiptimer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "hiptimer"]


def app_env(display: str, home: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "HIPTIMER_", "XDG_", "DBUS_"))
    }
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "run"),
        HIPTIMER_SPEECH_ENGINE="mock",
    )
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(extra)
    return env


def find_window(display: str, title_part: str, timeout: float = 30) -> tuple[str, str]:
    xwininfo = shutil.which("xwininfo")
    assert xwininfo, "xwininfo is needed for this test (Debian package x11-utils)"
    deadline = time.monotonic() + timeout
    seen = ""
    while time.monotonic() < deadline:
        tree = subprocess.run(
            [xwininfo, "-display", display, "-root", "-tree"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        for line in tree.splitlines():
            match = WINDOW_LINE.match(line)
            if match and title_part in match.group(2) and int(match.group(3)) > 200:
                return match.group(1), match.group(2)
        seen = tree
        time.sleep(0.2)  # waiting for another process's window: there is no event to wait on
    raise AssertionError(f"no window titled {title_part!r} appeared:\n{seen[-2000:]}")


def grab(display: str, window_id: str, path: Path) -> QImage:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run(
        [sys.executable, "-c", GRAB, window_id, str(path)], env=env, check=True, timeout=60
    )
    keep = os.environ.get("HIPTIMER_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    return image


def colours(image: QImage, step: int = 7) -> dict[int, int]:
    counts: dict[int, int] = {}
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    return counts


def assert_not_blank(image: QImage) -> None:
    counts = colours(image)
    total = sum(counts.values())
    assert image.width() > 600 and image.height() > 400
    assert len(counts) >= 20, "the window looks blank: almost one colour"
    assert max(counts.values()) / total < 0.9, "the window is nearly one flat colour"


def share_near(image: QImage, target: QColor, tolerance: int = 40) -> float:
    counts = colours(image, step=3)
    near = sum(
        n
        for rgb, n in counts.items()
        if abs(((rgb >> 16) & 255) - target.red()) < tolerance
        and abs(((rgb >> 8) & 255) - target.green()) < tolerance
        and abs((rgb & 255) - target.blue()) < tolerance
    )
    return near / sum(counts.values())


@pytest.fixture
def launch(display: str, tmp_path: Path) -> Iterator[object]:
    processes: list[subprocess.Popen[bytes]] = []

    def start(**extra: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            hiptimer_command(),
            env=app_env(display, tmp_path / "home", **extra),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        processes.append(process)
        return process

    yield start
    for process in processes:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_start_screen_in_a_real_window(display, launch, tmp_path):
    process = launch()
    window_id, title = find_window(display, "Hip strength for runners")
    assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
    assert title.startswith("Hip strength for runners")
    image = grab(display, window_id, tmp_path / "real-start.png")
    assert_not_blank(image)
    # The Start button is drawn in the palette's highlight colour: a large block of it.
    assert (
        share_near(image, QColor("#308cc6"), 60) > 0.02
        or share_near(image, QColor("#2a6fc9"), 60) > 0.02
    )


def test_a_running_work_step_in_a_real_window(display, launch, tmp_path):
    process = launch(HIPTIMER_AUTOSTART="0", HIPTIMER_CLOCK_SPEED="5")
    find_window(display, "Get ready")
    window_id, _title = find_window(display, "Work: Single-leg glute bridge, right side")
    assert process.poll() is None
    image = grab(display, window_id, tmp_path / "real-work.png")
    assert_not_blank(image)
    # The work colour (countdown and frame) is on screen, so the step is really drawn.
    assert share_near(image, QColor("#b34700")) > 0.01
