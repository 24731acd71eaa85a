"""What to play and say for the engine's events: the rules of sound, kept in one place.

- A beep at every step change (a tone of its own for go, switch, rest and done) and a low
  tick for each of the last three seconds.
- A spoken cue as a step begins, always in the order side, exercise, dose; "Last rep".
- The body line of a side ("Lie on your right side, left knee opens") once each time the
  side changes: while getting ready or at the switch when it fits before the 3-2-1,
  otherwise as the set on that side begins.
- Speech never overlaps the 3-2-1 ticks: a phrase that would still be going when the
  countdown starts is not begun, and anything still being said stops at the first tick.
- When several steps pass in one poll (a late timer), only the present one is announced.

Qt-free: the rules answer with actions (play, say, hush) that hiptimer.ui.announcer carries
out on the real sound output and speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.session import (
    COUNTDOWN_FROM,
    Countdown,
    Event,
    Paused,
    RepStarted,
    SessionView,
    StepStarted,
)
from hiptimer.core.timeline import Step, StepKind
from hiptimer.present.cues import BODY_KINDS, last_rep, speaking_seconds, step_phrase


class Beep(StrEnum):
    # Low, short: each of the last three seconds.
    TICK = "tick"
    # Higher: a set begins.
    GO = "go"
    # Two rising notes: switch sides.
    SWITCH = "switch"
    # Two falling notes: a rest begins.
    REST = "rest"
    # Three rising notes: the routine is complete.
    DONE = "done"


# With neither beeps nor speech: one line that says both (see audio_notice).
SILENT_NO_DEVICE = QT_TRANSLATE_NOOP(
    "Announcing",
    "No sound device found and no spoken cues: the session runs silently; follow the screen.",
)
SILENT_NO_PLAYBACK = QT_TRANSLATE_NOOP(
    "Announcing",
    "Beeps cannot be played and there are no spoken cues: the session runs silently; "
    "follow the screen.",
)


@dataclass(frozen=True)
class Hearing:
    """What can be heard on this computer, as read off the sound output and the speaker."""

    # Why beeps cannot be heard; None while they play.
    beep_problem: str | None
    # The beeps' problem is that there is no sound device at all.
    no_device: bool
    # Speech was turned off on purpose (there is no speaker).
    speech_off: bool
    # Why the speaker cannot talk; None while it can (or when speech is off).
    speech_problem: str | None

    @property
    def beeps(self) -> bool:
        return self.beep_problem is None

    @property
    def speech(self) -> bool:
        return not self.speech_off and self.speech_problem is None


def audio_notice(hearing: Hearing) -> str | None:
    """The one status line about what cannot be heard, or None when all works.

    Speech turned off on purpose needs no notice alone, but with no beeps either the
    session is silent, and the line says so.
    """
    if hearing.beep_problem is None:
        return hearing.speech_problem
    if hearing.speech:
        return hearing.beep_problem
    return translate("Announcing", SILENT_NO_DEVICE if hearing.no_device else SILENT_NO_PLAYBACK)


def unmuted_notice(hearing: Hearing) -> str:
    """What "Sound on" really brings on this computer."""
    if hearing.no_device:
        why_no_beeps = translate("Announcing", "no sound device")
    else:
        why_no_beeps = translate("Announcing", "beeps cannot be played")
    if hearing.beeps and hearing.speech:
        return translate("Announcing", "Sound on")
    if hearing.beeps:
        return translate("Announcing", "Sound on: beeps only, no spoken cues")
    if hearing.speech:
        return translate("Announcing", "Sound on: spoken cues only, no beeps ({why})").format(
            why=why_no_beeps
        )
    return translate(
        "Announcing", "Sound on, but there is nothing to hear: {why}, no spoken cues"
    ).format(why=why_no_beeps)


def beep_level(volume: int) -> float:
    """The beeps' level for the volume slider (0..100): a perceptual curve, so half way
    on the slider sounds about half as loud."""
    return (volume / 100) ** 2


STEP_BEEPS = {
    StepKind.PREPARE: Beep.REST,
    StepKind.WORK: Beep.GO,
    StepKind.HOLD: Beep.GO,
    StepKind.SWITCH: Beep.SWITCH,
    StepKind.REST: Beep.REST,
    StepKind.DONE: Beep.DONE,
}
# Leave a little air between the end of a phrase and the first tick.
SPEECH_MARGIN = 0.4


@dataclass(frozen=True)
class Play:
    beep: Beep


@dataclass(frozen=True)
class Say:
    phrase: str


@dataclass(frozen=True)
class Hush:
    """Stop whatever is being said."""


Action = Play | Say | Hush
# Say a phrase if it fits; False when it was not said.
_Say = Callable[[str], bool]


def fits_before_countdown(phrase: str, view: SessionView) -> bool:
    """Whether the phrase ends before the step's 3-2-1 begins."""
    remaining = view.remaining
    return (
        remaining is None
        or view.step.kind is StepKind.DONE
        or remaining - speaking_seconds(phrase) >= COUNTDOWN_FROM + SPEECH_MARGIN
    )


class Announcing:
    """The rules above for one session; remembers which side's body line was said last."""

    def __init__(self) -> None:
        # The exercise and side whose body line was said last.
        self._body_said: tuple[str, object] | None = None

    def react(
        self, events: Sequence[Event], view: SessionView, *, beeps: bool, speech: bool
    ) -> list[Action]:
        """What to do for one poll's worth of events, given the view after them.

        beeps, speech: whether each may be heard now (settings, mute, a speaker at all).
        """
        actions: list[Action] = []

        def say(phrase: str) -> bool:
            if not speech or not fits_before_countdown(phrase, view):
                return False
            actions.append(Say(phrase))
            return True

        current = view.step.index
        started = [e for e in events if isinstance(e, StepStarted)]
        if started and started[-1].step.index == current:
            step = started[-1].step
            if beeps:
                actions.append(Play(STEP_BEEPS[step.kind]))
            self._announce_step(step, say)
        ticks = [e for e in events if isinstance(e, Countdown) and e.step.index == current]
        if ticks:
            actions.append(Hush())
            if beeps:
                actions.append(Play(Beep.TICK))
        for event in events:
            if (
                isinstance(event, RepStarted)
                and event.step.index == current
                and event.last
                and event.reps > 1
                and not ticks
            ):
                say(last_rep())
            elif isinstance(event, Paused):
                actions.append(Hush())
        return actions

    def _announce_step(self, step: Step, say: _Say) -> None:
        if step.kind in (StepKind.PREPARE, StepKind.DONE):
            self._body_said = None
        side = None
        if step.body is not None and step.exercise is not None and step.kind in BODY_KINDS:
            side = (step.exercise.id, step.side)
        said = side is not None and side != self._body_said
        if said and say(step_phrase(step, body=True)):
            self._body_said = side
        else:
            say(step_phrase(step))
