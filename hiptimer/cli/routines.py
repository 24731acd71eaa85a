"""`hiptimer routines`: list, export, check, import and print a profile's routines."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from hiptimer.cli.common import EXIT_BAD_INPUT
from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Routine
from hiptimer.core.text import for_terminal
from hiptimer.core.timeline import compile_routine
from hiptimer.core.wording import clock_text, dose_text
from hiptimer.profiles.folders import DEFAULT_PROFILE

if TYPE_CHECKING:
    from hiptimer.exchange.routine_file import RoutineBundle
    from hiptimer.profiles.saved import LibraryStore

_T = TypeVar("_T")


def _store(args: argparse.Namespace) -> LibraryStore:
    from hiptimer.profiles.folders import existing_profile_dir
    from hiptimer.profiles.saved import LibraryStore

    return LibraryStore(existing_profile_dir(args.profile or DEFAULT_PROFILE))


def _profile_name(args: argparse.Namespace) -> str:
    return str(args.profile or DEFAULT_PROFILE)


def _find_routine(store: LibraryStore, name: str) -> Routine:
    """A routine of the profile by name, or the built-in one by its name."""
    if store.find_routine(name) is None and name.strip().casefold() in (
        DEFAULT_ROUTINE.name.casefold(),
        "built-in",
    ):
        return DEFAULT_ROUTINE
    return store.load_routine(name)


def _summary_line(name: str, routine: Routine) -> str:
    count = len(routine.exercises)
    total = clock_text(compile_routine(routine).total_seconds)
    return f"  {for_terminal(name):<40} {count:>2} exercise{'s' if count != 1 else ' '}  {total:>6}"


def _cmd_routines_list(args: argparse.Namespace) -> int:
    store = _store(args)
    print(translate("Cli", "Routines in profile {profile!r}:").format(profile=_profile_name(args)))
    print(_summary_line(f"{DEFAULT_ROUTINE.name} (built-in)", DEFAULT_ROUTINE))
    for item in store.routines():
        if item.routine is None:
            problem = for_terminal(item.problem or "")
            print(
                translate("Cli", "  {file:<40} cannot be read: {problem}").format(
                    file=for_terminal(item.path.name), problem=problem
                )
            )
        else:
            print(_summary_line(item.routine.name, item.routine))
    return 0


def _cmd_routines_export(args: argparse.Namespace) -> int:
    from hiptimer.core.errors import UserError

    schedule = None
    if args.ics is not None:
        from hiptimer.core.schedule import parse_schedule

        if args.days is None or args.time is None:
            raise UserError(
                translate(
                    "Cli", "--ics needs --days and --time, e.g. --days mon,wed,fri --time 07:00"
                )
            )
        schedule = parse_schedule(args.days, args.time)
    elif args.days is not None or args.time is not None:
        raise UserError(
            translate("Cli", "--days and --time go with --ics FILE (a calendar series)")
        )
    store = _store(args)
    routine = _find_routine(store, args.name)
    name = for_terminal(repr(routine.name))
    if schedule is not None:
        from hiptimer.exchange.calendar_file import write_calendar

        out = Path(args.ics)
        _writing(out, lambda: write_calendar(routine, schedule, out))
        print(
            translate("Cli", "Wrote {name} as a weekly calendar series to {out}").format(
                name=name, out=for_terminal(str(out))
            )
        )
    elif args.fit is not None:
        from hiptimer.exchange.fit_workout import write_fit_workout

        out = Path(args.fit)
        steps = _writing(out, lambda: write_fit_workout(routine, out))
        print(
            translate("Cli", "Wrote {name} as a FIT workout ({steps} steps) to {out}").format(
                name=name, steps=steps, out=for_terminal(str(out))
            )
        )
    else:
        out = Path(args.out)
        store.export_routine(routine, out)
        print(
            translate("Cli", "Exported {name} to {out}").format(
                name=name, out=for_terminal(str(out))
            )
        )
    return 0


def _writing(out: Path, write: Callable[[], _T]) -> _T:
    from hiptimer.core.errors import UserError

    try:
        return write()
    except OSError as error:
        raise UserError(
            translate("Cli", "cannot write {file}: {reason}").format(
                file=for_terminal(str(out)), reason=error.strerror or error
            )
        ) from error


def describe_bundle(bundle: RoutineBundle) -> list[str]:
    routine = bundle.routine
    total = clock_text(compile_routine(routine).total_seconds)
    pictures = len(bundle.pictures)
    lines = [
        f"Routine: {for_terminal(routine.name)} (file version {bundle.version})",
        f"{len(routine.exercises)} exercises, {pictures} picture{'s' if pictures != 1 else ''}, "
        f"about {total}",
    ]
    lines += [f"  - {for_terminal(e.name)}: {dose_text(e)}" for e in routine.exercises]
    return lines


def _cmd_routines_validate(args: argparse.Namespace) -> int:
    from hiptimer.exchange.routine_file import read_routine_bundle

    if args.json:
        return _validate_json(args.file)
    bundle = read_routine_bundle(Path(args.file))
    print(translate("Cli", "OK: {file}").format(file=for_terminal(args.file)))
    print("\n".join(describe_bundle(bundle)))
    return 0


def _validate_json(file: str) -> int:
    """The check as one JSON object on stdout, for tools (see the README):
    {"file", "valid", "errors": [{"path", "message"}]} and, when valid, "routine".

    path is the machine path in the file, counted from zero ("exercises[1].dose.reps",
    "" for the file as a whole); message is the same plain sentence a person is shown.
    """
    import json

    from hiptimer.exchange.routine_file import RoutineFileError, read_routine_bundle

    document: dict[str, object] = {"file": file}
    try:
        bundle = read_routine_bundle(Path(file))
    except RoutineFileError as error:
        errors = [
            {"path": problem.path, "message": line}
            for problem, line in zip(error.problems, error.lines(), strict=True)
        ]
        document.update(valid=False, errors=errors)
        status = EXIT_BAD_INPUT
    else:
        routine = bundle.routine
        document.update(
            valid=True,
            errors=[],
            routine={
                "name": routine.name,
                "version": bundle.version,
                "exercises": len(routine.exercises),
                "pictures": len(bundle.pictures),
                "seconds": round(compile_routine(routine).total_seconds, 1),
            },
        )
        status = 0
    # ASCII: a name cannot steer the terminal; a JSON reader gets it back intact.
    print(json.dumps(document, ensure_ascii=True, indent=2))
    return status


def _cmd_routines_import(args: argparse.Namespace) -> int:
    from hiptimer.exchange.routine_file import read_routine_bundle

    store = _store(args)
    bundle = read_routine_bundle(Path(args.file))
    routine = store.import_bundle(bundle, replace=args.replace)
    renamed = "" if routine.name == bundle.routine.name else f" as {routine.name!r}"
    print(
        for_terminal(f"Imported {bundle.routine.name!r}{renamed} into profile ")
        + f"{for_terminal(repr(_profile_name(args)))} "
        f"({len(routine.exercises)} exercises)"
    )
    return 0


def _cmd_routines_handout(args: argparse.Namespace) -> int:
    from hiptimer.exchange.routine_file import read_routine_bundle

    source = Path(args.routine)
    if source.suffix.lower() == ".json" or source.is_file():
        bundle = read_routine_bundle(source)
    else:
        store = _store(args)
        bundle = store.bundle(_find_routine(store, args.routine))
    client = args.client
    if client is None and _profile_name(args) != DEFAULT_PROFILE:
        client = _profile_name(args)
    from hiptimer.ui.handout import HandoutError, write_handout

    out = Path(args.pdf)
    try:
        pages = write_handout(
            bundle.routine,
            out,
            client=client,
            paper=args.paper,
            pictures=bundle.pictures,
            trainer=args.trainer,
        )
    except HandoutError as error:
        print(translate("Cli", "hiptimer: {error}").format(error=error), file=sys.stderr)
        return EXIT_BAD_INPUT
    print(
        translate("Cli", "Wrote {out} (%n page(s), {paper})", None, pages).format(
            out=out, paper=args.paper.upper()
        )
    )
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    routines = commands.add_parser(
        "routines", help="list, export, check, import and print a profile's routines"
    )
    actions = routines.add_subparsers(dest="action", metavar="ACTION", required=True)
    # --profile works after the command too: `hiptimer routines list --profile Anna`.
    profile = argparse.ArgumentParser(add_help=False)
    profile.add_argument(
        "--profile", metavar="NAME", default=argparse.SUPPRESS, help="whose routines to use"
    )

    listing = actions.add_parser("list", parents=[profile], help="the profile's routines")
    listing.set_defaults(handler=_cmd_routines_list)

    export = actions.add_parser(
        "export",
        parents=[profile],
        help="write a routine to a file, a watch workout (FIT) or a calendar series (iCalendar)",
    )
    export.add_argument("name", metavar="NAME", help="the routine's name")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="FILE", help="the routine file to write")
    target.add_argument(
        "--fit", metavar="FILE", help="a FIT workout for a watch (needs: pip install hiptimer[fit])"
    )
    target.add_argument("--ics", metavar="FILE", help="a weekly calendar series with a reminder")
    export.add_argument(
        "--days", metavar="DAYS", help="with --ics: training days, e.g. mon,wed,fri"
    )
    export.add_argument("--time", metavar="HH:MM", help="with --ics: the time of day, e.g. 07:00")
    export.set_defaults(handler=_cmd_routines_export)

    validate = actions.add_parser(
        "validate",
        help="check a routine file (exit 0 when it is fine, 2 with every problem)",
        description="Check a routine file. Each problem names the exercise by its name and "
        "number (from 1), the field in words, what is allowed and what was found.",
    )
    validate.add_argument("file", metavar="FILE")
    validate.add_argument(
        "--json",
        action="store_true",
        help='print the result as JSON on stdout: {"file", "valid", "errors": [{"path", '
        '"message"}], "routine"}; path is the field\'s place in the file counted from zero, '
        'e.g. "exercises[1].dose.reps"',
    )
    validate.set_defaults(handler=_cmd_routines_validate)

    imports = actions.add_parser(
        "import", parents=[profile], help="check a routine file and add it to the profile"
    )
    imports.add_argument("file", metavar="FILE")
    imports.add_argument(
        "--replace",
        action="store_true",
        help="replace a routine of the same name (otherwise it is added as 'NAME (2)')",
    )
    imports.set_defaults(handler=_cmd_routines_import)

    handout = actions.add_parser(
        "handout", parents=[profile], help="print a routine as a PDF handout"
    )
    handout.add_argument(
        "routine", metavar="NAME_OR_FILE", help="a routine of the profile, or a routine file"
    )
    handout.add_argument("--pdf", metavar="OUT", required=True, help="the PDF file to write")
    handout.add_argument("--paper", choices=("a4", "letter"), default="a4")
    handout.add_argument(
        "--client", metavar="NAME", help="the name on the handout (default: the profile's)"
    )
    handout.add_argument(
        "--trainer",
        metavar="NAME",
        help="the trainer's name on the handout (default: a blank line to write on)",
    )
    handout.set_defaults(handler=_cmd_routines_handout)
