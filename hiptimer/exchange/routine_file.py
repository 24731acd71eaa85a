"""Routine files: one versioned JSON document a trainer hands to a client.

Reading is strict and bounded: the size is capped before parsing, every problem is
reported with the exercise and field it concerns in words (the machine path stays on
each problem for `routines validate --json`), and pictures are checked to be real images, so
nothing half-read ever reaches the app.

Versions:
  1  the routine alone.
  2  adds custom pictures: `pictures` maps a file name to its base64 bytes, and an
     exercise's `picture` names one of them.
  3  adds an exercise's `side_meaning`: what its left and right mean for the body.
  4  adds a trainer's progression controls (issue 15): the routine's `progression`
     (false turns it off) and an exercise's `top_reps` and `top_level` limits.
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
    exercise_names,
    shown,
)
from hiptimer.core.serialize import (
    json_type,
    problem_place,
    routine_from_dict,
    routine_to_dict,
)
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
VERSION = 4
PICTURES_VERSION = 2
SIDE_MEANING_VERSION = 3
PROGRESSION_VERSION = 4
# The fields a version 4 file adds (see above).
PROGRESSION_FIELDS = ("top_reps", "top_level")
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
    names: the file's exercise names by place, so that each problem names its exercise.
    """

    def __init__(
        self, source: str, problems: list[FieldProblem], names: tuple[str | None, ...] = ()
    ) -> None:
        self.source = source
        self.problems = problems
        self.names = names
        # Each part is escaped on its own (a field path may hold a key with a newline or
        # a terminal escape); only the lines put in here are real lines.
        where = for_terminal(source)
        lines = [for_terminal(line) for line in self.lines()]
        if len(lines) == 1:
            text = f"{where}: {lines[0]}"
        else:
            count = len(lines)  # a plain name: lupdate skips a count written as an expression
            heading = translate("RoutineFileError", "%n problems:", None, count)
            text = f"{where}: {heading}" + "".join(f"\n  - {line}" for line in lines)
        super().__init__(text)

    def lines(self) -> list[str]:
        """Each problem in plain words (not escaped: a label shows them as plain text)."""
        return [problem.plain(self.names) for problem in self.problems]


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
    if not routine.progression or any(
        e.top_reps is not None or e.top_level is not None for e in routine.exercises
    ):
        version = PROGRESSION_VERSION
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
        message = translate(
            "routine_file",
            "not a routine file: it should hold a JSON object in braces (it holds {value})",
        )
        raise _whole_file(source, message.format(value=json_type(data)))
    if data.get("format") != FORMAT:
        message = translate(
            "routine_file",
            "not a HipTimer routine file (its format should be {expected}, was {value})",
        )
        value = shown(data.get("format"))
        raise _whole_file(source, message.format(expected=repr(FORMAT), value=value))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        message = translate("routine_file", "use a whole number (was {value})")
        raise RoutineFileError(
            source, [FieldProblem("version", message.format(value=shown(version)))]
        )
    if version > VERSION:
        message = translate(
            "routine_file",
            "{version} is newer than this HipTimer understands (up to {known}); "
            "update HipTimer to open it",
        )
        raise RoutineFileError(
            source, [FieldProblem("version", message.format(version=version, known=VERSION))]
        )
    if version < 1:
        message = translate("routine_file", "use 1 to {known} (was {version})")
        raise RoutineFileError(
            source, [FieldProblem("version", message.format(known=VERSION, version=version))]
        )
    problems: list[FieldProblem] = []
    if version < SIDE_MEANING_VERSION:
        _check_no_side_meaning(data, problems)
    if version < PROGRESSION_VERSION:
        _check_no_progression(data, problems)
    pictures = _read_pictures(data, version, embedded, problems)
    _check_picture_references(data, version, embedded, pictures, problems)
    routine: Routine | None = None
    try:
        routine = routine_from_dict(data, extra_fields=_TOP_LEVEL)
    except RoutineError as error:
        problems = error.problems + problems
    if problems or routine is None:
        ordered = sorted(problems, key=problem_place)
        raise RoutineFileError(source, ordered, exercise_names(data.get("exercises")))
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
            message = translate(
                "routine_file",
                "remove it, or make the file version {version}: older files have no side meanings",
            )
            problems.append(
                FieldProblem(
                    f"exercises[{i}].side_meaning", message.format(version=SIDE_MEANING_VERSION)
                )
            )


def _check_no_progression(data: dict[str, Any], problems: list[FieldProblem]) -> None:
    need = translate("routine_file", "progression controls need a version {version} file").format(
        version=PROGRESSION_VERSION
    )
    if "progression" in data:
        problems.append(FieldProblem("progression", need))
    exercises = data.get("exercises")
    if not isinstance(exercises, list):
        return
    for i, exercise in enumerate(exercises[: MAX_EXERCISES + 1]):
        if isinstance(exercise, dict):
            problems.extend(
                FieldProblem(f"exercises[{i}].{key}", need)
                for key in PROGRESSION_FIELDS
                if key in exercise
            )


