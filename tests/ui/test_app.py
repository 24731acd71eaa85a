"""Opening the app: routine files (good and broken), profile, settings problems, the
launch options for demos and tests, and what is (not) loaded at start-up."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.clock import FakeClock, ScaledClock
from hiptimer.core.session import State
from hiptimer.exchange.routine_file import write_routine_file
from hiptimer.ui.app import build_window
from hiptimer.ui.launch_options import LaunchOptions
from hiptimer.ui.main_window import MainWindow
from tests.trainer_support import MACHINE_PATH


def args(**values):
    return argparse.Namespace(**{"routine": None, "profile": None, "command": None, **values})


def open_window(qtbot, namespace, env=None):
    window = build_window(
        namespace, env or {"HIPTIMER_SOUND": "off", "HIPTIMER_SPEECH_ENGINE": "mock"}
    )
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        QApplication.processEvents()
    return window


def test_a_broken_routine_file_is_explained_and_the_built_in_routine_opens(qtbot, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "hiptimer-routine", "version": 1, "name": "x", "exercises": [')
    window = open_window(qtbot, args(routine=str(path)))
    assert window.routine is DEFAULT_ROUTINE
    box = window.message_box
    assert box is not None and box.isVisible()
    assert box.text() == "This routine file cannot be used."
    detail = box.informativeText()
    assert str(path) in detail and "not valid JSON" in detail
    assert "built-in routine instead" in detail and "Traceback" not in detail
    assert window.start_screen.title.text() == DEFAULT_ROUTINE.name


def test_a_routine_files_problems_read_in_plain_words_in_the_box(qtbot, tmp_path):
    path = tmp_path / "anna-week-2.json"
    write_routine_file(DEFAULT_ROUTINE, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["exercises"][2]["dose"]["reps"] = 0
    document["exercises"][4]["cues"] = ["Knees bent."] * 7
    path.write_text(json.dumps(document), encoding="utf-8")
    window = open_window(qtbot, args(routine=str(path)))
    detail = window.message_box.informativeText()
    third, fifth = DEFAULT_ROUTINE.exercises[2].name, DEFAULT_ROUTINE.exercises[4].name
    assert detail.splitlines() == [
        f"{path} has 2 problems:",
        f"• {third} (exercise 3), reps: use 1 to 200 (was 0)",
        f"• {fifth} (exercise 5), cues: use at most 6 cue lines (there are 7)",
        "",
        "HipTimer shows its built-in routine instead.",
    ]
    assert not MACHINE_PATH.search(detail)


def test_a_routine_file_and_a_profile_are_used(qtbot, tmp_path):
    path = tmp_path / "short.json"
    routine = DEFAULT_ROUTINE.__class__(
        name="Short one", exercises=DEFAULT_ROUTINE.exercises[:2], prepare_seconds=5
    )
    write_routine_file(routine, path)
    window = open_window(qtbot, args(routine=str(path), profile="Sam"))
    assert window.routine.name == "Short one" and window.profile == "Sam"
    assert window.message_box is None
    assert window.start_screen.title.text() == "Short one"
    assert len(window.start_screen.exercise_rows()) == 2


def test_bad_settings_are_reset_and_the_window_says_which(qtbot, user_folders):
    config = user_folders / "config" / "hiptimer"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"volume": "loud", "prepare_seconds": 20}))
    window = open_window(qtbot, args())
    assert window.settings.volume == 80 and window.settings.prepare_seconds == 20
    assert window.notices == ["Settings: reset to the default: volume."]
    assert "volume" in window.status_label.text()


def test_autostart_and_a_fast_clock_for_demos(qtbot):
    env = {
        "HIPTIMER_AUTOSTART": "3",
        "HIPTIMER_CLOCK_SPEED": "20",
        "HIPTIMER_SOUND": "off",
        "HIPTIMER_SPEECH_ENGINE": "none",
    }
    window = open_window(qtbot, args(), env)
    qtbot.waitUntil(lambda: window.session is not None, timeout=2000)
    assert window.session.index == 3 and window.session.state is State.RUNNING
    assert window.speaker is None and isinstance(window.clock, ScaledClock)


def test_launch_options_read_the_environment(capsys):
    options = LaunchOptions.from_env(
        {"HIPTIMER_AUTOSTART": "2", "HIPTIMER_CLOCK_SPEED": "8", "HIPTIMER_SOUND": "off"}
    )
    assert options == LaunchOptions(autostart=2, clock_speed=8.0, speech_engine=None, sound=False)
    assert LaunchOptions.from_env({}) == LaunchOptions()
    bad = LaunchOptions.from_env({"HIPTIMER_AUTOSTART": "soon", "HIPTIMER_CLOCK_SPEED": "1e9"})
    assert bad == LaunchOptions()
    err = capsys.readouterr().err
    assert "HIPTIMER_AUTOSTART" in err and "HIPTIMER_CLOCK_SPEED" in err


def test_scaled_clock_runs_faster_from_its_start():
    base = FakeClock(start=100.0)
    fast = ScaledClock(base, 10)
    wall = fast.wall()
    base.advance(1.5)
    assert fast.monotonic() == 115.0 and fast.wall() == wall + 15


STARTUP_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import argparse
from hiptimer.ui.app import build_window
from hiptimer.ui.profile_link import ProfileLink
window = build_window(argparse.Namespace(routine=None, profile=None), {})
# Wired as run_app wires it: the History window's modules load in the background after
# the first paint.
link = ProfileLink(window, "default")
window.first_painted.connect(link.start_preload)
from PySide6.QtCore import QTimer
HEAVY = ("pyqtgraph", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtDBus")
seen = []

def at_first_paint():
    # What is loaded by the time the window has painted once: start-up.
    seen.append(",".join(m for m in HEAVY if m in sys.modules) or "none")
    poll.start(20)

def all_loaded():
    # ... and the sound and speech, and the charts, which load after that paint.
    if window.announcer is not None and link.preload is not None and link.preload.done:
        poll.stop()
        seen.append(",".join(m for m in HEAVY if m in sys.modules) or "none")
        link.close()
        app.quit()

poll = QTimer()
poll.timeout.connect(all_loaded)
window.first_painted.connect(at_first_paint)
window.show()
app.exec()
print(" then ".join(seen))
"""


