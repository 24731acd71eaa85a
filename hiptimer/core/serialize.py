"""Routines to and from plain JSON-ready dicts, strictly.

Reading collects every problem with the field's path before giving up, and never trusts
a type: a routine file may come from anyone.
"""

from __future__ import annotations

import re
from typing import Any

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.routine import (
    MAX_CUES,
    MAX_EXERCISES,
    Dose,
    Exercise,
    FieldProblem,
    Mode,
    Rests,
    Routine,
    RoutineError,
    Sides,
    Tempo,
    exercise_problems,
    routine_problems,
    shown,
)


def tempo_to_dict(tempo: Tempo | None) -> dict[str, float] | None:
    if tempo is None:
        return None
    return {"up": tempo.up, "pause": tempo.pause, "down": tempo.down}


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    data = {
        "id": exercise.id,
        "name": exercise.name,
        "mode": exercise.mode.value,
        "sides": exercise.sides.value,
        "dose": {
            "sets": exercise.dose.sets,
            "reps": exercise.dose.reps,
            "hold_seconds": exercise.dose.hold_seconds,
            "tempo": tempo_to_dict(exercise.dose.tempo),
        },
        "rests": {
            "between_sides": exercise.rests.between_sides,
            "between_sets": exercise.rests.between_sets,
        },
        "equipment": list(exercise.equipment),
        "cues": list(exercise.cues),
        "figure": exercise.figure,
        "picture": exercise.picture,
    }
    # Written only when set, so a routine without it still opens in an older HipTimer.
    if exercise.side_meaning is not None:
        data["side_meaning"] = exercise.side_meaning
    return data


def routine_to_dict(routine: Routine) -> dict[str, Any]:
    return {
        "name": routine.name,
        "prepare_seconds": routine.prepare_seconds,
        "rest_between_exercises": routine.rest_between_exercises,
        "exercises": [exercise_to_dict(e) for e in routine.exercises],
    }


class _Reader:
    """Pulls typed fields out of untrusted dicts, noting problems instead of raising."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(FieldProblem(path, message))

    def obj(self, value: object, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(
                path,
                translate("Routine", "expected an object, got {found}").format(
                    found=json_type(value)
                ),
            )
            return {}
        return value

    def unknown(self, data: dict[str, Any], path: str, known: set[str]) -> None:
        for key in sorted(set(data) - known):
            self.fail(f"{path}.{key}" if path else key, translate("Routine", "unknown field"))

    def get(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        kind: type | tuple[type, ...],
        *,
        required: bool = True,
        default: Any = None,
    ) -> Any:
        where = f"{path}.{key}" if path else key
        if key not in data or data[key] is None:
            if required:
                self.fail(where, translate("Routine", "missing"))
            return default
        value = data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            self.fail(
                where,
                translate("Routine", "expected {kind}, got a true/false value").format(
                    kind=_kind_name(kinds)
                ),
            )
            return default
        if not isinstance(value, kinds):
            self.fail(
                where,
                translate("Routine", "expected {kind}, got {found}").format(
                    kind=_kind_name(kinds), found=json_type(value)
                ),
            )
            return default
        return value

    def enum(self, data: dict[str, Any], key: str, path: str, enum: Any, default: Any) -> Any:
        raw = self.get(data, key, path, str, required=default is None, default=None)
        if raw is None:
            return default
        try:
            return enum(raw)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in enum)
            self.fail(
                f"{path}.{key}",
                translate("Routine", "expected one of {allowed}, got {found}").format(
                    allowed=allowed, found=shown(raw)
                ),
            )
            return default

    def texts(self, data: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        raw = self.get(data, key, path, list, required=False, default=[])
        if len(raw) > MAX_CUES:
            self.fail(
                f"{path}.{key}",
                translate("Routine", "expected at most {MAX_CUES} items, got {count}").format(
                    MAX_CUES=MAX_CUES, count=len(raw)
                ),
            )
            return ()
        out = []
        for i, item in enumerate(raw):
            if isinstance(item, str):
                out.append(item)
            else:
                self.fail(f"{path}.{key}[{i}]", translate("Routine", "expected a text"))
        return tuple(out)


def json_type(value: object) -> str:
    """How a person reading the JSON would call the value's type."""
    if isinstance(value, bool):
        return translate("Routine", "true/false")
    if isinstance(value, float):
        return translate("Routine", "a decimal number")
    if isinstance(value, int):
        return translate("Routine", "a whole number")
    names = {
        dict: QT_TRANSLATE_NOOP("Routine", "an object"),
        list: QT_TRANSLATE_NOOP("Routine", "a list"),
        str: QT_TRANSLATE_NOOP("Routine", "a text"),
        type(None): "null",
    }
    name = names.get(type(value))
    return type(value).__name__ if name is None else translate("Routine", name)


def _kind_name(kinds: tuple[type, ...]) -> str:
    names = {
        int: QT_TRANSLATE_NOOP("Routine", "a whole number"),
        float: QT_TRANSLATE_NOOP("Routine", "a number"),
        str: QT_TRANSLATE_NOOP("Routine", "a text"),
        list: QT_TRANSLATE_NOOP("Routine", "a list"),
        dict: QT_TRANSLATE_NOOP("Routine", "an object"),
    }
    if set(kinds) == {int, float}:
        return translate("Routine", "a number")
    return translate("Routine", " or ").join(
        translate("Routine", names[k]) if k in names else k.__name__ for k in kinds
    )


NUMBER = (int, float)