def _read_pictures(
    data: dict[str, Any], version: int, embedded: bool, problems: list[FieldProblem]
) -> dict[str, bytes]:
    if "pictures" not in data:
        return {}
    raw = data["pictures"]
    if version < PICTURES_VERSION:
        problems.append(FieldProblem("pictures", _pictures_need_version()))
        return {}
    if not embedded:
        message = translate(
            "routine_file",
            "remove them: a routine kept in a profile only names its pictures",
        )
        problems.append(FieldProblem("pictures", message))
        return {}
    if not isinstance(raw, dict):
        message = translate("routine_file", "use a JSON object in braces (was {value})")
        problems.append(FieldProblem("pictures", message.format(value=json_type(raw))))
        return {}
    if len(raw) > MAX_EXERCISES:
        message = translate("routine_file", "use at most {limit} pictures (there are {count})")
        problems.append(
            FieldProblem("pictures", message.format(limit=MAX_EXERCISES, count=len(raw)))
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


def _pictures_need_version() -> str:
    message = translate(
        "routine_file",
        "make the file version {version} or more: older files have no pictures",
    )
    return message.format(version=PICTURES_VERSION)


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
            translate(
                "routine_file",
                "use a file name such as 'abc123.png' or 'abc123.jpg' for each picture",
            )
        )
    if not isinstance(text, str):
        message = translate("routine_file", "use base64 text in quotes (was {value})")
        raise PictureError(message.format(value=json_type(text)))
    if len(text) > _MAX_BASE64_CHARS:
        message = translate("routine_file", "use a picture of at most {limit} KB")
        raise PictureError(message.format(limit=MAX_PICTURE_BYTES // 1024))
    try:
        blob = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        message = translate("routine_file", "use base64 text (this is not valid base64)")
        raise PictureError(message) from error
    info = picture_header(blob)
    if info.kind != match.group(1):
        message = translate("routine_file", "the name says {named} but it is a {kind}")
        raise PictureError(message.format(named=match.group(1), kind=info.kind))
    if not (0 < info.width <= MAX_PICTURE_SIDE and 0 < info.height <= MAX_PICTURE_SIDE):
        message = translate(
            "routine_file",
            "use 1 to {limit} pixels on each side (the picture is {width} x {height} pixels)",
        )
        raise PictureError(
            message.format(limit=MAX_PICTURE_SIDE, width=info.width, height=info.height)
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
            problems.append(FieldProblem(where, _pictures_need_version()))
        elif embedded and name not in pictures and PICTURE_PATTERN.match(name):
            bad = isinstance(data.get("pictures"), dict) and name in data["pictures"]
            if not bad:  # a bad embedded picture is reported once, under pictures
                message = translate(
                    "routine_file",
                    "add the picture {name} to the file's pictures, or choose another",
                )
                problems.append(FieldProblem(where, message.format(name=shown(name))))
    for name in sorted(set(pictures) - named):
        message = translate("routine_file", "no exercise shows this picture; remove it")
        problems.append(FieldProblem(f"pictures[{name!r}]", message))


def read_routine_bundle(path: Path) -> RoutineBundle:
    source = str(path)
    return parse_routine_bundle(load_json(read_bounded(path, source), source), source)


def read_bounded(path: Path, source: str) -> bytes:
    """The bytes of a routine file: a regular file of at most MAX_FILE_BYTES, read with
    a time limit (a FIFO, a device or a folder is refused without waiting on it)."""
    try:
        return read_capped(path, MAX_FILE_BYTES, "a routine file")
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
        message = translate("routine_file", "not a text file (a routine file is UTF-8 JSON)")
        raise _whole_file(source, message) from error
    # A routine holds a few thousand values; millions of them (a hostile file) would take
    # seconds to parse. Counted in the text, before parsing: three scans in C.
    items = text.count(",") + text.count("[") + text.count("{")
    if items > MAX_ITEMS:
        message = translate(
            "routine_file",
            "not a routine: it holds about {count} values, and a routine file holds at "
            "most {limit}",
        )
        raise _whole_file(source, message.format(count=items, limit=MAX_ITEMS))
    try:
        # The hook for long numbers costs a call per number: only when there is one.
        numbers = _parse_int if _LONG_NUMBER.search(text) else None
        data = json.loads(text, parse_int=numbers, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        message = translate(
            "routine_file", "not valid JSON (line {line}, column {column}: {problem})"
        )
        raise _whole_file(
            source, message.format(line=error.lineno, column=error.colno, problem=error.msg)
        ) from error
    except RecursionError as error:
        message = translate("routine_file", "not a routine: the JSON is nested too deeply")
        raise _whole_file(source, message) from error
    except _DuplicateKey as error:
        message = translate("routine_file", "not valid: the key {key} appears twice in one object")
        raise _whole_file(source, message.format(key=shown(error.key))) from error
    except ValueError as error:
        message = translate("routine_file", "not valid JSON ({problem})")
        raise _whole_file(source, message.format(problem=shown(str(error), 80))) from error
    # A lone surrogate can only come from an escape; most files have none to look for.
    found = _broken_text(data) if _SURROGATE_ESCAPE.search(text) else None
    if found is not None:
        where, in_key = found
        if in_key:
            message = translate(
                "routine_file",
                "remove the broken character (a lone surrogate, \\ud800 to \\udfff) from "
                "the name of a field in it",
            )
        else:
            message = translate(
                "routine_file", "remove the broken character (a lone surrogate, \\ud800 to \\udfff)"
            )
        names = exercise_names(data.get("exercises")) if isinstance(data, dict) else ()
        raise RoutineFileError(source, [FieldProblem(where, message)], names)
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


def _broken_text(data: object) -> tuple[str, bool] | None:
    """The path of the first text (key or value) holding a lone surrogate, or None.

    Paths are made only for objects and lists, not for every number in them: a hostile
    file may hold millions of items.
    """
    if isinstance(data, str):
        return ("", False) if _SURROGATE.search(data) else None
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
                return path, True
            if isinstance(item, str):
                if _SURROGATE.search(item):
                    return _join(path, key), False
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
