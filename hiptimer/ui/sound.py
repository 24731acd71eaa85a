"""Beeps, synthesised by our own code, and the outputs that play them.

The tones are made here as 16-bit PCM (soft sine notes with a short attack and a smooth
decay, so they never click) and written once as WAV files to the user cache folder for
QSoundEffect, Qt's low-latency player for short sounds. Where no audio device exists or
playback fails, the output reports a problem once and plays nothing: a session never
waits on sound.
"""

from __future__ import annotations

import hashlib
import io
import math
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

from hiptimer.core.files import write_atomic
from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.present.announcing import Beep

SAMPLE_RATE = 44_100


# Each beep is a list of (frequency Hz, seconds) notes, played one after another.
NOTES: dict[Beep, tuple[tuple[float, float], ...]] = {
    Beep.TICK: ((660.0, 0.09),),
    Beep.GO: ((990.0, 0.22),),
    Beep.SWITCH: ((660.0, 0.13), (880.0, 0.2)),
    Beep.REST: ((740.0, 0.13), (554.0, 0.22)),
    Beep.DONE: ((784.0, 0.12), (988.0, 0.12), (1319.0, 0.3)),
}

PEAK = 0.45  # of full scale: soft enough not to startle at full volume


def synthesize(beep: Beep, rate: int = SAMPLE_RATE) -> bytes:
    """Mono signed 16-bit little-endian PCM for one beep."""
    samples: list[int] = []
    for frequency, seconds in NOTES[beep]:
        count = int(rate * seconds)
        attack = max(int(rate * 0.006), 1)
        for i in range(count):
            t = i / rate
            envelope = min(i / attack, 1.0) * math.exp(-4.0 * t / seconds)
            # A soft release over the last 8 ms so the note ends at zero.
            tail = count - i
            if tail < rate * 0.008:
                envelope *= tail / (rate * 0.008)
            # A touch of the octave makes small laptop speakers carry the tone.
            wave_value = 0.85 * math.sin(2 * math.pi * frequency * t) + 0.15 * math.sin(
                4 * math.pi * frequency * t
            )
            samples.append(int(32767 * PEAK * envelope * wave_value))
        samples.extend([0] * int(rate * 0.02))  # a breath between notes
    return struct.pack(f"<{len(samples)}h", *samples)


def wav_bytes(pcm: bytes, rate: int = SAMPLE_RATE) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm)
    return buffer.getvalue()


def write_beeps(folder: Path) -> dict[Beep, Path]:
    """Write every beep as a WAV file (once: names carry a hash of the sound)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for beep in Beep:
        data = wav_bytes(synthesize(beep))
        digest = hashlib.sha256(data).hexdigest()[:12]
        path = folder / f"{beep.value}-{digest}.wav"
        if not path.is_file() or path.stat().st_size != len(data):
            write_atomic(path, data)
        paths[beep] = path
    return paths


def sound_cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("hiptimer", appauthor=False) / "sounds"


class SoundOutput(QObject):
    """Where beeps go. Emits problem_found (once) when sound cannot be played."""

    problem_found = Signal(str)

    @property
    def available(self) -> bool:
        return True

    @property
    def problem(self) -> str | None:
        """Why nothing can be heard from this output (None while it works)."""
        return None

    def prepare(self) -> None:
        """Get ready to play; may be slow, so the window calls it once it is up."""

    def play(self, beep: Beep) -> None:
        raise NotImplementedError

    def set_volume(self, volume: float) -> None:
        raise NotImplementedError


class SilentSound(SoundOutput):
    """Plays nothing and remembers what it was asked to play: for tests and quiet runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.played: list[Beep] = []
        self.volume = 1.0

    def play(self, beep: Beep) -> None:
        self.played.append(beep)

    def set_volume(self, volume: float) -> None:
        self.volume = volume


NO_DEVICE = QT_TRANSLATE_NOOP("sound", "No sound device found: the session runs without beeps.")
NO_PLAYBACK = QT_TRANSLATE_NOOP(
    "sound", "Beeps cannot be played on this computer: the session runs without them."
)


class QtSound(SoundOutput):
    """Beeps through QSoundEffect. Any failure turns it silent and says so once."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        has_device: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._effects: dict[Beep, object] = {}
        self._problem: str | None = None
        self._volume = 0.8
        self._folder = folder
        self._has_device = has_device
        self._ready = False

    @property
    def available(self) -> bool:
        return self._problem is None

    @property
    def problem(self) -> str | None:
        return self._problem

    def _fail(self, message: str) -> None:
        if self._problem is None:
            message = translate("sound", message)  # NO_DEVICE or NO_PLAYBACK, marked above
            self._problem = message
            self._effects.clear()
            self.problem_found.emit(message)

    def prepare(self) -> None:
        """Load the multimedia backend and the beeps; called after the window is up."""
        if self._ready or self._problem is not None:
            return
        self._ready = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            self._fail(NO_PLAYBACK)
            return
        has_device = self._has_device
        if has_device is None:
            has_device = bool(QMediaDevices.audioOutputs())
        if not has_device:
            self._fail(NO_DEVICE)
            return
        try:
            paths = write_beeps(self._folder or sound_cache_dir())
        except OSError:
            try:
                paths = write_beeps(Path(tempfile.gettempdir()) / "hiptimer-sounds")
            except OSError:
                self._fail(NO_PLAYBACK)
                return
        for beep, path in paths.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._volume)
            effect.statusChanged.connect(self._check_status)
            self._effects[beep] = effect

    def _check_status(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        for effect in list(self._effects.values()):
            if isinstance(effect, QSoundEffect) and effect.status() is QSoundEffect.Status.Error:
                self._fail(NO_PLAYBACK)
                return

    def play(self, beep: Beep) -> None:
        if not self._ready:
            self.prepare()
        effect = self._effects.get(beep)
        if effect is None:
            return
        from PySide6.QtMultimedia import QSoundEffect

        assert isinstance(effect, QSoundEffect)
        if effect.status() is QSoundEffect.Status.Error:
            self._fail(NO_PLAYBACK)
            return
        effect.play()

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)
        for effect in self._effects.values():
            effect.setVolume(self._volume)  # type: ignore[attr-defined]
