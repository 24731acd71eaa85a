"""`hiptimer history`: export a profile's history as CSV or as a progress report, import a
report, or fill a profile with demo data."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from hiptimer.cli.common import EXIT_BAD_INPUT
from hiptimer.core.errors import UserError
from hiptimer.core.i18n import translate
from hiptimer.profiles.folders import DEFAULT_PROFILE

if TYPE_CHECKING:
    from datetime import date

    from hiptimer.store import HistoryStore


def since_day(text: str) -> date:
    """The day --since names; a UserError (one line, exit 2) for anything else.

    Checked here rather than by argparse, whose errors come with the whole usage text.
    """
    from datetime import date  # only for --since: plain `hiptimer` never needs it

    from hiptimer.core.weeks import start_timestamp

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UserError(
            translate("Cli", "--since expects a date as YYYY-MM-DD, got {text!r}").format(text=text)
        ) from None
    try:
        early = start_timestamp(day) < 0
    except (OverflowError, ValueError, OSError):
        early = True
    if early:
        raise UserError(
            translate(
                "Cli",
                "--since {text} is before 1970, where no history can start; "
                "leave --since out to export everything",
            ).format(text=text)
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
    from hiptimer.profiles.folders import open_history
    from hiptimer.store import StoreRecovery

    try:
        return open_history(profile or DEFAULT_PROFILE)
    except StoreRecovery as recovery:
        print(
            translate("Cli", "hiptimer: {message}").format(message=recovery.message),
            file=sys.stderr,
        )
        if recovery.backup is not None:
            print(
                translate("Cli", "hiptimer: restoring the backup {name}").format(
                    name=recovery.backup.name
                ),
                file=sys.stderr,
            )
            return recovery.restore_backup()
        return recovery.start_empty()


def _cmd_history_export(args: argparse.Namespace) -> int:
    from hiptimer.exchange.csv_export import export_csv
    from hiptimer.profiles.folders import existing_profile_dir

    since = None if args.since is None else since_day(args.since)
    # A mistyped name is an error here, not a new empty profile with nothing to export.
    existing_profile_dir(args.profile or DEFAULT_PROFILE)
    with open_store(args.profile) as store:
        count = export_csv(store, args.csv, since=since)
    if args.csv != "-":
        print(
            translate("Cli", "Wrote {count} sets to {csv}").format(count=count, csv=args.csv),
            file=sys.stderr,
        )
    return 0


def _cmd_history_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from hiptimer.exchange.progress_report import write_report
    from hiptimer.profiles.folders import existing_profile_dir
    from hiptimer.store.report import report_from

    since = None if args.since is None else since_day(args.since)
    existing_profile_dir(args.profile or DEFAULT_PROFILE)
    with open_store(args.profile) as store:
        report = report_from(store, since=since)
    try:
        write_report(report, Path(args.out))
    except OSError as error:
        raise UserError(
            translate("Cli", "cannot write {out}: {reason}").format(
                out=args.out, reason=error.strerror or error
            )
        ) from error
    count = len(report.sessions)
    print(
        translate(
            "Cli",
            "Wrote a report of %n session(s) from profile {profile!r} to {out}; send it "
            "to your trainer",
            None,
            count,
        ).format(profile=report.profile, out=args.out),
        file=sys.stderr,
    )
    return 0


def _cmd_history_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from hiptimer.exchange.progress_report import read_report
    from hiptimer.profiles.folders import existing_profile_dir
    from hiptimer.store.report import WrongClientError, import_report

    report = read_report(Path(args.file))
    existing_profile_dir(args.profile or DEFAULT_PROFILE)
    with open_store(args.profile) as store:
        try:
            result = import_report(store, report, confirmed=args.yes_this_client)
        except WrongClientError as error:
            raise UserError(
                translate(
                    "Cli",
                    "{file}: {error}; nothing imported. If it is this client's, "
                    "run again with --yes-this-client",
                ).format(file=args.file, error=error)
            ) from None
        added = result.added
        print(
            translate(
                "Cli",
                "Imported %n new session(s) into profile {profile!r} ({already_there} already "
                "there)",
                None,
                added,
            ).format(
                profile=store.profile,
                already_there=result.already_there,
            )
        )
    return 0


def _cmd_history_demo(args: argparse.Namespace) -> int:
    from hiptimer.core.weeks import today
    from hiptimer.store.demo import demo_sessions

    with open_store(args.profile) as store:
        if args.remove:
            removed = store.delete_demo_sessions()
            print(
                translate("Cli", "Removed {removed} demo sessions from profile {profile!r}").format(
                    removed=removed, profile=store.profile
                )
            )
            return 0
        real = store.session_count(demo=False)
        if real:
            print(
                translate(
                    "Cli",
                    "hiptimer: profile {profile!r} already has %n real session(s); demo data "
                    "only goes into a profile without any. Try another profile, for example: "
                    "hiptimer history demo --weeks {weeks} --profile demo",
                    None,
                    real,
                ).format(profile=store.profile, weeks=args.weeks),
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        replaced = store.session_count(demo=True)
        records = demo_sessions(args.weeks, today=today(), seed=args.seed)
        added = store.add_sessions(records, replace_demo=True)
        sets = sum(len(r.results) for r in records)
        again = f", replacing the {replaced} from before" if replaced else ""
        print(
            translate(
                "Cli",
                "Added {added} made-up sessions ({sets} sets, {weeks} weeks) "
                "to profile {profile!r}{again}.\nRemove them with: hiptimer "
                "history demo --remove --profile {profile!r}",
            ).format(added=added, sets=sets, weeks=args.weeks, profile=store.profile, again=again)
        )
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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

    report = history_commands.add_parser(
        "report",
        parents=[profile],
        help="write a progress report (sessions, sets, effort, notes) to send to a trainer",
    )
    report.add_argument("--out", metavar="FILE", required=True, help="the report file to write")
    report.add_argument("--since", metavar="YYYY-MM-DD", help="only sessions on or after this day")
    report.set_defaults(handler=_cmd_history_report)

    imports = history_commands.add_parser(
        "import", parents=[profile], help="add a client's progress report to their profile"
    )
    imports.add_argument("file", metavar="FILE", help="the report file")
    imports.add_argument(
        "--yes-this-client",
        action="store_true",
        help="import even though the report seems to come from someone else",
    )
    imports.set_defaults(handler=_cmd_history_import)

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
