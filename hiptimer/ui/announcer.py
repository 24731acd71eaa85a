"""Carries out the announcing rules (hiptimer.present.announcing) on the real outputs:
beeps through the sound output, phrases through the speaker, at the settings' volume."""

from __future__ import annotations

from collections.abc import Sequence

from hiptimer.core.i18n import translate, untranslated
from hiptimer.core.session import Event, SessionView
from hiptimer.present import announcing
from hiptimer.present.announcing import Announcing, Hearing, Hush, Play, Say
from hiptimer.profiles.settings import Settings
from hiptimer.ui.sound import NO_DEVICE, NO_PLAYBACK, SoundOutput
from hiptimer.ui.speech import Speaker


def hearing(sound: SoundOutput, speaker: Speaker | None) -> Hearing:
    """What can be heard, read off the outputs (speaker None: speech turned off)."""
    return Hearing(
        beep_problem=None
        if sound.available
        else (sound.problem or translate("sound", NO_PLAYBACK)),
        no_device=sound.problem == translate("sound", NO_DEVICE),
        speech_off=speaker is None,
        speech_problem=None if speaker is None or speaker.available else speaker.problem,
    )


def audio_notice(sound: SoundOutput, speaker: Speaker | None) -> str | None:
    """The one status line about what cannot be heard, or None when all works."""
    notice = announcing.audio_notice(hearing(sound, speaker))
    if notice is None and speaker is not None and speaker.available:
        return speaker.language_note
    return notice


def unmuted_notice(sound: SoundOutput, speaker: Speaker | None) -> str:
    """What "Sound on" really brings on this computer."""
    return announcing.unmuted_notice(hearing(sound, speaker))


class Announcer:
    def __init__(self, sound: SoundOutput, speaker: Speaker | None, settings: Settings) -> None:
        self.sound = sound
        self.speaker = speaker
        self._settings = settings
        self._rules = Announcing()
        self.apply_settings(settings)

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.sound.set_volume(announcing.beep_level(settings.volume))
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

    @property
    def speech_heard(self) -> bool:
        """The spoken cues are on and a voice can say them."""
        return self.speech_on and self.speaker is not None and self.speaker.available

    def react(self, events: Sequence[Event], view: SessionView) -> None:
        """Announce one poll's worth of events, given the view after them."""
        if self.speaker is not None and self.speaker.english_only:
            # No voice for the window's language: the phrases are made in English.
            with untranslated():
                actions = self._rules.react(
                    events, view, beeps=self.beeps_on, speech=self.speech_on
                )
        else:
            actions = self._rules.react(events, view, beeps=self.beeps_on, speech=self.speech_on)
        for action in actions:
            if isinstance(action, Play):
                self.sound.play(action.beep)
            elif isinstance(action, Say) and self.speaker is not None:
                self.speaker.say(action.phrase)
            elif isinstance(action, Hush):
                self.hush()

    def hush(self) -> None:
        if self.speaker is not None:
            self.speaker.hush()
