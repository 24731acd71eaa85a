"""The routine model: what a person is asked to do, independent of time and screens.

Everything here is a frozen dataclass so a routine can be shared between the engine,
the window and the store without anyone changing it underneath the others.
`validate_routine` is the one gate: it collects every problem with the path of the
field and what was expected, so a trainer fixing a routine file sees all of them at once.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import StrEnum

from hiptimer.core.errors import UserError
from hiptimer.core.i18n import translate


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


@dataclass(frozen=True)
class Routine:
    """Exercises in order, with the get-ready time and the rest between exercises."""

    name: str
    exercises: tuple[Exercise, ...]
    prepare_seconds: float = 10.0
    rest_between_exercises: float = 30.0

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
    """What is wrong with one field of a routine, named by its path in the file."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class RoutineError(UserError, ValueError):
    """A routine that cannot be followed, with every problem found."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        count = len(problems)
        text = translate("Routine", "The routine has %n problem(s):", None, count)
        super().__init__(f"{text}\n{lines}")


def _check_seconds(
    problems: list[FieldProblem], path: str, value: object, *, low: float, high: float
) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        problems.append(
            FieldProblem(
                path,
                translate("Routine", "expected a number of seconds, got {found}").format(
                    found=shown(value)
                ),
            )
        )
    elif not low <= value <= high:
        problems.append(
            FieldProblem(
                path,
                translate(
                    "Routine", "expected between {low:g} and {high:g} seconds, got {value:g}"
                ).format(low=low, high=high, value=value),
            )
        )


def _check_count(
    problems: list[FieldProblem], path: str, value: object, *, low: int, high: int
) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(
            FieldProblem(
                path,
                translate("Routine", "expected a whole number, got {found}").format(
                    found=shown(value)
                ),
            )
        )
    elif not low <= value <= high:
        problems.append(
            FieldProblem(
                path,
                translate("Routine", "expected between {low} and {high}, got {found}").format(
                    low=low, high=high, found=shown(value, 20)
                ),
            )
        )


def _check_text(
    problems: list[FieldProblem], path: str, value: object, *, lines: bool = False
) -> None:
    if not isinstance(value, str) or not value.strip():
        problems.append(FieldProblem(path, translate("Routine", "expected a non-empty text")))
    elif len(value) > MAX_TEXT:
        problems.append(
            FieldProblem(
                path,
                translate("Routine", "expected at most {MAX_TEXT} characters").format(
                    MAX_TEXT=MAX_TEXT
                ),
            )
        )
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
    import unicodedata

    visible = False
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            return f"contains a broken character (U+{ord(char):04X}, a lone surrogate)"
        if category == "Cc" and not (lines and char in "\t\n"):
            where = "a text" if lines else "a name"
            return f"contains a control character (U+{ord(char):04X}), which {where} cannot hold"
        if not visible and category not in _INVISIBLE_CATEGORIES and char not in _BLANK:
            visible = True
    if not visible:
        return "has no visible character (only spaces, zero-width or direction marks)"
    return None


def exercise_problems(exercise: Exercise, path: str = "exercise") -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not isinstance(exercise.id, str) or not ID_PATTERN.match(exercise.id):
        problems.append(
            FieldProblem(
                f"{path}.id",
                translate(
                    "Routine",
                    "expected lower-case letters, digits, '-' or '_' (up to 64), got {found}",
                ).format(found=shown(exercise.id)),
            )
        )
    _check_text(problems, f"{path}.name", exercise.name)
    if exercise.figure is not None and (
        not isinstance(exercise.figure, str) or not ID_PATTERN.match(exercise.figure)
    ):
        problems.append(
            FieldProblem(
                f"{path}.figure",
                translate("Routine", "expected a figure id, got {found}").format(
                    found=shown(exercise.figure)
                ),
            )
        )
    if exercise.picture is not None:
        if not isinstance(exercise.picture, str) or not PICTURE_PATTERN.match(exercise.picture):
            problems.append(
                FieldProblem(
                    f"{path}.picture",
                    translate(
                        "Routine",
                        "expected a picture file name such as 'abc123.png' or "
                        "'abc123.jpg', got {found}",
                    ).format(found=shown(exercise.picture)),
                )
            )
        elif exercise.figure is not None:
            problems.append(
                FieldProblem(
                    f"{path}.picture",
                    translate("Routine", "choose either a drawn figure or a picture"),
                )
            )
    if not isinstance(exercise.mode, Mode):
        problems.append(
            FieldProblem(f"{path}.mode", translate("Routine", "expected 'reps' or 'hold'"))
        )
    if not isinstance(exercise.sides, Sides):
        allowed = ", ".join(repr(s.value) for s in Sides)
        problems.append(
            FieldProblem(
                f"{path}.sides",
                translate("Routine", "expected one of {allowed}").format(allowed=allowed),
            )
        )
    dose = exercise.dose
    _check_count(problems, f"{path}.dose.sets", dose.sets, low=1, high=MAX_SETS)
    if exercise.mode is Mode.REPS:
        _check_count(problems, f"{path}.dose.reps", dose.reps, low=1, high=MAX_REPS)
        if dose.hold_seconds is not None:
            problems.append(
                FieldProblem(
                    f"{path}.dose.hold_seconds",
                    translate("Routine", "only a hold exercise has hold seconds"),
                )
            )
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
                problems.append(
                    FieldProblem(
                        f"{path}.dose.tempo",
                        translate("Routine", "expected at least 0.5 seconds per repetition in all"),
                    )
                )
    elif exercise.mode is Mode.HOLD:
        _check_seconds(
            problems, f"{path}.dose.hold_seconds", dose.hold_seconds, low=1, high=MAX_SECONDS
        )
        if dose.reps is not None:
            problems.append(
                FieldProblem(
                    f"{path}.dose.reps", translate("Routine", "a hold exercise has no reps")
                )
            )
        if dose.tempo is not None:
            problems.append(
                FieldProblem(
                    f"{path}.dose.tempo", translate("Routine", "a hold exercise has no tempo")
                )
            )
    _check_seconds(
        problems, f"{path}.rests.between_sides", exercise.rests.between_sides, low=0, high=600
    )
    _check_seconds(
        problems, f"{path}.rests.between_sets", exercise.rests.between_sets, low=0, high=600
    )
    if len(exercise.equipment) > MAX_CUES:
        problems.append(
            FieldProblem(
                f"{path}.equipment",
                translate("Routine", "expected at most {MAX_CUES} items").format(MAX_CUES=MAX_CUES),
            )
        )
    for i, item in enumerate(exercise.equipment):
        _check_text(problems, f"{path}.equipment[{i}]", item)
    if len(exercise.cues) > MAX_CUES:
        problems.append(
            FieldProblem(
                f"{path}.cues",
                translate("Routine", "expected at most {MAX_CUES} lines").format(MAX_CUES=MAX_CUES),
            )
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
        problems.append(
            FieldProblem(
                path,
                translate(
                    "Routine",
                    "only {{side}}, {{Side}}, {{other}} and {{Other}} may stand "
                    "in braces, got {found}",
                ).format(found=shown(value)),
            )
        )


def routine_problems(routine: Routine) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    _check_text(problems, "name", routine.name)
    _check_seconds(problems, "prepare_seconds", routine.prepare_seconds, low=0, high=120)
    _check_seconds(
        problems, "rest_between_exercises", routine.rest_between_exercises, low=0, high=900
    )
    if not routine.exercises:
        problems.append(
            FieldProblem("exercises", translate("Routine", "expected at least one exercise"))
        )
    elif len(routine.exercises) > MAX_EXERCISES:
        problems.append(
            FieldProblem(
                "exercises",
                translate("Routine", "expected at most {MAX_EXERCISES} exercises").format(
                    MAX_EXERCISES=MAX_EXERCISES
                ),
            )
        )
    seen: set[str] = set()
    for i, exercise in enumerate(routine.exercises):
        problems.extend(exercise_problems(exercise, f"exercises[{i}]"))
        if exercise.id in seen:
            problems.append(
                FieldProblem(
                    f"exercises[{i}].id",
                    translate("Routine", "{found} is used twice in the routine").format(
                        found=shown(exercise.id)
                    ),
                )
            )
        seen.add(exercise.id)
    return problems


def validate_routine(routine: Routine) -> Routine:
    """Return the routine unchanged, or raise RoutineError naming every bad field."""
    problems = routine_problems(routine)
    if problems:
        raise RoutineError(problems)
    return routine
