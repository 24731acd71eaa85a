"""Where HipTimer's files live: bundled resources, user data and settings.

Every path goes through here, so a user (or a test) moves all of them with the
platform's usual variables (XDG_DATA_HOME, XDG_CONFIG_HOME on Linux).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

APP_NAME = "hiptimer"


@cache
def resource_dir() -> Path:
    here = Path(__file__).resolve().parent.parent  # the hiptimer package folder
    candidates = [
        here / "resources",  # installed wheel: resources/ is packed inside hiptimer/
        here.parent / "resources",  # source checkout or editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if frozen:
        candidates.insert(0, Path(frozen) / "hiptimer" / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("HipTimer's resources folder is missing; reinstall HipTimer")


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Databases and backups (one folder per profile). Not cached: tests move it."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def user_config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False, ensure_exists=True)