def run_probe(tmp_path, code: str, *args: str, **env: str) -> str:
    """Run Python code in a fresh process with its own user folders: its last line."""
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PATH": "",
        **env,
    }
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    return out.stdout.strip().splitlines()[-1]


def test_start_up_loads_no_charts_sound_speech_or_dbus(tmp_path):
    # Measured at the first paint (not after a fixed number of event-loop turns, which
    # a busy machine stretches past the moment the sound loads).
    at_paint, later = run_probe(tmp_path, STARTUP_PROBE).split(" then ")
    assert at_paint == "none"
    # After the first paint: the sound, and the charts the History window preloads.
    assert "PySide6.QtMultimedia" in later and "pyqtgraph" in later


def test_first_painted_comes_once_after_the_first_paint(qtbot):
    window = build_window(args(), {"HIPTIMER_SOUND": "off", "HIPTIMER_SPEECH_ENGINE": "none"})
    qtbot.addWidget(window)
    seen = []
    window.first_painted.connect(lambda: seen.append(window.start_screen.exercise_rows()))
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    window.update()
    for _ in range(3):
        QApplication.processEvents()
    assert len(seen) == 1
    # The pictures follow the first paint: drawn by now, one frame later.
    qtbot.waitUntil(lambda: not seen[0][0].picture.pixmap().isNull(), timeout=2000)


