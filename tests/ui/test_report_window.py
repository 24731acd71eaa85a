"""Progress reports in the window: the runner's File > Send report to trainer…, the
trainer's Import report… in Profiles, with the question when the report seems another
person's. The file dialogs are answered by the test; everything else is the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hiptimer.profiles import folders as profiles
from hiptimer.profiles.folders import open_history
from hiptimer.ui.profile_link import ProfileLink
from hiptimer.ui.trainer.profiles_dialog import ProfilesDialog
from tests.store.known import known_records


def sessions_of(profile):
    with open_history(profile) as store:
        return store.connection.execute(
            "SELECT started_at, status, effort, note FROM sessions ORDER BY started_at"
        ).fetchall()


def test_runner_sends_and_trainer_imports_once(make_window, qtbot, tmp_path, monkeypatch):
    # The runner: Anna's window, with her six sessions.
    harness = make_window()
    link = ProfileLink(harness.window, "Anna")
    link.window_ready()
    assert link.store is not None
    link.store.add_sessions(known_records())
    target = tmp_path / "anna.hiptimer-report.json"
    asked = []

    def save_as(parent, title, start, filters):
        asked.append((title, start))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    menu = [a.text() for a in harness.window.file_menu.actions()]
    assert "Send &report to trainer…" in menu
    link.act_send_report.trigger()
    assert asked and asked[0][0] == "Send report to trainer"
    assert asked[0][1].endswith(".hiptimer-report.json") and "anna-" in asked[0][1]
    box = harness.window.message_box
    assert box is not None
    assert box.text() == (
        "Saved a report of 6 sessions as anna.hiptimer-report.json. Send this file to your trainer."
    )
    box.close()
    sent = sessions_of("Anna")
    link.close_store()
    harness.window.close()

    # The trainer: a profile Ben, the report picked in Profiles.
    profiles.create_profile("Ben")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(target), "")))
    questions = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent, title, text, buttons, default):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = ProfilesDialog("default")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow([dialog.list.item(i).text() for i in range(3)].index("Ben"))
    assert dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "from profile 'Anna', not 'Ben'" in questions[0]
    assert "Is it Ben's report?" in questions[0]
    assert dialog.error.message == "Nothing imported: the report was not Ben's."
    assert sessions_of("Ben") == []

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert dialog.report_status.isVisible() and dialog.error.message == ""
    assert dialog.report_status.text() == (
        "Imported 6 new sessions from anna.hiptimer-report.json into Ben's history."
    )
    assert sessions_of("Ben") == sent

    # Again: nothing new, and no question (the profile knows whose reports it takes).
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 2
    assert dialog.report_status.text() == (
        "Imported 0 new sessions from anna.hiptimer-report.json into Ben's history "
        "(6 were there already)."
    )
    assert sessions_of("Ben") == sent
    dialog.close()


def test_a_broken_report_is_one_line_in_the_dialog(qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "hiptimer-progress-report", "version": 1', encoding="utf-8")
    profiles.create_profile("Ben")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(broken), "")))
    dialog = ProfilesDialog("Ben")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    message = dialog.error.message
    assert message.startswith("Nothing imported. broken.json: not valid JSON (line 1")
    assert "\n" not in message and not dialog.report_status.isVisible()
    assert sessions_of("Ben") == []
    dialog.close()
