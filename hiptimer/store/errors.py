"""Errors the history store raises, each with a message a person can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hiptimer.core.errors import UserError
from hiptimer.core.i18n import translate


class StoreError(UserError):
    """The history cannot be read or written; the message says why and what to do."""


class DiskFullError(StoreError):
    """The disk (or the database's size limit) is full; committed sets are safe."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer HipTimer; it is left untouched."""


def is_disk_full(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code == sqlite3.SQLITE_FULL or "database or disk is full" in str(error)


def store_error(error: sqlite3.Error, path: Path, doing: str) -> StoreError:
    """Turn an sqlite3 error met while `doing` something ("saving the set", translated)
    into a StoreError for people."""
    if is_disk_full(error):
        return DiskFullError(
            translate(
                "History",
                "The disk holding your history is full, so {doing} failed ({path}). "
                "Everything saved before this is safe. Free some disk space; HipTimer saves "
                "what is waiting as soon as it can.",
            ).format(doing=doing, path=path)
        )
    if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY or "readonly" in str(
        error
    ):
        return StoreError(
            translate(
                "History",
                "Your history file is read-only, so {doing} failed ({path}). Make the file "
                "writable (check its permissions), then start HipTimer again.",
            ).format(doing=doing, path=path)
        )
    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
        return StoreError(
            translate(
                "History",
                "The history database is busy in another program, so {doing} failed ({path}). "
                "Close other copies of HipTimer or programs that have the file open, then try "
                "again.",
            ).format(doing=doing, path=path)
        )
    text = translate("History", "{doing} failed: {error} ({path})")
    message = text.format(doing=doing, error=error, path=path)
    return StoreError(message[:1].upper() + message[1:])
