"""Profiles: one per person (a runner, or each client of a trainer).

Each profile is a folder in the user data folder holding its history database, its
routines and its pictures, so copying the folder moves everything about that person.
Archiving only marks the folder (profile.json): nothing is moved or deleted, so an
archived client comes back with their whole history.
"""

from __future__ import annotations

import contextlib
import json
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hiptimer.core.errors import UserError
from hiptimer.core.files import is_reserved_name, write_text_atomic
from hiptimer.core.i18n import translate
from hiptimer.profiles.paths import user_config_dir, user_data_dir

if TYPE_CHECKING:
    from hiptimer.store import HistoryStore

DEFAULT_PROFILE = "default"
# The profile's history database (hiptimer.store), inside its folder.
HISTORY_FILE = "history.sqlite3"
# Names become folder names: keep them to what every file system (Windows too) accepts.
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$")


PROFILE_FILE = "profile.json"
_LAST_PROFILE_FILE = "last-profile.txt"


class ProfileError(UserError, ValueError):
    """A profile action that cannot be done; the message says why and what to do."""


class ProfileNameError(ProfileError):
    pass


def check_profile_name(name: str) -> str:
    name = name.strip()
    if not _NAME.match(name) or name.endswith((".", " ")):
        raise ProfileNameError(
            translate(
                "Profiles",
                "{name!r} cannot be a profile name: use 1 to 40 letters, "
                "digits, spaces, '-', '_' or '.', starting with a letter or "
                "digit",
            ).format(name=name)
        )
    if is_reserved_name(name):
        raise ProfileNameError(
            translate("Profiles", "{name!r} is a reserved name on Windows; choose another").format(
                name=name
            )
        )
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


def open_history(
    name: str | None = None, *, today: date | None = None, background_check: bool = False
) -> HistoryStore:
    """The profile's history (the folder and the file are created on first use).

    Raises StoreRecovery or StoreError as HistoryStore.open_path does; `background_check`
    as there (the window opens with it: the full check of the day's later opens runs
    beside it).
    """
    from hiptimer.store import HistoryStore  # loaded late: start-up reads profiles first

    name = name or DEFAULT_PROFILE
    return HistoryStore.open_path(
        profile_dir(name) / HISTORY_FILE,
        profile=name,
        today=today,
        background_check=background_check,
    )


def _all_profiles() -> list[str]:
    names = []
    for folder in profiles_root().iterdir():
        if folder.is_dir() and _NAME.match(folder.name):
            names.append(folder.name)
    return sorted(names, key=str.casefold)


def list_profiles() -> list[str]:
    """The active profiles (not archived), sorted without regard to case.

    The default profile is always among them: it is where HipTimer starts.
    """
    profile_dir(DEFAULT_PROFILE)
    return [name for name in _all_profiles() if not is_archived(name)]


def list_archived_profiles() -> list[str]:
    return [name for name in _all_profiles() if is_archived(name)]


def find_profile(name: str) -> str | None:
    """The existing profile's spelling of name, ignoring case (as Windows does)."""
    wanted = name.strip().casefold()
    for existing in _all_profiles():
        if existing.casefold() == wanted:
            return existing
    return None


def existing_profile_dir(name: str) -> Path:
    """Like profile_dir, but a name that is not a profile yet is an error, not a new one.

    The default profile always exists: it is made on first use.
    """
    if check_profile_name(name) == DEFAULT_PROFILE:
        return profile_dir(DEFAULT_PROFILE)
    found = find_profile(name)
    if found is None:
        known = ", ".join(list_profiles()) or "none"
        raise ProfileError(
            translate("Profiles", "there is no profile named {name!r} (profiles: {known})").format(
                name=name, known=known
            )
        )
    return profiles_root() / found


