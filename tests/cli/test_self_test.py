"""`hiptimer --self-test` as the bundle and the wheel test run it: a process of its own."""

import os
import subprocess
import sys


def test_self_test_runs_a_session_saves_it_and_reports_every_check(tmp_path):
    env = dict(
        os.environ,
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    env.pop("QT_QPA_PLATFORM", None)  # it must pick the offscreen platform by itself
    done = subprocess.run(
        [sys.executable, "-m", "hiptimer", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines[-1] == "self-test: 6 passed, 0 failed"
    assert "ok   history written and read back" in lines
    assert "ok   runs 6 minutes of the built-in routine" in lines
    # Nothing of the user's was touched.
    assert not (tmp_path / "data" / "hiptimer" / "profiles").exists()
