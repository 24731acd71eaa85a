"""The menu entry and the AppStream metadata: well formed, and agreeing with the project."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from appmeta import APP_ID, APP_NAME, DESKTOP_FILE, EXE_NAME, METAINFO_FILE, REPO, version

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def parse_desktop_entry(text: str) -> dict[str, dict[str, str]]:
    """Groups of keys, checking the structure desktop-file-validate checks first."""
    groups: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1]
            assert name not in groups, f"line {number}: group {name} twice"
            current = groups[name] = {}
            continue
        assert current is not None, f"line {number}: a key before the first group"
        key, sep, value = line.partition("=")
        assert sep and key == key.strip() and key, f"line {number}: not a key=value line"
        assert key not in current, f"line {number}: key {key} twice"
        current[key] = value
    assert next(iter(groups), None) == "Desktop Entry", "the first group is [Desktop Entry]"
    return groups


def test_desktop_entry_launches_the_installed_command_with_the_app_icon() -> None:
    assert DESKTOP_FILE.name == f"{APP_ID}.desktop"
    entry = parse_desktop_entry(DESKTOP_FILE.read_text(encoding="utf-8"))["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Comment"] and entry["GenericName"]
    # The command pip installs and the bundle's executable have this one name.
    assert EXE_NAME in PYPROJECT["project"]["scripts"]
    assert entry["Exec"].split()[0] == EXE_NAME == entry["TryExec"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Utility" in entry["Categories"].split(";")
    # What Qt puts in WM_CLASS for an app started as `hiptimer` (seen with xprop).
    assert entry["StartupWMClass"] == EXE_NAME


def test_metainfo_describes_this_app_and_release() -> None:
    assert METAINFO_FILE.name == f"{APP_ID}.metainfo.xml"
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("metadata_license") in {"CC0-1.0", "FSFAP", "MIT"}
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == EXE_NAME
    summary = root.findtext("summary") or ""
    assert 0 < len(summary) <= 80 and not summary.endswith(".")
    assert len(root.findall("description/p")) >= 2
    assert root.find("content_rating") is not None
    # The newest release comes first and is the version the package reports.
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == version()


# The freedesktop validators. `bash .ci/system-deps --tests` installs them on Debian.
VALIDATORS = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def validate(tool: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing: install the {VALIDATORS[tool]} package")
    return subprocess.run(
        [path, *map(str, args)], capture_output=True, text=True, check=False, timeout=60
    )


def test_desktop_file_validate_accepts_the_entry() -> None:
    done = validate("desktop-file-validate", DESKTOP_FILE)
    # It exits 0 even with hints; we want no remarks at all.
    assert done.returncode == 0 and not (done.stdout + done.stderr).strip(), done.stdout


def test_desktop_file_validate_rejects_an_entry_without_a_type(tmp_path: Path) -> None:
    broken = tmp_path / DESKTOP_FILE.name
    text = DESKTOP_FILE.read_text(encoding="utf-8")
    broken.write_text(text.replace("Type=Application\n", ""), encoding="utf-8")
    done = validate("desktop-file-validate", broken)
    assert done.returncode != 0 and "Type" in done.stdout


def test_appstreamcli_accepts_the_metainfo() -> None:
    done = validate("appstreamcli", "validate", "--no-net", METAINFO_FILE)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower() and "warning" not in done.stdout.lower()


def test_appstreamcli_rejects_metainfo_without_a_summary(tmp_path: Path) -> None:
    broken = tmp_path / METAINFO_FILE.name
    text = METAINFO_FILE.read_text(encoding="utf-8")
    start, end = text.index("<summary>"), text.index("</summary>") + len("</summary>")
    broken.write_text(text[:start] + text[end:], encoding="utf-8")
    done = validate("appstreamcli", "validate", "--no-net", broken)
    assert done.returncode != 0 and "summary" in done.stdout
