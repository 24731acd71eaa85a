"""The routine model: what a person is asked to do, independent of time and screens.

Everything here is a frozen dataclass so a routine can be shared between the engine,
the window and the store without anyone changing it underneath the others.
`validate_routine` is the one gate: it collects every problem with the path of the
field and, in words, what is allowed and what was found, so a trainer fixing a routine
file sees all of them at once (hiptimer.core.problems says which exercise and field).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import StrEnum

from hiptimer.core.errors import UserError
from hiptimer.core.i18n import translate
from hiptimer.core.problems import plain_problem
from hiptimer.core.progression import plan_for


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


class Sides(StrEnum):
    """Which sides an exercise is worked on, in order."""

    LEFT_FIRST = "left_first"
    RIGHT_FIRST = "right_first"
    LEFT_ONLY = "left"
    RIGHT_ONLY = "right"
    NONE = "none"

    @property
    def order(self) -> tuple[Side | None, ...]:
        return {
            Sides.LEFT_FIRST: (Side.LEFT, Side.RIGHT),
            Sides.RIGHT_FIRST: (Side.RIGHT, Side.LEFT),
            Sides.LEFT_ONLY: (Side.LEFT,),
            Sides.RIGHT_ONLY: (Side.RIGHT,),
            Sides.NONE: (None,),
        }[self]


class Mode(StrEnum):
    REPS = "reps"
    HOLD = "hold"


@dataclass(frozen=True)
class Tempo:
    """Seconds for each phase of one repetition: lift, pause at the top, lower."""

    up: float
    pause: float
    down: float

    @property
    def rep_seconds(self) -> float:
        return self.up + self.pause + self.down


@dataclass(frozen=True)
class Dose:
    """How much of an exercise: sets of reps (paced by a tempo, or self-paced) or holds."""

    sets: int
    reps: int | None = None
    hold_seconds: float | None = None
    # None means self-paced: the person says when the set is done.
    tempo: Tempo | None = None


@dataclass(frozen=True)
class Rests:
    """Seconds of rest within one exercise."""

    between_sides: float = 5.0
    between_sets: float = 20.0


@dataclass(frozen=True)
class Exercise:
    """One movement with its dose, sides, rests, equipment, cues and illustration."""

    id: str
    name: str
    mode: Mode
    dose: Dose
    sides: Sides = Sides.LEFT_FIRST
    rests: Rests = field(default_factory=Rests)
    equipment: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    # Which drawn figure illustrates it; None shows a plain card with the name.
    figure: str | None = None
    # Or a picture file of the profile (custom exercises): a bare, safe file name such as
    # "3f2a9c0d1e4b5a6f.png", never a path. A figure and a picture exclude each other.
    picture: str | None = None
    # What "left" and "right" mean for the body: one of SIDE_MEANINGS, or the trainer's
    # own words, which may name the side as {side}/{Side} and the other as {other}/{Other}
    # ("Lie on your {other} side, {side} knee opens"). None: the working side.
    side_meaning: str | None = None
    # A trainer's limits on progression in this routine (issue 15): the top of the rep
    # range and the highest resistance level by name ("green band"); None: the usual.
    top_reps: int | None = None
    top_level: str | None = None


@dataclass(frozen=True)
class Routine:
    """Exercises in order, with the get-ready time and the rest between exercises."""

    name: str
    exercises: tuple[Exercise, ...]
    prepare_seconds: float = 10.0
    rest_between_exercises: float = 30.0
    # Whether doses progress from the history (issue 15); a trainer may turn it off.
    progression: bool = True

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)


# Self-paced sets have no duration; plans and progress bars assume this pace.
SELF_PACED_SECONDS_PER_REP = 3.0

# Bounds that catch typos and hostile files without getting in a trainer's way.
MAX_SETS = 20
MAX_REPS = 200
MAX_SECONDS = 3600.0
MAX_PHASE_SECONDS = 60.0
MAX_EXERCISES = 60
MAX_TEXT = 200
MAX_CUES = 6
# The side meanings the editor offers by name (see hiptimer.core.body).
SIDE_MEANINGS = ("working leg", "lying side", "standing leg", "kneeling leg")
SIDE_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
SIDE_PLACEHOLDERS = frozenset({"side", "Side", "other", "Other"})
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
PICTURE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}\.(png|jpg)$")


def shown(value: object, limit: int = 40) -> str:
    """A value for a message, cut short: a hostile file may hold megabytes in one field."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field of a routine: its machine path in the file (counted
    from zero, for tools) and, in words, what is allowed and what was found."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def plain(self, names: tuple[str | None, ...] = ()) -> str:
        """The problem as a person reads it (see hiptimer.core.problems)."""
        return plain_problem(self.path, self.message, names)


