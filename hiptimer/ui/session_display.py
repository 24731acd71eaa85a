"""What the main window shows of a running session, from the controller's snapshots:
the exercise and side on the session screen, the figure's movement, the window title.

Loaded when the first session starts (start-up time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hiptimer.core.builtin import exercise_name
from hiptimer.core.i18n import translate
from hiptimer.core.routine import SELF_PACED_SECONDS_PER_REP
from hiptimer.core.session import State
from hiptimer.core.timeline import StepKind
from hiptimer.present.cues import KIND_LABELS, step_phrase
from hiptimer.present.pacing import breathing_frame, self_paced_movement
from hiptimer.ui import accessibility

if TYPE_CHECKING:
    from hiptimer.core.session import SessionView
    from hiptimer.core.timeline import Step
    from hiptimer.ui.announcer import Announcer
    from hiptimer.ui.picture_cache import CustomPictures
    from hiptimer.ui.session_view import SessionScreen


def show_step(
    screen: SessionScreen,
    step: Step,
    pictures: CustomPictures | None,
    announcer: Announcer | None = None,
) -> None:
    """A new step: its exercise, side and picture, the figure at its start; and the step
    told to the screen reader (see announce_step)."""
    announce_step(screen, step, announcer)
    exercise = step.exercise
    # On rest, switch and prepare, the exercise and side are those of the next set.
    if exercise is not None:
        picture = None
        if pictures is not None:
            picture = pictures.image(exercise.picture)
        screen.show_exercise(exercise.figure, exercise_name(exercise), step.side, picture)
    else:
        screen.show_exercise(None, translate("session_display", "Routine complete"), None)
    screen.show_movement(0.0)


def announce_step(screen: SessionScreen, step: Step, announcer: Announcer | None) -> None:
    """Tell a screen reader what the new step is, in the words the spoken cues use.

    Only while the spoken cues are not heard (muted, turned off, or no working voice):
    the cues and the screen reader are two voices that do not wait for each other, so
    announcing both would say every step twice at once. The announcement is polite: it
    waits for what the screen reader is saying (the person may be reading the cues)."""
    if announcer is not None and announcer.speech_heard:
        return
    accessibility.announce(screen.kind, step_phrase(step))


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
        screen.show_movement(1.0, breathing_frame(view.elapsed_in_step), hold=True)
    else:
        screen.show_movement(0.0, hold=True)


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
    state = translate("session_display", "Paused · ") if view.state is State.PAUSED else ""
    # Prepare, rest and switch titles already say what the step is.
    kind = ""
    if view.step.is_set:
        kind = KIND_LABELS[view.step.kind].capitalize() + ": "
    return f"{state}{kind}{view.step.title} — {app_title}"
