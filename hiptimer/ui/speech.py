"""Spoken cues through QTextToSpeech, where an engine works.

An engine may be missing, fail to start (speech-dispatcher without its daemon goes
straight to an Error state) or fail later; each case turns speech off, reports it once,
and the session carries on with beeps and the screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject, Signal

from hiptimer.core import i18n
from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate

NO_SPEECH = QT_TRANSLATE_NOOP(
    "speech", "Spoken cues are not available on this computer: follow the screen and the beeps."
)


def speech_locale(
    available: Sequence[QLocale], language: str, preferred: QLocale, current: QLocale
) -> tuple[QLocale | None, bool]:
    """The engine's locale for the cues in `language` ('de'): the engine's own when it
    speaks that language, else the preferred country's ('de_AT' on an Austrian system),
    else any for the language; with no voice for the language, an English one.

    Returns the locale (None: keep the engine's own) and whether the cues fall back to
    English."""
    english = QLocale.Language.English
    wanted = english if language in (i18n.ENGLISH, i18n.PSEUDO) else QLocale(language).language()
    if current.language() == wanted:
        return None, False
    for candidates in (
        [loc for loc in available if loc.name() == preferred.name()],
        [loc for loc in available if loc.language() == wanted],
    ):
        if candidates and candidates[0].language() == wanted:
            return candidates[0], False
    fallback = wanted != english
    if current.language() == english:
        return None, fallback
    english_ones = [loc for loc in available if loc.language() == english]
    us = [loc for loc in english_ones if loc.name() == "en_US"]
    chosen = us or english_ones
    return (chosen[0] if chosen else None), fallback


class Speaker(QObject):
    problem_found = Signal(str)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._tts: object | None = None
        self._problem: str | None = None
        self._volume = 0.8
        self._voice = ""
        self._started = False
        # No voice speaks the window's language: the cues are said in English, and this
        # one line says so.
        self.english_only = False
        self.language_note: str | None = None
        # Every phrase handed to the engine, in order (the window's own record).
        self.spoken: list[str] = []

    # --- state --------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._problem is None

    @property
    def problem(self) -> str | None:
        return self._problem

    @property
    def engine(self) -> object | None:
        """The QTextToSpeech object, once started (None when speech failed)."""
        return self._tts

    def _fail(self, message: str = NO_SPEECH) -> None:
        if self._problem is None:
            message = translate("speech", message)  # marked above
            self._problem = message
            self.problem_found.emit(message)

    def prepare(self) -> None:
        """Start the engine; called after the window is up (loading it takes a moment)."""
        if self._started:
            return
        self._started = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self._fail()
            return
        engines = QTextToSpeech.availableEngines()
        if self._engine_name is not None and self._engine_name not in engines:
            self._fail()
            return
        if self._engine_name is None and not engines:
            self._fail()
            return
        tts = QTextToSpeech(self._engine_name, self) if self._engine_name else QTextToSpeech(self)
        if tts.state() is QTextToSpeech.State.Error:
            tts.deleteLater()
            self._fail()
            return
        tts.errorOccurred.connect(self._on_error)
        self._tts = tts
        self._apply_language(tts)
        self._apply_volume()
        self._apply_voice()

    def _apply_language(self, tts: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        from hiptimer.ui.translation import ui_locale

        assert isinstance(tts, QTextToSpeech)
        language = i18n.current_language()
        locale, fallback = speech_locale(
            tts.availableLocales(), language, ui_locale(), tts.locale()
        )
        if locale is not None:
            tts.setLocale(locale)
        self.english_only = fallback
        if fallback:
            name = i18n.LANGUAGES.get(language, language)
            self.language_note = i18n.translate(
                "Speaker", "No {language} voice on this computer: the spoken cues are in English."
            ).format(language=name)
            self.problem_found.emit(self.language_note)

    def _on_error(self, *_args: object) -> None:
        tts = self._tts
        self._tts = None
        if tts is not None:
            tts.deleteLater()  # type: ignore[attr-defined]
        self._fail()

    # --- speaking -----------------------------------------------------------

    def say(self, phrase: str) -> None:
        """Say a phrase now, cutting off whatever was still being said."""
        if not self._started:
            self.prepare()
        tts = self._tts
        if tts is None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        assert isinstance(tts, QTextToSpeech)
        if tts.state() is QTextToSpeech.State.Speaking:
            tts.stop(QTextToSpeech.BoundaryHint.Immediate)
        self.spoken.append(phrase)
        tts.say(phrase)

    def hush(self) -> None:
        tts = self._tts
        if tts is None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        assert isinstance(tts, QTextToSpeech)
        if tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing):
            tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def is_speaking(self) -> bool:
        tts = self._tts
        if tts is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        assert isinstance(tts, QTextToSpeech)
        return tts.state() is QTextToSpeech.State.Speaking

    # --- options ------------------------------------------------------------

    def voices(self) -> list[str]:
        if not self._started:
            self.prepare()
        tts = self._tts
        if tts is None:
            return []
        return [voice.name() for voice in tts.availableVoices()]  # type: ignore[attr-defined]

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)
        self._apply_volume()

    def _apply_volume(self) -> None:
        if self._tts is not None:
            self._tts.setVolume(self._volume)  # type: ignore[attr-defined]

    def set_voice(self, name: str) -> None:
        self._voice = name
        self._apply_voice()

    @property
    def voice(self) -> str:
        return self._voice

    def _apply_voice(self) -> None:
        tts = self._tts
        if tts is None or not self._voice:
            return
        for voice in tts.availableVoices():  # type: ignore[attr-defined]
            if voice.name() == self._voice:
                tts.setVoice(voice)  # type: ignore[attr-defined]
                return
