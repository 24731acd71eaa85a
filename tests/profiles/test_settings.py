"""Settings: typed, validated field by field, saved atomically. No Qt needed."""

from __future__ import annotations

import json

import pytest

from hiptimer.profiles.settings import (
    DEFAULTS,
    Settings,
    Theme,
    default_settings_path,
    load_settings,
    save_settings,
    settings_from_dict,
)


def test_missing_file_gives_defaults_without_complaint(tmp_path):
    loaded = load_settings(tmp_path / "settings.json")
    assert loaded.settings == DEFAULTS and loaded.problems == ()
    assert Settings(True, 80, False, True, "", 10, Theme.SYSTEM) == DEFAULTS


def test_round_trip(tmp_path):
    path = tmp_path / "deeper" / "settings.json"
    chosen = Settings(
        sound=False,
        volume=35,
        muted=True,
        speech=False,
        voice="Anne",
        prepare_seconds=25,
        theme=Theme.DARK,
    )
    save_settings(chosen, path)
    assert load_settings(path).settings == chosen
    assert json.loads(path.read_text())["theme"] == "dark"
    assert not list(path.parent.glob("*.part"))


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("sound", "yes"),
        ("sound", 1),
        ("volume", 101),
        ("volume", -1),
        ("volume", True),
        ("volume", 50.5),
        ("volume", "80"),
        ("muted", None),
        ("speech", [True]),
        ("voice", 7),
        ("voice", "x" * 500),
        ("voice", "bad\nname"),
        ("prepare_seconds", 121),
        ("prepare_seconds", -5),
        ("prepare_seconds", float("nan")),
        ("theme", "purple"),
        ("theme", 2),
    ],
)
def test_a_bad_value_falls_back_to_its_default_alone(tmp_path, field, bad):
    data = {"volume": 30, "theme": "light", "prepare_seconds": 20, field: bad}
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(data))
    loaded = load_settings(path)
    assert getattr(loaded.settings, field) == getattr(DEFAULTS, field)
    # The setting in the words the Settings dialog uses, not the file's key.
    words = {"muted": "mute", "speech": "spoken cues", "prepare_seconds": "get-ready time"}
    assert loaded.problems == (f"reset to the default: {words.get(field, field)}",)
    good = {k: v for k, v in data.items() if k != field}
    for name, value in good.items():
        assert getattr(loaded.settings, name) == (Theme(value) if name == "theme" else value)


def test_whole_numbers_written_as_floats_are_accepted():
    settings, reset = settings_from_dict({"volume": 40.0, "prepare_seconds": 15.0})
    assert (settings.volume, settings.prepare_seconds, reset) == (40, 15, [])


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"volume": 20, "colour_blind_mode": True}))
    loaded = load_settings(path)
    assert loaded.settings.volume == 20 and loaded.problems == ()


@pytest.mark.parametrize(
    "content", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'"text"', b"[" * 50_000]
)
def test_a_broken_file_gives_defaults_and_says_why(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = load_settings(path)
    assert loaded.settings == DEFAULTS
    assert len(loaded.problems) == 1
    problem = loaded.problems[0]
    assert "not valid JSON" in problem or "reset to the default: the whole file" in problem


def test_a_huge_file_is_not_read(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b" " * 100_000 + b"{}")
    loaded = load_settings(path)
    assert loaded.settings == DEFAULTS and "too large" in loaded.problems[0]


def test_a_failed_save_raises_oserror_and_keeps_the_old_file(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(Settings(volume=10), path)
    (tmp_path / "settings.json.part").mkdir()  # the temporary file cannot be written
    with pytest.raises(OSError):
        save_settings(Settings(volume=90), path)
    assert load_settings(path).settings.volume == 10


def test_the_default_path_is_in_the_user_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    path = default_settings_path()
    assert path == tmp_path / "cfg" / "hiptimer" / "settings.json"
