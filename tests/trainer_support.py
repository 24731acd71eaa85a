"""Shared by the trainer tests: pictures made without Qt, a private data folder, snapshots."""

from __future__ import annotations

import base64
import re
import struct
import zlib
from pathlib import Path

import pytest

from hiptimer.core.routine import Dose, Exercise, Mode, Sides

# A machine path of a routine file ("exercises[1].dose.reps", "pictures['a.png']",
# "prepare_seconds"): tools get it from `routines validate --json`; a person never sees it.
MACHINE_PATH = re.compile(
    r"\w\[\d+\]|\w\['|\.(dose|rests|tempo)\b"
    r"|\b(prepare_seconds|rest_between_exercises|hold_seconds|between_sides|between_sets)\b"
)

# A 16 x 12 grey JPEG, written once by Qt's JPEG writer.
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4"
    "UG1RV19iZ2hnPk1xeXBkeFxlZ2P/wAALCAAMABABAREA/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QA"
    "tRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0"
    "NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2"
    "t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/9oACAEBAAA/AI6KKK//2Q=="
)


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bytes(
    width: int = 4,
    height: int = 3,
    *,
    raw: bytes | None = None,
    interlace: int = 0,
    colour: tuple[int, int, int] = (200, 80, 40),
) -> bytes:
    """An RGB PNG; raw replaces the (filter byte + pixels) rows to make broken ones."""
    if raw is None:
        raw = b"".join(b"\x00" + bytes(colour) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, interlace)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(raw))
        + png_chunk(b"IEND", b"")
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder with its bytes, to prove nothing changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    """A private user data and config folder, on every platform."""
    data = tmp_path / "data"
    config = tmp_path / "config"
    data.mkdir()
    config.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setattr("hiptimer.profiles.folders.user_data_dir", lambda: data)
    monkeypatch.setattr("hiptimer.profiles.folders.user_config_dir", lambda: config)
    return data


def side_plank(picture: str | None = None) -> Exercise:
    """A custom, one-sided hold exercise, with the trainer's own picture if given."""
    return Exercise(
        id="side-plank",
        name="Side plank",
        mode=Mode.HOLD,
        dose=Dose(sets=3, hold_seconds=20),
        sides=Sides.RIGHT_ONLY,
        equipment=("mat",),
        cues=("Elbow under the shoulder.", "Hips high, body in one line."),
        picture=picture,
    )
