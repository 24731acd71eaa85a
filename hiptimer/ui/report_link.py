"""Progress reports in the window: the runner sends one (File > Send report to trainer…),
the trainer imports it into a client's profile (Profiles > Import report…).

The file format is hiptimer.exchange.progress_report's, the rows hiptimer.store.report's;
this module only asks for files and answers in words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from hiptimer.store import HistoryStore

# (question) -> whether the trainer says the report is this client's.
Confirm = Callable[[str], bool]

REPORT_FILTER = QT_TRANSLATE_NOOP(
    "report_link", "HipTimer progress reports (*.hiptimer-report.json *.json);;All files (*)"
)


def report_file_name(profile: str) -> str:
    from datetime import date

    from hiptimer.core.files import safe_stem

    return f"{safe_stem(profile, 'report')}-{date.today().isoformat()}.hiptimer-report.json"


def send_report(store: HistoryStore, target: str) -> str:
    """Write the profile's report to `target`; the sentence to show (or raise OSError)."""
    from hiptimer.exchange.progress_report import write_report
    from hiptimer.store.report import report_from

    report = report_from(store)
    write_report(report, Path(target))
    count = len(report.sessions)
    saved = (
        translate(
            "report_link",
            "Saved a report of %n session as {file}. Send this file to your trainer.",
            None,
            count,
        )
        if count == 1
        else translate(
            "report_link",
            "Saved a report of %n sessions as {file}. Send this file to your trainer.",
            None,
            count,
        )
    )
    return saved.format(file=Path(target).name)


def ask_report_target(parent: QWidget, profile: str) -> str:
    start = str(Path.home() / report_file_name(profile))
    target, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("report_link", "Send report to trainer"),
        start,
        translate("report_link", REPORT_FILTER),
    )
    return target


def ask_report_source(parent: QWidget) -> str:
    source, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("report_link", "Import a client's report"),
        str(Path.home()),
        translate("report_link", REPORT_FILTER),
    )
    return source


def confirm_client(parent: QWidget) -> Confirm:
    def ask(question: str) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("report_link", "Import report"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    return ask


class ReportProblem(Exception):
    """Nothing was imported; the message says why, in one line."""


def import_report_file(source: str, profile: str, confirm: Confirm) -> str:
    """Import the report at `source` into `profile`: the sentence to show, or
    ReportProblem (nothing imported). A report that seems another person's is imported
    only when `confirm` says yes."""
    from hiptimer.core.errors import UserError
    from hiptimer.exchange.progress_report import read_report
    from hiptimer.profiles.folders import open_history
    from hiptimer.store import StoreError, StoreRecovery
    from hiptimer.store.report import WrongClientError, check_client, import_report

    try:
        report = read_report(Path(source))
    except UserError as error:
        # The dialog names the file; the whole path would only crowd the line.
        text = str(error).replace(source, Path(source).name, 1)
        raise ReportProblem(
            translate("report_link", "Nothing imported. {reason}").format(reason=text)
        ) from None
    try:
        with open_history(profile) as store:
            confirmed = False
            try:
                check_client(store, report)
            except WrongClientError as error:
                question = translate(
                    "report_link",
                    "{reason}.\n\nIs it {profile}'s report? Import it into {profile}'s history?",
                ).format(reason=f"{str(error)[:1].upper()}{str(error)[1:]}", profile=profile)
                if not confirm(question):
                    raise ReportProblem(
                        translate(
                            "report_link", "Nothing imported: the report was not {profile}'s."
                        ).format(profile=profile)
                    ) from None
                confirmed = True
            result = import_report(store, report, confirmed=confirmed)
    except StoreRecovery as recovery:
        raise ReportProblem(
            translate("report_link", "Nothing imported. {reason}").format(reason=recovery.message)
        ) from None
    except StoreError as error:
        raise ReportProblem(
            translate("report_link", "Nothing imported. {reason}").format(reason=error)
        ) from None
    added = result.added
    there = result.already_there  # a plain name: lupdate skips an expression count
    again = translate("report_link", " (%n were there already)", None, there) if there else ""
    imported = (
        translate(
            "report_link",
            "Imported %n new session from {file} into {profile}'s history",
            None,
            added,
        )
        if added == 1
        else translate(
            "report_link",
            "Imported %n new sessions from {file} into {profile}'s history",
            None,
            added,
        )
    )
    return imported.format(file=Path(source).name, profile=profile) + again + "."
