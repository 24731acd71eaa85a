"""The profiles dialog and the picker: create, rename, archive, switch."""

from PySide6.QtCore import Qt

from hiptimer.profiles import folders as profiles
from hiptimer.ui.trainer.profiles_dialog import MANAGE, ProfilePicker, ProfilesDialog


def rows(dialog):
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def open_dialog(qtbot, current="default"):
    dialog = ProfilesDialog(current)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_create_rename_archive_and_switch(qtbot, data_home):
    dialog = open_dialog(qtbot)
    assert rows(dialog) == ["default   (in use)"]

    qtbot.keyClicks(dialog.name_edit, "Anna")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert rows(dialog) == ["Anna", "default   (in use)"]
    assert dialog.selected() == "Anna" and dialog.name_edit.text() == ""

    qtbot.keyClicks(dialog.name_edit, "Anna Berg")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert rows(dialog) == ["Anna Berg", "default   (in use)"]
    assert profiles.list_profiles() == ["Anna Berg", "default"]

    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert rows(dialog) == ["default   (in use)"]
    dialog.show_archived.setChecked(True)
    assert rows(dialog) == ["default   (in use)", "Anna Berg   (archived)"]
    dialog.list.setCurrentRow(1)
    assert dialog.archive_button.text() == "Bring &back"
    assert not dialog.switch_button.isEnabled()
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert rows(dialog) == ["Anna Berg", "default   (in use)"]

    dialog.list.setCurrentRow(0)
    with qtbot.waitSignal(dialog.profile_chosen) as chosen:
        qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert chosen.args == ["Anna Berg"] and dialog.chosen == "Anna Berg"
    assert profiles.remembered_profile() == "Anna Berg"


def test_a_bad_name_is_explained_next_to_the_field(qtbot, data_home):
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.name_edit, "Anna: week 1?")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    message = dialog.name_field.error.message
    assert "'Anna: week 1?' cannot be a profile name" in message
    assert dialog.name_field.error.isVisible()
    assert rows(dialog) == ["default   (in use)"]
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "DEFAULT")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "already exists" in dialog.name_field.error.message


def test_the_profile_in_use_and_the_default_cannot_be_archived(qtbot, data_home):
    profiles.create_profile("Anna")
    dialog = open_dialog(qtbot, current="Anna")
    assert dialog.selected() == "Anna"
    assert not dialog.archive_button.isEnabled()
    assert "Switch to another profile" in dialog.archive_button.toolTip()
    dialog.list.setCurrentRow(1)
    assert dialog.selected() == "default"
    assert not dialog.archive_button.isEnabled() and not dialog.rename_button.isEnabled()


def test_renaming_the_profile_in_use_follows_it(qtbot, data_home):
    profiles.create_profile("Anna")
    dialog = open_dialog(qtbot, current="Anna")
    with qtbot.waitSignal(dialog.profile_chosen) as chosen:
        qtbot.keyClicks(dialog.name_edit, "Anna B")
        qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert chosen.args == ["Anna B"] and rows(dialog)[0] == "Anna B   (in use)"


def test_the_picker_lists_switches_and_manages(qtbot, data_home):
    profiles.create_profile("Anna")
    profiles.create_profile("Ben")
    profiles.archive_profile("Ben")
    picker = ProfilePicker("default")
    qtbot.addWidget(picker)
    items = [picker.itemText(i) for i in range(picker.count())]
    assert items == ["Anna", "default", "", "Manage profiles…"]
    assert picker.currentText() == "default"

    with qtbot.waitSignal(picker.profile_changed) as changed:
        picker.activated.emit(picker.findData("Anna"))
    assert changed.args == ["Anna"] and picker.current_profile() == "Anna"
    assert profiles.remembered_profile() == "Anna"

    picker.activated.emit(picker.findData(MANAGE))
    assert picker.currentText() == "Anna"  # never left on "Manage profiles…"
    dialog = picker.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Cleo")
    dialog.create_profile()
    with qtbot.waitSignal(picker.profile_changed) as changed:
        dialog.switch()
    assert changed.args == ["Cleo"]
    assert picker.currentText() == "Cleo"
    assert [picker.itemText(i) for i in range(picker.count())][:3] == ["Anna", "Cleo", "default"]
