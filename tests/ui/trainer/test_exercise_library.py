"""The exercise library window and the custom exercise editor, driven with keys and clicks."""

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from hiptimer.core.builtin import BUILT_IN_EXERCISES
from hiptimer.core.routine import Mode, Sides
from hiptimer.exchange.picture_files import MAX_PICTURE_BYTES, check_picture
from hiptimer.ui.trainer.exercise_editor import ExerciseEditorDialog
from hiptimer.ui.trainer.library_window import ExerciseLibraryWindow
from hiptimer.ui.trainer.picture_picker import MAX_SIDE, read_picture_file
from tests.ui.trainer.conftest import make_image


def open_library(qtbot, store):
    window = ExerciseLibraryWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def list_texts(window):
    return [window.list.item(i).text() for i in range(window.list.count())]


def test_built_ins_are_read_only_and_can_be_duplicated(qtbot, store):
    window = open_library(qtbot, store)
    texts = list_texts(window)
    assert texts[0] == "Built-in exercises (read-only)"
    assert [t.split("\n")[0] for t in texts[1:7]] == [e.name for e in BUILT_IN_EXERCISES]
    assert texts[7] == "Your exercises: none yet"
    assert window.selected() == BUILT_IN_EXERCISES[0]
    assert not window.edit_button.isEnabled() and not window.delete_button.isEnabled()
    assert "read-only" in window.kind_label.text()
    # Each side in body terms, in the order the session works them.
    details = window.details_label.text().splitlines()
    assert details[1:3] == [
        "Left: Left foot planted, right leg up",
        "Right: Right foot planted, left leg up",
    ]
    assert window.edit_selected() is None

    qtbot.keyClick(window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    assert editor is not None and editor.isVisible()
    assert editor.form.name_edit.text() == "Single-leg glute bridge (copy)"
    assert editor.figure_radio.isChecked()
    with qtbot.waitSignal(window.library_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    copy = store.custom_exercises()[0]
    assert copy.id == "single-leg-glute-bridge-copy" and copy.figure == "glute-bridge"
    assert copy.dose == BUILT_IN_EXERCISES[0].dose
    assert window.selected() == copy and window.edit_button.isEnabled()
    assert list_texts(window)[7] == "Your exercises"


def test_a_new_exercise_with_a_picture_file(qtbot, store, tmp_path):
    window = open_library(qtbot, store)
    qtbot.keyClick(window.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    qtbot.keyClicks(editor.form.name_edit, "Side plank")
    editor.form.mode_combo.setCurrentIndex(editor.form.mode_combo.findText("Hold for a time"))
    editor.form.sides_combo.setCurrentIndex(editor.form.sides_combo.findText("Right side only"))
    editor.form.hold_spin.setValue(25)
    qtbot.keyClicks(editor.form.equipment_edit, "mat, yoga block")
    editor.form.cues_edit.setFocus()
    qtbot.keyClicks(editor.form.cues_edit, "Elbow under the shoulder.")

    # The file must be a real picture; a renamed text file is refused next to the choice.
    fake = tmp_path / "notes.png"
    fake.write_text("these are notes, not a picture")
    assert not editor.set_picture_file(fake)
    assert "notes.png cannot be used: not a PNG or JPEG picture" in editor.picture_error.message
    assert editor.form.problem_shown("name") == ""  # said under the picture, not the name
    assert not editor.save_button.isEnabled()
    assert editor.set_picture_file(make_image(tmp_path / "plank.png"))
    assert editor.picture_error.message == "" and editor.save_button.isEnabled()
    assert editor.preview.currentWidget() is editor.preview.image

    editor.save()
    [exercise] = store.custom_exercises()
    assert exercise.id == "side-plank" and exercise.mode is Mode.HOLD
    assert exercise.sides is Sides.RIGHT_ONLY and exercise.dose.hold_seconds == 25
    assert exercise.equipment == ("mat", "yoga block")
    assert exercise.cues == ("Elbow under the shoulder.",)
    assert exercise.figure is None and store.picture_path(exercise.picture) is not None
    assert window.selected() == exercise
    assert window.picture.currentWidget() is window.picture.image


def test_a_custom_exercise_says_what_its_side_means_and_keeps_it(qtbot, store, tmp_path):
    window = open_library(qtbot, store)
    qtbot.keyClick(window.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    form = editor.form
    qtbot.keyClicks(form.name_edit, "Side-lying leg raise")
    assert editor.set_picture_file(make_image(tmp_path / "raise.png"))
    # A named meaning from the list, previewed as the session will say it.
    form.meaning_combo.setCurrentIndex(form.meaning_combo.findText("lying side"))
    assert (
        form.meaning_preview.text() == "Left: Lie on your left side\nRight: Lie on your right side"
    )
    # Or the trainer's own words, with the side and the other side in braces.
    form.meaning_combo.lineEdit().clear()
    qtbot.keyClicks(form.meaning_combo.lineEdit(), "Lie on your {other} side, {side} leg lifts")
    assert form.meaning_preview.text().startswith("Left: Lie on your right side, left leg lifts")
    editor.save()
    [exercise] = store.custom_exercises()
    assert exercise.side_meaning == "Lie on your {other} side, {side} leg lifts"
    document = json.loads((store.exercises_dir / f"{exercise.id}.json").read_text("utf-8"))
    assert document["version"] == 2
    assert document["exercise"]["side_meaning"] == exercise.side_meaning
    # A stray brace is marked next to the field and blocks saving.
    window.edit_selected()
    editor = window.editor
    editor.form.meaning_combo.lineEdit().setText("Lie on {left side")
    assert "{side}" in editor.form.problem_shown("side_meaning")
    assert not editor.save_button.isEnabled()
    # No sides, no meaning to give.
    editor.form.sides_combo.setCurrentIndex(editor.form.sides_combo.findData("none"))
    assert editor.form.fields["side_meaning"].isHidden()


def test_invalid_values_are_marked_and_block_saving(qtbot, store):
    editor = ExerciseEditorDialog(store)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.form.problem_shown("name") == "fill this in (it is empty)"
    assert editor.form.fields["name"].error.text() == "⚠ Fill this in (it is empty)."
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.form.name_edit, "Monster walk")
    editor.form.tempo_up.setValue(0)
    editor.form.tempo_pause.setValue(0)
    editor.form.tempo_down.setValue(0.0)
    assert editor.form.fields["dose.tempo"].error.text() == (
        "⚠ Use at least 0.5 seconds per repetition in all (was 0)."
    )
    assert not editor.save_button.isEnabled()
    editor.form.self_paced_check.setChecked(True)
    assert editor.form.problem_shown("dose.tempo") == "" and editor.save_button.isEnabled()
    editor.form.cues_edit.setPlainText("\n".join(f"cue {i}" for i in range(8)))
    assert editor.form.fields["cues"].error.text() == "⚠ Use at most 6 cue lines (there are 8)."
    assert store.custom_exercises() == []


def test_editing_and_deleting_a_custom_exercise(qtbot, store):
    window = open_library(qtbot, store)
    window.duplicate_selected().save()
    exercise = window.selected()
    editor = window.edit_selected()
    editor.form.sets_spin.setValue(3)
    editor.save()
    assert store.custom_exercises()[0].dose.sets == 3
    assert store.custom_exercises()[0].id == exercise.id  # the id, and so the history, stays
    with qtbot.waitSignal(window.library_changed):
        window.delete_selected(confirm=False)
    assert store.custom_exercises() == []


def test_a_large_photo_is_made_smaller_before_it_is_kept(tmp_path):
    big = tmp_path / "photo.jpg"
    image = QImage(4000, 2500, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    painter = QPainter(image)
    for i in range(0, 4000, 3):  # fine stripes, so the file is large like a photo
        painter.setPen(QColor((i * 7) % 256, (i * 13) % 256, (i * 29) % 256))
        painter.drawLine(i, 0, 4000 - i, 2500)
    painter.end()
    assert image.save(str(big), "JPG", 95)
    assert big.stat().st_size > MAX_PICTURE_BYTES
    data = read_picture_file(big)
    info = check_picture(data)
    assert max(info.width, info.height) == MAX_SIDE and len(data) <= MAX_PICTURE_BYTES
    small = make_image(tmp_path / "small.png")
    assert read_picture_file(small) == small.read_bytes()  # kept byte for byte
