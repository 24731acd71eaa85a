"""`hiptimer reminders test`: send one reminder notification now, to see that it works."""

from __future__ import annotations

import argparse
import sys

from hiptimer.core.i18n import translate

EXIT_NO_SERVICE = 1


def _cmd_test(args: argparse.Namespace) -> int:
    from hiptimer.core.wording import reminder_text

    if sys.platform.startswith("linux"):
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    else:  # the tray's messages need the widgets' application
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
    from hiptimer.ui.reminders import NoNotificationService, best_notifier

    notifier = best_notifier(app)
    title, body = reminder_text(None)
    try:
        notifier.notify(title, f"{body} (A test from `hiptimer reminders test`.)")
    except NoNotificationService as error:
        print(
            translate("Cli", "hiptimer: cannot show a reminder: {error}.").format(error=error),
            file=sys.stderr,
        )
        return EXIT_NO_SERVICE
    print(translate("Cli", "Sent a test reminder: it should show on your desktop now."))
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reminders = commands.add_parser("reminders", help="check the reminders of the weekly plan")
    actions = reminders.add_subparsers(dest="reminders_command", metavar="ACTION", required=True)
    test = actions.add_parser("test", help="send one reminder notification now")
    test.set_defaults(handler=_cmd_test)
