"""`hiptimer progress`: the next dose per exercise and side, with the reason for it."""

from __future__ import annotations

import argparse
import json

from hiptimer.cli.common import load_routine
from hiptimer.core.text import for_terminal


def _seconds(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _cmd_progress(args: argparse.Namespace) -> int:
    from hiptimer.cli.history import open_store
    from hiptimer.core.progression import dose_text
    from hiptimer.profiles.folders import DEFAULT_PROFILE, existing_profile_dir
    from hiptimer.store.progress import suggestions

    routine = load_routine(getattr(args, "routine", None))
    # A mistyped name is an error, not a new empty profile with nothing to suggest.
    existing_profile_dir(args.profile or DEFAULT_PROFILE)
    with open_store(args.profile) as store:
        found = suggestions(store, routine)
        profile = store.profile
    if args.json:
        exercises = [
            {
                "exercise": s.exercise.id,
                "side": s.side,
                "level": s.level,
                "sets": s.decision.dose.sets,
                "reps": s.decision.dose.reps,
                "seconds": _seconds(s.decision.dose.seconds),
                "change": s.decision.change.value,
                "reason": s.decision.reason,
            }
            for s in found
        ]
        print(json.dumps({"profile": profile, "exercises": exercises}, indent=2))
        return 0
    print(for_terminal(f"Next doses for {profile}"))
    for s in found:
        side = f" ({s.side})" if s.side else ""
        dose = dose_text(s.decision.dose, s.plan, per_side=False)
        print(
            for_terminal(
                f"  {s.exercise.name}{side}: {dose} [{s.decision.change.value}]"
                f" - {s.decision.reason}"
            )
        )
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    progress = commands.add_parser(
        "progress", help="the next dose per exercise and side, with the reason for it"
    )
    # Also accepted after the command; SUPPRESS keeps the global value when absent.
    progress.add_argument(
        "--profile", metavar="NAME", default=argparse.SUPPRESS, help="whose history"
    )
    progress.add_argument("--json", action="store_true", help="print JSON instead of text")
    progress.set_defaults(handler=_cmd_progress)
