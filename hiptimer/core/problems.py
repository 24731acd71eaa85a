"""A routine's problems in plain words: which exercise, which field, what is allowed.

Validation names each problem by its machine path in the file ("exercises[1].dose.reps",
counted from zero) and says in words what is allowed and what was found ("use 1 to 200
(was 0)"). A person reads it as one sentence about the exercise by its name and its
number counted from one, and the field in words:
"Clamshells (exercise 2), reps: use 1 to 200 (was 0)". The machine path stays available
for tools (`hiptimer routines validate --json`); it is never shown to a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate

# A routine's own fields and a routine file's, by their key.
_ROUTINE_FIELDS = {
    "name": QT_TRANSLATE_NOOP("problems", "routine name"),
    "prepare_seconds": QT_TRANSLATE_NOOP("problems", "get-ready time"),
    "rest_between_exercises": QT_TRANSLATE_NOOP("problems", "rest between exercises"),
    "exercises": QT_TRANSLATE_NOOP("problems", "exercises"),
    "format": QT_TRANSLATE_NOOP("problems", "file format"),
    "version": QT_TRANSLATE_NOOP("problems", "file version"),
    "pictures": QT_TRANSLATE_NOOP("problems", "pictures"),
    "routine": QT_TRANSLATE_NOOP("problems", "routine"),
}
# An exercise's fields, by their path inside the exercise.
_EXERCISE_FIELDS = {
    "id": QT_TRANSLATE_NOOP("problems", "id"),
    "name": QT_TRANSLATE_NOOP("problems", "name"),
    "mode": QT_TRANSLATE_NOOP("problems", "kind (reps or hold)"),
    "sides": QT_TRANSLATE_NOOP("problems", "sides"),
    "side_meaning": QT_TRANSLATE_NOOP("problems", "what left and right mean"),
    "figure": QT_TRANSLATE_NOOP("problems", "figure"),
    "picture": QT_TRANSLATE_NOOP("problems", "picture"),
    "dose": QT_TRANSLATE_NOOP("problems", "dose"),
    "dose.sets": QT_TRANSLATE_NOOP("problems", "sets"),
    "dose.reps": QT_TRANSLATE_NOOP("problems", "reps"),
    "dose.hold_seconds": QT_TRANSLATE_NOOP("problems", "hold time"),
    "dose.tempo": QT_TRANSLATE_NOOP("problems", "tempo"),
    "dose.tempo.up": QT_TRANSLATE_NOOP("problems", "tempo, lifting"),
    "dose.tempo.pause": QT_TRANSLATE_NOOP("problems", "tempo, pause at the top"),
    "dose.tempo.down": QT_TRANSLATE_NOOP("problems", "tempo, lowering"),
    "rests": QT_TRANSLATE_NOOP("problems", "rests"),
    "rests.between_sides": QT_TRANSLATE_NOOP("problems", "rest between sides"),
    "rests.between_sets": QT_TRANSLATE_NOOP("problems", "rest between sets"),
    "equipment": QT_TRANSLATE_NOOP("problems", "equipment"),
    "cues": QT_TRANSLATE_NOOP("problems", "cues"),
    "top_reps": QT_TRANSLATE_NOOP("problems", "highest reps"),
    "top_level": QT_TRANSLATE_NOOP("problems", "highest level"),
}
_EXERCISE = re.compile(r"^exercises\[(\d+)\]\.?")
_ITEM = re.compile(r"^(equipment|cues)\[(\d+)\]$")
_PICTURE = re.compile(r"^pictures\[(.*)\]$", re.DOTALL)
# The keys of a path: "dose.tempo.x" -> dose, tempo, x; "foo[2]" -> foo.
_PARTS = re.compile(r"[^.\[\]]+")
# Longer names are cut: a message must stay one readable line.
_NAME_LIMIT = 40


def short_name(name: str) -> str:
    return name if len(name) <= _NAME_LIMIT else name[: _NAME_LIMIT - 1].rstrip() + "…"


def field_words(subpath: str) -> str:
    """An exercise's field in words: 'dose.reps' -> 'reps', 'cues[2]' -> 'cue 3'."""
    if subpath in _EXERCISE_FIELDS:
        return translate("problems", _EXERCISE_FIELDS[subpath])
    item = _ITEM.match(subpath)
    if item is not None:
        number = int(item.group(2)) + 1
        if item.group(1) == "cues":
            return translate("problems", "cue {number}").format(number=number)
        return translate("problems", "equipment item {number}").format(number=number)
    # A field HipTimer does not know, perhaps inside one it knows ("dose.speed"): the
    # known part in words, then the unknown key alone.
    parts = _PARTS.findall(subpath)
    for cut in range(len(parts) - 1, 0, -1):
        known = ".".join(parts[:cut])
        if known in _EXERCISE_FIELDS:
            return translate("problems", "{field}, {unknown}").format(
                field=translate("problems", _EXERCISE_FIELDS[known]),
                unknown=_unknown_field(parts[cut]),
            )
    return _unknown_field(parts[0] if parts else subpath)


def _routine_field_words(path: str) -> str:
    if path in _ROUTINE_FIELDS:
        return translate("problems", _ROUTINE_FIELDS[path])
    picture = _PICTURE.match(path)
    if picture is not None:
        return translate("problems", "picture {name}").format(name=picture.group(1))
    parts = _PARTS.findall(path)
    return _unknown_field(parts[0] if parts else path)


def _unknown_field(path: str) -> str:
    shown = path if len(path) <= _NAME_LIMIT else path[: _NAME_LIMIT - 3] + "..."
    return translate("problems", "field {name}").format(name=repr(shown))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def plain_problem(path: str, message: str, names: Sequence[str | None] = ()) -> str:
    """One problem as a person reads it.

    path is the machine path ("" for the file as a whole, "exercises[1].dose.reps" in a
    routine, "exercise.dose.reps" for an exercise on its own); names are the exercises'
    names by their place in the file (None where a name is unusable), or the one
    exercise's name.
    """
    if not path:
        return message
    where = _where(path, names)
    return translate("problems", "{where}: {problem}").format(where=where, problem=message)


def _where(path: str, names: Sequence[str | None]) -> str:
    found = _EXERCISE.match(path)
    if found is not None:
        index = int(found.group(1))
        name = names[index] if index < len(names) else None
        if name:
            who = translate("problems", "{name} (exercise {number})").format(
                name=short_name(name), number=index + 1
            )
        else:
            who = translate("problems", "Exercise {number}").format(number=index + 1)
        return _with_field(who, path[found.end() :])
    if path == "exercise" or path.startswith("exercise."):
        name = names[0] if names else None
        rest = path[len("exercise") + 1 :]
        if name:
            return _with_field(short_name(name), rest)
        return _capital(field_words(rest)) if rest else translate("problems", "The exercise")
    return _capital(_routine_field_words(path))


def _with_field(who: str, subpath: str) -> str:
    if not subpath:
        return who
    return translate("problems", "{who}, {field}").format(who=who, field=field_words(subpath))


def field_message(subpath: str, key: str, message: str) -> str:
    """A problem for the label under its field in a form: the message alone, or with the
    field's words when the form shows several fields in one (the tempo's three phases)."""
    if subpath == key:
        return message
    return translate("problems", "{field}: {problem}").format(
        field=_capital(field_words(subpath)), problem=message
    )
