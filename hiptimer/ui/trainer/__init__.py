"""Trainer tools: the exercise library, the routine editor, profiles and the handout.

Each is a window or dialog of its own, opened by one function:

- open_exercise_library(profile, parent=None) -> ExerciseLibraryWindow
      signal library_changed()
- open_routines_window(profile, parent=None) -> RoutinesWindow: the hub for a trainer
      signals routines_changed(), routine_chosen(Routine)
- open_routine_editor(profile, routine_name=None, parent=None) -> RoutineEditor
      signal routine_saved(name); raises LibraryError for a routine that cannot be read
- edit_exercise(store, exercise=None, parent=None) -> Exercise | None   (modal)
- choose_profile(current, parent=None) -> str | None                   (modal)
- ProfilePicker(current=None, parent=None): a combo box for the start view
      signal profile_changed(name)
- HandoutDialog(store, routine, client="", parent=None): asks, then writes the PDF

Nothing here is imported at start-up; the window imports it when a trainer opens a tool.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hiptimer.ui.trainer.exercise_editor import ExerciseEditorDialog, edit_exercise
    from hiptimer.ui.trainer.handout_dialog import HandoutDialog
    from hiptimer.ui.trainer.library_window import ExerciseLibraryWindow, open_exercise_library
    from hiptimer.ui.trainer.profiles_dialog import ProfilePicker, ProfilesDialog, choose_profile
    from hiptimer.ui.trainer.routine_editor import RoutineEditor, open_routine_editor
    from hiptimer.ui.trainer.routines_window import RoutinesWindow, open_routines_window

# Each name loads its own module on first use: the start screen's profile picker should
# not pay for the routine editor's imports.
_HOMES = {
    "ExerciseEditorDialog": "exercise_editor",
    "edit_exercise": "exercise_editor",
    "HandoutDialog": "handout_dialog",
    "ExerciseLibraryWindow": "library_window",
    "open_exercise_library": "library_window",
    "ProfilePicker": "profiles_dialog",
    "ProfilesDialog": "profiles_dialog",
    "choose_profile": "profiles_dialog",
    "RoutineEditor": "routine_editor",
    "open_routine_editor": "routine_editor",
    "RoutinesWindow": "routines_window",
    "open_routines_window": "routines_window",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)


__all__ = [
    "ExerciseEditorDialog",
    "ExerciseLibraryWindow",
    "HandoutDialog",
    "ProfilePicker",
    "ProfilesDialog",
    "RoutineEditor",
    "RoutinesWindow",
    "choose_profile",
    "edit_exercise",
    "open_exercise_library",
    "open_routine_editor",
    "open_routines_window",
]
