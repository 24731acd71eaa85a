"""A profile's own exercises, routines and pictures, kept as plain files.

    PROFILE/exercises/ID.json       one custom exercise each ("hiptimer-exercise", version 1 or 2)
    PROFILE/routines/NAME.json      one routine each, in the routine file format; pictures
                                    are named, not embedded
    PROFILE/pictures/HASH.png|jpg   pictures, named by their content

Plain files because a trainer can then back up, copy or mail one routine without the app,
and one damaged file costs one routine, not the library. Every write is atomic, file names
are made safe for Windows, and a file from outside is checked completely before anything
in the profile is touched.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from hiptimer.core.builtin import BUILT_IN_EXERCISES
from hiptimer.core.errors import UserError
from hiptimer.core.files import (
    NotARegularFile,
    read_regular_file,
    safe_stem,
    sync_folder,
    write_atomic,
    write_text_atomic,
)
from hiptimer.core.i18n import translate
from hiptimer.core.routine import (
    ID_PATTERN,
    MAX_TEXT,
    PICTURE_PATTERN,
    Exercise,
    Routine,
    RoutineError,
    exercise_problems,
    routine_problems,
)
from hiptimer.core.serialize import exercise_from_dict, exercise_to_dict
from hiptimer.exchange.picture_files import (
    MAX_PICTURE_BYTES,
    PictureError,
    budget_problem,
    check_picture,
    decoded_bytes,
    picture_file_name,
    picture_header,
)
from hiptimer.exchange.routine_file import (
    MAX_FILE_BYTES,
    RoutineBundle,
    RoutineFileError,
    load_json,
    parse_routine_bundle,
    read_routine_bundle,
    routine_file_text,
    used_pictures,
)

EXERCISE_FORMAT = "hiptimer-exercise"
EXERCISE_VERSION = 2  # 2 adds the exercise's side_meaning; version 1 files still open
BUILT_IN_IDS = frozenset(e.id for e in BUILT_IN_EXERCISES)


class LibraryError(UserError, ValueError):
    """Something in a profile's library cannot be done; the message says what to do."""


@dataclass(frozen=True)
class StoredRoutine:
    """One file in the routines folder; a file that cannot be read says why."""

    path: Path
    routine: Routine | None
    problem: str | None = None

    @property
    def name(self) -> str:
        return self.routine.name if self.routine else self.path.stem


@dataclass(frozen=True)
class StoredExercise:
    path: Path
    exercise: Exercise | None
    problem: str | None = None


