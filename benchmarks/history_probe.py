"""One run of the app for benchmarks/history.py, in a fresh process: prints one JSON line.

    python benchmarks/history_probe.py HISTORY_FILE MODE

The window is built as `hiptimer` builds it (hiptimer.ui.app.build_window and a
ProfileLink of the profile "bench", whose history is a copy of HISTORY_FILE), offscreen.
After the first paint and the history's opening, MODE is one of:

- ctrl-h:     start nothing else, wait for the sound and speech to load and one second
              more, then time Ctrl+H to a drawn History window (the cold path);
- preload-ctrl-h: start the preload at the first paint as the app does, wait until it is
              done, then time Ctrl+H the same way;
- session / session-preload: start the routine (its get-ready countdown), and for six
              seconds measure how late each tick of a 20 ms timer comes, without or with
              the preload asked for at the same moment;
- idle-preload: no session; the same ticks while the preload runs.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HIPTIMER_SOUND", "off")
os.environ.setdefault("HIPTIMER_SPEECH_ENGINE", "none")

TICK_MS = 20
MEASURE_S = 6.0


def main() -> None:
    source, mode = sys.argv[1], sys.argv[2]
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hiptimer.profiles.folders import HISTORY_FILE, profile_dir

    shutil.copyfile(source, profile_dir("bench") / HISTORY_FILE)
    app = QApplication([])
    from hiptimer.ui.app import build_window
    from hiptimer.ui.main_window import MainWindow
    from hiptimer.ui.profile_link import ProfileLink

    window = build_window(argparse.Namespace(routine=None, profile="bench"), dict(os.environ))
    assert isinstance(window, MainWindow)
    link = ProfileLink(window, "bench")
    result: dict[str, object] = {"mode": mode}
    late: list[float] = []

    def finish() -> None:
        if link.preload is not None:
            result["preload_steps_ms"] = {k: v * 1000 for k, v in link.preload.timings.items()}
        if late:
            ordered = sorted(late)
            result["ticks"] = len(late)
            result["late_worst_ms"] = ordered[-1]
            result["late_p99_ms"] = ordered[int(len(ordered) * 0.99)]
            result["late_median_ms"] = ordered[len(ordered) // 2]
        print(json.dumps(result), flush=True)
        link.close()
        app.quit()

    def ctrl_h() -> None:
        started = time.perf_counter()
        link.open_history()
        from hiptimer.ui.history import _open

        history = _open[id(link.store)]
        history.grab()
        result["ctrl_h_ms"] = (time.perf_counter() - started) * 1000
        result["query_ms"] = history.timings["query"] * 1000
        history.close()
        finish()

    def measure_ticks() -> None:
        ticker = QTimer(window)
        ticker.setInterval(TICK_MS)
        last = [time.perf_counter()]
        end = last[0] + MEASURE_S

        def tick() -> None:
            now = time.perf_counter()
            late.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
            last[0] = now
            if now >= end:
                ticker.stop()
                finish()

        ticker.timeout.connect(tick)
        ticker.start()

    def wait_until(ready, then) -> None:  # type: ignore[no-untyped-def]
        poll = QTimer(window)

        def check() -> None:
            if ready():
                poll.stop()
                then()

        poll.timeout.connect(check)
        poll.start(10)

    def painted() -> None:
        if mode == "ctrl-h":
            wait_until(
                lambda: window.announcer is not None, lambda: QTimer.singleShot(1000, ctrl_h)
            )
        elif mode == "preload-ctrl-h":
            link.start_preload()
            wait_until(lambda: link.preload is not None and link.preload.done, ctrl_h)
        elif mode in ("session", "session-preload"):
            window.start_session(0)
            if mode == "session-preload":
                link.start_preload()
            measure_ticks()
        elif mode == "idle-preload":
            link.start_preload()
            measure_ticks()

    # After the profile link's own first-paint work (the history opens then).
    window.first_painted.connect(lambda: QTimer.singleShot(0, painted))
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