def _read_settings(name: str) -> dict[str, object]:
    try:
        data = json.loads((profiles_root() / name / PROFILE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_archived(name: str) -> bool:
    return _read_settings(name).get("archived") is True


def create_profile(name: str) -> str:
    """Make a new, empty profile and return its name as stored."""
    name = check_profile_name(name)
    taken = find_profile(name)
    if taken is not None:
        state = " (archived)" if is_archived(taken) else ""
        raise ProfileError(
            translate(
                "Profiles", "a profile named {taken!r}{state} already exists; choose another name"
            ).format(taken=taken, state=state)
        )
    try:
        (profiles_root() / name).mkdir()
    except OSError as error:
        raise ProfileError(
            translate("Profiles", "cannot create the profile {name!r}: {strerror}").format(
                name=name, strerror=error.strerror
            )
        ) from error
    return name


def rename_profile(old: str, new: str) -> str:
    """Rename the profile's folder, with its routines and history; return the new name."""
    current = find_profile(old)
    if current is None:
        raise ProfileError(
            translate("Profiles", "there is no profile named {old!r}").format(old=old)
        )
    if current == DEFAULT_PROFILE:
        raise ProfileError(
            translate(
                "Profiles",
                "the default profile keeps its name; create a new profile for each client",
            )
        )
    new = check_profile_name(new)
    if new == DEFAULT_PROFILE:
        raise ProfileError(
            translate("Profiles", "{DEFAULT_PROFILE!r} is the name of the default profile").format(
                DEFAULT_PROFILE=DEFAULT_PROFILE
            )
        )
    taken = find_profile(new)
    if taken is not None and taken != current:
        raise ProfileError(
            translate(
                "Profiles", "a profile named {taken!r} already exists; choose another name"
            ).format(taken=taken)
        )
    if new == current:
        return current
    root = profiles_root()
    was_remembered = remembered_profile() == current
    try:
        if taken == current:
            # Only the case changes: go through a temporary name, as Windows and macOS
            # see "anna" and "Anna" as the same folder.
            step = root / f".rename-{current}"
            (root / current).rename(step)
            step.rename(root / new)
        else:
            (root / current).rename(root / new)
    except OSError as error:
        raise ProfileError(
            translate(
                "Profiles",
                "cannot rename {current!r} to {new!r}: {strerror}; close "
                "anything that uses this profile and try again",
            ).format(current=current, new=new, strerror=error.strerror)
        ) from error
    if was_remembered:
        remember_profile(new)
    return new


def set_archived(name: str, archived: bool) -> None:
    """Archive (hide from the picker) or bring back a profile; its data stays as it is."""
    current = find_profile(name)
    if current is None:
        raise ProfileError(
            translate("Profiles", "there is no profile named {name!r}").format(name=name)
        )
    if archived and current == DEFAULT_PROFILE:
        raise ProfileError(translate("Profiles", "the default profile cannot be archived"))
    _update_settings(current, archived=archived)


def _update_settings(name: str, **changes: object) -> None:
    settings = _read_settings(name)
    settings.update(changes)
    try:
        write_text_atomic(
            profiles_root() / name / PROFILE_FILE, json.dumps(settings, indent=2) + "\n"
        )
    except OSError as error:
        raise ProfileError(
            translate("Profiles", "cannot change the profile {name!r}: {strerror}").format(
                name=name, strerror=error.strerror
            )
        ) from error


def remembered_routine(name: str) -> str | None:
    """The routine the profile followed last (by name); None for the built-in one."""
    routine = _read_settings(name).get("routine")
    return routine if isinstance(routine, str) and routine else None


def remember_routine(name: str, routine: str | None) -> None:
    # Only a convenience: if it cannot be written, the next start opens the built-in routine.
    with contextlib.suppress(ProfileError):
        _update_settings(name, routine=routine)


def archive_profile(name: str) -> None:
    set_archived(name, True)


def unarchive_profile(name: str) -> None:
    set_archived(name, False)


def remembered_profile() -> str:
    """The profile used last (for the next start), or the default one."""
    try:
        name = (user_config_dir() / _LAST_PROFILE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return DEFAULT_PROFILE
    found = find_profile(name) if _NAME.match(name) else None
    return found if found and not is_archived(found) else DEFAULT_PROFILE


def remember_profile(name: str) -> None:
    # Only a convenience: if it cannot be written, the next start opens the default profile.
    with contextlib.suppress(OSError):
        write_text_atomic(user_config_dir() / _LAST_PROFILE_FILE, check_profile_name(name) + "\n")
