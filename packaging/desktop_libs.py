"""Libraries of the bundle that are left to the desktop (Linux).

Two of Qt's plugins serve what a desktop brings along anyway: the GTK theme (GTK's own
file dialogs and colours on GNOME and its relatives, which all have GTK 3) and printing
through CUPS (which every desktop with a printer has). PyInstaller copies their whole
library trees into the bundle: GTK, cairo, pango, ATK, and CUPS with GnuTLS, Kerberos and
Avahi, about 25 MB. The plugins stay; the libraries only they need are left out, so the
plugins load the desktop's own copies, and where there are none Qt goes on without them
(Qt's own dialogs, no printer list).

A library is left out only if nothing else in the bundle needs it (the NEEDED entries of
every other file, followed through the bundle, read with readelf).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

DESKTOP_PLUGINS = ("libqgtk3.so", "libcupsprintersupport.so")


def needed(path: Path) -> list[str]:
    """The NEEDED entries of an ELF file ([] for anything else)."""
    done = subprocess.run(
        ["readelf", "--dynamic", "--wide", str(path)], capture_output=True, text=True, check=False
    )
    found = []
    for line in done.stdout.splitlines():
        if "(NEEDED)" in line and "[" in line:
            found.append(line[line.index("[") + 1 : line.rindex("]")])
    return found


def _copied_from_system(path: Path) -> bool:
    """A library PyInstaller laid beside the program (not Qt's, numpy's or Python's)."""
    name = path.name
    return path.parent.name == "_internal" and name.startswith("lib") and "python" not in name


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _closure(
    roots: Iterable[Path], by_name: dict[str, Path], links: dict[Path, list[str]]
) -> set[Path]:
    seen: set[Path] = set()
    waiting = list(roots)
    while waiting:
        path = waiting.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in links.get(path, []):
            target = by_name.get(name)
            if target is not None:
                waiting.append(target.resolve())
    return seen


def leave_to_desktop(bundle: Path, plugins: tuple[str, ...] = DESKTOP_PLUGINS) -> dict[str, int]:
    """Remove the libraries only `plugins` need; their names and sizes (none without
    readelf)."""
    if shutil.which("readelf") is None:
        return {}
    files = _elf_files(bundle)
    links = {path.resolve(): needed(path) for path in files}
    by_name: dict[str, Path] = {}
    for path in bundle.rglob("*.so*"):
        by_name.setdefault(path.name, path)
    desktop = [path.resolve() for path in files if path.name in plugins]
    # Everything but the plugins and the libraries PyInstaller copied from the system:
    # what they need (and what that needs) stays.
    roots = [
        path.resolve()
        for path in files
        if path.name not in plugins and not _copied_from_system(path)
    ]
    kept = _closure(roots, by_name, links)
    removable = _closure(desktop, by_name, links) - kept - set(desktop)
    removed = {}
    for path in sorted(removable):
        if _copied_from_system(path):
            for twin in path.parent.iterdir():
                if twin.is_symlink() and twin.resolve() == path:
                    twin.unlink()
            removed[path.name] = path.stat().st_size
            path.unlink()
    return removed
