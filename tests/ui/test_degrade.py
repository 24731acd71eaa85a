"""No sound device, no speech engine, a speech engine that fails mid-session, no D-Bus:
the session runs silently to the end, and the window says so once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hiptimer.core.session import Outcome, State
from hiptimer.present.announcing import SILENT_NO_DEVICE, Beep
from hiptimer.ui.keep_awake import KeepAwake, ScreenSaverInhibitor
from hiptimer.ui.sound import NO_DEVICE, QtSound
from hiptimer.ui.speech import NO_SPEECH, Speaker

Key = Qt.Key


def test_no_sound_device_and_no_speech_engine_run_silently_and_say_so_once(make_window):
    sound = QtSound(has_device=False)
    h = make_window(sound=sound, speech_engine="no-such-engine")
    h.window.prepare_audio()
    assert not sound.available and sound.problem == NO_DEVICE
    speaker = h.window.speaker
    assert not speaker.available and speaker.problem == NO_SPEECH and speaker.engine is None
    # One line that says both, not "runs without beeps" next to "follow ... the beeps".
    assert h.window.notices == [SILENT_NO_DEVICE]
    assert h.window.status_label.text() == SILENT_NO_DEVICE
    assert "beeps" not in h.window.status_label.text().split(":")[-1]

    h.press(Key.Key_Return)
    for _ in range(30):
        sound.play(Beep.TICK)  # asking again changes nothing and says nothing new
    total = h.window.timeline.total_seconds
    h.advance(total + 1, dt=0.5)

    session = h.window.session
    assert session.state is State.FINISHED and session.outcome is Outcome.FINISHED
    assert len(session.results) == 24
    assert h.window.notices == [SILENT_NO_DEVICE]
    assert speaker.spoken == []


def test_no_sound_device_with_speech_turned_off_is_one_line_too(make_window):
    h = make_window(sound=QtSound(has_device=False), speech_engine="none")
    h.window.prepare_audio()
    assert h.window.speaker is None
    assert h.window.notices == [SILENT_NO_DEVICE]
    assert h.window.status_label.text() == SILENT_NO_DEVICE


def test_no_sound_device_with_speech_says_spoken_cues_only(make_window):
    h = make_window(sound=QtSound(has_device=False))
    h.window.prepare_audio()
    assert h.window.speaker.available
    assert h.window.notices == [NO_DEVICE]
    h.press(Key.Key_M)
    h.press(Key.Key_M)
    assert h.window.status_label.text() == "Sound on: spoken cues only, no beeps (no sound device)"


def test_unmuting_with_nothing_to_hear_says_so(make_window):
    h = make_window(sound=QtSound(has_device=False), speech_engine="no-such-engine")
    h.press(Key.Key_M)
    assert h.window.status_label.text() == "Muted: M to hear beeps and speech again"
    h.press(Key.Key_M)
    assert h.window.status_label.text() == (
        "Sound on, but there is nothing to hear: no sound device, no spoken cues"
    )


def test_speech_failing_while_beeps_work_says_beeps_only_on_unmute(make_window):
    h = make_window(speech_engine="no-such-engine")
    h.window.prepare_audio()
    assert h.window.notices == [NO_SPEECH]
    h.press(Key.Key_M)
    h.press(Key.Key_M)
    assert h.window.status_label.text() == "Sound on: beeps only, no spoken cues"
    assert h.window.notices == [NO_SPEECH]


def test_a_speech_engine_failing_mid_session_turns_speech_off_once(make_window):
    h = make_window()
    h.window.prepare_audio()
    speaker = h.window.speaker
    engine = speaker.engine
    h.press(Key.Key_Return)
    assert speaker.spoken
    engine.errorOccurred.emit(engine.ErrorReason.Playback, "device lost")
    assert not speaker.available and speaker.engine is None
    assert h.window.notices == [NO_SPEECH]
    said = list(speaker.spoken)
    h.press(Key.Key_Right)
    h.advance(5)
    assert speaker.spoken == said  # nothing more is sent to a broken engine
    assert h.screen.kind.text() == "WORK" and h.state is State.RUNNING


def test_no_speech_engine_at_all_leaves_the_voice_setting_disabled(make_window):
    h = make_window(speech_engine="no-such-engine")
    h.window.show_settings()
    dialog = h.window.settings_dialog
    assert not dialog.voice.isEnabled()
    assert NO_SPEECH in dialog.findChild(QLabel, "settingsNotes").text()


def test_speaker_with_no_engine_ignores_everything():
    speaker = Speaker("no-such-engine")
    speaker.say("Left side.")
    speaker.hush()
    speaker.set_voice("Anne")
    speaker.set_volume(0.3)
    assert speaker.voices() == [] and not speaker.is_speaking() and speaker.spoken == []


def test_no_session_bus_keeps_the_session_going(make_window):
    inhibitor = ScreenSaverInhibitor(bus_address="unix:path=/nonexistent/hiptimer-test-bus")
    h = make_window(keep_awake=KeepAwake(inhibitor))
    h.press(Key.Key_Return)
    h.advance(2)
    assert inhibitor.broken and not inhibitor.active
    h.press(Key.Key_Space)
    h.press(Key.Key_Space)
    assert h.state is State.RUNNING
