"""The routine editor, driven as a trainer would: keys, fields, undo, save, export."""

import dataclasses

from PySide6.QtCore import QModelIndex, Qt

from hiptimer.core.builtin import BUILT_IN_EXERCISES, DEFAULT_ROUTINE
from hiptimer.core.routine import Dose, Exercise, Mode, Sides
from hiptimer.core.timeline import compile_routine
from hiptimer.core.wording import clock_text as format_duration
from hiptimer.exchange.routine_file import read_routine_file
from hiptimer.present.handout_text import grid_rows
from hiptimer.profiles.saved import LibraryStore
from hiptimer.ui.trainer.routine_editor import NAME_TAKEN, RoutineEditor
from tests.ui.trainer.conftest import make_image

SIDE_PLANK = Exercise(
    id="side-plank",
    name="Side plank",
    mode=Mode.HOLD,
    dose=Dose(sets=2, hold_seconds=20),
    sides=Sides.RIGHT_ONLY,
    cues=("Elbow under the shoulder.",),
)


def names(editor):
    return [e.name for e in editor.model.exercises]


def add_from_library(qtbot, editor, name):
    row = [e.name for e in editor.library_model.exercises].index(name)
    editor.library_view.setCurrentIndex(editor.library_model.index(row))
    qtbot.keyClick(editor.library_view, Qt.Key.Key_Return)


def open_editor(qtbot, store):
    editor = RoutineEditor(store)
    # Closing with unsaved changes would ask; the test's own closing must not wait for that.
    qtbot.addWidget(editor, before_close_func=lambda w: w.undo_stack.setClean())
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def with_custom_exercise(store, tmp_path):
    picture = store.add_picture(make_image(tmp_path / "plank.png").read_bytes())
    store.save_exercise(dataclasses.replace(SIDE_PLANK, picture=picture))
    return picture