GARBAGE_PROBE = """
import gc
import sys
import hiptimer.ui.app as app_module

seen = []
if sys.argv[1] == "never-painted":
    # A window that opens minimised paints later: the collector waits a while at most.
    import hiptimer.ui.main_window as main_window

    main_window.MainWindow.paintEvent = lambda window, event: None
    app_module.GARBAGE_COLLECTION_WAIT_MS = 50
build_window = app_module.build_window


def build_and_watch(*args, **kwargs):
    window = build_window(*args, **kwargs)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def painted():
        seen.append(gc.isenabled())
        QTimer.singleShot(0, after)

    def after():
        seen.extend([gc.isenabled(), gc.get_freeze_count() > 0])
        QApplication.instance().quit()

    window.first_painted.connect(painted)
    if sys.argv[1] == "never-painted":
        # Report as soon as the collector is back on (or give up after 5 s).
        import time

        give_up = time.monotonic() + 5
        poll = QTimer(window)

        def check():
            if gc.isenabled() or time.monotonic() > give_up:
                poll.stop()
                after()

        poll.timeout.connect(check)
        poll.start(10)
    return window


app_module.build_window = build_and_watch
from hiptimer.start import main

main([])
print(seen)
"""


@pytest.mark.parametrize(
    ("case", "seen"),
    [("painted", "[False, True, True]"), ("never-painted", "[True, True]")],
)
def test_hiptimer_holds_the_garbage_collector_until_its_window_has_painted(tmp_path, case, seen):
    quiet = {"HIPTIMER_SOUND": "off", "HIPTIMER_SPEECH_ENGINE": "none"}
    # Off while the window was built and painted; on, with the start-up objects frozen
    # out of its scans, right after (or after the longest wait, without a paint).
    assert run_probe(tmp_path, GARBAGE_PROBE, case, **quiet) == seen


def test_an_autostarted_session_is_saved_in_the_history(qtbot):
    # The history opens after the first paint (ProfileLink); autostart waits for it.
    from hiptimer.ui.profile_link import ProfileLink

    env = {"HIPTIMER_AUTOSTART": "0", "HIPTIMER_SOUND": "off", "HIPTIMER_SPEECH_ENGINE": "none"}
    window = build_window(args(), env)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    link = ProfileLink(window, "default")
    window.show()
    qtbot.waitUntil(lambda: window.session is not None, timeout=3000)
    assert link.store is not None and link.recorder is not None
    assert window.notices == []
    link.close()


FIRST_PAINT_PROBE = """
import sys
import hiptimer.ui.app as app_module

LATER = ("hiptimer.ui.end_view", "hiptimer.core.session", "hiptimer.ui.illustrate")
build_window = app_module.build_window


def build_and_watch(*args, **kwargs):
    window = build_window(*args, **kwargs)
    from PySide6.QtWidgets import QApplication

    def painted():
        # What `hiptimer` has loaded by its first paint (the menus and the profile's
        # link are made by then), then what a session's end loads.
        loaded = [m for m in LATER if m in sys.modules]
        made = window._end_screen is not None
        window.end_screen.offer_history()
        print(",".join(loaded) or "none", made, [m for m in LATER if m in sys.modules][:1])
        QApplication.instance().quit()

    window.first_painted.connect(painted)
    return window


app_module.build_window = build_and_watch
from hiptimer.start import main

main([])
"""


def test_the_first_paint_waits_for_no_engine_end_screen_or_drawing(tmp_path):
    # The end screen, the session engine and the illustrations load when first needed:
    # each costs start-up time (benchmarks/startup.py), the end screen ~20 ms with the
    # Qt enums it uses. Once asked for, the end screen is there.
    # Sound on, as a person starts it (a silent sound is made at once, with its module's
    # imports); the probe ends before the real one loads, 300 ms after the first paint.
    line = run_probe(tmp_path, FIRST_PAINT_PROBE, HIPTIMER_SPEECH_ENGINE="none")
    assert line == "none False ['hiptimer.ui.end_view']"