def usable_name(value: object) -> str | None:
    """A name from a file that can be shown in a message, or None."""
    if isinstance(value, str) and len(value) <= MAX_TEXT and text_problem(value) is None:
        return value
    return None


def exercise_names(exercises: object) -> tuple[str | None, ...]:
    """The names of a routine's exercises by their place (raw file data or exercises)."""
    if not isinstance(exercises, list | tuple):
        return ()
    names: list[str | None] = []
    for item in exercises[: MAX_EXERCISES + 1]:
        if isinstance(item, Exercise):
            names.append(usable_name(item.name))
        else:
            names.append(usable_name(item.get("name")) if isinstance(item, dict) else None)
    return tuple(names)


class RoutineError(UserError, ValueError):
    """A routine that cannot be followed, with every problem found.

    names: the exercises' names by place, so each problem names its exercise.
    """

    def __init__(self, problems: list[FieldProblem], names: tuple[str | None, ...] = ()) -> None:
        self.problems = problems
        self.names = names
        lines = self.lines()
        if len(lines) == 1:
            text = lines[0]
        else:
            count = len(lines)  # a plain name: lupdate skips a count written as an expression
            if all(p.path == "exercise" or p.path.startswith("exercise.") for p in problems):
                heading = translate("RoutineError", "The exercise has %n problems:", None, count)
            else:
                heading = translate("RoutineError", "The routine has %n problems:", None, count)
            text = heading + "".join(f"\n  - {line}" for line in lines)
        super().__init__(text)

    def lines(self) -> list[str]:
        """Each problem in plain words, one line each."""
        return [problem.plain(self.names) for problem in self.problems]


def _check_seconds(
    problems: list[FieldProblem], path: str, value: object, *, low: float, high: float
) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        if value is None:
            message = translate("routine", "missing; use a number of seconds")
        else:
            message = translate("routine", "use a number of seconds (was {value})")
        problems.append(FieldProblem(path, message.format(value=shown(value))))
    elif not low <= value <= high:
        message = translate("routine", "use {low} to {high} seconds (was {value})")
        problems.append(
            FieldProblem(path, message.format(low=f"{low:g}", high=f"{high:g}", value=f"{value:g}"))
        )


def _check_count(
    problems: list[FieldProblem], path: str, value: object, *, low: int, high: int
) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        if value is None:
            message = translate("routine", "missing; use a whole number")
        else:
            message = translate("routine", "use a whole number (was {value})")
        problems.append(FieldProblem(path, message.format(value=shown(value))))
    elif not low <= value <= high:
        message = translate("routine", "use {low} to {high} (was {value})")
        problems.append(
            FieldProblem(path, message.format(low=low, high=high, value=shown(value, 20)))
        )


def _check_text(
    problems: list[FieldProblem], path: str, value: object, *, lines: bool = False
) -> None:
    if not isinstance(value, str) or not value.strip():
        problems.append(FieldProblem(path, translate("routine", "fill this in (it is empty)")))
    elif len(value) > MAX_TEXT:
        message = translate("routine", "use at most {limit} characters (there are {count})")
        problems.append(FieldProblem(path, message.format(limit=MAX_TEXT, count=len(value))))
    else:
        problem = text_problem(value, lines=lines)
        if problem is not None:
            problems.append(FieldProblem(path, problem))


# Characters that draw nothing although they are not spaces or format characters.
_BLANK = frozenset("\u115f\u1160\u180e\u2800\u3164\uffa0")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Cn", "Co", "Zs", "Zl", "Zp", "Mn", "Me"})


