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


class NotARegularFile(OSError):
    """A path that is a FIFO, a device, a socket or a folder: never read as a file."""


# Reading a regular file should take milliseconds; past this, a stuck network share or a
# file system that lies is given up on rather than hanging the program.
READ_TIMEOUT_SECONDS = 10.0


def _kind_of(mode: int) -> str:
    import stat

    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_regular_file(path: Path, limit: int, *, timeout: float = READ_TIMEOUT_SECONDS) -> bytes:
    """Up to limit + 1 bytes of path, which must be a regular file.

    A FIFO would block in open() until a writer comes, a device may never end: the path
    is checked with stat first, opened without blocking, and checked again on the open
    file (it may have been swapped in between). NotARegularFile says what it is instead;
    other OSErrors pass through; a read that takes longer than timeout raises TimeoutError.
    """
    import stat

    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotARegularFile(f"it is {_kind_of(mode)}, not a file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(f"it is {_kind_of(mode)}, not a file")
    except BaseException:
        os.close(fd)
        raise
    return _read_with_timeout(fd, limit + 1, timeout)


def _read_with_timeout(fd: int, size: int, timeout: float) -> bytes:
    """Read in a helper thread, which closes fd when done: after a timeout the descriptor
    stays with the stuck thread, so no other file can be read through it by mistake."""
    import threading

    result: list[bytes] = []
    failure: list[BaseException] = []

    def read() -> None:
        try:
            chunks = []
            left = size
            while left > 0:
                chunk = os.read(fd, min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
            result.append(b"".join(chunks))
        except BaseException as error:  # handed to the caller's thread
            failure.append(error)
        finally:
            os.close(fd)

    reader = threading.Thread(target=read, name="hiptimer-read", daemon=True)
    reader.start()
    reader.join(timeout)
    if reader.is_alive():
        raise TimeoutError(f"reading took longer than {timeout:g} seconds")
    if failure:
        raise failure[0]
    return result[0]
