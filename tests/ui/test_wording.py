"""The editor, the start list and the session use the same words for the same thing:
a tempo's phases are "up, pause, down" everywhere, and self-paced sets say so."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Dose, Mode, Routine
from hiptimer.core.timeline import StepKind
from hiptimer.core.wording import exercise_details
from hiptimer.profiles.settings import Settings
from hiptimer.ui.trainer.exercise_form import ExerciseForm

Key = Qt.Key
BRIDGE = DEFAULT_ROUTINE.exercises[0]  # tempo 1.5 s up, 1.5 s pause, 2 s down
SELF_PACED = Routine(
    name="Own pace",
    exercises=(
        dataclasses.replace(BRIDGE, dose=Dose(sets=1, reps=8)),
        *DEFAULT_ROUTINE.exercises[1:2],
    ),
    prepare_seconds=5,
)


def test_the_editor_names_the_tempo_phases_as_the_session_does(qtbot, make_window):
    tempo = BRIDGE.dose.tempo
    assert tempo is not None and BRIDGE.mode is Mode.REPS
    h = make_window(settings=Settings(prepare_seconds=5))
    h.press(Key.Key_Return)
    h.advance(5)
    assert h.window.session.step.kind is StepKind.WORK
    session_words = h.screen.detail.text()
    assert f"pause {tempo.pause:g} s" in session_words

    form = ExerciseForm(full=True)
    qtbot.addWidget(form)
    form.set_exercise(BRIDGE)
    prefixes = [box.prefix().strip() for box in (form.tempo_up, form.tempo_pause, form.tempo_down)]
    assert prefixes == ["up", "pause", "down"]
    shown = [
        f"{box.prefix()}{box.value():g}{box.suffix()}"
        for box in (form.tempo_up, form.tempo_pause, form.tempo_down)
    ]
    assert ", ".join(shown) in session_words
    details = exercise_details(BRIDGE)
    assert ", ".join(shown) in details and "hold" not in details.lower()


def test_self_paced_shows_as_such_in_the_editor_list_and_on_the_start_screen(qtbot, make_window):
    from PySide6.QtGui import QUndoStack

    from hiptimer.ui.trainer.routine_model import RoutineExercisesModel

    h = make_window(SELF_PACED, settings=Settings(prepare_seconds=5))
    rows = h.window.start_screen.exercise_rows()
    assert rows[0].dose.text() == "1 x 8 reps per side, at your own pace"
    assert "own pace" not in rows[1].dose.text()

    model = RoutineExercisesModel(QUndoStack(), lambda: None)
    model.exercises = list(SELF_PACED.exercises)
    first = model.data(model.index(0), Qt.ItemDataRole.DisplayRole)
    second = model.data(model.index(1), Qt.ItemDataRole.DisplayRole)
    assert first.endswith("1 x 8 reps per side, at your own pace")
    assert "own pace" not in second

    h.press(Key.Key_Return)
    h.advance(5)
    assert "at your own pace" in h.screen.detail.text()
