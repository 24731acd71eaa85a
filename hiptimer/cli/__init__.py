"""Command line: `hiptimer` opens the window; sub-commands work without a screen.

This module holds the parser and the dispatch; each command group has its own module.

Qt is imported only by the commands that need it, so `plan` and friends stay fast and
run where no display or Qt libraries exist.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from hiptimer import __version__
from hiptimer.cli.common import EXIT_BAD_INPUT
from hiptimer.core.collector import resume_garbage_collection
from hiptimer.core.errors import UserError
from hiptimer.core.i18n import translate
from hiptimer.core.text import for_terminal

# Each command group has its module here (plan, history, routines, illustrate), loaded
# only when a command is named: plain `hiptimer` must reach its window fast
# (benchmarks/startup.py), and the modules behind the commands load only when needed.

COMMANDS = frozenset({"plan", "history", "routines", "illustrate", "reminders", "progress"})


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; with_commands=False: the global options alone (see main)."""
    parser = argparse.ArgumentParser(
        prog="hiptimer",
        description=translate(
            "Cli",
            "A guided hip-strengthening routine with a history. With no command, opens the window.",
        ),
        epilog=translate(
            "Cli",
            "Language: the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or the one chosen "
            "in Settings; LANGUAGE=pseudo shows every translated text accented. To add a "
            "language: add it to LANGUAGES in hiptimer/core/i18n.py, run "
            "`python packaging/translations.py update` (pyside6-lupdate), translate "
            "resources/translations/hiptimer_<code>.ts with Qt Linguist (pyside6-linguist), "
            "and test with LANGUAGE=<code> and LANGUAGE=pseudo; the .qm catalogues are "
            "compiled by pyside6-lrelease at build time. See the README.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"hiptimer {__version__}")
    parser.add_argument("--profile", metavar="NAME", help="whose routines and history to use")
    parser.add_argument("--routine", metavar="FILE", help="follow this routine file")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation works (window, session, history), then exit",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="run without a window, only to remind at the planned times (used at login)",
    )
    parser.add_argument(
        "--high-contrast",
        action="store_true",
        help=translate("cli", "open the window in high contrast (also a choice in Settings)"),
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    from hiptimer.cli import history, illustrate, plan, progress, reminders, routines

    plan.add_commands(commands)
    history.add_commands(commands)
    routines.add_commands(commands)
    illustrate.add_commands(commands)
    reminders.add_commands(commands)
    progress.add_commands(commands)
    return parser


def use_language() -> None:
    """The commands speak the language of the window: the Settings choice, else the
    system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). English needs no catalogue (and no Qt)."""
    from hiptimer.core.i18n import ENGLISH, chosen_language, install
    from hiptimer.profiles.settings import load_settings

    setting = load_settings().settings.language
    if chosen_language(setting) == ENGLISH:
        install(None)
        return
    from hiptimer.ui.translation import use_language as use_catalogue

    note = use_catalogue(setting)
    if note:
        print(f"hiptimer: {note}", file=sys.stderr)


def _run_app(args: argparse.Namespace) -> int:
    from hiptimer.ui.app import run_app

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    # Opening the window names no command: skip building every sub-command's parser
    # (a few ms of start-up). Any command word, or --help, gets the whole command line.
    full = bool(COMMANDS.intersection(words)) or "-h" in words or "--help" in words
    if full:
        # Before any text is made: the parser's help is translated too.
        use_language()
    parser = build_parser(with_commands=full)
    args = parser.parse_args(words)
    try:
        if args.command is None and not args.self_test:
            return _run_app(args)
        # The window switches the collector back on once it has painted; a command
        # needs it from the start (see hiptimer.start).
        resume_garbage_collection()
        if args.self_test:
            from hiptimer.cli.self_test import run_self_test

            return run_self_test()
        return int(args.handler(args))
    except UserError as error:
        # Messages quote names and paths from files: escaped, so that they cannot
        # steer the terminal; the message's own line breaks stay.
        print(f"hiptimer: {for_terminal(str(error), lines=True)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
