"""The login entries that start HipTimer in the background for its reminders."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from hiptimer.exchange import autostart

COMMAND = ["/opt/my python/bin/python3", "-m", "hiptimer", "--profile", "Ann $1", "--background"]


def test_the_xdg_entry_is_written_valid_and_removed(tmp_path):
    config = tmp_path / "config"
    env = {"XDG_CONFIG_HOME": str(config)}
    assert not autostart.is_enabled("linux", env, tmp_path)
    path = autostart.enable(COMMAND, "linux", env, tmp_path)
    assert path == config / "autostart" / "io.github.hiptimer.HipTimer.Background.desktop"
    assert autostart.is_enabled("linux", env, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert 'Exec="/opt/my python/bin/python3" -m hiptimer --profile "Ann \\\\$1" --background' in (
        text
    )
    assert "Name=HipTimer reminders" in text and "Terminal=false" in text
    validate = shutil.which("desktop-file-validate")
    assert validate is not None, "CI installs desktop-file-utils"
    checked = subprocess.run([validate, str(path)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == ""  # not even a hint
    assert autostart.disable("linux", env, tmp_path)
    assert not path.exists() and not autostart.is_enabled("linux", env, tmp_path)
    assert not autostart.disable("linux", env, tmp_path)  # nothing left to remove


def test_without_xdg_config_home_the_entry_goes_to_dot_config(tmp_path):
    for env in ({}, {"XDG_CONFIG_HOME": ""}, {"XDG_CONFIG_HOME": "relative/dir"}):
        path = autostart.entry_path("linux", env, tmp_path)
        assert path.parent == tmp_path / ".config" / "autostart"


def test_the_windows_startup_script(tmp_path):
    env = {"APPDATA": str(tmp_path / "Roaming")}
    command = [r"C:\Program Files\Python311\python.exe", "-m", "hiptimer", "--background"]
    path = autostart.enable(command, "win32", env, tmp_path)
    startup = tmp_path / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    assert path == startup / "Startup" / "HipTimer reminders.cmd"
    assert path.read_bytes() == (
        b"@echo off\r\nrem Started at login by HipTimer's settings\r\n"
        b'start "" "C:\\Program Files\\Python311\\pythonw.exe" -m hiptimer --background\r\n'
    )
    assert autostart.disable("win32", env, tmp_path) and not path.exists()


def test_the_macos_launch_agent(tmp_path):
    path = autostart.enable(COMMAND, "darwin", {}, tmp_path)
    assert (
        path
        == tmp_path / "Library" / "LaunchAgents" / "io.github.hiptimer.HipTimer.Background.plist"
    )
    agent = plistlib.loads(path.read_bytes())
    assert agent == {
        "Label": "io.github.hiptimer.HipTimer.Background",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert autostart.disable("darwin", {}, tmp_path) and not path.exists()


def test_the_background_command_names_the_profile():
    command = autostart.background_command("Ann", python="/usr/bin/python3")
    assert command == ["/usr/bin/python3", "-m", "hiptimer", "--profile", "Ann", "--background"]
    assert autostart.background_command(None, python="py")[-2:] == ["hiptimer", "--background"]


def test_an_unwritable_folder_is_an_os_error(tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(OSError):
        autostart.enable(COMMAND, "linux", {"XDG_CONFIG_HOME": str(blocker)}, tmp_path)
    assert Path(blocker).read_text() == "a file where the folder should be"
