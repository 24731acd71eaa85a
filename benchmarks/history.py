"""History benchmarks: ten years of daily sessions (about 90,000 set rows) in one profile.

Prints, each as a figure and a ratio against a baseline measured in this same run:
- opening the History window on all time, to a drawn chart (offscreen, grab()), against
  the 300 ms budget, with the query's share;
- CSV export of every set against the sqlite3 shell exporting the same rows (`sqlite3 -csv`);
- the per-set commit (WAL, synchronous=FULL) against the same insert without fsync, and
  against the 100 ms between two screen updates of the session window.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/history.py [--dir FOLDER]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Mode, Side
from hiptimer.core.session import SetResult
from hiptimer.exchange.csv_export import export_csv
from hiptimer.store import HistoryStore
from hiptimer.store.demo import demo_sessions
from hiptimer.store.export import rows_sql

WINDOW_BUDGET = 0.300
UI_TICK = 0.100

# The sqlite3 shell runs the very query the export uses, so both write the same rows.
CLI_QUERY = rows_sql(local_time=True).replace(":profile", "'bench'").replace(":since", "-1e999")


def build(folder: Path, today: date) -> HistoryStore:
    store = HistoryStore.open_path(
        folder / "bench" / "history.sqlite3", profile="bench", today=today
    )
    started = time.perf_counter()
    records = demo_sessions(520, today=today, every_day=True)
    store.add_sessions(records)
    sets = store.connection.execute("SELECT COUNT(*) FROM sets").fetchone()[0]
    print(
        f"data: {len(records)} daily sessions over ten years, {sets} set rows "
        f"(made in {time.perf_counter() - started:.1f} s)"
    )
    return store


def bench_open(store: HistoryStore, today: date) -> None:
    path = store.path
    store.close()
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    started = time.perf_counter()
    HistoryStore.open_path(path, today=today).close()  # integrity check + backup + checks
    first = time.perf_counter() - started
    started = time.perf_counter()
    HistoryStore.open_path(path, today=today).close()  # integrity check only
    again = time.perf_counter() - started
    size = path.stat().st_size / 1e6
    print(
        f"open the profile ({size:.1f} MB): {first * 1000:.0f} ms with the day's backup, "
        f"{again * 1000:.0f} ms after (integrity_check each time)"
    )


def bench_window(store: HistoryStore) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    started = time.perf_counter()
    from hiptimer.ui.history.window import HistoryWindow

    imported = time.perf_counter() - started
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        window = HistoryWindow(store, weeks=None)
        window.resize(1920, 1080)
        window.show()
        image = window.grab()
        total = time.perf_counter() - started
        runs.append((total, window.timings["query"], image.width()))
        window.close()
        window.deleteLater()
        app.processEvents()
    total, query, width = sorted(runs)[len(runs) // 2]
    print(
        f"History window, all time, new window to a drawn chart ({width} px wide): "
        f"{total * 1000:.0f} ms = {total / WINDOW_BUDGET:.2f} x the 300 ms budget; "
        f"query {query * 1000:.0f} ms ({query / total:.0%} of it). "
        f"Loading pyqtgraph and the window module once before: {imported * 1000:.0f} ms"
    )
    window = HistoryWindow(store, weeks=None)
    window.resize(1920, 1080)
    window.show()
    switches = []
    for weeks in (8, None, 26, None, 8, None):
        started = time.perf_counter()
        window.set_range(weeks)
        window.grab()
        if weeks is None:
            switches.append((time.perf_counter() - started, window.timings["query"]))
    switch, query = sorted(switches)[1]
    print(
        f"switching an open window to all time and redrawing: {switch * 1000:.0f} ms = "
        f"{switch / WINDOW_BUDGET:.2f} x budget, query {query / switch:.0%} of it"
    )
    window.close()


def bench_csv(store: HistoryStore, folder: Path) -> None:
    sqlite3_shell = shutil.which("sqlite3")
    ours = folder / "ours.csv"
    started = time.perf_counter()
    rows = export_csv(store, ours)
    mine = time.perf_counter() - started
    if sqlite3_shell is None:
        print(f"CSV export: {rows} rows in {mine * 1000:.0f} ms (no sqlite3 shell to compare)")
        return
    theirs = folder / "theirs.csv"
    started = time.perf_counter()
    with open(theirs, "wb") as out:
        subprocess.run(
            [sqlite3_shell, "-csv", "-header", "-readonly", str(store.path), CLI_QUERY],
            stdout=out,
            check=True,
        )
    shell = time.perf_counter() - started
    with open(theirs, "rb") as handle:
        shell_rows = sum(1 for _ in handle) - 1
    print(
        f"CSV export of {rows} rows: {mine * 1000:.0f} ms, sqlite3 -csv {shell_rows} rows "
        f"{shell * 1000:.0f} ms: ratio {mine / shell:.2f} (target within 2x)"
    )


def _result(index: int) -> SetResult:
    return SetResult(
        step_index=index,
        exercise_id="clamshells",
        exercise_name="Clamshells",
        side=Side.LEFT,
        set_no=1,
        sets=2,
        mode=Mode.REPS,
        reps_target=15,
        reps_done=15,
        hold_target=None,
        hold_done=None,
        skipped=False,
        active_seconds=60.0,
        started_at=1.0,
        ended_at=61.0,
    )


def _commit_times(store: HistoryStore, count: int) -> list[float]:
    session = store.begin_session(DEFAULT_ROUTINE, time.time())
    times = []
    for index in range(count):
        started = time.perf_counter()
        store.record_set(session, _result(index), "mat")
        times.append(time.perf_counter() - started)
    return times


def bench_commit(store: HistoryStore) -> None:
    full = _commit_times(store, 300)
    store.connection.execute("PRAGMA synchronous = OFF")
    off = _commit_times(store, 300)
    store.connection.execute("PRAGMA synchronous = FULL")
    median, p99 = statistics.median(full), sorted(full)[int(len(full) * 0.99)]
    print(
        f"per-set commit (WAL, synchronous=FULL): median {median * 1000:.2f} ms, "
        f"99th percentile {p99 * 1000:.2f} ms; {median / statistics.median(off):.1f} x the "
        f"same insert without fsync; {p99 / UI_TICK:.3f} x one 100 ms screen update"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="where to build the database (default: temp)")
    args = parser.parse_args()
    today = date.today()
    with tempfile.TemporaryDirectory(dir=args.dir) as temporary:
        folder = Path(temporary)
        store = build(folder, today)
        bench_open(store, today)
        store = HistoryStore.open_path(
            folder / "bench" / "history.sqlite3", profile="bench", today=today
        )
        bench_window(store)
        bench_csv(store, folder)
        bench_commit(store)
        store.close()


if __name__ == "__main__":
    main()
