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

from hiptimer import __version__
from hiptimer.core.library import DEFAULT_ROUTINE
from hiptimer.core.routine import Routine
from hiptimer.core.timeline import Timeline, compile_routine, timeline_to_json
from hiptimer.exchange.routine_file import RoutineFileError, read_routine_file

# Exit status for bad input a person can fix (a broken file, a bad value).
EXIT_BAD_INPUT = 2


def format_duration(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def load_routine(path: str | None) -> Routine:
    return DEFAULT_ROUTINE if path is None else read_routine_file(Path(path))


def plan_table(timeline: Timeline) -> str:
    header = f"{'#':>3}  {'at':>6}  {'step':<8} {'what':<46} {'set':>5} {'reps':>4} {'time':>6}"
    lines = [timeline.routine.name, "", header, "-" * len(header)]
    at = 0.0
    for step in timeline.steps:
        set_text = f"{step.set_no}/{step.sets}" if step.set_no and step.sets else ""
        if step.seconds is not None:
            time_text = format_duration(step.seconds)
        elif step.self_paced:
            time_text = "(own)"
        else:
            time_text = ""
        lines.append(
            f"{step.index:>3}  {format_duration(at):>6}  {step.kind.value:<8} "
            f"{step.title[:46]:<46} {set_text:>5} {step.reps or '':>4} {time_text:>6}"
        )
        at += step.planned_seconds
    lines += ["-" * len(header), f"Total: {format_duration(timeline.total_seconds)}"]
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hiptimer",
        description="A guided hip-strengthening routine with a history. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"hiptimer {__version__}")
    parser.add_argument("--profile", metavar="NAME", help="whose routines and history to use")
    parser.add_argument("--routine", metavar="FILE", help="follow this routine file")
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
    return parser


def _run_app(args: argparse.Namespace) -> int:
    from hiptimer.ui.app import run_app

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _run_app(args)
        return int(args.handler(args))
    except RoutineFileError as error:
        print(f"hiptimer: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
