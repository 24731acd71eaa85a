"""Routine files: one versioned JSON document a trainer hands to a client.

Reading is strict and bounded: the size is capped before parsing, and every problem is
reported with the field it concerns, so nothing half-read ever reaches the app.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hiptimer.core.routine import FieldProblem, Routine, RoutineError
from hiptimer.core.serialize import routine_from_dict, routine_to_dict

FORMAT = "hiptimer-routine"
VERSION = 1
MAX_FILE_BYTES = 8 * 1024 * 1024


class RoutineFileError(ValueError):
    """A routine file that cannot be used; the message says which file and why."""


def routine_document(routine: Routine) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, **routine_to_dict(routine)}


def parse_routine_document(data: object, source: str = "routine file") -> Routine:
    if not isinstance(data, dict):
        raise RoutineFileError(f"{source}: expected a JSON object at the top level")
    if data.get("format") != FORMAT:
        raise RoutineFileError(f"{source}: format: expected {FORMAT!r}, got {data.get('format')!r}")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise RoutineFileError(f"{source}: version: expected a whole number, got {version!r}")
    if version > VERSION:
        raise RoutineFileError(
            f"{source}: version {version} is newer than this HipTimer understands "
            f"(up to {VERSION}); update HipTimer to open it"
        )
    if version < 1:
        raise RoutineFileError(f"{source}: version: expected 1 to {VERSION}, got {version}")
    try:
        return routine_from_dict(data, extra_fields=frozenset({"format", "version"}))
    except RoutineError as error:
        raise RoutineFileError(f"{source}: {error}") from error


def read_routine_file(path: Path) -> Routine:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RoutineFileError(
                f"{path}: the file is {size / 1e6:.1f} MB; a routine file is at most "
                f"{MAX_FILE_BYTES / 1e6:.0f} MB"
            )
        raw = path.read_bytes()
    except OSError as error:
        raise RoutineFileError(f"{path}: cannot read the file ({error.strerror})") from error
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise RoutineFileError(f"{path}: not a text file (expected UTF-8 JSON)") from error
    except json.JSONDecodeError as error:
        raise RoutineFileError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    except RecursionError as error:
        raise RoutineFileError(f"{path}: the JSON is nested too deeply") from error
    return parse_routine_document(data, str(path))


def write_routine_file(routine: Routine, path: Path) -> None:
    text = json.dumps(routine_document(routine), indent=2, ensure_ascii=False)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(path)


__all__ = [
    "FORMAT",
    "VERSION",
    "FieldProblem",
    "RoutineFileError",
    "parse_routine_document",
    "read_routine_file",
    "routine_document",
    "write_routine_file",
]