def text_problem(text: str, *, lines: bool = False) -> str | None:
    """What makes text unfit to show, or None.

    Refused: a lone surrogate (not a character at all), NUL and other control characters
    (tab and newline only where lines=True: a cue may be a small paragraph, a name may
    not), and a text with no visible character (only spaces, zero-width or direction
    marks). Direction overrides inside a text with something visible are allowed: they
    are shown inert (left out on screen, escaped on a terminal; see hiptimer.core.text).
    """
    # Plain ASCII with a letter, digit or sign in it (most texts): nothing to refuse.
    if text.isascii() and text.isprintable() and not text.isspace() and text:
        return None
    import unicodedata

    visible = False
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            message = translate(
                "routine", "remove the broken character (U+{code}, a lone surrogate)"
            )
            return message.format(code=f"{ord(char):04X}")
        if category == "Cc" and not (lines and char in "\t\n"):
            if lines:
                message = translate(
                    "routine", "remove the control character (U+{code}): a text cannot hold it"
                )
            else:
                message = translate(
                    "routine", "remove the control character (U+{code}): a name cannot hold it"
                )
            return message.format(code=f"{ord(char):04X}")
        if not visible and category not in _INVISIBLE_CATEGORIES and char not in _BLANK:
            visible = True
    if not visible:
        return translate(
            "routine",
            "write something visible (it has no visible character, only spaces, "
            "zero-width or direction marks)",
        )
    return None


def _check_limits(problems: list[FieldProblem], exercise: Exercise, path: str) -> None:
    """The trainer's progression limits: reps for a reps exercise, a level of its ladder."""
    if exercise.top_reps is not None:
        if exercise.mode is not Mode.REPS:
            problems.append(
                FieldProblem(
                    f"{path}.top_reps", translate("routine", "only a reps exercise has a rep range")
                )
            )
        else:
            _check_count(problems, f"{path}.top_reps", exercise.top_reps, low=1, high=MAX_REPS)
    if exercise.top_level is not None:
        ladder = plan_for(exercise.id).ladder
        if not isinstance(exercise.top_level, str) or ladder.index(exercise.top_level) is None:
            levels = ", ".join(repr(ladder.label(i)) for i in range(len(ladder.levels)))
            message = (
                translate("routine", "use one of {levels} (was {value})")
                if levels
                else translate("routine", "leave it out: this exercise has no levels (was {value})")
            )
            problems.append(
                FieldProblem(
                    f"{path}.top_level",
                    message.format(levels=levels, value=shown(exercise.top_level)),
                )
            )


def exercise_problems(exercise: Exercise, path: str = "exercise") -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not isinstance(exercise.id, str) or not ID_PATTERN.match(exercise.id):
        message = translate(
            "routine", "use up to 64 lower-case letters, digits, '-' or '_' (was {value})"
        )
        problems.append(FieldProblem(f"{path}.id", message.format(value=shown(exercise.id))))
    _check_text(problems, f"{path}.name", exercise.name)
    if exercise.figure is not None and (
        not isinstance(exercise.figure, str) or not ID_PATTERN.match(exercise.figure)
    ):
        message = translate("routine", "use the id of a drawn figure (was {value})")
        problems.append(
            FieldProblem(f"{path}.figure", message.format(value=shown(exercise.figure)))
        )
    if exercise.picture is not None:
        if not isinstance(exercise.picture, str) or not PICTURE_PATTERN.match(exercise.picture):
            message = translate(
                "routine",
                "use a picture file name such as 'abc123.png' or 'abc123.jpg' (was {value})",
            )
            problems.append(
                FieldProblem(f"{path}.picture", message.format(value=shown(exercise.picture)))
            )
        elif exercise.figure is not None:
            message = translate("routine", "choose either a drawn figure or a picture, not both")
            problems.append(FieldProblem(f"{path}.picture", message))
    if not isinstance(exercise.mode, Mode):
        message = translate("routine", "use 'reps' or 'hold' (was {value})")
        problems.append(FieldProblem(f"{path}.mode", message.format(value=shown(exercise.mode))))
    if not isinstance(exercise.sides, Sides):
        allowed = ", ".join(repr(s.value) for s in Sides)
        message = translate("routine", "use one of {allowed} (was {value})")
        problems.append(
            FieldProblem(
                f"{path}.sides", message.format(allowed=allowed, value=shown(exercise.sides))
            )
        )
    _check_limits(problems, exercise, path)
    dose = exercise.dose
    _check_count(problems, f"{path}.dose.sets", dose.sets, low=1, high=MAX_SETS)
    if exercise.mode is Mode.REPS:
        _check_count(problems, f"{path}.dose.reps", dose.reps, low=1, high=MAX_REPS)
        if dose.hold_seconds is not None:
            message = translate("routine", "only a hold exercise has a hold time; leave it out")
            problems.append(FieldProblem(f"{path}.dose.hold_seconds", message))
        if dose.tempo is not None:
            for phase in ("up", "pause", "down"):
                _check_seconds(
                    problems,
                    f"{path}.dose.tempo.{phase}",
                    getattr(dose.tempo, phase),
                    low=0,
                    high=MAX_PHASE_SECONDS,
                )
            if not problems and dose.tempo.rep_seconds < 0.5:
                message = translate(
                    "routine", "use at least 0.5 seconds per repetition in all (was {value})"
                )
                value = f"{dose.tempo.rep_seconds:g}"
                problems.append(FieldProblem(f"{path}.dose.tempo", message.format(value=value)))
    elif exercise.mode is Mode.HOLD:
        _check_seconds(
            problems, f"{path}.dose.hold_seconds", dose.hold_seconds, low=1, high=MAX_SECONDS
        )
        if dose.reps is not None:
            message = translate("routine", "a hold exercise has no reps; leave them out")
            problems.append(FieldProblem(f"{path}.dose.reps", message))
        if dose.tempo is not None:
            message = translate("routine", "a hold exercise has no tempo; leave it out")
            problems.append(FieldProblem(f"{path}.dose.tempo", message))
    _check_seconds(
        problems, f"{path}.rests.between_sides", exercise.rests.between_sides, low=0, high=600
    )
    _check_seconds(
        problems, f"{path}.rests.between_sets", exercise.rests.between_sets, low=0, high=600
    )
    if len(exercise.equipment) > MAX_CUES:
        message = translate(
            "routine", "use at most {limit} pieces of equipment (there are {count})"
        )
        problems.append(
            FieldProblem(
                f"{path}.equipment",
                message.format(limit=MAX_CUES, count=len(exercise.equipment)),
            )
        )
    for i, item in enumerate(exercise.equipment):
        _check_text(problems, f"{path}.equipment[{i}]", item)
    if len(exercise.cues) > MAX_CUES:
        message = translate("routine", "use at most {limit} cue lines (there are {count})")
        problems.append(
            FieldProblem(f"{path}.cues", message.format(limit=MAX_CUES, count=len(exercise.cues)))
        )
    for i, cue in enumerate(exercise.cues):
        _check_text(problems, f"{path}.cues[{i}]", cue, lines=True)
    if exercise.side_meaning is not None:
        _check_side_meaning(problems, f"{path}.side_meaning", exercise.side_meaning)
    return problems


