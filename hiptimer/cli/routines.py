"""`hiptimer routines`: list, export, check, import and print a profile's routines."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hiptimer.cli.common import EXIT_BAD_INPUT
from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Routine
from hiptimer.core.text import for_terminal
from hiptimer.core.timeline import compile_routine
from hiptimer.core.wording import clock_text, dose_text
from hiptimer.profiles.folders import DEFAULT_PROFILE

if TYPE_CHECKING:
    from hiptimer.exchange.routine_file import RoutineBundle
    from hiptimer.profiles.saved import LibraryStore


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
    print(f"Routines in profile {_profile_name(args)!r}:")
    print(_summary_line(f"{DEFAULT_ROUTINE.name} (built-in)", DEFAULT_ROUTINE))
    for item in store.routines():
        if item.routine is None:
            problem = for_terminal(item.problem or "")
            print(f"  {for_terminal(item.path.name):<40} cannot be read: {problem}")
        else:
            print(_summary_line(item.routine.name, item.routine))
    return 0


def _cmd_routines_export(args: argparse.Namespace) -> int:
    store = _store(args)
    routine = _find_routine(store, args.name)
    out = Path(args.out)
    store.export_routine(routine, out)
    print(f"Exported {for_terminal(repr(routine.name))} to {for_terminal(str(out))}")
    return 0


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

    bundle = read_routine_bundle(Path(args.file))
    print(f"OK: {for_terminal(args.file)}")
    print("\n".join(describe_bundle(bundle)))
    return 0


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
        print(f"hiptimer: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''}, {args.paper.upper()})")
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

    export = actions.add_parser("export", parents=[profile], help="write a routine to a file")
    export.add_argument("name", metavar="NAME", help="the routine's name")
    export.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    export.set_defaults(handler=_cmd_routines_export)

    validate = actions.add_parser(
        "validate", help="check a routine file (exit 0 when it is fine, 2 with every problem)"
    )
    validate.add_argument("file", metavar="FILE")
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
