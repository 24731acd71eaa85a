"""The announcing rules without Qt: which beeps, which phrases, and when to hush."""

from __future__ import annotations

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.clock import FakeClock
from hiptimer.core.session import Event, Session
from hiptimer.core.timeline import compile_routine
from hiptimer.present.announcing import (
    SILENT_NO_DEVICE,
    SILENT_NO_PLAYBACK,
    Announcing,
    Beep,
    Hearing,
    Hush,
    Play,
    Say,
    audio_notice,
    fits_before_countdown,
    unmuted_notice,
)


def run(seconds: float, *, beeps: bool = True, speech: bool = True, dt: float = 0.25):
    """Every action the rules ask for over the first seconds of the built-in routine."""
    clock = FakeClock()
    session = Session(compile_routine(DEFAULT_ROUTINE), clock)
    events: list[Event] = []
    session.subscribe(events.append)
    rules = Announcing()
    session.start()
    actions = []
    for _ in range(round(seconds / dt)):
        actions += rules.react(events, session.view(), beeps=beeps, speech=speech)
        events.clear()
        clock.advance(dt)
        session.tick()
    return actions


def test_a_session_begins_with_a_rest_tone_and_the_get_ready_body_line_then_counts_down():
    actions = run(12)
    assert actions[0] == Play(Beep.REST)
    first = DEFAULT_ROUTINE.exercises[0]
    assert isinstance(actions[1], Say) and actions[1].phrase.startswith("Get ready. ")
    assert first.name in actions[1].phrase
    ticks = [a for a in actions if a == Play(Beep.TICK)]
    assert len(ticks) == 3
    # Every tick stops speech first, and the set's go tone follows the ticks.
    for i, action in enumerate(actions):
        if action == Play(Beep.TICK):
            assert actions[i - 1] == Hush()
    assert Play(Beep.GO) in actions[actions.index(Play(Beep.TICK)) :]


def test_muted_beeps_and_speech_leave_only_the_hushes():
    actions = run(12, beeps=False, speech=False)
    assert actions and all(a == Hush() for a in actions)


def test_a_phrase_that_would_run_into_the_countdown_is_not_begun():
    steps = compile_routine(DEFAULT_ROUTINE).steps
    clock = FakeClock()
    # A gap this long is not taken for a suspended computer.
    session = Session(compile_routine(DEFAULT_ROUTINE), clock, suspend_gap=3600)
    events: list[Event] = []
    session.subscribe(events.append)
    session.start()
    started = list(events)
    # The get-ready step is announced only 2.5 s before its end (a late poll): the tone
    # still sounds, but no phrase is begun over the 3-2-1.
    clock.advance(steps[0].seconds - 2.5)
    session.tick()
    view = session.view()
    assert view.step.index == 0
    assert not fits_before_countdown("Get ready.", view)
    actions = Announcing().react(started, view, beeps=True, speech=True)
    assert actions == [Play(Beep.REST)]


def test_notices_say_what_cannot_be_heard():
    works = Hearing(beep_problem=None, no_device=False, speech_off=False, speech_problem=None)
    assert audio_notice(works) is None and unmuted_notice(works) == "Sound on"
    no_device = Hearing(
        beep_problem="no device", no_device=True, speech_off=True, speech_problem=None
    )
    assert audio_notice(no_device) == SILENT_NO_DEVICE
    assert unmuted_notice(no_device) == (
        "Sound on, but there is nothing to hear: no sound device, no spoken cues"
    )
    no_playback = Hearing(
        beep_problem="cannot play", no_device=False, speech_off=False, speech_problem="mute tts"
    )
    assert audio_notice(no_playback) == SILENT_NO_PLAYBACK
    speech_only = Hearing(
        beep_problem="cannot play", no_device=False, speech_off=False, speech_problem=None
    )
    assert audio_notice(speech_only) == "cannot play"
    assert unmuted_notice(speech_only) == (
        "Sound on: spoken cues only, no beeps (beeps cannot be played)"
    )
