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
"""

from __future__ import annotations

from collections.abc import Sequence

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
from hiptimer.profiles.settings import Settings
from hiptimer.ui.cues import BODY_KINDS, LAST_REP, speaking_seconds, step_phrase
from hiptimer.ui.sound import NO_DEVICE, NO_PLAYBACK, Beep, SoundOutput
from hiptimer.ui.speech import Speaker

# With neither beeps nor speech: one line that says both (see audio_notice).
SILENT_NO_DEVICE = (
    "No sound device found and no spoken cues: the session runs silently; follow the screen."
)
SILENT_NO_PLAYBACK = (
    "Beeps cannot be played and there are no spoken cues: the session runs silently; "
    "follow the screen."
)


def audio_notice(sound: SoundOutput, speaker: Speaker | None) -> str | None:
    """The one status line about what cannot be heard, or None when all works.

    speaker None means speech was turned off on purpose: that alone needs no notice,
    but with no beeps either the session is silent, and the line says so.
    """
    sound_problem = None if sound.available else (sound.problem or NO_PLAYBACK)
    no_speech = speaker is None or not speaker.available
    if sound_problem is None:
        return speaker.problem if speaker is not None else None
    if not no_speech:
        return sound_problem
    return SILENT_NO_DEVICE if sound_problem == NO_DEVICE else SILENT_NO_PLAYBACK


def unmuted_notice(sound: SoundOutput, speaker: Speaker | None) -> str:
    """What "Sound on" really brings on this computer."""
    beeps = sound.available
    speech = speaker is not None and speaker.available
    if beeps and speech:
        return "Sound on"
    if beeps:
        return "Sound on: beeps only, no spoken cues"
    if speech:
        return "Sound on: spoken cues only, no beeps (" + _why_no_beeps(sound) + ")"
    return "Sound on, but there is nothing to hear: " + _why_no_beeps(sound) + ", no spoken cues"


def _why_no_beeps(sound: SoundOutput) -> str:
    return "no sound device" if sound.problem == NO_DEVICE else "beeps cannot be played"


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


class Announcer:
    def __init__(self, sound: SoundOutput, speaker: Speaker | None, settings: Settings) -> None:
        self.sound = sound
        self.speaker = speaker
        self._settings = settings
        # The exercise and side whose body line was said last.
        self._body_said: tuple[str, object] | None = None
        self.apply_settings(settings)

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        # A perceptual curve: half way on the slider sounds about half as loud.
        level = (settings.volume / 100) ** 2
        self.sound.set_volume(level)
        if self.speaker is not None:
            self.speaker.set_volume(settings.volume / 100)
            self.speaker.set_voice(settings.voice)
            if settings.muted or not settings.speech:
                self.speaker.hush()

    @property
    def beeps_on(self) -> bool:
        return self._settings.sound and not self._settings.muted

    @property
    def speech_on(self) -> bool:
        return self.speaker is not None and self._settings.speech and not self._settings.muted

    def _beep(self, beep: Beep) -> None:
        if self.beeps_on:
            self.sound.play(beep)

    def _say(self, phrase: str, view: SessionView) -> bool:
        """Say the phrase if it ends before the countdown; False when it was not said."""
        if not self.speech_on or self.speaker is None:
            return False
        remaining = view.remaining
        too_late = (
            remaining is not None
            and view.step.kind is not StepKind.DONE
            and remaining - speaking_seconds(phrase) < COUNTDOWN_FROM + SPEECH_MARGIN
        )
        if too_late:
            return False
        self.speaker.say(phrase)
        return True

    def _announce_step(self, step: Step, view: SessionView) -> None:
        if step.kind in (StepKind.PREPARE, StepKind.DONE):
            self._body_said = None
        side = None
        if step.body is not None and step.exercise is not None and step.kind in BODY_KINDS:
            side = (step.exercise.id, step.side)
        said = side is not None and side != self._body_said
        if said and self._say(step_phrase(step, body=True), view):
            self._body_said = side
        else:
            self._say(step_phrase(step), view)

    def react(self, events: Sequence[Event], view: SessionView) -> None:
        """Announce one poll's worth of events, given the view after them."""
        current = view.step.index
        started = [e for e in events if isinstance(e, StepStarted)]
        if started and started[-1].step.index == current:
            step = started[-1].step
            self._beep(STEP_BEEPS[step.kind])
            self._announce_step(step, view)
        ticks = [e for e in events if isinstance(e, Countdown) and e.step.index == current]
        if ticks:
            if self.speaker is not None:
                self.speaker.hush()
            self._beep(Beep.TICK)
        for event in events:
            if (
                isinstance(event, RepStarted)
                and event.step.index == current
                and event.last
                and event.reps > 1
                and not ticks
            ):
                self._say(LAST_REP, view)
            elif isinstance(event, Paused) and self.speaker is not None:
                self.speaker.hush()

    def hush(self) -> None:
        if self.speaker is not None:
            self.speaker.hush()
