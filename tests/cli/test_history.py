"""`hiptimer history export` and `hiptimer history demo`, run in-process from a fresh profile."""

import csv
import io
import subprocess
import sys
from datetime import date, timedelta

import pytest

from hiptimer.cli import main
from hiptimer.core.weeks import today
from hiptimer.exchange.csv_export import HEADER
from hiptimer.profiles.folders import open_history
from tests.store.known import known_records


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "hiptimer" / "profiles"


def rows_of(text):
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_demo_then_export_from_a_fresh_profile(data_home, tmp_path, capsys):
    assert main(["history", "demo", "--weeks", "12", "--profile", "Sam"]) == 0
    out = capsys.readouterr().out
    assert "Added" in out and "'Sam'" in out and "--remove" in out
    with open_history("Sam") as store:
        sessions = store.session_count(demo=True)
        assert 20 <= sessions <= 40 and store.session_count(demo=False) == 0
    target = tmp_path / "sam.csv"
    assert main(["--profile", "Sam", "history", "export", "--csv", str(target)]) == 0
    assert capsys.readouterr().err.startswith("Wrote ")
    with open(target, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(HEADER)
    assert len({r["session_id"] for r in rows}) == sessions
    assert {r["profile"] for r in rows} == {"Sam"}
    assert {r["side"] for r in rows} == {"left", "right"}
    first_day = date.fromisoformat(rows[0]["date"])
    assert today() - timedelta(weeks=12) <= first_day < today()


def test_export_to_standard_output_with_since(capsys):
    with open_history() as store:
        store.add_sessions(known_records())
    assert main(["history", "export", "--csv", "-"]) == 0
    everything = rows_of(capsys.readouterr().out)
    assert len(everything) == 19
    cut = sorted({r["date"] for r in everything})[3]
    assert main(["history", "export", "--csv", "-", "--since", cut]) == 0
    captured = capsys.readouterr()
    later = rows_of(captured.out)
    assert later == [r for r in everything if r["date"] >= cut] and 0 < len(later) < 19
    assert captured.err == ""  # standard output carries only the CSV


def test_standard_output_is_plain_crlf_csv_in_a_real_process(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "-m", "hiptimer", "history", "export", "--csv", "-"]
    done = subprocess.run(command, capture_output=True, env=env, check=True, timeout=60)
    assert done.stdout == (",".join(HEADER) + "\r\n").encode()


def test_demo_refuses_a_profile_with_real_sessions(capsys):
    with open_history("Real") as store:
        store.add_sessions(known_records()[:1])
    assert main(["history", "demo", "--weeks", "4", "--profile", "Real"]) == 2
    err = capsys.readouterr().err
    assert "already has 1 real session;" in err and "--profile demo" in err
    with open_history("Real") as store:
        assert store.session_count() == 1 and store.session_count(demo=True) == 0


def test_demo_again_replaces_the_old_demo_and_remove_clears_it(capsys):
    assert main(["history", "demo", "--weeks", "8", "--seed", "3"]) == 0
    with open_history() as store:
        first = store.session_count()
    assert main(["history", "demo", "--weeks", "8", "--seed", "3"]) == 0
    assert "replacing the" in capsys.readouterr().out
    with open_history() as store:
        assert store.session_count() == first
    assert main(["history", "demo", "--remove"]) == 0
    with open_history() as store:
        assert store.session_count() == 0


def test_the_same_seed_makes_the_same_history():
    from hiptimer.store.demo import demo_sessions

    one = demo_sessions(26, today=date(2026, 3, 18), seed=7)
    two = demo_sessions(26, today=date(2026, 3, 18), seed=7)
    other = demo_sessions(26, today=date(2026, 3, 18), seed=8)
    assert one == two and one != other


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["history", "demo", "--weeks", "0"], "1 to 520 weeks"),
        (["history", "demo", "--weeks", "many"], "1 to 520 weeks"),
        (["history", "export"], "--csv"),
    ],
)
def test_bad_arguments_say_what_is_expected(argv, message, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2 and message in capsys.readouterr().err


def test_a_bad_profile_name_or_unwritable_file_is_a_message_not_a_traceback(tmp_path, capsys):
    assert main(["history", "export", "--csv", "-", "--profile", "../etc"]) == 2
    assert "cannot be a profile name" in capsys.readouterr().err
    assert main(["history", "export", "--csv", str(tmp_path / "no" / "such" / "dir.csv")]) == 2
    err = capsys.readouterr().err
    assert "Cannot write" in err and "Traceback" not in err


def test_a_damaged_history_is_set_aside_and_the_backup_used(data_home, capsys):
    with open_history("Kim", today=date(2026, 3, 1)) as store:
        store.add_sessions(known_records())
    open_history("Kim", today=date(2026, 3, 2)).close()  # the backup with the sessions
    path = data_home / "Kim" / "history.sqlite3"
    path.write_bytes(b"scribbled over" * 300)
    assert main(["history", "export", "--csv", "-", "--profile", "Kim"]) == 0
    captured = capsys.readouterr()
    assert "could not be read" in captured.err and "restoring the backup" in captured.err
    assert len(rows_of(captured.out)) == 19
    assert len(list(path.parent.glob("history.sqlite3.broken-*"))) == 1


def test_export_of_a_profile_that_does_not_exist_says_so_and_creates_nothing(tmp_path, capsys):
    from hiptimer.cli import main
    from hiptimer.profiles.folders import list_profiles

    assert main(["history", "export", "--csv", "-", "--profile", "nobody"]) == 2
    assert "no profile named 'nobody'" in capsys.readouterr().err
    assert "nobody" not in list_profiles()


@pytest.mark.parametrize(
    ("since", "said"),
    [
        ("0001-01-01", "before 1970"),
        ("1969-12-31", "before 1970"),
        ("2026-02-30", "YYYY-MM-DD"),
        ("last week", "YYYY-MM-DD"),
    ],
)
def test_a_bad_since_is_one_line_and_exit_2(since, said, capsys):
    with open_history() as store:
        store.add_sessions(known_records())
    assert main(["history", "export", "--csv", "-", "--since", since]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("hiptimer: --since ") and said in lines[0]


def test_since_the_year_one_in_a_real_process_has_no_traceback(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "-m", "hiptimer", "history", "export", "--csv", "-"]
    subprocess.run(command, capture_output=True, env=env, check=True, timeout=60)
    done = subprocess.run(
        [*command, "--since", "0001-01-01"],
        capture_output=True,
        env=env,
        timeout=60,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
