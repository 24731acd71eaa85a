"""Profiles in the window: a dialog to create, rename, archive and switch, and a picker.

Entry points:
- choose_profile(current, parent=None) -> str | None: the modal dialog; the profile to
  switch to, or None when closed without switching.
- ProfilePicker(QComboBox): for the start view. Emits profile_changed(name) when another
  profile is chosen (also after "Manage profiles…"); remembers the choice for next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.i18n import translate
from hiptimer.profiles import folders as profiles
from hiptimer.ui.trainer import descriptions
from hiptimer.ui.trainer.fields import ErrorLabel, Field

NAME_ROLE = Qt.ItemDataRole.UserRole
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 1


class ProfilesDialog(QDialog):
    """One profile per client: each has its own routines and history."""

    profile_chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.chosen: str | None = None
        self.setWindowTitle(
            translate("ProfilesDialog", "Profiles (shown now: {profile})").format(profile=current)
        )
        self.setMinimumSize(560, 420)

        intro = QLabel(
            translate(
                "ProfilesDialog",
                "One profile per client: each keeps its own routines and history. "
                "Archiving hides a profile from the list and keeps all its data.",
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ProfilesDialog", "Profiles"))
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._on_selection)
        self.list.itemActivated.connect(lambda _item: self.switch())
        self.show_archived = QCheckBox(translate("ProfilesDialog", "Show &archived profiles"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        descriptions.describe_profiles(self)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(
            translate("ProfilesDialog", "a client's name, for example Anna B")
        )
        self.name_edit.setMaxLength(80)
        self.name_field = Field(self.name_edit)
        self.name_edit.textEdited.connect(lambda _text: self.name_field.set_problem(""))
        self.create_button = QPushButton(translate("ProfilesDialog", "&Create"))
        self.create_button.setToolTip(
            translate("ProfilesDialog", "Create a new profile with this name")
        )
        self.rename_button = QPushButton(translate("ProfilesDialog", "&Rename"))
        self.rename_button.setToolTip(
            translate("ProfilesDialog", "Give the selected profile this name")
        )
        self.create_button.clicked.connect(self.create_profile)
        self.rename_button.clicked.connect(self.rename_selected)
        name_row = QHBoxLayout()
        name_label = QLabel(translate("ProfilesDialog", "&Name"))
        name_label.setBuddy(self.name_edit)
        name_label.setContentsMargins(0, 4, 0, 0)  # level with the text field, not its error
        name_row.addWidget(name_label, 0, Qt.AlignmentFlag.AlignTop)
        name_row.addWidget(self.name_field, 1)
        name_row.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignTop)
        name_row.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignTop)

        self.archive_button = QPushButton(translate("ProfilesDialog", "Arc&hive"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.import_button = QPushButton(translate("ProfilesDialog", "&Import report…"))
        self.import_button.setToolTip(
            translate(
                "ProfilesDialog",
                "Add a progress report a client sent you to the selected profile's history",
            )
        )
        # clicked passes `checked`, which is not a file name.
        self.import_button.clicked.connect(lambda _checked: self.import_report())
        self.report_status = QLabel()
        self.report_status.setWordWrap(True)
        self.report_status.setAccessibleName(translate("ProfilesDialog", "Report import"))
        self.report_status.hide()
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.switch_button = buttons.addButton(
            translate("ProfilesDialog", "&Switch to this profile"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.switch_button.setDefault(True)
        self.switch_button.setToolTip(
            translate("ProfilesDialog", "Use the selected profile (Enter)")
        )
        buttons.accepted.connect(self.switch)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setShortcut(QKeySequence.StandardKey.Close)

        actions = QHBoxLayout()
        actions.addWidget(self.show_archived)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addLayout(name_row)
        layout.addWidget(self.report_status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.refresh(select=current)

    def refresh(self, select: str | None = None) -> None:
        selected = select or self.selected()
        self.list.clear()
        names = [(name, False) for name in profiles.list_profiles()]
        if self.show_archived.isChecked():
            names += [(name, True) for name in profiles.list_archived_profiles()]
        for name, archived in names:
            label = name
            if name == self.current:
                label += translate("ProfilesDialog", "   (in use)")
            if archived:
                label += translate("ProfilesDialog", "   (archived)")
            item = QListWidgetItem(label)
            item.setData(NAME_ROLE, name)
            item.setData(ARCHIVED_ROLE, archived)
            if name == self.current:
                font = QFont(self.list.font())
                font.setBold(True)
                item.setFont(font)
            if archived:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if name == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._on_selection()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(NAME_ROLE))

    def _selected_archived(self) -> bool:
        item = self.list.currentItem()
        return bool(item is not None and item.data(ARCHIVED_ROLE))

    def _on_selection(self) -> None:
        name = self.selected()
        archived = self._selected_archived()
        self.switch_button.setEnabled(name is not None and not archived)
        self.import_button.setEnabled(name is not None and not archived)
        self.rename_button.setEnabled(name is not None and name != profiles.DEFAULT_PROFILE)
        self.archive_button.setEnabled(
            name is not None and name not in (profiles.DEFAULT_PROFILE, self.current)
        )
        self.archive_button.setText(
            translate("ProfilesDialog", "Bring &back")
            if archived
            else translate("ProfilesDialog", "Arc&hive")
        )
        if name == self.current:
            self.archive_button.setToolTip(
                translate("ProfilesDialog", "Switch to another profile before archiving this one")
            )
        elif name == profiles.DEFAULT_PROFILE:
            self.archive_button.setToolTip(translate("ProfilesDialog", "The default profile stays"))
        else:
            self.archive_button.setToolTip("")
        self.error.set_message("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the name field creates that profile (not "Switch", the default button).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.name_edit.hasFocus():
            self.create_profile()
            return
        super().keyPressEvent(event)

    def create_profile(self) -> bool:
        try:
            name = profiles.create_profile(self.name_edit.text())
        except profiles.ProfileError as error:
            self.name_field.set_problem(str(error))
            return False
        self.name_edit.clear()
        self.refresh(select=name)
        return True

    def rename_selected(self) -> bool:
        old = self.selected()
        if old is None:
            return False
        try:
            new = profiles.rename_profile(old, self.name_edit.text())
        except profiles.ProfileError as error:
            self.name_field.set_problem(str(error))
            return False
        if self.current == old:
            self.current = new
            self.profile_chosen.emit(new)  # the profile in use has a new name
        self.name_edit.clear()
        self.refresh(select=new)
        return True

    def toggle_archived(self) -> bool:
        name = self.selected()
        if name is None:
            return False
        archived = self._selected_archived()
        try:
            profiles.set_archived(name, not archived)
        except profiles.ProfileError as error:
            self.error.set_message(str(error))
            return False
        if not archived and not self.show_archived.isChecked():
            self.refresh()
        else:
            self.refresh(select=name)
        return True

    def import_report(
        self, source: str | None = None, confirm: Callable[[str], bool] | None = None
    ) -> bool:
        """A client's report into the selected profile; asks for the file (and, for a
        report that seems another person's, whether it is this client's)."""
        from hiptimer.ui.report_link import (
            ReportProblem,
            ask_report_source,
            confirm_client,
            import_report_file,
        )

        name = self.selected()
        if name is None or self._selected_archived():
            return False
        source = source if source is not None else ask_report_source(self)
        if not source:
            return False
        self.report_status.hide()
        try:
            done = import_report_file(source, name, confirm or confirm_client(self))
        except ReportProblem as problem:
            self.error.set_message(str(problem))
            return False
        self.error.set_message("")
        self.report_status.setText(done)
        self.report_status.show()
        return True

    def switch(self) -> None:
        name = self.selected()
        if name is None or self._selected_archived():
            return
        self.chosen = name
        profiles.remember_profile(name)
        self.profile_chosen.emit(name)
        self.accept()


def choose_profile(current: str, parent: QWidget | None = None) -> str | None:
    dialog = ProfilesDialog(current, parent)
    dialog.exec()
    return dialog.chosen or (dialog.current if dialog.current != current else None)


MANAGE = "\x00manage"


class ProfilePicker(QComboBox):
    """The profiles to choose from, and "Manage profiles…" at the end."""

    profile_changed = Signal(str)

    def __init__(self, current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ProfilePicker", "Profile"))
        self.setToolTip(translate("ProfilePicker", "Whose routines and history to use"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._current = current or profiles.remembered_profile()
        self.dialog: ProfilesDialog | None = None
        self.refresh()
        self.activated.connect(self._on_activated)

    def current_profile(self) -> str:
        return self._current

    def showPopup(self) -> None:
        # Profiles may have been made elsewhere (the command line, another window).
        self.refresh()
        super().showPopup()

    def refresh(self) -> None:
        self.blockSignals(True)
        self.clear()
        names = profiles.list_profiles()
        if self._current not in names:
            names.append(self._current)
        for name in sorted(names, key=str.casefold):
            self.addItem(name, name)
        self.insertSeparator(self.count())
        self.addItem(translate("ProfilePicker", "Manage profiles…"), MANAGE)
        self.setCurrentIndex(self.findData(self._current))
        self.blockSignals(False)

    def set_current_profile(self, name: str) -> None:
        changed = name != self._current
        self._current = name
        self.refresh()
        if changed:
            profiles.remember_profile(name)
            self.profile_changed.emit(name)

    def _on_activated(self, index: int) -> None:
        if self.itemData(index) == MANAGE:
            self.setCurrentIndex(self.findData(self._current))
            self.manage()
        else:
            self.set_current_profile(str(self.itemData(index)))

    def manage(self) -> ProfilesDialog:
        """Open the profiles dialog (window-modal, returns at once)."""
        self.dialog = ProfilesDialog(self._current, self.window())
        self.dialog.profile_chosen.connect(self.set_current_profile)
        self.dialog.finished.connect(lambda _result: self.refresh())
        self.dialog.open()
        return self.dialog
