"""The main window's sound and speech: made once the window is on screen (they are slow
to start), and the one status line that says what can be heard when either fails."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hiptimer.ui.announcer import Announcer, audio_notice
from hiptimer.ui.messages import replace_notice
from hiptimer.ui.sound import QtSound
from hiptimer.ui.speech import Speaker

if TYPE_CHECKING:
    from hiptimer.ui.main_window import MainWindow

# Pass as speech_engine to run without any speech engine at all.
NO_SPEECH_ENGINE = "none"


def prepare_audio(window: MainWindow, speech_engine: str | None) -> None:
    """Give the window its sound output (unless it was given one), speech and announcer."""
    if window.sound is None:
        window.sound = QtSound(parent=window)
    window.sound.problem_found.connect(window.audio_problem)
    if speech_engine != NO_SPEECH_ENGINE:
        window.speaker = Speaker(speech_engine, window)
        window.speaker.problem_found.connect(window.audio_problem)
    window.sound.prepare()
    if window.speaker is not None:
        window.speaker.prepare()
    window.announcer = Announcer(window.sound, window.speaker, window.settings)


def update_audio_notice(window: MainWindow, old: str | None) -> str | None:
    """Sound or speech failed: one status line tells the whole story of what is heard.

    A later failure replaces the earlier line (no "runs without beeps" next to "follow
    the screen and the beeps"). Returns the line now shown (None: nothing to say).
    """
    if window.sound is None:
        return old
    notice = audio_notice(window.sound, window.speaker)
    if notice != old:
        replace_notice(window.notices, old, notice)
        window.show_status("  ".join(window.notices))
    return notice
