"""Safe file writing, regular-file reading and file names every system accepts.

The one place HipTimer writes a file atomically: settings, profiles, saved routines,
routine files, CSV exports, handouts, beeps and history backups all come here. It sits in
the core (standard library only) because the history store and the routine files use it
too, and those sit below hiptimer.profiles.

A file is written next to its final place under a temporary name, flushed to disk
(fsync), moved over the old one in one step, and then the folder is flushed as well, so
the rename itself survives a power cut. A crash or a full disk leaves either the old file
or the new one, never half of each. Names made from what a person typed (a routine called
"Anna: week 1?") lose the characters Windows refuses and the names it reserves.
"""

from __future__ import annotations

import errno
import io
import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from hiptimer.core.i18n import translate

_NOT_SAFE = re.compile(r"[^a-z0-9]+")
# The device names Windows reserves in every folder, with or without an extension
# ("con", "CON.txt"); compared lower-case. Profile names and file stems both use it.
WINDOWS_RESERVED_NAMES = frozenset(
    {
        "con",
        "prn",
        "aux",
        "nul",
        *(f"com{i}" for i in (*range(10), "\u00b9", "\u00b2", "\u00b3")),
        *(f"lpt{i}" for i in (*range(10), "\u00b9", "\u00b2", "\u00b3")),
    }
)
MAX_STEM = 60


def is_reserved_name(name: str) -> bool:
    """True when Windows would take name (a file or folder name) for a device."""
    return name.split(".", maxsplit=1)[0].rstrip(" ").lower() in WINDOWS_RESERVED_NAMES


def safe_stem(text: str, fallback: str = "untitled") -> str:
    """Lower-case letters, digits and '-' only; never empty, never a reserved name.

    Such a stem is also a valid exercise id, and it means the same file on a
    case-insensitive file system (Windows, macOS) as on Linux.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stem = _NOT_SAFE.sub("-", ascii_text.lower()).strip("-")[:MAX_STEM].strip("-")
    if not stem:
        stem = fallback
    if is_reserved_name(stem):
        stem = f"{stem}-1"
    return stem


# --- atomic writes ------------------------------------------------------------------


def temporary_name(path: Path) -> Path:
    """A hidden name beside path that no other writer uses ('.NAME.RANDOM.part')."""
    import secrets  # here, not at the top: it costs start-up time for one random name

    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) to disk.

    Windows cannot open a folder for this (NTFS journals the rename itself), and some
    file systems (network shares, FUSE) refuse fsync on a folder: both are skipped; any
    other error (an I/O error) is raised.
    """
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def move_into_place(written: Path, path: Path) -> None:
    """Make a finished file (written by another writer: SQLite's backup, a PDF writer)
    durable and move it over path in one step. On failure written is left for the
    caller, who made it, to remove."""
    with open(written, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(written, path)
    sync_folder(path.parent)


@contextmanager
def atomic_binary(path: Path, *, temporary: Path | None = None) -> Iterator[BinaryIO]:
    """A file to write path's new content into; path is replaced only when the with
    block ends without an error, and on any failure the old file is untouched and the
    temporary file removed.

    The temporary file is a new hidden one (temporary_name) unless temporary is given:
    a fixed name is overwritten, so crashes cannot pile temporary files up beside a file
    that is saved often (settings).
    """
    tmp = temporary_name(path) if temporary is None else temporary
    handle = tmp.open("xb" if temporary is None else "wb")
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


@contextmanager
def atomic_text(
    path: Path, *, newline: str | None = None, temporary: Path | None = None
) -> Iterator[TextIO]:
    """atomic_binary for UTF-8 text (newline as for open(); '' for CSV)."""
    with atomic_binary(path, temporary=temporary) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline=newline)
        yield text
        text.flush()
        text.detach()


def write_atomic(path: Path, data: bytes, *, temporary: Path | None = None) -> None:
    """Replace path with data in one step; on any failure the old file is untouched."""
    with atomic_binary(path, temporary=temporary) as out:
        out.write(data)


def write_text_atomic(path: Path, text: str, *, temporary: Path | None = None) -> None:
    write_atomic(path, text.encode("utf-8"), temporary=temporary)


# --- reading --------------------------------------------------------------------------


class NotARegularFile(OSError):
    """A path that is a FIFO, a device, a socket or a folder: never read as a file."""


# Reading a regular file should take milliseconds; past this, a stuck network share or a
# file system that lies is given up on rather than hanging the program.
READ_TIMEOUT_SECONDS = 10.0


def _kind_of(mode: int) -> str:
    import stat

    if stat.S_ISDIR(mode):
        return translate("Files", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("Files", "a named pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return translate("Files", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Files", "a device")
    return translate("Files", "not a regular file")


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
        raise NotARegularFile(
            translate("Files", "it is {kind}, not a file").format(kind=_kind_of(mode))
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(
                translate("Files", "it is {kind}, not a file").format(kind=_kind_of(mode))
            )
    except BaseException:
        os.close(fd)
        raise
    return _read_with_timeout(fd, limit + 1, timeout)


class FileRefused(Exception):
    """A file that read_capped would not read, with the reason in a person's words."""


def read_capped(path: Path, limit: int, what: str) -> bytes:
    """The bytes of path, a regular file of at most limit bytes ("what" names it in the
    message: "a routine file"). Every way it can fail is a FileRefused saying why."""
    try:
        size = path.stat().st_size
        if path.is_file() and size > limit:
            raise FileRefused(
                translate(
                    "Files", "the file is {size:.1f} MB; {what} is at most {limit:.0f} MB"
                ).format(size=size / 1e6, what=what, limit=limit / 1e6)
            )
        raw = read_regular_file(path, limit)  # the file may grow after the check
    except (NotARegularFile, TimeoutError) as error:
        raise FileRefused(
            translate("Files", "cannot read the file: {error}").format(error=error)
        ) from error
    except OSError as error:
        raise FileRefused(
            translate("Files", "cannot read the file ({reason})").format(
                reason=error.strerror or error
            )
        ) from error
    if len(raw) > limit:
        raise FileRefused(
            translate("Files", "the file is larger than {limit:.0f} MB").format(limit=limit / 1e6)
        )
    return raw


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