def _exercise_from_dict(r: _Reader, raw: object, path: str) -> Exercise | None:
    data = r.obj(raw, path)
    if not data:
        if isinstance(raw, dict):
            r.fail(path, translate("Routine", "expected an exercise, got an empty object"))
        return None
    r.unknown(
        data,
        path,
        {
            "id",
            "name",
            "mode",
            "sides",
            "side_meaning",
            "dose",
            "rests",
            "equipment",
            "cues",
            "figure",
            "picture",
        },
    )
    dose_data = r.obj(data.get("dose", {}), f"{path}.dose")
    r.unknown(dose_data, f"{path}.dose", {"sets", "reps", "hold_seconds", "tempo"})
    tempo = None
    tempo_raw = dose_data.get("tempo")
    if tempo_raw is not None:
        tempo_data = r.obj(tempo_raw, f"{path}.dose.tempo")
        r.unknown(tempo_data, f"{path}.dose.tempo", {"up", "pause", "down"})
        tempo = Tempo(
            up=r.get(tempo_data, "up", f"{path}.dose.tempo", NUMBER, default=0.0),
            pause=r.get(tempo_data, "pause", f"{path}.dose.tempo", NUMBER, default=0.0),
            down=r.get(tempo_data, "down", f"{path}.dose.tempo", NUMBER, default=0.0),
        )
    mode = r.enum(data, "mode", path, Mode, None)
    dose = Dose(
        sets=r.get(dose_data, "sets", f"{path}.dose", int, default=1),
        reps=r.get(dose_data, "reps", f"{path}.dose", int, required=mode is Mode.REPS),
        hold_seconds=r.get(
            dose_data, "hold_seconds", f"{path}.dose", NUMBER, required=mode is Mode.HOLD
        ),
        tempo=tempo,
    )
    rests_data = r.obj(data.get("rests", {}), f"{path}.rests")
    r.unknown(rests_data, f"{path}.rests", {"between_sides", "between_sets"})
    defaults = Rests()
    rests = Rests(
        between_sides=r.get(
            rests_data,
            "between_sides",
            f"{path}.rests",
            NUMBER,
            required=False,
            default=defaults.between_sides,
        ),
        between_sets=r.get(
            rests_data,
            "between_sets",
            f"{path}.rests",
            NUMBER,
            required=False,
            default=defaults.between_sets,
        ),
    )
    figure = r.get(data, "figure", path, str, required=False)
    picture = r.get(data, "picture", path, str, required=False)
    side_meaning = r.get(data, "side_meaning", path, str, required=False)
    if mode is None:
        return None
    return Exercise(
        id=r.get(data, "id", path, str, default=""),
        name=r.get(data, "name", path, str, default=""),
        mode=mode,
        sides=r.enum(data, "sides", path, Sides, Sides.LEFT_FIRST),
        dose=dose,
        rests=rests,
        equipment=r.texts(data, "equipment", path),
        cues=r.texts(data, "cues", path),
        figure=figure,
        picture=picture,
        side_meaning=side_meaning,
    )


def _renumber(path: str, where: list[int]) -> str:
    match = _EXERCISE_PATH.match(path)
    if not match:
        return path
    return f"exercises[{where[int(match.group(1))]}]{path[match.end() :]}"


_EXERCISE_PATH = re.compile(r"^exercises\[(\d+)\]")


def exercise_from_dict(raw: object, path: str = "exercise") -> Exercise:
    """One exercise on its own (a profile's library entry), as strictly as in a routine."""
    r = _Reader()
    exercise = _exercise_from_dict(r, raw, path)
    if r.problems or exercise is None:
        raise RoutineError(
            r.problems or [FieldProblem(path, translate("Routine", "expected an exercise"))]
        )
    problems = exercise_problems(exercise, path)
    if problems:
        raise RoutineError(problems)
    return exercise


def routine_from_dict(raw: object, *, extra_fields: frozenset[str] = frozenset()) -> Routine:
    """Build and validate a routine; RoutineError lists every problem with its path.

    `extra_fields` are top-level keys a caller (the routine file reader) handles itself.
    """
    r = _Reader()
    data = r.obj(raw, "routine")
    if not data:
        raise RoutineError(
            r.problems or [FieldProblem("routine", translate("Routine", "is empty"))]
        )
    r.unknown(
        data, "", {"name", "prepare_seconds", "rest_between_exercises", "exercises"} | extra_fields
    )
    exercises_raw = r.get(data, "exercises", "", list, default=[])
    exercises = []
    where: list[int] = []  # the file's index of each exercise that could be built
    # One past the limit is enough to report "too many" without reading thousands.
    for i, item in enumerate(exercises_raw[: MAX_EXERCISES + 1]):
        exercise = _exercise_from_dict(r, item, f"exercises[{i}]")
        if exercise is not None:
            exercises.append(exercise)
            where.append(i)
    routine = Routine(
        name=r.get(data, "name", "", str, default=""),
        exercises=tuple(exercises),
        prepare_seconds=r.get(data, "prepare_seconds", "", NUMBER, required=False, default=10.0),
        rest_between_exercises=r.get(
            data, "rest_between_exercises", "", NUMBER, required=False, default=30.0
        ),
    )
    # Report the model's problems too, under the file's own numbering, except for fields
    # the reader already found wrong (their stand-in values would only repeat it).
    reported = {p.path for p in r.problems}
    for problem in routine_problems(routine):
        path = _renumber(problem.path, where)
        if path in reported or (path == "exercises" and exercises_raw and not exercises):
            continue
        r.problems.append(FieldProblem(path, problem.message))
    if r.problems:
        raise RoutineError(r.problems)
    return routine
