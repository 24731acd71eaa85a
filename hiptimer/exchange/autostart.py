"""Starting HipTimer in the background at login, for its reminders: the files that ask
each system to do so, written and removed by the settings.

- Linux and other XDG desktops: a desktop entry in $XDG_CONFIG_HOME/autostart
  (~/.config/autostart by default).
- Windows: a small command script in the user's Startup folder.
- macOS: a LaunchAgent property list in ~/Library/LaunchAgents.

The Windows and macOS files are written by the same code and unit-tested for their
content, but not tried on those systems here.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from hiptimer.core.files import write_atomic

APP_ID = "io.github.hiptimer.HipTimer"
LINUX_NAME = f"{APP_ID}.Background.desktop"
WINDOWS_NAME = "HipTimer reminders.cmd"
MACOS_LABEL = f"{APP_ID}.Background"


def background_command(profile: str | None = None, python: str | None = None) -> list[str]:
    """The command that starts HipTimer without a window (only reminders)."""
    frozen = getattr(sys, "frozen", False)
    command = [sys.executable] if frozen else [python or sys.executable, "-m", "hiptimer"]
    if profile:
        command += ["--profile", profile]
    return [*command, "--background"]


# --- Linux (XDG) ---------------------------------------------------------------------

_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _exec_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key (Desktop Entry Specification)."""
    argument = argument.replace("%", "%%")
    if argument and not _EXEC_RESERVED.intersection(argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def _value(text: str) -> str:
    """A desktop entry string value: backslashes and line breaks escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def linux_entry(command: Sequence[str]) -> str:
    exec_line = " ".join(_exec_quote(argument) for argument in command)
    # The Exec value is itself a string value: its backslashes are escaped once more.
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        "Name=HipTimer reminders\n"
        "Comment=Reminds you of your planned hip routine\n"
        f"Exec={_value(exec_line)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


# --- Windows -----------------------------------------------------------------------


def _cmd_quote(argument: str) -> str:
    return f'"{argument}"' if set(' &()^%!"').intersection(argument) or not argument else argument


def windows_script(command: Sequence[str]) -> str:
    """A Startup-folder script that starts HipTimer and closes its console at once."""
    program, *arguments = command
    if program.lower().endswith("python.exe"):
        program = program[: -len("python.exe")] + "pythonw.exe"  # no console window
    line = " ".join(_cmd_quote(part.replace("%", "%%")) for part in [program, *arguments])
    return f'@echo off\r\nrem Started at login by HipTimer\'s settings\r\nstart "" {line}\r\n'


# --- macOS -------------------------------------------------------------------------


def macos_plist(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": MACOS_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


# --- where, and writing ------------------------------------------------------------


def entry_path(
    platform: str | None = None, env: Mapping[str, str] | None = None, home: Path | None = None
) -> Path:
    platform = sys.platform if platform is None else platform
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        appdata = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
        startup = appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
        return startup / WINDOWS_NAME
    if platform == "darwin":
        return home / "Library" / "LaunchAgents" / f"{MACOS_LABEL}.plist"
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else home / ".config"
    return base / "autostart" / LINUX_NAME


def entry_content(command: Sequence[str], platform: str | None = None) -> bytes:
    platform = sys.platform if platform is None else platform
    if platform.startswith("win"):
        return windows_script(command).encode("utf-8")
    if platform == "darwin":
        return macos_plist(command)
    return linux_entry(command).encode("utf-8")


def is_enabled(
    platform: str | None = None, env: Mapping[str, str] | None = None, home: Path | None = None
) -> bool:
    return entry_path(platform, env, home).is_file()


def enable(
    command: Sequence[str],
    platform: str | None = None,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Path:
    """Write the login entry; OSError (to show) when the folder cannot be written."""
    path = entry_path(platform, env, home)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, entry_content(command, platform))
    return path


def disable(
    platform: str | None = None, env: Mapping[str, str] | None = None, home: Path | None = None
) -> bool:
    """Remove the login entry; True if there was one."""
    path = entry_path(platform, env, home)
    if not path.is_file():
        return False
    path.unlink()
    return True
