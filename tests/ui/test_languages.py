"""The window in the person's language: the catalogue is installed before any widget,
spoken cues follow the language (or English, said once, when no voice speaks it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from hiptimer.core import i18n
from hiptimer.ui.speech import speech_locale
from hiptimer.ui.translation import use_language

Key = Qt.Key


def locales(*names: str) -> list[QLocale]:
    return [QLocale(name) for name in names]


@pytest.mark.parametrize(
    ("available", "language", "current", "chosen", "fallback"),
    [
        # The engine already speaks the language: kept.
        (("en_GB", "de_DE"), "en", "en_GB", None, False),
        # The system's country first, then any voice of the language.
        (("en_GB", "de_DE", "de_AT"), "de", "en_GB", "de_AT", False),
        (("en_GB", "es_MX", "es_ES"), "es", "en_GB", "es_MX", False),
        (("fr_FR", "en_US"), "fr", "en_US", "fr_FR", False),
        # No French voice: English, and the cues are made in English.
        (("en_GB", "en_US", "nb_NO"), "fr", "nb_NO", "en_US", True),
        (("en_GB", "nb_NO"), "de", "en_GB", None, True),
    ],
)
def test_the_speech_locale_follows_the_language(
    available: tuple[str, ...], language: str, current: str, chosen: str | None, fallback: bool
) -> None:
    locale, english = speech_locale(
        locales(*available), language, QLocale("de_AT"), QLocale(current)
    )
    assert (locale.name() if locale else None, english) == (chosen, fallback)


def test_a_german_window_shows_german_and_speaks_english_without_a_german_voice(make_window):
    assert use_language("de", {}) is None
    h = make_window()
    h.press(Key.Key_Return)
    h.advance(10 + 0.5)
    assert h.screen.kind.text() == "ÜBUNG"
    # The tempo in German words and with the German decimal comma.
    assert "hoch 1,5 s, halten 1,5 s, runter 2 s" in h.screen.detail.text()
    # The mock engine has no German voice: the cues are English, and the status says so.
    assert h.window.speaker.english_only
    assert h.window.speaker.spoken[:2] == [
        "Get ready. Left side. Single-leg glute bridge. Left foot planted, right leg up.",
        "Left side. Single-leg glute bridge. Twelve reps.",
    ]
    assert h.window.speaker.language_note in h.window.notices
    assert "Deutsch" in h.window.speaker.language_note
    assert "Englisch" in h.window.speaker.language_note


def test_an_english_window_speaks_english_with_no_note(make_window):
    assert use_language("system", {"LANG": "en_US.UTF-8"}) is None
    h = make_window()
    h.press(Key.Key_Return)
    assert not h.window.speaker.english_only and h.window.speaker.language_note is None
    assert h.window.speaker.spoken[0].startswith("Get ready. Left side.")


def test_the_settings_choice_and_the_locale_follow_the_language(qapp, make_window):
    assert use_language("fr", {"LANG": "de_DE.UTF-8"}) is None
    assert i18n.current_language() == "fr"
    assert QLocale().language() == QLocale.Language.French
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert use_language("system", {"LANG": "en_US.UTF-8"}) is None
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Sunday


def test_settings_offer_every_language_by_its_own_name(qtbot):
    from hiptimer.profiles.settings import Settings
    from hiptimer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(language="es"), voices=[])
    qtbot.addWidget(dialog)
    combo = dialog.language
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[1:] == ["English", "Deutsch", "Español", "Français"]
    assert combo.currentData() == "es"
    combo.setCurrentIndex(combo.findData("de"))
    assert dialog.chosen().language == "de"
