"""Kill a recording process at random moments: no reported set is ever lost.

The child (crash_child.py) runs sessions on a fast fake clock and reports each set only
after its commit returned. Each run takes up the session the previous one left, so
resuming is tested under the same fire. SIGKILL gives the process no chance to tidy up.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.timeline import compile_routine
from hiptimer.store import HistoryStore

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 32
SET_STEPS = [s.index for s in compile_routine(DEFAULT_ROUTINE).steps if s.is_set]


def next_set_after(index):
    return next((i for i in SET_STEPS if i > index), None)


def db_state(path):
    """The sets saved and the sessions left running; nothing when the first child was
    killed before the history was made (then no set can have been reported either)."""
    if not path.exists():
        return set(), []
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        made = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sets'").fetchone()
        if made is None:
            return set(), []
        saved = set(con.execute("SELECT session_id, step_index FROM sets"))
        running = con.execute("SELECT id FROM sessions WHERE status = 'running'").fetchall()
        return saved, [r[0] for r in running]
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_no_reported_set(tmp_path):
    rng = random.Random(20260318)
    path = tmp_path / "p" / "history.sqlite3"
    reported: set[tuple[int, int]] = set()
    expected_resume: tuple[int, int] | None = None
    resumes_checked = sets_seen = unreported = 0
    saved: set[tuple[int, int]] = set()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        # Kill while it records, however long a loaded machine takes to start Python: its
        # first line comes once the history is open and a session is under way.
        assert child.stdout is not None
        first = child.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, err.decode()
        lines = (first + out).decode().split("\n")[:-1]  # a line cut short is ignored
        for line in lines:
            kind, *numbers = line.split()
            if kind == "set":
                reported.add((int(numbers[0]), int(numbers[1])))
                sets_seen += 1
            elif kind == "resume" and expected_resume is not None:
                assert (int(numbers[0]), int(numbers[1])) == expected_resume
                resumes_checked += 1

        saved_before = saved
        saved, running = db_state(path)
        assert saved_before <= saved, f"lost: {sorted(saved_before - saved)}"
        assert reported <= saved, f"lost: {sorted(reported - saved)}"
        assert len(running) <= 1
        expected_resume = None
        if running:
            [sid] = running
            done = sorted(i for s, i in saved if s == sid)
            # Known before this child: what it reported, and what was saved already (the
            # child before may have saved a set it was killed before reporting).
            told = sorted({i for s, i in reported | saved_before if s == sid})
            # At most one set went in after the last report (killed before printing).
            last_told = told[-1] if told else -1
            assert done[-1:] in ([last_told] if told else [], [next_set_after(last_told)])
            unreported += done[-1:] == [next_set_after(last_told)]
            steps = len(compile_routine(DEFAULT_ROUTINE).steps)
            expected_resume = (sid, min(done[-1] + 1, steps - 1) if done else 0)

    print(
        f"crash test: {KILLS} kills, {sets_seen} sets reported, {resumes_checked} resumes "
        f"checked, {unreported} kills between a commit and its report"
    )
    assert sets_seen >= 30 and resumes_checked >= 5, (sets_seen, resumes_checked)
    with HistoryStore.open_path(path, backups=False) as store:
        assert store.integrity_problems() == []
        found = store.interrupted_sessions()
        if expected_resume is not None:
            [last] = found
            assert (last.session_id, last.resume_index) == expected_resume
