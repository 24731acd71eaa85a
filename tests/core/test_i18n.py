"""The Qt-free catalogue hook: English until a translator is installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hiptimer.core import i18n


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.install(None)


def test_english_until_a_translator_is_installed() -> None:
    assert i18n.translate("Plan", "Rest") == "Rest"
    assert i18n.translate("Plan", "%n sets", n=3) == "3 sets"


def test_an_installed_translator_answers_by_context_and_count() -> None:
    table = {("Plan", "Rest"): "Pause", ("Plan", "%n sets"): "%n Sätze"}

    def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return table.get((context, text), text)

    i18n.install(german)
    assert i18n.translate("Plan", "Rest") == "Pause"
    assert i18n.translate("Plan", "%n sets", n=2) == "2 Sätze"
    assert i18n.translate("Other", "Rest") == "Rest"
    assert i18n.QT_TRANSLATE_NOOP("Plan", "Rest") == "Rest"


@pytest.mark.parametrize(
    ("text", "n", "shown"),
    [
        ("%n set(s)", 1, "1 set"),
        ("%n set(s)", 0, "0 sets"),
        ("%n set(s)", 2, "2 sets"),
        ("{number} second(s)", 1, "{number} second"),
        ("about %n minute(s)", 25, "about 25 minutes"),
        ("%n box(es)", 3, "3 boxes"),
        ("a note (own)", 3, "a note (own)"),
    ],
)
def test_english_plurals_without_a_catalogue(text: str, n: int, shown: str) -> None:
    assert i18n.translate("Plan", text, None, n) == shown


def test_a_translation_fills_in_the_count_and_keeps_english_where_missing() -> None:
    def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return {"%n set(s)": "%n Sätze"}.get(text, text)

    i18n.install(german, "de")
    assert i18n.translate("Plan", "%n set(s)", None, 4) == "4 Sätze"
    assert i18n.translate("Plan", "%n rep(s)", None, 1) == "1 rep"
    assert i18n.current_language() == "de"


def test_untranslated_gives_english_for_machine_output_and_restores() -> None:
    i18n.install(lambda c, t, d, n: "Pause" if t == "Rest" else t, "de")
    with i18n.untranslated():
        assert i18n.translate("Plan", "Rest") == "Rest"
        assert i18n.current_language() == "en"
    assert i18n.translate("Plan", "Rest") == "Pause"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "es_ES.UTF-8"}, "es"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:de"}, "fr"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "pt:es"}, "es"),
        ({"LANGUAGE": "de"}, "de"),
        # gettext ignores LANGUAGE in the C locale.
        ({"LC_ALL": "C", "LANGUAGE": "de"}, "en"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),
        ({"LANGUAGE": "pseudo"}, "pseudo"),
    ],
)
def test_the_language_comes_from_the_environment_as_gettext_reads_it(
    environ: dict[str, str], language: str
) -> None:
    assert i18n.language_from_environment(environ) == language


def test_a_setting_overrides_the_environment() -> None:
    assert i18n.chosen_language("system", {"LANG": "de_DE.UTF-8"}) == "de"
    assert i18n.chosen_language("fr", {"LANG": "de_DE.UTF-8"}) == "fr"
    assert i18n.chosen_language("en", {"LANGUAGE": "es"}) == "en"
    assert i18n.chosen_language("klingon", {"LANGUAGE": "es"}) == "es"


def test_pseudo_text_accents_every_letter_lengthens_and_keeps_placeholders() -> None:
    text = "Rest {seconds} s, then %n set(s) <b>now</b>"
    pseudo = i18n.pseudo_text(text)
    assert pseudo.startswith(i18n.PSEUDO_OPEN) and pseudo.endswith(i18n.PSEUDO_CLOSE)
    assert "{seconds}" in pseudo and "%n" in pseudo and "<b>" in pseudo and "</b>" in pseudo
    outside = pseudo.replace("{seconds}", "").replace("%n", "").replace("<b>", "")
    assert not any("a" <= c.lower() <= "z" for c in outside.replace("</b>", ""))
    assert len(pseudo) >= 1.3 * len(text)
    assert i18n.pseudo_text("Rest").startswith("[Ŕéšţ")
    # Each line of a several-line text is marked.
    assert all(line.startswith("[") for line in i18n.pseudo_text("a line\nanother").split("\n"))


def test_a_translated_map_translates_when_looked_up() -> None:
    table = i18n.TranslatedMap("Cues", {1: i18n.QT_TRANSLATE_NOOP("Cues", "REST")})
    assert table[1] == "REST"
    i18n.install(lambda c, t, d, n: "PAUSE" if (c, t) == ("Cues", "REST") else t, "de")
    assert table[1] == "PAUSE" and list(table) == [1] and len(table) == 1
