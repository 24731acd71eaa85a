"""`hiptimer plan`: print the timeline of a routine, or (--week) the weekly plan."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from typing import TYPE_CHECKING

from hiptimer.cli.common import load_routine
from hiptimer.core.errors import UserError
from hiptimer.core.text import for_terminal
from hiptimer.core.timeline import Timeline, compile_routine, timeline_to_json
from hiptimer.core.wording import clock_text

if TYPE_CHECKING:
    from hiptimer.core.weeks import WeeklyPlan


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


def week_text(plan: WeeklyPlan, done: list[date], today: date) -> str:
    """The plan, then each planned or trained day of this week up to today and after."""
    from hiptimer.core.weeks import DAY_NAMES, week_start

    monday = week_start(today)
    lines = [f"Plan: {plan.text()} ({plan.per_week} a week)", ""]
    for offset in range(7):
        day = monday + timedelta(days=offset)
        sessions = done.count(day)
        planned = offset in plan.days
        if not planned and not sessions:
            continue
        if sessions:
            state = "done" if sessions == 1 else f"done ({sessions} sessions)"
        elif day < today:
            state = "missed"
        elif day == today:
            state = "today"
        else:
            state = "to come"
        mark = "planned" if planned else "extra"
        lines.append(f"  {DAY_NAMES[offset]:<9} {day.isoformat()}  {mark:<7}  {state}")
    return "\n".join(lines)


def _cmd_week(args: argparse.Namespace) -> int:
    from hiptimer.cli.history import open_store
    from hiptimer.core.weeks import today as local_today
    from hiptimer.core.weeks import week_start
    from hiptimer.core.wording import week_progress_text
    from hiptimer.profiles.folders import DEFAULT_PROFILE, existing_profile_dir
    from hiptimer.store.charts import done_days, week_progress

    existing_profile_dir(args.profile or DEFAULT_PROFILE)
    today = local_today()
    with open_store(args.profile) as store:
        plan = store.weekly_plan
        done = [day for day in done_days(store, week_start(today)) if day <= today]
        progress = week_progress(store, today)
    print(week_text(plan, done, today))
    print()
    print(week_progress_text(progress.done, progress.planned, progress.streak))
    return 0


def _cmd_plan(args: argparse.Namespace) -> int:
    if args.week:
        if args.routine_file or args.json:
            raise UserError("plan --week takes no routine file and no --json")
        return _cmd_week(args)
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
    plan.add_argument(
        "--week", action="store_true", help="print the weekly plan and what is done this week"
    )
    plan.add_argument(
        "--profile",
        metavar="NAME",
        default=argparse.SUPPRESS,  # keeps `hiptimer --profile NAME plan --week` working
        help="whose plan (with --week)",
    )
    plan.set_defaults(handler=_cmd_plan)
