"""What the main window shows of a running session, from the controller's snapshots:
the exercise and side on the session screen, the figure's movement, the window title.

Loaded when the first session starts (start-up time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hiptimer.core.builtin import exercise_name
from hiptimer.core.routine import SELF_PACED_SECONDS_PER_REP
from hiptimer.core.session import State
from hiptimer.core.timeline import StepKind
from hiptimer.present.cues import KIND_LABELS
from hiptimer.present.pacing import breathing, self_paced_movement

if TYPE_CHECKING:
    from hiptimer.core.session import SessionView
    from hiptimer.core.timeline import Step
    from hiptimer.ui.picture_cache import CustomPictures
    from hiptimer.ui.session_view import SessionScreen


def show_step(screen: SessionScreen, step: Step, pictures: CustomPictures | None) -> None:
    """A new step: its exercise, side and picture, the figure at its start."""
    exercise = step.exercise
    # On rest, switch and prepare, the exercise and side are those of the next set.
    if exercise is not None:
        picture = None
        if pictures is not None:
            picture = pictures.image(exercise.picture)
        screen.show_exercise(exercise.figure, exercise_name(exercise), step.side, picture)
    else:
        screen.show_exercise(None, "Routine complete", None)
    screen.show_movement(0.0)


def move_figure(screen: SessionScreen, view: SessionView) -> None:
    """The figure follows the reps (or a typical pace), breathes in a hold, rests otherwise."""
    if view.state is not State.RUNNING:
        return
    step = view.step
    if step.kind is StepKind.WORK:
        if view.rep is not None:
            screen.show_movement(view.rep.movement)
        else:
            movement = self_paced_movement(view.elapsed_in_step, SELF_PACED_SECONDS_PER_REP)
            screen.show_movement(movement)
    elif step.kind is StepKind.HOLD:
        screen.show_movement(1.0, breathing(view.elapsed_in_step))
    else:
        screen.show_movement(0.0)


def shown_text(view: SessionView, reps: int | None) -> tuple[object, ...]:
    """Everything the screen's text shows of a snapshot: an animation frame that changes
    none of it only moves the figure (CPU)."""
    rep = view.rep
    return (
        view.step.index,
        view.state,
        view.pause_reason,
        view.countdown,
        int(view.elapsed_total),
        reps,
        None if rep is None else (rep.rep, rep.phase, round(rep.fraction * 24)),
    )


def session_title(view: SessionView, app_title: str) -> str:
    state = "Paused · " if view.state is State.PAUSED else ""
    # Prepare, rest and switch titles already say what the step is.
    kind = ""
    if view.step.is_set:
        kind = KIND_LABELS[view.step.kind].capitalize() + ": "
    return f"{state}{kind}{view.step.title} — {app_title}"
