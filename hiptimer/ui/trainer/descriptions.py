"""What each control of the trainer windows is for, as a screen reader describes it.

Kept apart from the windows' layout code; each window calls its function once its
controls exist. Fields that can show a problem get a tooltip rather than an accessible
description: the problem takes the description while it lasts (fields.Field), and the
tooltip is what a screen reader reads again once it is fixed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hiptimer.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from hiptimer.ui.trainer.exercise_editor import ExerciseEditorDialog
    from hiptimer.ui.trainer.exercise_form import ExerciseForm
    from hiptimer.ui.trainer.handout_dialog import HandoutDialog
    from hiptimer.ui.trainer.profiles_dialog import ProfilesDialog
    from hiptimer.ui.trainer.routine_editor import RoutineEditor


def describe_exercise_form(form: ExerciseForm) -> None:
    for widget, tip in (
        (form.name_edit, translate("ExerciseForm", "The exercise's name, as the runner sees it")),
        (form.mode_combo, translate("ExerciseForm", "Repetitions or a hold")),
        (
            form.sides_combo,
            translate("ExerciseForm", "Which sides are worked, and which comes first"),
        ),
        (form.sets_spin, translate("ExerciseForm", "How many sets on each side")),
        (form.reps_spin, translate("ExerciseForm", "Repetitions in each set")),
        (form.hold_spin, translate("ExerciseForm", "Seconds to hold in each set")),
        (form.self_paced_check, translate("ExerciseForm", "No tempo: the runner presses Done")),
        (form.rest_sets_spin, translate("ExerciseForm", "Seconds of rest between two sets")),
        (
            form.equipment_edit,
            translate("ExerciseForm", "What the exercise needs, separated by commas"),
        ),
        (
            form.cues_edit,
            translate("ExerciseForm", "Short reminders shown during the set, one a line"),
        ),
    ):
        if not widget.toolTip():
            widget.setToolTip(tip)
    # Its tooltip changes with the sides chosen: the description stays.
    form.rest_sides_spin.setAccessibleDescription(
        translate("ExerciseForm", "Seconds of rest before the other side")
    )


def describe_routine_editor(editor: RoutineEditor) -> None:
    editor.library_view.setAccessibleDescription(
        translate(
            "RoutineEditor", "Exercises to add: Enter or double-click adds one to the routine"
        )
    )
    editor.routine_view.setAccessibleDescription(
        translate(
            "RoutineEditor", "The routine's exercises in order: Ctrl+Up and Ctrl+Down move one"
        )
    )
    editor.name_edit.setToolTip(
        translate("RoutineEditor", "The routine's name, as the runner sees it")
    )
    editor.prepare_spin.setToolTip(
        translate("RoutineEditor", "Seconds to get into position before the first exercise")
    )
    editor.rest_spin.setToolTip(translate("RoutineEditor", "Seconds of rest between two exercises"))
    editor.preview.setAccessibleDescription(
        translate(
            "RoutineEditor", "Every step of the session as the routine now stands, with its time"
        )
    )


def describe_exercise_editor(dialog: ExerciseEditorDialog) -> None:
    dialog.figure_combo.setAccessibleName(translate("ExerciseEditorDialog", "Drawn figure"))
    dialog.figure_combo.setAccessibleDescription(
        translate("ExerciseEditorDialog", "The drawn figure that shows this exercise")
    )
    dialog.figure_radio.setAccessibleDescription(
        translate("ExerciseEditorDialog", "Show one of HipTimer's drawn figures")
    )
    dialog.card_radio.setAccessibleDescription(
        translate("ExerciseEditorDialog", "Show a card with the exercise's name, no picture")
    )


def describe_handout(dialog: HandoutDialog) -> None:
    dialog.paper_combo.setAccessibleDescription(
        translate("HandoutDialog", "The paper size to print on")
    )
    dialog.path_edit.setAccessibleDescription(
        translate("HandoutDialog", "Where the PDF is written")
    )
    dialog.open_check.setAccessibleDescription(
        translate("HandoutDialog", "Show the handout in the PDF viewer once it is written")
    )


def describe_profiles(dialog: ProfilesDialog) -> None:
    dialog.list.setAccessibleDescription(
        translate("ProfilesDialog", "Everyone with routines and a history on this computer")
    )
    dialog.show_archived.setAccessibleDescription(
        translate("ProfilesDialog", "List the archived profiles too, to bring one back")
    )


def describe_list(widget: QListWidget, what: str) -> None:
    """what: "routines" or "exercises" (the trainer's lists)."""
    if what == "routines":
        text = translate("RoutinesWindow", "This profile's routines: Enter opens one to edit")
    else:
        text = translate("ExerciseLibraryWindow", "The exercise library: Enter opens one")
    widget.setAccessibleDescription(text)
