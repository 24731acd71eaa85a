"""Hostile routine files, made at test time (nothing large is committed).

Shared by tests/reliability/test_hostile_routines.py and benchmarks/hostile_files.py.
"""

from __future__ import annotations

import base64
import json
import struct
import zlib
from pathlib import Path
from typing import Any

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.exchange.routine_file import PICTURES_VERSION, routine_document

BOMB_PICTURES = 40
BOMB_SIDE = 4096


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int, height: int, *, depth: int = 8, colour: int = 6, seed: int = 0) -> bytes:
    """A valid PNG of one colour, made with zlib: tiny on disk, width x height when decoded.

    seed adds a text chunk so that each picture of a file is a different one.
    """
    return _png(width, height, depth, colour, seed)


def _png(width: int, height: int, depth: int, colour: int, seed: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"tEXt", b"Comment\x00" + str(seed).encode())
        + _chunk(b"IDAT", _pixels(width, height, depth, colour))
        + _chunk(b"IEND", b"")
    )


_PIXELS: dict[tuple[int, int, int, int], bytes] = {}


def _pixels(width: int, height: int, depth: int, colour: int) -> bytes:
    key = (width, height, depth, colour)
    if key not in _PIXELS:
        channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
        row = b"\x00" * (1 + (width * channels * depth + 7) // 8)
        packer = zlib.compressobj(9)
        parts = [packer.compress(row) for _ in range(height)]
        parts.append(packer.flush())
        _PIXELS[key] = b"".join(parts)
    return _PIXELS[key]


def picture_routine(pictures: list[bytes], kind: str = "png") -> dict[str, Any]:
    """A routine file document whose first len(pictures) exercises each show one picture."""
    document = baseline_document()
    exercises = document["exercises"]
    built_in = len(exercises)
    while len(exercises) < len(pictures):
        copy = dict(exercises[len(exercises) % built_in])
        copy["id"] = f"copy-{len(exercises)}"
        exercises.append(copy)
    embedded = {}
    for i, data in enumerate(pictures):
        name = f"p{i:03d}.{kind}"
        exercises[i] = {**exercises[i], "figure": None, "picture": name}
        embedded[name] = base64.b64encode(data).decode("ascii")
    # Pictures need version 2 at least; the built-in side meanings already need 3.
    document["version"] = max(document["version"], PICTURES_VERSION)
    document["pictures"] = embedded
    return document


def bomb_document(count: int = BOMB_PICTURES, side: int = BOMB_SIDE) -> dict[str, Any]:
    """The multi-picture bomb: count valid side x side 16-bit RGBA PNGs (each 128 MB
    decoded, about 130 KB in the file)."""
    return picture_routine([png(side, side, depth=16, seed=i) for i in range(count)])


def baseline_document() -> dict[str, Any]:
    """The built-in routine as `routines export` writes it."""
    return json.loads(json.dumps(routine_document(DEFAULT_ROUTINE)))


def values_document_text(count: int = 3_900_000) -> str:
    """Under 8 MB of JSON holding millions of numbers (slow to parse, were it parsed)."""
    text = json.dumps(baseline_document())
    return text[:-1] + ', "extra": [' + ",".join(["1"] * count) + "]}"


def write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