def _check_side_meaning(problems: list[FieldProblem], path: str, value: object) -> None:
    _check_text(problems, path, value)
    if not isinstance(value, str):
        return
    names = SIDE_PLACEHOLDER.findall(value)
    unknown = sorted(set(names) - SIDE_PLACEHOLDERS)
    stray = SIDE_PLACEHOLDER.sub("", value)
    if unknown or "{" in stray or "}" in stray:
        message = translate(
            "routine",
            "only {{side}}, {{Side}}, {{other}} and {{Other}} may stand in braces (was {value})",
        )
        problems.append(FieldProblem(path, message.format(value=shown(value))))


def routine_problems(routine: Routine) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    _check_text(problems, "name", routine.name)
    _check_seconds(problems, "prepare_seconds", routine.prepare_seconds, low=0, high=120)
    _check_seconds(
        problems, "rest_between_exercises", routine.rest_between_exercises, low=0, high=900
    )
    if not routine.exercises:
        problems.append(
            FieldProblem("exercises", translate("routine", "add at least one exercise"))
        )
    elif len(routine.exercises) > MAX_EXERCISES:
        message = translate("routine", "use at most {limit} exercises (there are {count})")
        problems.append(
            FieldProblem(
                "exercises", message.format(limit=MAX_EXERCISES, count=len(routine.exercises))
            )
        )
    seen: set[str] = set()
    for i, exercise in enumerate(routine.exercises):
        problems.extend(exercise_problems(exercise, f"exercises[{i}]"))
        if exercise.id in seen:
            message = translate(
                "routine", "choose another id: {value} is already used by an exercise before it"
            )
            problems.append(
                FieldProblem(f"exercises[{i}].id", message.format(value=shown(exercise.id)))
            )
        seen.add(exercise.id)
    return problems


def validate_routine(routine: Routine) -> Routine:
    """Return the routine unchanged, or raise RoutineError naming every bad field."""
    problems = routine_problems(routine)
    if problems:
        raise RoutineError(problems, exercise_names(routine.exercises))
    return routine
