"""Beeps and spoken cues through test doubles: a silent sound output that records, and
Qt's `mock` speech engine, which really receives each phrase and "speaks" it word by word."""

from __future__ import annotations

import wave
from io import BytesIO

from PySide6.QtCore import Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Sides, Tempo
from hiptimer.core.timeline import StepKind
from hiptimer.present.announcing import Beep
from hiptimer.profiles.settings import Settings
from hiptimer.ui.sound import NOTES, SAMPLE_RATE, synthesize, wav_bytes, write_beeps

Key = Qt.Key


def test_the_first_minutes_say_the_right_things_in_order(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    h.advance(10 + 60 + 8 + 60 + 20 + 0.5)
    # The body line comes once per change of side: while getting ready, at the switch,
    # and with the first set after the rest, which is on the left again.
    assert h.window.speaker.spoken == [
        "Get ready. Left side. Single-leg glute bridge. Left foot planted, right leg up.",
        "Left side. Single-leg glute bridge. Twelve reps.",
        "Last rep",
        "Switch sides. Right foot planted, left leg up.",
        "Right side. Single-leg glute bridge. Twelve reps.",
        "Last rep",
        "Rest, twenty seconds",
        "Left side. Single-leg glute bridge. Twelve reps. Left foot planted, right leg up.",
    ]
    played = h.sound.played
    # Prepare: a rest tone and 3-2-1; then go, ticks, switch chime, go, ticks, rest, go.
    assert played == [
        Beep.REST,
        *[Beep.TICK] * 3,
        Beep.GO,
        *[Beep.TICK] * 3,
        Beep.SWITCH,
        *[Beep.TICK] * 3,
        Beep.GO,
        *[Beep.TICK] * 3,
        Beep.REST,
        *[Beep.TICK] * 3,
        Beep.GO,
    ]


def test_hold_and_rest_phrases(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    h.skip_to(lambda step: step.kind is StepKind.REST and step.exercise.id == "clamshells")
    assert h.window.speaker.spoken[-1] == "Rest, thirty seconds"
    h.skip_to(lambda step: step.kind is StepKind.HOLD)
    assert h.window.speaker.spoken[-1] == (
        "Left side. Half-kneeling hip flexor stretch. Hold thirty seconds. "
        "Left knee down, right foot in front."
    )


def test_a_body_line_too_long_for_the_switch_is_said_as_the_set_begins(make_window):
    h = make_window()
    h.press(Key.Key_Return)
    h.skip_to(lambda step: step.kind is StepKind.WORK and step.exercise.id == "clamshells")
    assert h.window.speaker.spoken[-1] == (
        "Left side. Clamshells. Fifteen reps. Lie on your right side, left knee opens."
    )
    h.skip_to(lambda step: step.kind is StepKind.SWITCH)
    # Eight seconds leave no room for the body line before the 3-2-1 ...
    assert h.window.speaker.spoken[-1] == "Switch sides. Right side next."
    h.skip_to(lambda step: step.kind is StepKind.WORK)
    # ... so it comes with the first set on the new side.
    assert h.window.speaker.spoken[-1] == (
        "Right side. Clamshells. Fifteen reps. Lie on your left side, right knee opens."
    )


def test_the_mock_engine_receives_each_phrase(make_window, qtbot):
    h = make_window()
    h.window.prepare_audio()  # the app does this just after the window first shows
    engine = h.window.speaker.engine
    assert isinstance(engine, QTextToSpeech) and engine.engine() == "mock"
    engine.setRate(1.0)  # the mock speaks a word every 50 ms at full rate
    words: list[str] = []
    engine.sayingWord.connect(lambda word, *_: words.append(word))
    h.press(Key.Key_Return)
    h.press(Key.Key_Right)
    h.press(Key.Key_Right)  # the switch step: "Switch sides. Right foot planted, left leg up."
    assert engine.state() is QTextToSpeech.State.Speaking
    qtbot.waitUntil(lambda: engine.state() is QTextToSpeech.State.Ready, timeout=2000)
    # The phrases said on the way were cut off as each new step began.
    assert words == ["Switch", "sides", "Right", "foot", "planted", "left", "leg", "up"]
    h.press(Key.Key_Right)  # the right side's first set
    qtbot.waitUntil(lambda: len(words) >= 10, timeout=2000)
    assert words[8:10] == ["Right", "side"]


def test_speech_never_talks_over_the_countdown(make_window, qtbot):
    h = make_window()
    h.press(Key.Key_Return)
    speaker = h.window.speaker
    h.press(Key.Key_Right)  # a 60 s set: its phrase is said at the start
    assert speaker.is_speaking()
    h.advance(55.5)  # the last rep began at 5 s left: "Last rep" is being said
    assert speaker.spoken[-1] == "Last rep" and speaker.is_speaking()
    h.advance(1.5)  # the first tick: 3 s left
    assert not speaker.is_speaking()
    assert h.sound.played[-1] is Beep.TICK


SHORT = Routine(
    name="Short",
    exercises=(
        Exercise(
            id="steps",
            name="Lateral band steps",
            mode=Mode.REPS,
            sides=Sides.RIGHT_FIRST,
            dose=Dose(sets=1, reps=2, tempo=Tempo(1.0, 0.5, 1.0)),
        ),
    ),
    prepare_seconds=3,
    rest_between_exercises=0,
)


def test_a_phrase_too_long_for_a_short_step_is_not_begun(make_window):
    h = make_window(SHORT, settings=Settings(prepare_seconds=3))
    h.press(Key.Key_Return)
    # A 3 s get-ready and a 5 s set: both would run into their 3-2-1 ticks.
    h.advance(3.5)
    assert h.window.speaker.spoken == []
    assert h.sound.played[:5] == [Beep.REST, Beep.TICK, Beep.TICK, Beep.TICK, Beep.GO]
    # "Last rep" would start 2.5 s before the end, inside the ticks: not said either.
    h.advance(5)
    assert "Last rep" not in h.window.speaker.spoken


def test_sound_off_keeps_speech_and_speech_off_keeps_beeps(make_window):
    h = make_window(settings=Settings(sound=False))
    h.press(Key.Key_Return)
    h.advance(12)
    assert h.sound.played == [] and len(h.window.speaker.spoken) == 2
    h2 = make_window(settings=Settings(speech=False))
    h2.press(Key.Key_Return)
    h2.advance(12)
    assert h2.window.speaker.spoken == [] and Beep.GO in h2.sound.played


def test_volume_follows_the_setting(make_window):
    h = make_window(settings=Settings(volume=50))
    h.window.prepare_audio()
    assert h.sound.volume == 0.25  # perceptual: half way sounds about half as loud
    assert h.window.speaker.engine.volume() == 0.5


def test_beeps_are_our_own_soft_pcm_with_clean_ends(tmp_path):
    for beep in Beep:
        pcm = synthesize(beep)
        samples = memoryview(pcm).cast("h")
        expected = sum(int(SAMPLE_RATE * s) + int(SAMPLE_RATE * 0.02) for _, s in NOTES[beep])
        assert len(samples) == expected
        assert max(abs(v) for v in samples) <= 32767 * 0.46  # soft, never clipping
        assert max(abs(v) for v in samples) > 32767 * 0.2  # but audible
        assert samples[0] == 0 and abs(samples[len(samples) - 1]) < 50  # no clicks
        with wave.open(BytesIO(wav_bytes(pcm))) as wav:
            assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 44100)
    paths = write_beeps(tmp_path / "sounds")
    assert set(paths) == set(Beep)
    stamp = paths[Beep.GO].stat().st_mtime_ns
    assert write_beeps(tmp_path / "sounds")[Beep.GO].stat().st_mtime_ns == stamp  # written once
