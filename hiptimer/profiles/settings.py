"""The person's preferences: sound, speech, prepare time and theme, kept as one JSON file.

Qt-free on purpose: the window, the command line and tests read the same typed object.
A settings file is hand-editable, so loading never fails: each bad or missing value falls
back to its default on its own, and the caller gets the list of what was reset to say so.
Saving goes through hiptimer.core.files.write_text_atomic (flushed to disk, renamed over
the old file), so a full disk or a crash mid-write leaves the previous settings intact.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from hiptimer.core.files import write_text_atomic
from hiptimer.core.i18n import LANGUAGES, PSEUDO, QT_TRANSLATE_NOOP, SYSTEM, translate

SETTINGS_FILE = "settings.json"
# A settings file is a few hundred bytes; anything far larger is not ours.
MAX_SETTINGS_BYTES = 64 * 1024
MAX_VOICE_NAME = 200
PREPARE_MIN = 0
PREPARE_MAX = 120


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Settings:
    """The person's preferences, as saved in settings.json."""

    # Beeps for 3-2-1 and step changes.
    sound: bool = True
    # Percent, 0..100, for beeps and speech alike.
    volume: int = 80
    # Silences beeps and speech without losing the choices above (the M key).
    muted: bool = False
    speech: bool = True
    # A voice name offered by the speech engine; "" lets the engine choose.
    voice: str = ""
    # Seconds of "get ready" before the first exercise (0 starts at once).
    prepare_seconds: int = 10
    theme: Theme = Theme.SYSTEM
    # "system" follows the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); a code
    # ("de") overrides it. Read once at start-up, before any window exists.
    language: str = SYSTEM
    # The high-contrast palette (pure black and white, 7:1 colours) over the theme.
    high_contrast: bool = False

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


DEFAULTS = Settings()


def default_settings_path() -> Path:
    from hiptimer.profiles.paths import user_config_dir

    return user_config_dir() / SETTINGS_FILE


def _check_bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _check_int(value: object, low: int, high: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
        return None
    number = int(value)
    return number if low <= number <= high else None


def _check_voice(value: object) -> str | None:
    if not isinstance(value, str) or len(value) > MAX_VOICE_NAME:
        return None
    if any(ord(c) < 32 for c in value):
        return None
    return value.strip()


def _check_theme(value: object) -> Theme | None:
    if not isinstance(value, str):
        return None
    try:
        return Theme(value)
    except ValueError:
        return None


def _check_language(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value if value in LANGUAGES or value in (SYSTEM, PSEUDO) else None


_CHECKS = {
    "sound": _check_bool,
    "volume": lambda v: _check_int(v, 0, 100),
    "muted": _check_bool,
    "speech": _check_bool,
    "voice": _check_voice,
    "prepare_seconds": lambda v: _check_int(v, PREPARE_MIN, PREPARE_MAX),
    "theme": _check_theme,
    "language": _check_language,
    "high_contrast": _check_bool,
}


def settings_from_dict(data: object) -> tuple[Settings, list[str]]:
    """Settings from parsed JSON, and the names of the values that were reset to defaults.

    Missing keys quietly take their defaults (an older file); unknown keys are ignored
    (a newer file); a present but bad value is reset and named.
    """
    if not isinstance(data, dict):
        return DEFAULTS, [
            translate("settings", "the whole file (it should hold a JSON object in braces)")
        ]
    values: dict[str, Any] = {}
    reset: list[str] = []
    for spec in fields(Settings):
        if spec.name not in data:
            continue
        checked = _CHECKS[spec.name](data[spec.name])
        if checked is None:
            reset.append(spec.name)
        else:
            values[spec.name] = checked
    return Settings(**values), reset


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    data = asdict(settings)
    data["theme"] = settings.theme.value
    return data


class LoadedSettings(NamedTuple):
    settings: Settings
    # What was wrong, in words a person can act on; empty when all was well.
    problems: tuple[str, ...] = ()


def load_settings(path: Path | None = None) -> LoadedSettings:
    """Read the settings file; never raises for a missing, unreadable or broken file."""
    path = default_settings_path() if path is None else path
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return LoadedSettings(DEFAULTS, (f"{path} is too large to be a settings file",))
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(DEFAULTS)
    except OSError as error:
        return LoadedSettings(DEFAULTS, (f"cannot read {path} ({error.strerror})",))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return LoadedSettings(DEFAULTS, (f"{path} is not valid JSON; using the defaults",))
    settings, reset = settings_from_dict(data)
    if reset:
        names = ", ".join(setting_words(name) for name in reset)
        message = translate("settings", "reset to the default: {names}")
        return LoadedSettings(settings, (message.format(names=names),))
    return LoadedSettings(settings)


# Each setting in the words the Settings dialog uses (the file's keys are for the file).
_SETTING_WORDS = {
    "sound": QT_TRANSLATE_NOOP("settings", "sound"),
    "volume": QT_TRANSLATE_NOOP("settings", "volume"),
    "muted": QT_TRANSLATE_NOOP("settings", "mute"),
    "speech": QT_TRANSLATE_NOOP("settings", "spoken cues"),
    "voice": QT_TRANSLATE_NOOP("settings", "voice"),
    "prepare_seconds": QT_TRANSLATE_NOOP("settings", "get-ready time"),
    "theme": QT_TRANSLATE_NOOP("settings", "theme"),
    "language": QT_TRANSLATE_NOOP("settings", "language"),
    "high_contrast": QT_TRANSLATE_NOOP("settings", "high contrast"),
}


def setting_words(name: str) -> str:
    """A setting's key in words ('prepare_seconds' -> 'get-ready time')."""
    if name in _SETTING_WORDS:
        return translate("settings", _SETTING_WORDS[name])
    return name


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically. Raises OSError (full disk, read-only folder) for the caller to show."""
    path = default_settings_path() if path is None else path
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(settings_to_dict(settings), indent=2) + "\n"
    # A fixed temporary name: a settings file is saved often, and a crash leaves at most
    # this one leftover, which the next save overwrites.
    write_text_atomic(path, text, temporary=path.with_name(path.name + ".part"))
