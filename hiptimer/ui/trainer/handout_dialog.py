"""Asks for the client's name, the paper and the file, then writes the handout PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.builtin import routine_name
from hiptimer.core.files import safe_stem
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Routine
from hiptimer.profiles.saved import LibraryError, LibraryStore
from hiptimer.ui.handout import HandoutError, write_handout
from hiptimer.ui.trainer import descriptions
from hiptimer.ui.trainer.fields import ErrorLabel

# Where Letter is the usual paper; everywhere else prints on A4.
_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}


def default_paper() -> str:
    return "letter" if QLocale.system().territory() in _LETTER_TERRITORIES else "a4"


def documents_dir() -> Path:
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(where) if where else Path.home()


class HandoutDialog(QDialog):
    def __init__(
        self,
        store: LibraryStore,
        routine: Routine,
        client: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.routine = routine
        self.written: Path | None = None
        title = translate("HandoutDialog", "Handout: {routine} ({profile})")
        self.setWindowTitle(
            title.format(routine=routine_name(routine.name), profile=store.folder.name)
        )
        self.setMinimumWidth(520)

        self.client_edit = QLineEdit(client)
        self.client_edit.setPlaceholderText(
            translate("HandoutDialog", "printed at the top; may stay empty")
        )
        self.trainer_edit = QLineEdit()
        self.trainer_edit.setPlaceholderText(
            translate("HandoutDialog", "printed at the top; empty leaves a line to sign")
        )
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.addItem(translate("HandoutDialog", "Letter"), "letter")
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(default_paper()))
        self.path_edit = QLineEdit(
            str(documents_dir() / f"{safe_stem(routine.name, 'routine')}-handout.pdf")
        )
        browse = QPushButton(translate("HandoutDialog", "&Browse…"))
        browse.clicked.connect(self._browse)
        browse.setToolTip(translate("HandoutDialog", "Choose the folder and name of the PDF"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.open_check = QCheckBox(translate("HandoutDialog", "&Open the PDF when it is written"))
        self.open_check.setChecked(True)
        descriptions.describe_handout(self)
        self.error = ErrorLabel()

        form = QFormLayout()
        form.addRow(translate("HandoutDialog", "&Client's name"), self.client_edit)
        form.addRow(translate("HandoutDialog", "&Trainer's name"), self.trainer_edit)
        form.addRow(translate("HandoutDialog", "&Paper"), self.paper_combo)
        form.addRow(translate("HandoutDialog", "&File"), path_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("HandoutDialog", "&Write PDF"))
        save.setDefault(True)
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_check)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("HandoutDialog", "Save the handout"),
            self.path_edit.text(),
            translate("HandoutDialog", "PDF (*.pdf)"),
        )
        if name:
            self.path_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def write(self) -> bool:
        path = Path(self.path_edit.text().strip())
        if not path.name:
            self.error.set_message(translate("HandoutDialog", "choose a file for the PDF"))
            return False
        try:
            pictures = self.store.bundle(self.routine).pictures
            write_handout(
                self.routine,
                path,
                client=self.client_edit.text().strip() or None,
                trainer=self.trainer_edit.text().strip() or None,
                paper=str(self.paper_combo.currentData()),
                pictures=pictures,
            )
        except (HandoutError, LibraryError, OSError) as error:
            self.error.set_message(str(error))
            return False
        self.written = path
        if self.open_check.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()
        return True