class LibraryStore:
    """The library of the profile whose folder is given (see hiptimer.profiles.folders)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_profile(cls, name: str) -> LibraryStore:
        from hiptimer.profiles.folders import profile_dir

        return cls(profile_dir(name))

    @property
    def exercises_dir(self) -> Path:
        return self.folder / "exercises"

    @property
    def routines_dir(self) -> Path:
        return self.folder / "routines"

    @property
    def pictures_dir(self) -> Path:
        return self.folder / "pictures"

    def _ensure(self, folder: Path) -> Path:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(
                translate("Profiles", "cannot create the folder {folder}: {strerror}").format(
                    folder=folder, strerror=error.strerror
                )
            ) from error
        return folder

    # Exercises ---------------------------------------------------------------------------

    def stored_exercises(self) -> list[StoredExercise]:
        out = []
        for path in _json_files(self.exercises_dir):
            try:
                out.append(StoredExercise(path, self._read_exercise(path)))
            except LibraryError as error:
                out.append(StoredExercise(path, None, str(error)))
        return out

    def custom_exercises(self) -> list[Exercise]:
        found = [s.exercise for s in self.stored_exercises() if s.exercise is not None]
        return sorted(found, key=lambda e: e.name.casefold())

    def library(self) -> list[Exercise]:
        """The built-in exercises first, in routine order, then the profile's own."""
        return [*BUILT_IN_EXERCISES, *self.custom_exercises()]

    @staticmethod
    def is_built_in(exercise_id: str) -> bool:
        return exercise_id in BUILT_IN_IDS

    def new_exercise_id(self, name: str) -> str:
        """An id no built-in or custom exercise has, made from the name."""
        taken = BUILT_IN_IDS | {e.id for e in self.custom_exercises()}
        return unique_id(safe_stem(name, "exercise")[:56], taken)

    def _read_exercise(self, path: Path) -> Exercise:
        data = _read_json(path)
        if not isinstance(data, dict) or data.get("format") != EXERCISE_FORMAT:
            raise LibraryError(
                translate("Profiles", "{path}: not a HipTimer exercise file").format(path=path)
            )
        version = data.get("version")
        if isinstance(version, bool) or version not in range(1, EXERCISE_VERSION + 1):
            raise LibraryError(
                translate("Profiles", "{path}: version: expected 1 to {EXERCISE_VERSION}").format(
                    path=path, EXERCISE_VERSION=EXERCISE_VERSION
                )
            )
        unknown = sorted(set(data) - {"format", "version", "exercise"})
        if unknown:
            raise LibraryError(
                translate("Profiles", "{path}: {field}: unknown field").format(
                    path=path, field=unknown[0]
                )
            )
        try:
            return exercise_from_dict(data.get("exercise"), "exercise")
        except RoutineError as error:
            raise LibraryError(
                translate("Profiles", "{path}: {error}").format(path=path, error=error)
            ) from error

    def save_exercise(self, exercise: Exercise) -> Path:
        """Add or replace a custom exercise (by id). Built-in exercises cannot change."""
        if self.is_built_in(exercise.id):
            raise LibraryError(
                translate(
                    "Profiles",
                    "{name!r} is a built-in exercise and cannot be changed; "
                    "duplicate it to make your own",
                ).format(name=exercise.name)
            )
        problems = exercise_problems(exercise)
        if problems:
            raise RoutineError(problems)
        if exercise.picture and self.picture_path(exercise.picture) is None:
            raise LibraryError(
                translate("Profiles", "the picture {picture} is not in this profile").format(
                    picture=exercise.picture
                )
            )
        document = {
            "format": EXERCISE_FORMAT,
            "version": 1 if exercise.side_meaning is None else EXERCISE_VERSION,
            "exercise": exercise_to_dict(exercise),
        }
        path = self._ensure(self.exercises_dir) / f"{exercise.id}.json"
        _write(path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return path

    def delete_exercise(self, exercise_id: str) -> None:
        """Remove a custom exercise; routines keep their own copy of it."""
        if not ID_PATTERN.match(exercise_id) or self.is_built_in(exercise_id):
            raise LibraryError(
                translate("Profiles", "{exercise_id!r} is not a custom exercise").format(
                    exercise_id=exercise_id
                )
            )
        try:
            (self.exercises_dir / f"{exercise_id}.json").unlink(missing_ok=True)
        except OSError as error:
            raise LibraryError(
                translate("Profiles", "cannot delete the exercise: {strerror}").format(
                    strerror=error.strerror
                )
            ) from error

    # Pictures ----------------------------------------------------------------------------

    def add_picture(self, data: bytes) -> str:
        """Check and keep a picture; return its file name for Exercise.picture."""
        try:
            info = check_picture(data)
        except PictureError as error:
            raise LibraryError(
                translate("Profiles", "this picture cannot be used: {error}").format(error=error)
            ) from error
        name = picture_file_name(data, info)
        path = self._ensure(self.pictures_dir) / name
        if not (path.is_file() and path.read_bytes() == data):
            try:
                write_atomic(path, data)
            except OSError as error:
                raise LibraryError(
                    translate("Profiles", "cannot save the picture: {strerror}").format(
                        strerror=error.strerror
                    )
                ) from error
        return name

    def picture_path(self, name: str) -> Path | None:
        if not PICTURE_PATTERN.match(name):
            return None
        path = self.pictures_dir / name
        return path if path.is_file() else None

    def picture_bytes(self, name: str) -> bytes | None:
        path = self.picture_path(name)
        if path is None:
            return None
        try:
            data = read_regular_file(path, MAX_PICTURE_BYTES)
        except OSError:  # also not a regular file, or a read that never ends
            return None
        return data if len(data) <= MAX_PICTURE_BYTES else None

    # Routines ----------------------------------------------------------------------------

    def routines(self) -> list[StoredRoutine]:
        out = []
        for path in _json_files(self.routines_dir):
            try:
                data = _read_json(path)
                bundle = parse_routine_bundle(data, str(path), embedded=False)
                out.append(StoredRoutine(path, bundle.routine))
            except (LibraryError, RoutineFileError) as error:
                out.append(StoredRoutine(path, None, str(error)))
        return sorted(out, key=lambda s: s.name.casefold())

    def find_routine(self, name: str) -> StoredRoutine | None:
        """By routine name (ignoring case) or by file name without .json."""
        wanted = name.strip().casefold()
        stored = self.routines()
        for item in stored:
            if item.routine and item.routine.name.casefold() == wanted:
                return item
        for item in stored:
            if item.path.stem.casefold() == wanted:
                return item
        return None

    def load_routine(self, name: str) -> Routine:
        item = self.find_routine(name)
        if item is None:
            known = ", ".join(repr(s.name) for s in self.routines()) or "none yet"
            raise LibraryError(
                translate(
                    "Profiles", "there is no routine named {name!r} in this profile ({known})"
                ).format(name=name, known=known)
            )
        if item.routine is None:
            raise LibraryError(item.problem or f"{item.path}: cannot be read")
        return item.routine

    def name_is_free(self, name: str, previous_name: str | None = None) -> bool:
        item = self.find_routine(name)
        if item is None or item.routine is None:
            return True
        return previous_name is not None and item.name.casefold() == previous_name.casefold()

    def save_routine(self, routine: Routine, previous_name: str | None = None) -> Path:
        """Save a new routine, or replace the one called previous_name (perhaps renamed).

        A name another routine of the profile has is refused, not overwritten.
        """
        path, old = self._routine_place(routine, previous_name)
        for name in used_pictures(routine):
            if self.picture_path(name) is None:
                raise LibraryError(
                    translate("Profiles", "the picture {name} is not in this profile").format(
                        name=name
                    )
                )
        self._check_picture_budget(routine)
        self._ensure(self.routines_dir)
        _write(path, routine_file_text(routine))
        if old is not None and old.path != path:
            old.path.unlink(missing_ok=True)
        return path

    def _check_picture_budget(self, routine: Routine) -> None:
        """A routine's pictures together must fit the memory a routine file may ask for,
        or its export could not be opened anywhere (hiptimer.exchange.picture_files)."""
        total = 0
        for name in used_pictures(routine):
            data = self.picture_bytes(name)
            with contextlib.suppress(PictureError):
                total += decoded_bytes(picture_header(data or b""))
        problem = budget_problem(total)
        if problem is not None:
            raise LibraryError(
                translate("Profiles", "{name!r} cannot be saved: {problem}").format(
                    name=routine.name, problem=problem
                )
            )

    def _routine_place(
        self, routine: Routine, previous_name: str | None
    ) -> tuple[Path, StoredRoutine | None]:
        """Check a routine can be saved; where its file goes, and the file it replaces."""
        problems = routine_problems(routine)
        if problems:
            raise RoutineError(problems)
        if not self.name_is_free(routine.name, previous_name):
            raise LibraryError(
                translate(
                    "Profiles",
                    "a routine named {name!r} already exists in this profile; choose another name",
                ).format(name=routine.name)
            )
        old = self.find_routine(previous_name) if previous_name else None
        stem = safe_stem(routine.name, "routine")
        if old is not None and stem in (old.path.stem, _stem_base(old.path.stem)):
            return old.path, old  # same name, or one that only differs in what a name drops
        return self._free_path(self.routines_dir, stem), old

    def _free_path(self, folder: Path, stem: str) -> Path:
        taken = {p.stem.casefold() for p in _json_files(folder)}
        return folder / f"{unique_id(stem, taken)}.json"

    def delete_routine(self, name: str) -> None:
        item = self.find_routine(name)
        if item is None:
            raise LibraryError(
                translate("Profiles", "there is no routine named {name!r} in this profile").format(
                    name=name
                )
            )
        try:
            item.path.unlink()
        except OSError as error:
            raise LibraryError(
                translate("Profiles", "cannot delete {path}: {strerror}").format(
                    path=item.path, strerror=error.strerror
                )
            ) from error

    def bundle(self, routine: Routine) -> RoutineBundle:
        """The routine with the bytes of its pictures, ready to export or print."""
        pictures = {}
        for exercise in routine.exercises:
            if exercise.picture and exercise.picture not in pictures:
                data = self.picture_bytes(exercise.picture)
                if data is None:
                    raise LibraryError(
                        translate(
                            "Profiles",
                            "the picture of {name!r} ({picture}) is missing from this "
                            "profile; choose the picture again in the exercise editor",
                        ).format(name=exercise.name, picture=exercise.picture)
                    )
                pictures[exercise.picture] = data
        return RoutineBundle(routine, pictures)

    def export_routine(self, routine: Routine, out: Path) -> None:
        """Write one self-contained file, pictures embedded."""
        bundle = self.bundle(routine)
        try:
            write_text_atomic(out, routine_file_text(routine, bundle.pictures))
        except OSError as error:
            raise LibraryError(
                translate(
                    "Profiles",
                    "cannot write {out}: {reason}; check the folder and the file "
                    'name (Windows refuses \\ / : * ? " < > |)',
                ).format(out=out, reason=error.strerror or error)
            ) from error

    def import_file(self, path: Path, *, replace: bool = False) -> Routine:
        """Check the file completely, then add it; returns the routine as saved.

        A routine with the name of one already here is added under a new name
        ("Name (2)") unless replace is true.
        """
        return self.import_bundle(read_routine_bundle(path), replace=replace)

    def import_bundle(self, bundle: RoutineBundle, *, replace: bool = False) -> Routine:
        """Add a checked routine file's routine and pictures, all or nothing.

        The bundle comes from read_routine_bundle or parse_routine_bundle, which checked
        every picture completely; here only the header is read again, for the file name.

        Everything is first written into a temporary folder inside the profile, then moved
        into place; a refusal or a full disk at any point leaves the profile as it was
        (no new files, and no routines or pictures folder that was not there before).
        """
        routine = bundle.routine
        renamed: dict[str, str] = {}
        pictures: dict[str, bytes] = {}
        for name, data in bundle.pictures.items():
            try:
                stored = picture_file_name(data, picture_header(data))
            except PictureError as error:
                raise LibraryError(
                    translate("Profiles", "the picture {name} cannot be used: {error}").format(
                        name=name, error=error
                    )
                ) from error
            renamed[name] = stored
            pictures[stored] = data
        routine = dataclasses.replace(
            routine,
            exercises=tuple(
                dataclasses.replace(e, picture=renamed.get(e.picture, e.picture))
                if e.picture
                else e
                for e in routine.exercises
            ),
        )
        for name in used_pictures(routine):
            if name not in pictures and self.picture_path(name) is None:
                raise LibraryError(
                    translate("Profiles", "the picture {name} is not in the file").format(name=name)
                )
        previous = routine.name if replace and self.find_routine(routine.name) else None
        if previous is None:
            routine = dataclasses.replace(routine, name=self.free_name(routine.name))
        path, old = self._routine_place(routine, previous)
        try:
            self._move_in(routine, path, pictures)
        except OSError as error:
            raise LibraryError(
                translate(
                    "Profiles", "cannot import the routine: {reason}; nothing was changed"
                ).format(reason=error.strerror or error)
            ) from error
        if old is not None and old.path != path:
            old.path.unlink(missing_ok=True)
        return routine

    def _move_in(self, routine: Routine, path: Path, pictures: dict[str, bytes]) -> None:
        import shutil
        import tempfile

        new_pictures = {
            name: data for name, data in pictures.items() if self.picture_bytes(name) != data
        }
        made: list[Path] = []  # folders this import created
        moved: list[Path] = []  # files this import put in place
        staging = Path(tempfile.mkdtemp(prefix=".import-", dir=self._ensure(self.folder)))
        try:
            for name, data in new_pictures.items():
                write_atomic(staging / name, data)
            write_text_atomic(staging / "routine.json", routine_file_text(routine))
            folders = [self.routines_dir] + ([self.pictures_dir] if new_pictures else [])
            for folder in folders:
                if not folder.is_dir():
                    folder.mkdir(parents=True)
                    made.append(folder)
            # Each file was flushed to disk by write_atomic; moving it in is one rename.
            for name in new_pictures:
                os.replace(staging / name, self.pictures_dir / name)
                moved.append(self.pictures_dir / name)
            if new_pictures:
                sync_folder(self.pictures_dir)
            os.replace(staging / "routine.json", path)
            sync_folder(path.parent)
        except BaseException:
            for done in moved:
                done.unlink(missing_ok=True)
            for folder in made:
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def free_name(self, name: str) -> str:
        if self.name_is_free(name):
            return name
        for n in range(2, 1000):
            suffix = f" ({n})"
            candidate = name[: MAX_TEXT - len(suffix)] + suffix
            if self.name_is_free(candidate):
                return candidate
        raise LibraryError(
            translate("Profiles", "too many routines named {name!r}").format(name=name)
        )


def unique_id(base: str, taken: Iterable[str]) -> str:
    """base, or base-2, base-3, ... whichever is not taken (compared ignoring case)."""
    taken_folded = {t.casefold() for t in taken}
    if base.casefold() not in taken_folded:
        return base
    n = 2
    while f"{base}-{n}".casefold() in taken_folded:
        n += 1
    return f"{base}-{n}"


def _stem_base(stem: str) -> str:
    head, _, tail = stem.rpartition("-")
    return head if head and tail.isdigit() else stem


def _json_files(folder: Path) -> list[Path]:
    try:
        return sorted(
            p for p in folder.iterdir() if p.suffix == ".json" and not p.name.startswith(".")
        )
    except OSError:
        return []


def _read_json(path: Path) -> object:
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except (NotARegularFile, TimeoutError) as error:
        raise LibraryError(
            translate("Profiles", "{path}: cannot read the file: {error}").format(
                path=path, error=error
            )
        ) from error
    except OSError as error:
        raise LibraryError(
            translate("Profiles", "{path}: cannot read the file ({strerror})").format(
                path=path, strerror=error.strerror
            )
        ) from error
    if len(raw) > MAX_FILE_BYTES:
        raise LibraryError(translate("Profiles", "{path}: the file is too large").format(path=path))
    try:
        return load_json(raw, str(path))
    except RoutineFileError as error:
        raise LibraryError(str(error)) from error


def _write(path: Path, text: str) -> None:
    try:
        write_text_atomic(path, text)
    except OSError as error:
        raise LibraryError(
            translate("Profiles", "cannot save {name}: {reason}; nothing was changed").format(
                name=path.name, reason=error.strerror or error
            )
        ) from error


__all__ = [
    "EXERCISE_FORMAT",
    "LibraryError",
    "LibraryStore",
    "StoredExercise",
    "StoredRoutine",
    "unique_id",
]
