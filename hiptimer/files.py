"""Safe file writing and file names every system accepts (used by profiles, the store of
routines and the routine files, so it sits outside hiptimer.exchange).

A file is written next to its final place under a temporary name, flushed to disk and
then moved over the old one in one step, so a crash or a full disk leaves either the old
file or the new one, never half of each. Names made from what a person typed (a routine
called "Anna: week 1?") lose the characters Windows refuses and the names it reserves.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

_NOT_SAFE = re.compile(r"[^a-z0-9]+")
_WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}
MAX_STEM = 60


def safe_stem(text: str, fallback: str = "untitled") -> str:
    """Lower-case letters, digits and '-' only; never empty, never a reserved name.

    Such a stem is also a valid exercise id, and it means the same file on a
    case-insensitive file system (Windows, macOS) as on Linux.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stem = _NOT_SAFE.sub("-", ascii_text.lower()).strip("-")[:MAX_STEM].strip("-")
    if not stem:
        stem = fallback
    if stem in _WINDOWS_RESERVED:
        stem = f"{stem}-1"
    return stem


def write_atomic(path: Path, data: bytes) -> None:
    """Replace path with data in one step; on any failure the old file is untouched."""
    import secrets  # here, not at the top: it costs start-up time for one random name

    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with tmp.open("xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))
