"""Command line: `hiptimer` opens the window; sub-commands work without a screen.

Qt is imported only by the commands that need it, so `plan` and friends stay fast and
run where no display or Qt libraries exist.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hiptimer import __version__
from hiptimer.core.errors import UserError
from hiptimer.core.library import DEFAULT_ROUTINE
from hiptimer.core.routine import Routine
from hiptimer.core.text import for_terminal
from hiptimer.core.timeline import Timeline, compile_routine, timeline_to_json
from hiptimer.core.wording import clock_text, dose_text
from hiptimer.profiles import DEFAULT_PROFILE
from hiptimer.start import resume_garbage_collection

if TYPE_CHECKING:
    from datetime import date

    # The modules behind the sub-commands load when a command needs them: plain
    # `hiptimer` must reach its window fast (benchmarks/startup.py).
    from hiptimer.exchange.routine_file import RoutineBundle
    from hiptimer.library_store import LibraryStore
    from hiptimer.store import HistoryStore

# Exit status for bad input a person can fix (a broken file, a bad value).
EXIT_BAD_INPUT = 2


def load_routine(path: str | None) -> Routine:
    if path is None:
        return DEFAULT_ROUTINE
    from hiptimer.exchange.routine_file import read_routine_file

    return read_routine_file(Path(path))


def plan_table(timeline: Timeline) -> str:
    titles = [for_terminal(step.title) for step in timeline.steps]
    width = max(len(title) for title in titles)
    header = (
        f"{'#':>3}  {'at':>6}  {'step':<8} {'what':<{width}} {'set':>5} {'reps':>4} {'time':>6}"
    )
    lines = [for_terminal(timeline.routine.name), "", header, "-" * len(header)]
    at = 0.0
    for step, title in zip(timeline.steps, titles, strict=True):
        set_text = f"{step.set_no}/{step.sets}" if step.set_no and step.sets else ""
        if step.seconds is not None:
            time_text = clock_text(step.seconds)
        elif step.self_paced:
            time_text = "(own)"
        else:
            time_text = ""
        lines.append(
            f"{step.index:>3}  {clock_text(at):>6}  {step.kind.value:<8} "
            f"{title:<{width}} {set_text:>5} {step.reps or '':>4} {time_text:>6}"
        )
        at += step.planned_seconds
    lines += ["-" * len(header), f"Total: {clock_text(timeline.total_seconds)}"]
    if any(step.self_paced for step in timeline.steps):
        lines.append("(self-paced sets are counted at a typical pace)")
    return "\n".join(lines)


def _cmd_plan(args: argparse.Namespace) -> int:
    timeline = compile_routine(load_routine(args.routine_file))
    if args.json:
        print(json.dumps(timeline_to_json(timeline), indent=2))
    else:
        print(plan_table(timeline))
    return 0


def since_day(text: str) -> date:
    """The day --since names; a UserError (one line, exit 2) for anything else.

    Checked here rather than by argparse, whose errors come with the whole usage text.
    """
    from datetime import date  # only for --since: plain `hiptimer` never needs it

    from hiptimer.store.weeks import start_timestamp

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--since expects a date as YYYY-MM-DD, got {text!r}") from None
    try:
        early = start_timestamp(day) < 0
    except (OverflowError, ValueError, OSError):
        early = True
    if early:
        raise UserError(
            f"--since {text} is before 1970, where no history can start; "
            "leave --since out to export everything"
        )
    return day


def _weeks(text: str) -> int:
    from hiptimer.store.demo import MAX_WEEKS

    try:
        weeks = int(text)
    except ValueError:
        weeks = 0
    if not 1 <= weeks <= MAX_WEEKS:
        raise argparse.ArgumentTypeError(f"expected 1 to {MAX_WEEKS} weeks, got {text!r}")
    return weeks


def open_store(profile: str | None) -> HistoryStore:
    """The profile's history for a command; a damaged file is set aside and a backup used."""
    from hiptimer.store import HistoryStore, StoreRecovery

    try:
        return HistoryStore.open(profile or DEFAULT_PROFILE)
    except StoreRecovery as recovery:
        print(f"hiptimer: {recovery.message}", file=sys.stderr)
        if recovery.backup is not None:
            print(f"hiptimer: restoring the backup {recovery.backup.name}", file=sys.stderr)
            return recovery.restore_backup()
        return recovery.start_empty()