def test_build_reorder_undo_redo_and_save(qtbot, store, tmp_path):
    with_custom_exercise(store, tmp_path)
    editor = open_editor(qtbot, store)
    assert editor.model.rowCount() == 0 and not editor.save_action.isEnabled()
    assert "at least one exercise" in editor.exercises_error.message

    for name in ("Clamshells", "Hip hikes", "Donkey kicks", "Side plank"):
        add_from_library(qtbot, editor, name)
    assert names(editor) == ["Clamshells", "Hip hikes", "Donkey kicks", "Side plank"]
    assert editor.selected_row() == 3

    # Keyboard: Ctrl+Up twice moves the side plank to the second place.
    editor.routine_view.setFocus()
    qtbot.keyClick(editor.routine_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.routine_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(editor) == ["Clamshells", "Side plank", "Hip hikes", "Donkey kicks"]
    assert editor.selected_row() == 1
    qtbot.keyClick(editor.routine_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(editor) == ["Clamshells", "Hip hikes", "Side plank", "Donkey kicks"]

    # The model's own move (what a drag within the list ends in): first to the end.
    assert editor.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 4)
    assert names(editor) == ["Hip hikes", "Side plank", "Donkey kicks", "Clamshells"]

    # Undo walks back through the moves (Ctrl+Z in the list), redo walks forward again.
    qtbot.keyClick(editor.routine_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(editor) == ["Clamshells", "Hip hikes", "Side plank", "Donkey kicks"]
    editor.undo_action.trigger()
    assert names(editor) == ["Clamshells", "Side plank", "Hip hikes", "Donkey kicks"]
    editor.redo_action.trigger()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.routine_view, Qt.Key.Key_Z, ctrl_shift)
    assert names(editor) == ["Hip hikes", "Side plank", "Donkey kicks", "Clamshells"]

    # Delete removes the selected exercise; undo brings it back in place.
    editor.select_row(2)
    qtbot.keyClick(editor.routine_view, Qt.Key.Key_Delete)
    assert names(editor) == ["Hip hikes", "Side plank", "Clamshells"]
    editor.undo_action.trigger()
    assert names(editor) == ["Hip hikes", "Side plank", "Donkey kicks", "Clamshells"]

    # Name it, and the preview total is the compiled timeline's.
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Anna: week 1?")
    routine = editor.routine()
    total = compile_routine(routine).total_seconds
    assert editor.preview_total_seconds == total
    assert editor.total_label.text() == f"Total: {format_duration(total)}"
    assert editor.preview.topLevelItemCount() == len(compile_routine(routine).steps)

    with qtbot.waitSignal(editor.routine_saved) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == ["Anna: week 1?"]
    assert store.load_routine("Anna: week 1?") == routine
    assert editor.undo_stack.isClean() and not editor.isWindowModified()
    assert (store.routines_dir / "anna-week-1.json").is_file()


def test_editing_a_field_updates_the_preview_and_undoes_in_one_step(qtbot, store):
    editor = open_editor(qtbot, store)
    add_from_library(qtbot, editor, "Clamshells")
    before = editor.preview_total_seconds
    editor.form.sets_spin.setFocus()
    editor.form.sets_spin.selectAll()
    qtbot.keyClicks(editor.form.sets_spin, "3")
    assert editor.model.exercises[0].dose.sets == 3
    assert editor.preview_total_seconds == compile_routine(editor.routine()).total_seconds
    assert editor.preview_total_seconds > before

    editor.form.reps_spin.setFocus()
    editor.form.reps_spin.selectAll()
    qtbot.keyClicks(editor.form.reps_spin, "18")  # two key presses, one undo step
    assert editor.model.exercises[0].dose.reps == 18
    editor.undo_action.trigger()
    assert editor.model.exercises[0].dose.reps == 15
    assert editor.form.reps_spin.value() == 15
    editor.undo_action.trigger()
    assert editor.form.sets_spin.value() == 2 and editor.preview_total_seconds == before

    # Self-paced: the tempo fields go away and the total uses the typical pace.
    editor.form.self_paced_check.setChecked(True)
    assert editor.model.exercises[0].dose.tempo is None
    assert editor.form.fields["dose.tempo"].isHidden()
    assert editor.preview_total_seconds == compile_routine(editor.routine()).total_seconds

    # Sides: one side only for a rehab case.
    editor.form.sides_combo.setCurrentIndex(editor.form.sides_combo.findText("Left side only"))
    assert editor.model.exercises[0].sides is Sides.LEFT_ONLY
    assert not editor.form.rest_sides_spin.isEnabled()


def test_an_invalid_value_is_shown_beside_its_field_and_save_is_off(qtbot, store):
    editor = open_editor(qtbot, store)
    add_from_library(qtbot, editor, "Clamshells")
    add_from_library(qtbot, editor, "Half-kneeling hip flexor stretch")
    editor.select_row(0)
    assert editor.save_action.isEnabled()

    editor.form.sets_spin.setFocus()
    editor.form.sets_spin.selectAll()
    qtbot.keyClicks(editor.form.sets_spin, "0")
    field = editor.form.fields["dose.sets"]
    assert field.error.isVisible()
    assert field.error.text() == "⚠ Use 1 to 20 (was 0)."
    assert (
        editor.form.sets_spin.parent() is field
        and editor.form.sets_spin.parent() is field.error.parent()
    )
    assert not editor.save_action.isEnabled() and not editor.export_action.isEnabled()
    assert editor.total_label.text() == "Total: –"
    tooltip = editor.model.data(editor.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Clamshells (exercise 1), sets: use 1 to 20 (was 0)"
    # Save by keyboard does nothing while a value is wrong.
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.routines() == []

    # Routine-level values are checked the same way.
    editor.prepare_spin.setValue(500)
    assert editor.prepare_field.error.text() == "⚠ Use 0 to 120 seconds (was 500)."
    editor.undo_action.trigger()
    assert editor.prepare_field.error.message == ""

    editor.form.sets_spin.selectAll()
    qtbot.keyClicks(editor.form.sets_spin, "4")
    assert not field.error.isVisible() and editor.save_action.isEnabled()

    # A name another routine of the profile has cannot be saved either.
    store.save_routine(dataclasses.replace(editor.routine(), name="Taken"))
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "taken")
    assert NAME_TAKEN in editor.name_field.error.message
    assert not editor.save_action.isEnabled()


def test_drops_from_the_library_and_within_the_list(qtbot, store):
    editor = open_editor(qtbot, store)
    library = editor.library_model
    model = editor.model
    drop = Qt.DropAction
    bridge = library.mimeData([library.index(0)])
    assert model.dropMimeData(bridge, drop.CopyAction, -1, 0, QModelIndex())
    stretch = library.mimeData([library.index(5)])
    assert model.dropMimeData(stretch, drop.CopyAction, 0, 0, QModelIndex())
    assert names(editor) == ["Half-kneeling hip flexor stretch", "Single-leg glute bridge"]
    # The same exercise twice gets an id of its own, so the routine stays valid.
    model.dropMimeData(library.mimeData([library.index(0)]), drop.CopyAction, -1, 0, QModelIndex())
    assert [e.id for e in model.exercises] == [
        "hip-flexor-stretch",
        "glute-bridge",
        "glute-bridge-2",
    ]
    # A row dragged to the top moves (and the view is told not to delete it afterwards).
    moved = model.mimeData([model.index(1)])
    assert model.dropMimeData(moved, drop.MoveAction, 0, 0, QModelIndex()) is False
    assert model.exercises[0].id == "glute-bridge"
    assert model.rowCount() == 3
    editor.undo_action.trigger()
    assert model.exercises[0].id == "hip-flexor-stretch"


def test_export_then_import_elsewhere_gives_the_same_routine(qtbot, store, tmp_path):
    with_custom_exercise(store, tmp_path)
    editor = open_editor(qtbot, store)
    add_from_library(qtbot, editor, "Clamshells")
    add_from_library(qtbot, editor, "Side plank")
    out = tmp_path / "handover.json"
    assert editor.export_to(out)
    runner = LibraryStore(tmp_path / "runner")
    assert runner.import_file(out) == editor.routine()


def test_an_existing_routine_opens_clean_and_saves_in_place(qtbot, store):
    path = store.save_routine(dataclasses.replace(DEFAULT_ROUTINE, name="Week 1"))
    editor = RoutineEditor(store, store.load_routine("Week 1"), saved_name="Week 1")
    qtbot.addWidget(editor, before_close_func=lambda w: w.undo_stack.setClean())
    assert not editor.isWindowModified() and editor.save_action.isEnabled()
    assert names(editor) == [e.name for e in BUILT_IN_EXERCISES]
    editor.rest_spin.setValue(45)
    assert editor.isWindowModified()
    assert editor.save()
    assert store.load_routine("Week 1").rest_between_exercises == 45
    assert [p.name for p in store.routines_dir.iterdir()] == [path.name]


def test_the_side_order_is_left_first_unless_the_trainer_chooses_and_is_kept(
    qtbot, store, tmp_path
):
    editor = open_editor(qtbot, store)
    for name in ("Clamshells", "Hip hikes"):
        add_from_library(qtbot, editor, name)
    assert [e.sides for e in editor.model.exercises] == [Sides.LEFT_FIRST] * 2
    editor.select_row(1)
    editor.form.sides_combo.setCurrentIndex(
        editor.form.sides_combo.findText("Both sides, right first")
    )
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Right leg first")
    assert editor.save()
    out = tmp_path / "handover.json"
    store.export_routine(store.load_routine("Right leg first"), out)
    routine = read_routine_file(out)
    assert [e.sides for e in routine.exercises] == [Sides.LEFT_FIRST, Sides.RIGHT_FIRST]
    firsts = [(s.exercise.id, s.side.value) for s in compile_routine(routine).steps if s.is_set]
    assert firsts[:2] == [("clamshells", "left"), ("clamshells", "right")]
    assert firsts[4:6] == [("hip-hikes", "right"), ("hip-hikes", "left")]
    # The handout's tick rows say the same order.
    assert [grid_rows(e) for e in routine.exercises] == [["Left", "Right"], ["Right", "Left"]]
