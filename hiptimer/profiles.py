"""Profiles: one per person (a runner, or each client of a trainer).

Each profile is a folder in the user data folder holding its history database, its
routines and its pictures, so copying the folder moves everything about that person.
"""

from __future__ import annotations

import re
from pathlib import Path

from hiptimer.paths import user_data_dir

DEFAULT_PROFILE = "default"
# Names become folder names: keep them to what every file system (Windows too) accepts.
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$")
_WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}


class ProfileNameError(ValueError):
    pass


def check_profile_name(name: str) -> str:
    name = name.strip()
    if not _NAME.match(name) or name.endswith((".", " ")):
        raise ProfileNameError(
            f"{name!r} cannot be a profile name: use 1 to 40 letters, digits, spaces, "
            "'-', '_' or '.', starting with a letter or digit"
        )
    if name.split(".")[0].lower() in _WINDOWS_RESERVED:
        raise ProfileNameError(f"{name!r} is a reserved name on Windows; choose another")
    return name


def profiles_root() -> Path:
    root = user_data_dir() / "profiles"
    root.mkdir(parents=True, exist_ok=True)
    return root


def profile_dir(name: str = DEFAULT_PROFILE) -> Path:
    """The profile's folder, created on first use."""
    folder = profiles_root() / check_profile_name(name)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def list_profiles() -> list[str]:
    return sorted(p.name for p in profiles_root().iterdir() if p.is_dir())
