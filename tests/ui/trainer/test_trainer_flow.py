"""The whole trainer story: profile, custom exercise, routine, handout, export; a runner's
copy of HipTimer imports the file and plans the session from it."""

import json
import subprocess

from PySide6.QtCore import Qt

from hiptimer.cli import main
from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.timeline import compile_routine
from hiptimer.profiles import folders as profiles
from hiptimer.profiles.saved import LibraryStore
from hiptimer.ui.trainer.profiles_dialog import ProfilesDialog
from hiptimer.ui.trainer.routines_window import RoutinesWindow
from tests.trainer_support import MACHINE_PATH, snapshot
from tests.ui.trainer.conftest import make_image


def test_a_trainer_builds_prints_and_hands_over_a_routine(qtbot, data_home, tmp_path, capsys):
    # A profile for the client.
    dialog = ProfilesDialog("default")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Anna Berg")
    assert dialog.create_profile()
    dialog.switch()
    assert dialog.chosen == "Anna Berg"

    store = LibraryStore.for_profile("Anna Berg")
    window = RoutinesWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.list.item(0).text().startswith("Hip strength for runners\n6 exercises")

    # One exercise of her own, with a photo.
    library = window.open_library()
    editor = library.new_exercise()
    qtbot.keyClicks(editor.form.name_edit, "Step-down")
    editor.form.sides_combo.setCurrentIndex(editor.form.sides_combo.findText("Left side only"))
    assert editor.set_picture_file(make_image(tmp_path / "step.jpg", fmt="JPG"))
    editor.save()
    assert [e.name for e in store.custom_exercises()] == ["Step-down"]

    # A routine: three built-ins and the new one, reordered by keyboard.
    routine_editor = window.new_routine()
    qtbot.addWidget(routine_editor, before_close_func=lambda w: w.undo_stack.setClean())
    for name in ("Clamshells", "Hip hikes", "Half-kneeling hip flexor stretch", "Step-down"):
        row = [e.name for e in routine_editor.library_model.exercises].index(name)
        routine_editor.library_view.setCurrentIndex(routine_editor.library_model.index(row))
        routine_editor.add_selected_library_exercise()
    routine_editor.routine_view.setFocus()
    qtbot.keyClick(routine_editor.routine_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    routine_editor.name_edit.selectAll()
    qtbot.keyClicks(routine_editor.name_edit, "Anna, weeks 1-2")
    assert routine_editor.save()
    routine = store.load_routine("Anna, weeks 1-2")
    assert [e.name for e in routine.exercises] == [
        "Clamshells",
        "Hip hikes",
        "Step-down",
        "Half-kneeling hip flexor stretch",
    ]
    assert window.selected() == routine

    # The handout, from the routines window.
    handout = window.open_handout_dialog()
    handout.open_check.setChecked(False)
    pdf = tmp_path / "anna.pdf"
    handout.path_edit.setText(str(pdf))
    assert handout.write()
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    text = done.stdout
    assert "For: Anna Berg" in text and "Step-down" in text and "Session" in text

    # The file for the client.
    handover = tmp_path / "anna-weeks-1-2.json"
    assert window.export_to(handover)
    assert json.loads(handover.read_text())["version"] == 3  # pictures and side meanings

    # The runner's own HipTimer: a file that is broken is refused and changes nothing ...
    runner_store = LibraryStore.for_profile("default")
    runner_store.save_routine(DEFAULT_ROUTINE)
    runner = RoutinesWindow(runner_store)
    qtbot.addWidget(runner)
    before = snapshot(runner_store.folder)
    broken = tmp_path / "broken.json"
    broken.write_text(handover.read_text().replace('"sets": 2', '"sets": -1', 1))
    assert runner.import_file(broken) is None
    first = routine.exercises[0].name
    assert runner.error.text() == (
        f"⚠ The file broken.json was not imported: {first} (exercise 1), sets: "
        "use 1 to 20 (was -1)."
    )
    assert not MACHINE_PATH.search(runner.error.text())
    assert snapshot(runner_store.folder) == before

    # ... the real one comes in whole, picture and all, and plans to the same second.
    imported = runner.import_file(handover)
    assert imported == routine
    assert runner_store.picture_bytes(imported.exercises[2].picture) == store.picture_bytes(
        routine.exercises[2].picture
    )
    assert main(["plan", str(handover), "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["total_seconds"] == round(compile_routine(routine).total_seconds, 3)
    with qtbot.waitSignal(runner.routine_chosen) as chosen:
        runner.use_action.trigger()
    assert chosen.args == [imported]
    assert profiles.remembered_profile() == "Anna Berg"


def test_the_routines_window_edits_duplicates_and_deletes(qtbot, store):
    window = RoutinesWindow(store)
    qtbot.addWidget(window)
    assert not window.delete_action.isEnabled()  # the built-in stays
    editor = window.edit_selected()  # the built-in: edited as a copy
    qtbot.addWidget(editor, before_close_func=lambda w: w.undo_stack.setClean())
    assert editor.save()
    assert [s.name for s in store.routines()] == ["Hip strength for runners"]
    assert window.duplicate_selected()
    assert [s.name for s in store.routines()] == [
        "Hip strength for runners",
        "Hip strength for runners (2)",
    ]
    assert window.selected().name == "Hip strength for runners (2)"
    assert window.delete_selected(confirm=False)
    assert [s.name for s in store.routines()] == ["Hip strength for runners"]
    (store.routines_dir / "damaged.json").write_text("{")
    window.refresh()
    texts = [window.list.item(i).text() for i in range(window.list.count())]
    assert any(t.startswith("damaged.json\ncannot be read") for t in texts)