def _cmd_history_export(args: argparse.Namespace) -> int:
    from hiptimer.exchange.csv_export import export_csv
    from hiptimer.profiles import existing_profile_dir

    since = None if args.since is None else since_day(args.since)
    # A mistyped name is an error here, not a new empty profile with nothing to export.
    existing_profile_dir(args.profile or DEFAULT_PROFILE)
    with open_store(args.profile) as store:
        count = export_csv(store, args.csv, since=since)
    if args.csv != "-":
        print(f"Wrote {count} sets to {args.csv}", file=sys.stderr)
    return 0


def _cmd_history_demo(args: argparse.Namespace) -> int:
    from hiptimer.store.demo import demo_sessions
    from hiptimer.store.weeks import today

    with open_store(args.profile) as store:
        if args.remove:
            removed = store.delete_demo_sessions()
            print(f"Removed {removed} demo sessions from profile {store.profile!r}")
            return 0
        real = store.session_count(demo=False)
        if real:
            sessions = "session" if real == 1 else "sessions"
            print(
                f"hiptimer: profile {store.profile!r} already has {real} real {sessions}; demo "
                "data only goes into a profile without any. Try another profile, for example: "
                f"hiptimer history demo --weeks {args.weeks} --profile demo",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        replaced = store.session_count(demo=True)
        records = demo_sessions(args.weeks, today=today(), seed=args.seed)
        added = store.add_sessions(records, replace_demo=True)
        sets = sum(len(r.results) for r in records)
        again = f", replacing the {replaced} from before" if replaced else ""
        print(
            f"Added {added} made-up sessions ({sets} sets, {args.weeks} weeks) to profile "
            f"{store.profile!r}{again}.\nRemove them with: hiptimer history demo --remove "
            f"--profile {store.profile!r}"
        )
    return 0


def _add_history_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    history = commands.add_parser("history", help="export or fill the history of a profile")
    history_commands = history.add_subparsers(dest="history_command", metavar="COMMAND")
    history_commands.required = True
    # Also accepted after the sub-command; SUPPRESS keeps the global value when absent.
    profile = argparse.ArgumentParser(add_help=False)
    profile.add_argument(
        "--profile", metavar="NAME", default=argparse.SUPPRESS, help="whose history"
    )

    export = history_commands.add_parser(
        "export", parents=[profile], help="write the history as CSV, one row per set per side"
    )
    export.add_argument(
        "--csv", metavar="FILE", required=True, help="the CSV file to write ('-': standard output)"
    )
    export.add_argument("--since", metavar="YYYY-MM-DD", help="only sessions on or after this day")
    export.set_defaults(handler=_cmd_history_export)

    demo = history_commands.add_parser(
        "demo",
        parents=[profile],
        help="fill a profile without real sessions with made-up history, to try the charts",
    )
    action = demo.add_mutually_exclusive_group(required=True)
    action.add_argument("--weeks", metavar="N", type=_weeks, help="how many weeks to make up")
    action.add_argument("--remove", action="store_true", help="remove the demo sessions")
    demo.add_argument("--seed", type=int, default=1, help="another seed, another history")
    demo.set_defaults(handler=_cmd_history_demo)


def _store(args: argparse.Namespace) -> LibraryStore:
    from hiptimer.library_store import LibraryStore
    from hiptimer.profiles import existing_profile_dir

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


def _add_routines(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def _phase(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text}")
    return value


MAX_PICTURE_SIDE = 8192


def _picture_size(text: str) -> tuple[int, int]:
    parts = text.lower().split("x")
    try:
        width, height = (int(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT in pixels, like 800x600, got {text!r}"
        ) from None
    if not (16 <= width <= MAX_PICTURE_SIDE and 16 <= height <= MAX_PICTURE_SIDE):
        raise argparse.ArgumentTypeError(
            f"width and height must be from 16 to {MAX_PICTURE_SIDE} pixels, got {text}"
        )
    return width, height


def _png_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(
            f"the picture is written as PNG: name it *.png, not {text!r}"
        )
    return path


def _cmd_illustrate(args: argparse.Namespace) -> int:
    routine = load_routine(args.routine)
    exercise = next((e for e in routine.exercises if e.id == args.exercise_id), None)
    if exercise is None:
        known = ", ".join(e.id for e in routine.exercises)
        print(
            f"hiptimer: no exercise {args.exercise_id!r} in {routine.name!r}; "
            f"choose one of: {known}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    out: Path = args.out
    if not out.parent.is_dir():
        print(f"hiptimer: cannot write {out}: folder {out.parent} does not exist", file=sys.stderr)
        return EXIT_BAD_INPUT
    # Qt is loaded only here; without a screen it draws offscreen.
    import os

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from hiptimer.core.routine import Side
    from hiptimer.ui.illustrate import render_figure, render_still

    if QGuiApplication.instance() is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        platform = ["-platform", "offscreen"] if headless else []
        app = QGuiApplication([sys.argv[0] if sys.argv else "hiptimer", *platform])
        app.setApplicationName("hiptimer")
    side = Side(args.side) if args.side else exercise.sides.order[0]
    size = QSize(*args.size)
    if args.still:
        image = render_still(exercise.figure, exercise.name, side, size)
    else:
        image = render_figure(exercise.figure, exercise.name, side, args.phase, size)
    if not image.save(str(out)):
        print(f"hiptimer: could not write {out} (is the disk full or read-only?)", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"wrote {out} ({size.width()}x{size.height()})")
    return 0


COMMANDS = frozenset({"plan", "history", "routines", "illustrate"})


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; with_commands=False: the global options alone (see main)."""
    parser = argparse.ArgumentParser(
        prog="hiptimer",
        description="A guided hip-strengthening routine with a history. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"hiptimer {__version__}")
    parser.add_argument("--profile", metavar="NAME", help="whose routines and history to use")
    parser.add_argument("--routine", metavar="FILE", help="follow this routine file")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation works (window, session, history), then exit",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    plan = commands.add_parser("plan", help="print the timeline of a routine")
    plan.add_argument(
        "routine_file",
        nargs="?",
        metavar="ROUTINE_FILE",
        help="a routine file (default: the built-in routine)",
    )
    plan.add_argument("--json", action="store_true", help="print JSON instead of a table")
    plan.set_defaults(handler=_cmd_plan)
    _add_history_commands(commands)
    _add_routines(commands)

    illustrate = commands.add_parser(
        "illustrate",
        help="draw one frame of an exercise's illustration to a PNG file",
        description="Draw an exercise at one point of its movement (phase 0: start, "
        "1: peak) as a PNG picture.",
    )
    illustrate.add_argument("exercise_id", metavar="EXERCISE_ID", help="e.g. clamshells")
    illustrate.add_argument(
        "--side",
        choices=("left", "right"),
        help="which side works (default: the side the exercise starts with)",
    )
    illustrate.add_argument(
        "--phase", type=_phase, default=1.0, help="0 start .. 1 peak (default 1)"
    )
    illustrate.add_argument(
        "--size",
        type=_picture_size,
        default=(800, 600),
        metavar="WxH",
        help="picture size in pixels (default 800x600)",
    )
    illustrate.add_argument(
        "--still",
        action="store_true",
        help="draw the start and the peak side by side instead of one phase",
    )
    illustrate.add_argument(
        "--out", type=_png_path, required=True, metavar="FILE.png", help="where to write it"
    )
    illustrate.set_defaults(handler=_cmd_illustrate)
    return parser


def _run_app(args: argparse.Namespace) -> int:
    from hiptimer.ui.app import run_app

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    # Opening the window names no command: skip building every sub-command's parser
    # (a few ms of start-up). Any command word, or --help, gets the whole command line.
    full = bool(COMMANDS.intersection(words)) or "-h" in words or "--help" in words
    parser = build_parser(with_commands=full)
    args = parser.parse_args(words)
    try:
        if args.command is None and not args.self_test:
            return _run_app(args)
        # The window switches the collector back on once it has painted; a command
        # needs it from the start (see hiptimer.start).
        resume_garbage_collection()
        if args.self_test:
            from hiptimer.selftest import run_self_test

            return run_self_test()
        return int(args.handler(args))
    except UserError as error:
        # Messages quote names and paths from files: escaped, so that they cannot
        # steer the terminal; the message's own line breaks stay.
        print(f"hiptimer: {for_terminal(str(error), lines=True)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
