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

if TYPE_CHECKING:
    from hiptimer.store import HistoryStore

# (question) -> whether the trainer says the report is this client's.
Confirm = Callable[[str], bool]

REPORT_FILTER = "HipTimer progress reports (*.hiptimer-report.json *.json);;All files (*)"


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
    return (
        f"Saved a report of {count} session{'s' if count != 1 else ''} as {Path(target).name}. "
        "Send this file to your trainer."
    )


def ask_report_target(parent: QWidget, profile: str) -> str:
    start = str(Path.home() / report_file_name(profile))
    target, _filter = QFileDialog.getSaveFileName(
        parent, "Send report to trainer", start, REPORT_FILTER
    )
    return target


def ask_report_source(parent: QWidget) -> str:
    source, _filter = QFileDialog.getOpenFileName(
        parent, "Import a client's report", str(Path.home()), REPORT_FILTER
    )
    return source


def confirm_client(parent: QWidget) -> Confirm:
    def ask(question: str) -> bool:
        answer = QMessageBox.question(
            parent,
            "Import report",
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
        raise ReportProblem(f"Nothing imported. {text}") from None
    try:
        with open_history(profile) as store:
            confirmed = False
            try:
                check_client(store, report)
            except WrongClientError as error:
                question = (
                    f"{str(error)[:1].upper()}{str(error)[1:]}.\n\n"
                    f"Is it {profile}'s report? Import it into {profile}'s history?"
                )
                if not confirm(question):
                    raise ReportProblem(
                        f"Nothing imported: the report was not {profile}'s."
                    ) from None
                confirmed = True
            result = import_report(store, report, confirmed=confirmed)
    except StoreRecovery as recovery:
        raise ReportProblem(f"Nothing imported. {recovery.message}") from None
    except StoreError as error:
        raise ReportProblem(f"Nothing imported. {error}") from None
    added = result.added
    again = f" ({result.already_there} were there already)" if result.already_there else ""
    return (
        f"Imported {added} new session{'s' if added != 1 else ''} from "
        f"{Path(source).name} into {profile}'s history{again}."
    )
