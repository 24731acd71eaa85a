"""`hiptimer plan`: print the timeline of a routine, or (--week) the weekly plan."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from typing import TYPE_CHECKING

from hiptimer.cli.common import load_routine
from hiptimer.core.builtin import routine_name
from hiptimer.core.errors import UserError
from hiptimer.core.i18n import translate, untranslated
from hiptimer.core.text import for_terminal
from hiptimer.core.timeline import Timeline, compile_routine, step_kind_text, timeline_to_json
from hiptimer.core.wording import clock_text

if TYPE_CHECKING:
    from hiptimer.core.weeks import WeeklyPlan


def plan_table(timeline: Timeline) -> str:
    titles = [for_terminal(step.title) for step in timeline.steps]
    kinds = [step_kind_text(step.kind) for step in timeline.steps]
    # Column heads, each as wide as its widest cell in this language.
    at_head = translate("Plan", "at", "the column of when a step starts")
    step_head = translate("Plan", "step", "the column of a step's kind")
    what_head = translate("Plan", "what", "the column of a step's title")
    set_head = translate("Plan", "set", "the column of the set number")
    reps_head = translate("Plan", "reps", "the column of the repetitions")
    time_head = translate("Plan", "time", "the column of a step's duration")
    own = translate("Plan", "(own)", "a self-paced set's time: at the runner's own pace")
    at_w, set_w, reps_w = max(6, len(at_head)), max(5, len(set_head)), max(4, len(reps_head))
    kind_w = max(8, len(step_head), *(len(kind) for kind in kinds))
    time_w = max(6, len(time_head), len(own))
    width = max(len(what_head), *(len(title) for title in titles))
    header = (
        f"{'#':>3}  {at_head:>{at_w}}  {step_head:<{kind_w}} {what_head:<{width}} "
        f"{set_head:>{set_w}} {reps_head:>{reps_w}} {time_head:>{time_w}}"
    )
    name = for_terminal(routine_name(timeline.routine.name))
    lines = [name, "", header, "-" * len(header)]
    at = 0.0
    for step, title, kind in zip(timeline.steps, titles, kinds, strict=True):
        set_text = f"{step.set_no}/{step.sets}" if step.set_no and step.sets else ""
        if step.seconds is not None:
            time_text = clock_text(step.seconds)
        elif step.self_paced:
            time_text = own
        else:
            time_text = ""
        lines.append(
            f"{step.index:>3}  {clock_text(at):>{at_w}}  {kind:<{kind_w}} "
            f"{title:<{width}} {set_text:>{set_w}} {step.reps or '':>{reps_w}} "
            f"{time_text:>{time_w}}"
        )
        at += step.planned_seconds
    total = translate("Plan", "Total: {time}").format(time=clock_text(timeline.total_seconds))
    lines += ["-" * len(header), total]
    if any(step.self_paced for step in timeline.steps):
        lines.append(translate("Plan", "(self-paced sets are counted at a typical pace)"))
    return "\n".join(lines)


def week_text(plan: WeeklyPlan, done: list[date], today: date) -> str:
    """The plan, then each planned or trained day of this week up to today and after."""
    from hiptimer.core.weeks import DAY_NAMES, week_start

    monday = week_start(today)
    head = translate("Plan", "Plan: {days} ({count} a week)")
    lines = [head.format(days=plan.text(), count=plan.per_week), ""]
    planned_word = translate("Plan", "planned", "a day of the weekly plan")
    extra_word = translate("Plan", "extra", "a day trained outside the weekly plan")
    mark_w = max(len(planned_word), len(extra_word))
    day_names = [translate("Weeks", name) for name in DAY_NAMES]
    day_w = max(9, *(len(name) for name in day_names))
    for offset in range(7):
        day = monday + timedelta(days=offset)
        sessions = done.count(day)
        planned = day.weekday() in plan.days
        if not planned and not sessions:
            continue
        if sessions == 1:
            state = translate("Plan", "done", "a day of the week")
        elif sessions:
            state = translate("Plan", "done (%n session(s))", None, sessions)
        elif day < today:
            state = translate("Plan", "missed", "a day of the week")
        elif day == today:
            state = translate("Plan", "today", "a day of the week")
        else:
            state = translate("Plan", "to come", "a day of the week")
        mark = planned_word if planned else extra_word
        name = day_names[day.weekday()]
        lines.append(f"  {name:<{day_w}} {day.isoformat()}  {mark:<{mark_w}}  {state}")
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
            raise UserError(translate("Plan", "plan --week takes no routine file and no --json"))
        return _cmd_week(args)
    routine = load_routine(args.routine_file)
    if args.json:
        # Machine output: the titles stay in English whatever the language.
        with untranslated():
            print(json.dumps(timeline_to_json(compile_routine(routine)), indent=2))
        return 0
    print(plan_table(compile_routine(routine)))
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
