"""The main window's sound and speech: made once the window is on screen (they are slow
to start), and the one status line that says what can be heard when either fails."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from hiptimer.ui.announcer import Announcer, audio_notice
from hiptimer.ui.messages import replace_notice
from hiptimer.ui.sound import QtSound
from hiptimer.ui.speech import Speaker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hiptimer.profiles.settings import Settings
    from hiptimer.ui.sound import SoundOutput

# Pass as speech_engine to run without any speech engine at all.
NO_SPEECH_ENGINE = "none"


def make_audio(
    parent: QWidget,
    sound: SoundOutput | None,
    speech_engine: str | None,
    problem_found: Callable[[str], None],
) -> tuple[SoundOutput, Speaker | None]:
    """The sound output (QtSound unless one is given) and speech, not yet started;
    problem_found hears of any failure of either."""
    if sound is None:
        sound = QtSound(parent=parent)
    sound.problem_found.connect(problem_found)
    speaker = None
    if speech_engine != NO_SPEECH_ENGINE:
        speaker = Speaker(speech_engine, parent)
        speaker.problem_found.connect(problem_found)
    return sound, speaker


def start_audio(sound: SoundOutput, speaker: Speaker | None, settings: Settings) -> Announcer:
    """Start sound and speech (a failure may be reported at once), and the announcer on them."""
    sound.prepare()
    if speaker is not None:
        speaker.prepare()
    return Announcer(sound, speaker, settings)


def update_audio_notice(
    sound: SoundOutput, speaker: Speaker | None, notices: list[str], old: str | None
) -> str | None:
    """Sound or speech failed: one status line tells the whole story of what is heard.

    A later failure replaces the earlier line in notices (no "runs without beeps" next to
    "follow the screen and the beeps"). Returns the line now among them (None: none).
    """
    notice = audio_notice(sound, speaker)
    if notice != old:
        replace_notice(notices, old, notice)
    return notice
