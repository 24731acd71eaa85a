"""`hiptimer plan`: print the timeline of a routine."""

from __future__ import annotations

import argparse
import json

from hiptimer.cli.common import load_routine
from hiptimer.core.text import for_terminal
from hiptimer.core.timeline import Timeline, compile_routine, timeline_to_json
from hiptimer.core.wording import clock_text


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


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    plan = commands.add_parser("plan", help="print the timeline of a routine")
    plan.add_argument(
        "routine_file",
        nargs="?",
        metavar="ROUTINE_FILE",
        help="a routine file (default: the built-in routine)",
    )
    plan.add_argument("--json", action="store_true", help="print JSON instead of a table")
    plan.set_defaults(handler=_cmd_plan)
