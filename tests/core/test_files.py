"""The one atomic write (file and folder flushed to disk) and the one reserved-name set."""

import os
import stat

import pytest

from hiptimer.core.files import (
    WINDOWS_RESERVED_NAMES,
    atomic_text,
    is_reserved_name,
    move_into_place,
    safe_stem,
    write_atomic,
)
from hiptimer.profiles.folders import ProfileNameError, check_profile_name


@pytest.fixture
def flushed(monkeypatch):
    """What os.fsync was called on: 'file' or 'folder', in order."""
    kinds = []
    real_fsync = os.fsync

    def fsync(fd):
        kinds.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return kinds


def test_a_write_flushes_the_file_then_its_folder(tmp_path, flushed):
    path = tmp_path / "settings.json"
    path.write_text("old")
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    expected = ["file"] if os.name == "nt" else ["file", "folder"]
    assert flushed == expected
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_file_another_writer_finished_is_flushed_and_moved_in(tmp_path, flushed):
    done = tmp_path / "copy.partial"
    done.write_bytes(b"backup")
    target = tmp_path / "backup.sqlite3"
    move_into_place(done, target)
    assert target.read_bytes() == b"backup" and not done.exists()
    assert flushed[0] == "file"


def test_a_failure_while_writing_keeps_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(b"a,b\r\n1,2\r\n")
    with pytest.raises(RuntimeError), atomic_text(path, newline="") as out:
        out.write("half a row")
        raise RuntimeError("the disk went away")
    assert path.read_bytes() == b"a,b\r\n1,2\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_a_fixed_temporary_name_is_overwritten_not_piled_up(tmp_path):
    path = tmp_path / "settings.json"
    part = tmp_path / "settings.json.part"
    part.write_text("left by a crash")
    write_atomic(path, b"{}", temporary=part)
    assert path.read_bytes() == b"{}"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


@pytest.mark.parametrize("name", ["com0", "LPT0", "con", "Nul.txt", "com9"])
def test_profile_names_and_file_names_refuse_the_same_reserved_names(name):
    assert is_reserved_name(name)
    with pytest.raises(ProfileNameError, match="reserved"):
        check_profile_name(name)


def test_every_ascii_reserved_name_is_refused_by_both():
    for name in sorted(n for n in WINDOWS_RESERVED_NAMES if n.isascii()):
        assert safe_stem(name) == f"{name}-1"
        with pytest.raises(ProfileNameError):
            check_profile_name(name)


def test_ordinary_names_are_not_reserved():
    for name in ("Anna", "console", "com10", "lpt", "auxiliary", "Week 1"):
        assert not is_reserved_name(name)
        assert check_profile_name(name) == name
