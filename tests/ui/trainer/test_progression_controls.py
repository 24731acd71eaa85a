"""The routine editor's Progression box (issue 15 point 4): a trainer turns progression
off for a routine and limits an exercise's rep range and level; undo takes it back, Save
keeps it, the exported file carries it (version 4) and the client's suggestions follow."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from hiptimer.exchange.routine_file import PROGRESSION_VERSION, read_routine_file
from tests.ui.trainer.test_routine_editor import add_from_library, open_editor


def test_progression_off_and_limits_are_edited_undone_saved_and_exported(qtbot, store, tmp_path):
    editor = open_editor(qtbot, store)
    for name in ("Single-leg glute bridge", "Clamshells", "Half-kneeling hip flexor stretch"):
        add_from_library(qtbot, editor, name)
    box = editor.progression_box
    assert box.enabled.isChecked() and editor.routine().progression

    # The selected exercise's limits: clamshells up to the green band and 16 reps.
    editor.select_row(1)
    levels = [box.top_level.itemText(i) for i in range(box.top_level.count())]
    assert levels == [
        "no limit",
        "tan band",
        "yellow band",
        "red band",
        "green band",
        "blue band",
        "black band",
        "silver band",
        "gold band",
    ]
    box.top_level.setCurrentIndex(levels.index("green band"))
    box.top_reps.setFocus()
    box.top_reps.selectAll()
    qtbot.keyClicks(box.top_reps, "16")
    clams = editor.routine().exercises[1]
    assert (clams.top_reps, clams.top_level) == (16, "green band")
    # A hold has no rep range: its field is off; the reps limit stays with the clamshells.
    editor.select_row(2)
    assert not box.top_reps.isEnabled() and box.top_level.count() == 1  # no ladder
    editor.select_row(1)
    assert box.top_reps.value() == 16 and box.top_level.currentText() == "green band"

    # Off for the whole routine, by its Alt key; undo brings it back on, redo off again.
    qtbot.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not box.enabled.isChecked(), timeout=2000)  # an animated click
    assert editor.routine().progression is False
    assert not box.top_reps.isEnabled() and not box.top_level.isEnabled()
    editor.undo_action.trigger()
    assert box.enabled.isChecked() and editor.routine().progression
    editor.redo_action.trigger()
    assert editor.routine().progression is False

    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Limited")
    routine = editor.routine()
    with qtbot.waitSignal(editor.routine_saved):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.load_routine("Limited") == routine
    out = tmp_path / "limited.json"
    assert editor.export_to(out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["version"] == PROGRESSION_VERSION and document["progression"] is False
    assert document["exercises"][1]["top_level"] == "green band"
    assert read_routine_file(out) == routine
