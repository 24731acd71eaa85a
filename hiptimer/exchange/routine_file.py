"""Routine files: one versioned JSON document a trainer hands to a client.

Reading is strict and bounded: the size is capped before parsing, every problem is
reported with the field it concerns, and pictures are checked to be real images, so
nothing half-read ever reaches the app.

Versions:
  1  the routine alone.
  2  adds custom pictures: `pictures` maps a file name to its base64 bytes, and an
     exercise's `picture` names one of them.
  3  adds an exercise's `side_meaning`: what its left and right mean for the body.
A file is written with the lowest version that can hold it, so a routine without
pictures or side meanings still opens in a HipTimer that only knows version 1.

Inside a profile the same document is stored without the `pictures` map: the picture
files sit in the profile's pictures folder instead (`embedded=False`).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hiptimer.core.errors import UserError
from hiptimer.core.files import FileRefused, read_capped, write_text_atomic
from hiptimer.core.i18n import translate
from hiptimer.core.routine import (
    MAX_EXERCISES,
    PICTURE_PATTERN,
    FieldProblem,
    Routine,
    RoutineError,
    shown,
)
from hiptimer.core.serialize import json_type, routine_from_dict, routine_to_dict
from hiptimer.core.text import for_terminal
from hiptimer.exchange.picture_files import (
    MAX_PICTURE_BYTES,
    MAX_PICTURE_SIDE,
    PictureError,
    budget_problem,
    check_picture,
    decoded_bytes,
    picture_header,
)

FORMAT = "hiptimer-routine"
VERSION = 3
PICTURES_VERSION = 2
SIDE_MEANING_VERSION = 3
MAX_FILE_BYTES = 8 * 1024 * 1024
# Separators and brackets a routine file may hold: all the texts a routine can have
# (60 exercises of 13 texts of 200 characters), were they all commas, and its structure.
MAX_ITEMS = 250_000
# Enough characters for MAX_PICTURE_BYTES in base64; longer text is refused unread.
_MAX_BASE64_CHARS = (MAX_PICTURE_BYTES + 2) // 3 * 4
_TOP_LEVEL = frozenset({"format", "version", "pictures"})


class RoutineFileError(UserError, ValueError):
    """A routine file that cannot be used: which file, and every problem with its field.

    A problem with an empty path concerns the file as a whole (not JSON, too large).
    """

    def __init__(self, source: str, problems: list[FieldProblem]) -> None:
        self.source = source
        self.problems = problems
        # Each part is escaped on its own (a field path may hold a key with a newline or
        # a terminal escape); only the lines put in here are real lines.
        where = for_terminal(source)
        if len(problems) == 1:
            text = f"{where}: {_problem_text(problems[0])}"
        else:
            lines = "\n".join(f"  - {_problem_text(p)}" for p in problems)
            count = len(problems)
            text = translate("RoutineFile", "{file}: %n problem(s):", None, count).format(
                file=where
            )
            text += "\n" + lines
        super().__init__(text)


def _problem_text(problem: FieldProblem) -> str:
    return for_terminal(str(problem) if problem.path else problem.message)


def _whole_file(source: str, message: str) -> RoutineFileError:
    return RoutineFileError(source, [FieldProblem("", message)])


@dataclass(frozen=True)
class RoutineBundle:
    """A routine with the bytes of the pictures its exercises name."""

    routine: Routine
    pictures: Mapping[str, bytes] = field(default_factory=dict)
    version: int = VERSION


def used_pictures(routine: Routine) -> list[str]:
    return sorted({e.picture for e in routine.exercises if e.picture})


def routine_document(
    routine: Routine, pictures: Mapping[str, bytes] | None = None
) -> dict[str, Any]:
    """The JSON-ready document. With `pictures`, every picture used is embedded."""
    names = used_pictures(routine)
    version = PICTURES_VERSION if names else 1
    if any(e.side_meaning is not None for e in routine.exercises):
        version = SIDE_MEANING_VERSION
    document: dict[str, Any] = {"format": FORMAT, "version": version, **routine_to_dict(routine)}
    if pictures is not None and names:
        missing = [name for name in names if name not in pictures]
        if missing:
            raise ValueError(f"pictures missing for embedding: {', '.join(missing)}")
        document["pictures"] = {
            name: base64.b64encode(pictures[name]).decode("ascii") for name in names
        }
    return document


def parse_routine_bundle(
    data: object, source: str = "routine file", *, embedded: bool = True
) -> RoutineBundle:
    """Validate a parsed document; RoutineFileError names every bad field.

    embedded=True (a file from outside): every picture an exercise names must be in the
    file's `pictures` map and be a real image. embedded=False (a profile's own copy):
    pictures are only named, and the map must be absent.
    """
    if not isinstance(data, dict):
        raise _whole_file(source, f"expected a JSON object at the top level, got {json_type(data)}")
    if data.get("format") != FORMAT:
        raise RoutineFileError(
            source,
            [
                FieldProblem(
                    "format",
                    translate("RoutineFile", "expected {format!r}, got {found}").format(
                        format=FORMAT, found=shown(data.get("format"))
                    ),
                )
            ],
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise RoutineFileError(
            source,
            [
                FieldProblem(
                    "version",
                    translate("RoutineFile", "expected a whole number, got {found}").format(
                        found=shown(version)
                    ),
                )
            ],
        )
    if version > VERSION:
        raise RoutineFileError(
            source,
            [
                FieldProblem(
                    "version",
                    translate(
                        "RoutineFile",
                        "{version} is newer than this HipTimer understands (up to "
                        "{VERSION}); update HipTimer to open it",
                    ).format(version=version, VERSION=VERSION),
                )
            ],
        )
    if version < 1:
        raise RoutineFileError(
            source,
            [
                FieldProblem(
                    "version",
                    translate("RoutineFile", "expected 1 to {VERSION}, got {version}").format(
                        VERSION=VERSION, version=version
                    ),
                )
            ],
        )
    problems: list[FieldProblem] = []
    if version < SIDE_MEANING_VERSION:
        _check_no_side_meaning(data, problems)
    pictures = _read_pictures(data, version, embedded, problems)
    _check_picture_references(data, version, embedded, pictures, problems)
    routine: Routine | None = None
    try:
        routine = routine_from_dict(data, extra_fields=_TOP_LEVEL)
    except RoutineError as error:
        problems = error.problems + problems
    if problems or routine is None:
        raise RoutineFileError(source, problems)
    used = {n: pictures[n] for n in used_pictures(routine) if n in pictures}
    return RoutineBundle(routine, used, version)


def parse_routine_document(data: object, source: str = "routine file") -> Routine:
    return parse_routine_bundle(data, source).routine


def _check_no_side_meaning(data: dict[str, Any], problems: list[FieldProblem]) -> None:
    exercises = data.get("exercises")
    if not isinstance(exercises, list):
        return
    for i, exercise in enumerate(exercises[: MAX_EXERCISES + 1]):
        if isinstance(exercise, dict) and "side_meaning" in exercise:
            problems.append(
                FieldProblem(
                    f"exercises[{i}].side_meaning",
                    translate(
                        "RoutineFile", "side meanings need a version {SIDE_MEANING_VERSION} file"
                    ).format(SIDE_MEANING_VERSION=SIDE_MEANING_VERSION),
                )
            )


def _read_pictures(
    data: dict[str, Any], version: int, embedded: bool, problems: list[FieldProblem]
) -> dict[str, bytes]:
    if "pictures" not in data:
        return {}
    raw = data["pictures"]
    if version < PICTURES_VERSION:
        problems.append(
            FieldProblem(
                "pictures",
                translate("RoutineFile", "pictures need a version {PICTURES_VERSION} file").format(
                    PICTURES_VERSION=PICTURES_VERSION
                ),
            )
        )
        return {}
    if not embedded:
        problems.append(
            FieldProblem(
                "pictures", translate("RoutineFile", "a profile's routine names its pictures only")
            )
        )
        return {}
    if not isinstance(raw, dict):
        problems.append(
            FieldProblem(
                "pictures",
                translate("RoutineFile", "expected an object, got {found}").format(
                    found=json_type(raw)
                ),
            )
        )
        return {}
    if len(raw) > MAX_EXERCISES:
        problems.append(
            FieldProblem(
                "pictures",
                translate("RoutineFile", "expected at most {MAX_EXERCISES} pictures").format(
                    MAX_EXERCISES=MAX_EXERCISES
                ),
            )
        )
        return {}
    # First every header, then the budget, and only then the full checks that unpack the
    # pixels: a file of pictures that would not fit in memory is refused in milliseconds.
    headed: dict[str, tuple[bytes, str]] = {}
    total = 0
    for name, text in raw.items():
        where = f"pictures[{shown(name)}]"
        blob = _headed_picture(name, text, where, problems)
        if blob is not None:
            total += decoded_bytes(picture_header(blob))
            headed[name] = (blob, where)
    too_much = budget_problem(total)
    if too_much is not None:
        problems.append(FieldProblem("pictures", too_much))
        headed = {}  # none is unpacked
    pictures: dict[str, bytes] = {}
    for name, (blob, where) in headed.items():
        try:
            check_picture(blob)
        except PictureError as error:
            problems.append(FieldProblem(where, str(error)))
            continue
        pictures[name] = blob
    return pictures


def _headed_picture(
    name: str, text: object, where: str, problems: list[FieldProblem]
) -> bytes | None:
    """The bytes of one embedded picture whose header holds up, or None (problem noted)."""
    try:
        return _embedded_picture(name, text)
    except PictureError as error:
        problems.append(FieldProblem(where, str(error)))
        return None


def _embedded_picture(name: str, text: object) -> bytes:
    match = PICTURE_PATTERN.match(name)
    if not match:
        raise PictureError(
            translate("RoutineFile", "expected a file name such as 'abc123.png' or 'abc123.jpg'")
        )
    if not isinstance(text, str):
        raise PictureError(
            translate("RoutineFile", "expected base64 text, got {found}").format(
                found=json_type(text)
            )
        )
    if len(text) > _MAX_BASE64_CHARS:
        raise PictureError(
            translate("RoutineFile", "the picture is larger than {limit} KB").format(
                limit=MAX_PICTURE_BYTES // 1024
            )
        )
    try:
        blob = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise PictureError(translate("RoutineFile", "not valid base64 text")) from error
    info = picture_header(blob)
    if info.kind != match.group(1):
        raise PictureError(
            translate("RoutineFile", "the name says {named} but it is a {kind}").format(
                named=match.group(1), kind=info.kind
            )
        )
    if not (0 < info.width <= MAX_PICTURE_SIDE and 0 < info.height <= MAX_PICTURE_SIDE):
        raise PictureError(
            translate(
                "RoutineFile",
                "the picture is {width} x {height} pixels; each side must be "
                "1 to {MAX_PICTURE_SIDE}",
            ).format(width=info.width, height=info.height, MAX_PICTURE_SIDE=MAX_PICTURE_SIDE)
        )
    return blob


def _check_picture_references(
    data: dict[str, Any],
    version: int,
    embedded: bool,
    pictures: dict[str, bytes],
    problems: list[FieldProblem],
) -> None:
    exercises = data.get("exercises")
    if not isinstance(exercises, list):
        return
    named: set[str] = set()
    for i, exercise in enumerate(exercises[:MAX_EXERCISES]):
        if not isinstance(exercise, dict) or not isinstance(exercise.get("picture"), str):
            continue
        name = exercise["picture"]
        named.add(name)
        where = f"exercises[{i}].picture"
        if version < PICTURES_VERSION:
            problems.append(
                FieldProblem(
                    where,
                    translate(
                        "RoutineFile", "pictures need a version {PICTURES_VERSION} file"
                    ).format(PICTURES_VERSION=PICTURES_VERSION),
                )
            )
        elif embedded and name not in pictures and PICTURE_PATTERN.match(name):
            bad = isinstance(data.get("pictures"), dict) and name in data["pictures"]
            if not bad:  # a bad embedded picture is reported once, under pictures
                problems.append(
                    FieldProblem(
                        where,
                        translate("RoutineFile", "{name} is not among the file's pictures").format(
                            name=shown(name)
                        ),
                    )
                )
    for name in sorted(set(pictures) - named):
        problems.append(
            FieldProblem(
                f"pictures[{name!r}]", translate("RoutineFile", "not used by any exercise")
            )
        )


def read_routine_bundle(path: Path) -> RoutineBundle:
    source = str(path)
    return parse_routine_bundle(load_json(read_bounded(path, source), source), source)


def read_bounded(path: Path, source: str) -> bytes:
    """The bytes of a routine file: a regular file of at most MAX_FILE_BYTES, read with
    a time limit (a FIFO, a device or a folder is refused without waiting on it)."""
    try:
        return read_capped(path, MAX_FILE_BYTES, translate("RoutineFile", "a routine file"))
    except FileRefused as error:
        raise _whole_file(source, str(error)) from error


def load_json(raw: bytes, source: str) -> object:
    """Parse bytes as strict JSON; every way it can fail is a RoutineFileError.

    Beyond the JSON grammar: a key given twice in one object is an error (which value
    would count?), and so is a lone surrogate written as an escape ("\\ud800"), which no
    text can hold.
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _whole_file(source, "not a text file (expected UTF-8 JSON)") from error
    # A routine holds a few thousand values; millions of them (a hostile file) would take
    # seconds to parse. Counted in the text, before parsing: three scans in C.
    items = text.count(",") + text.count("[") + text.count("{")
    if items > MAX_ITEMS:
        raise _whole_file(
            source,
            f"not a routine: it holds about {items} values, and a routine file holds at "
            f"most {MAX_ITEMS}",
        )
    try:
        # The hook for long numbers costs a call per number: only when there is one.
        numbers = _parse_int if _LONG_NUMBER.search(text) else None
        data = json.loads(text, parse_int=numbers, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        raise _whole_file(
            source, f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    except RecursionError as error:
        raise _whole_file(source, "the JSON is nested too deeply") from error
    except _DuplicateKey as error:
        raise _whole_file(
            source, f"not valid: the key {shown(error.key)} appears twice in one object"
        ) from error
    except ValueError as error:
        raise _whole_file(source, f"not valid JSON ({shown(str(error), 80)})") from error
    # A lone surrogate can only come from an escape; most files have none to look for.
    where = _broken_text(data) if _SURROGATE_ESCAPE.search(text) else None
    if where is not None:
        raise RoutineFileError(
            source,
            [
                FieldProblem(
                    where,
                    translate(
                        "RoutineFile", "contains a lone surrogate (\\ud800 to \\udfff), not text"
                    ),
                )
            ],
        )
    return data


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return data


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONG_NUMBER = re.compile(r"\d{31}")


def _broken_text(data: object) -> str | None:
    """The path of the first text (key or value) holding a lone surrogate, or None.

    Paths are made only for objects and lists, not for every number in them: a hostile
    file may hold millions of items.
    """
    if isinstance(data, str):
        return "(top level)" if _SURROGATE.search(data) else None
    stack: list[tuple[dict[str, Any] | list[Any], str]] = []
    if isinstance(data, dict | list):
        stack.append((data, ""))
    while stack:
        value, path = stack.pop()
        items: Iterable[tuple[object, object]] = (
            value.items() if isinstance(value, dict) else enumerate(value)
        )
        for key, item in items:
            if isinstance(key, str) and _SURROGATE.search(key):
                return f"{path or '(top level)'} key {shown(key)}"
            if isinstance(item, str):
                if _SURROGATE.search(item):
                    return _join(path, key)
            elif isinstance(item, dict | list):
                stack.append((item, _join(path, key)))
    return None


def _join(path: str, key: object) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


class _HugeInt(int):
    """An integer too long to be meant; kept as a stand-in so the field gets named.

    (Python refuses to convert integers of more than 4300 digits, and a message printing
    thousands of digits helps nobody.)
    """

    digits = 0

    def __repr__(self) -> str:
        return f"a {self.digits}-digit number"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) <= 30:
        return int(text)
    huge = _HugeInt(-(10**30) if text.startswith("-") else 10**30)
    huge.digits = len(text.lstrip("-"))
    return huge


def read_routine_file(path: Path) -> Routine:
    return read_routine_bundle(path).routine


def routine_file_text(routine: Routine, pictures: Mapping[str, bytes] | None = None) -> str:
    return json.dumps(routine_document(routine, pictures), indent=2, ensure_ascii=False) + "\n"


def write_routine_file(
    routine: Routine, path: Path, pictures: Mapping[str, bytes] | None = None
) -> None:
    """Write atomically; pass the bytes of every picture used to embed them."""
    write_text_atomic(path, routine_file_text(routine, pictures))


__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "VERSION",
    "FieldProblem",
    "RoutineBundle",
    "RoutineFileError",
    "load_json",
    "parse_routine_bundle",
    "parse_routine_document",
    "read_routine_bundle",
    "read_routine_file",
    "routine_document",
    "routine_file_text",
    "used_pictures",
    "write_routine_file",
]
