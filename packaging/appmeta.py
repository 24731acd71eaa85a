"""Names and places every packaging script agrees on.

Imports nothing from hiptimer or Qt, so the scripts can read the version and find files
with any Python 3.11.
"""

from __future__ import annotations

import re
from pathlib import Path

# Reverse-DNS id: names the .desktop file, the AppStream component and the themed icon.
APP_ID = "io.github.hiptimer.HipTimer"
APP_NAME = "HipTimer"
# The name of the executable and of the one-folder bundle.
EXE_NAME = "hiptimer"

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parent
RESOURCES = REPO / "resources"
ICON_SVG = RESOURCES / "icons" / "hiptimer.svg"
LINUX = PACKAGING / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
# PNG renderings of the SVG, laid out as an icon theme so they install as they are.
ICON_THEME = PACKAGING / "icons" / "hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_png(size: int, theme: Path = ICON_THEME) -> Path:
    return theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def version() -> str:
    """hiptimer.__version__, read from the source so no import (and no Qt) is needed."""
    text = (REPO / "hiptimer" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise RuntimeError("hiptimer/__init__.py has no __version__ line")
    return found.group(1)
