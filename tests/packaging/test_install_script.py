"""install.sh, shipped in the Linux bundle: a menu entry, icons and the command, per user."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from appmeta import APP_ID, DESKTOP_FILE, EXE_NAME, ICON_SIZES

from .conftest import load_script

build = load_script("build")


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A stand-in for dist/hiptimer: a tiny executable plus the real desktop files."""
    folder = tmp_path / "download" / EXE_NAME
    (folder / "_internal").mkdir(parents=True)
    program = folder / EXE_NAME
    program.write_text('#!/bin/sh\necho "hiptimer from the bundle $*"\n')
    program.chmod(0o755)
    build.add_linux_desktop_files(folder)
    return folder


def install(bundle: Path, home: Path, *args: str) -> str:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    done = subprocess.run(
        ["sh", str(bundle / "install.sh"), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def exec_argv(value: str) -> list[str]:
    """Split an Exec value as the desktop entry spec says (string escapes, then quoting)."""
    text = value.replace("\\\\", "\\")
    argv, current, quoted, escaped, started = [], "", False, False, False
    for char in text:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if current or started:
                argv.append(current)
            current, started = "", False
        else:
            current += char
    if current or started:
        argv.append(current)
    return [arg.replace("%%", "%") for arg in argv]


def desktop_value(path: Path, key: str) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{key}="):
            return line.split("=", 1)[1]
    raise AssertionError(f"{path} has no {key}")


def test_bundle_carries_the_desktop_files_and_the_script(bundle: Path) -> None:
    share = bundle / "share"
    assert (share / "applications" / DESKTOP_FILE.name).read_bytes() == DESKTOP_FILE.read_bytes()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in ICON_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert os.access(bundle / "install.sh", os.X_OK)


def test_install_for_the_user_gives_a_menu_entry_that_starts_the_copied_app(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    data = home / ".local/share/hiptimer/profiles/default"
    data.mkdir(parents=True)
    (data / "history.sqlite3").write_bytes(b"the runner's history")

    out = install(bundle, home)
    local = home / ".local"
    assert "installed" in out
    shutil.rmtree(bundle.parent)  # the download can go: the app was copied

    entry = local / "share/applications" / DESKTOP_FILE.name
    argv = exec_argv(desktop_value(entry, "Exec"))
    assert argv == [str(local / "lib/hiptimer" / EXE_NAME)]
    ran = subprocess.run([*argv, "--version"], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "hiptimer from the bundle --version"
    command = subprocess.run(
        [str(local / "bin/hiptimer")], capture_output=True, text=True, check=True
    )
    assert command.stdout.startswith("hiptimer from the bundle")
    assert desktop_value(entry, "Icon") == APP_ID
    for size in ICON_SIZES:
        assert (local / f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (local / f"share/metainfo/{APP_ID}.metainfo.xml").is_file()
    validated = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout

    # Installing again from the installed copy (an upgrade in place) keeps it working.
    install(local / "lib/hiptimer", home)
    assert (local / "lib/hiptimer" / EXE_NAME).is_file()

    out = install(local / "lib/hiptimer", home, "--uninstall")
    assert "history and settings were left" in out
    assert not (local / "lib/hiptimer").exists() and not entry.exists()
    assert not (local / "bin/hiptimer").exists()
    assert not list((local / "share/icons").rglob(f"{APP_ID}.*"))
    assert (data / "history.sqlite3").read_bytes() == b"the runner's history"


def test_a_prefix_with_spaces_and_shell_characters_still_launches(
    bundle: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / 'odd $HOME "place" 100% a\\b'
    install(bundle, tmp_path / "home", "--prefix", str(prefix))
    entry = prefix / "share/applications" / DESKTOP_FILE.name
    argv = exec_argv(desktop_value(entry, "Exec"))
    assert argv == [str(prefix / "lib/hiptimer" / EXE_NAME)]
    assert subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    validated = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout


def test_install_refuses_to_run_outside_a_bundle(tmp_path: Path) -> None:
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy(DESKTOP_FILE.parent / "install.sh", lone / "install.sh")
    done = subprocess.run(
        ["sh", str(lone / "install.sh")],
        capture_output=True,
        text=True,
        env={"HOME": str(tmp_path), "PATH": os.environ["PATH"]},
        check=False,
    )
    assert done.returncode == 1 and "unpacked HipTimer folder" in done.stderr
    assert not (tmp_path / ".local").exists()
