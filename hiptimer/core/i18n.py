"""One catalogue for every sentence a person reads, in their language, without Qt.

Text is written in English in the code and passed through `translate(context, text)`.
The core only marks and looks up: the edges (the window, the command line) install the
real translator at start-up, before any text is made; until then the English stays.
`pyside6-lupdate` finds every `translate("Context", "text")` call by its name, so the
context and the text must be string literals at the call. Numbers go in with `n` and
appear where the text says `%n` (the translation picks the plural form for `n`); other
values are filled in afterwards with str.format, so the sentence is translated whole.

Plurals follow Qt's convention for English sources: "%n set(s)". Without a catalogue
(English, or a sentence not translated yet) the "(s)" becomes "" for one and "s" for any
other number, so English is right with no Qt at all; the English catalogue that
`packaging/translations.py` writes holds the same forms for Qt's own `tr()` calls.

Text kept in module constants is marked with `translate_noop` (found by lupdate under
its Qt name below) and translated where it is shown, because a constant is made at
import time, before a translator is installed.

Which language: `language_from_environment` reads the variables gettext and Qt read
(LANGUAGE, then LC_ALL, LC_MESSAGES, LANG), and a setting may override it. "pseudo" is a
made-up language for testing: every letter accented and the text a third longer
(`pseudo_text`), so untranslated or cut-off text shows at a glance.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TypeVar

# (context, source text, disambiguation, n) -> the text to show.
Translator = Callable[[str, str, str | None, int], str]

# The languages with a catalogue, by code, with their own names for the Settings choice.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
}
PSEUDO = "pseudo"
ENGLISH = "en"
# The settings value that follows the system's language.
SYSTEM = "system"

_PLURAL = re.compile(r"(?<=[A-Za-z])\((s|es)\)")


def english_plural(text: str, n: int) -> str:
    """'%n set(s)' for n: '(s)' goes for one and becomes 's' for any other number."""
    if n < 0:
        return text
    return _PLURAL.sub("" if n == 1 else r"\1", text)


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_active: Translator = _english
_language: str = ENGLISH


def install(translator: Translator | None, language: str = ENGLISH) -> None:
    """Use translator for every later `translate` call; None goes back to English.

    language names what the translator speaks ("de", "pseudo"): the speech, the dates and
    the numbers follow it (`current_language`)."""
    global _active, _language  # noqa: PLW0603 - one catalogue per process, installed at start-up
    _active = translator if translator is not None else _english
    _language = language if translator is not None else ENGLISH


def current_language() -> str:
    """The language installed: 'en', 'de', 'es', 'fr' or 'pseudo'."""
    return _language


@contextmanager
def untranslated() -> Iterator[None]:
    """English inside the block: for machine output (JSON) made with words that a person
    otherwise reads in their language."""
    global _active, _language
    saved = _active, _language
    _active, _language = _english, ENGLISH
    try:
        yield
    finally:
        _active, _language = saved


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """text in the installed language; `%n` in it becomes n when n is given."""
    result = _active(context, text, disambiguation, n)
    if n >= 0:
        result = english_plural(result, n)
        if "%n" in result:
            result = result.replace("%n", str(n))
    return result


def translate_noop(context: str, text: str) -> str:
    """Marks text for the catalogue without translating it yet (see the module doc)."""
    return text


QT_TRANSLATE_NOOP = translate_noop  # the name lupdate looks for


K = TypeVar("K")


class TranslatedMap(Mapping[K, str]):
    """A table of marked texts (`QT_TRANSLATE_NOOP`) that translates each one when it is
    looked up, so a module-level table shows the language installed later."""

    def __init__(self, context: str, texts: Mapping[K, str]) -> None:
        self._context = context
        self._texts = dict(texts)

    def __getitem__(self, key: K) -> str:
        return translate(self._context, self._texts[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


# --- which language ------------------------------------------------------------------

_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def language_code(name: str) -> str | None:
    """'de_DE.UTF-8' -> 'de', 'pseudo' -> 'pseudo', 'C' or an unknown one -> None."""
    name = name.strip()
    if name.lower() == PSEUDO:
        return PSEUDO
    code = re.split(r"[_.@-]", name, maxsplit=1)[0].lower()
    return code if code in LANGUAGES else None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, as gettext reads it: LANGUAGE (a list such
    as 'de:en', first known one wins) unless the locale is C/POSIX, then LC_ALL,
    LC_MESSAGES and LANG; English when none names a language with a catalogue."""
    env = os.environ if environ is None else environ
    locale_name = next((env[v] for v in _LOCALE_VARIABLES if env.get(v)), "")
    if env.get("LANGUAGE") and locale_name not in ("C", "POSIX"):
        for part in env["LANGUAGE"].split(":"):
            code = language_code(part)
            if code is not None:
                return code
    return language_code(locale_name) or ENGLISH


def chosen_language(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """The language to use: the setting ('system', or a code) over the environment."""
    if setting != SYSTEM and (setting in LANGUAGES or setting == PSEUDO):
        return setting
    return language_from_environment(environ)


# --- the pseudo-locale -----------------------------------------------------------------

_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥíĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# What a translation must keep as it is: {names} for str.format, %n and %1..%9 for Qt,
# and HTML tags.
_KEPT = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^<>]*>|&[a-z]+;")
PSEUDO_OPEN = "["
PSEUDO_CLOSE = "]"
PSEUDO_PAD = "~"


def pseudo_text(text: str) -> str:
    """'Rest' -> '[Ŕéšţ~~]': every letter accented, a third longer, in brackets; the
    placeholders and tags stay as they are. A '&' marking a shortcut key stays too."""
    if not text.strip():
        return text
    out: list[str] = []
    position = 0
    for match in _KEPT.finditer(text):
        out.append("".join(_ACCENTED.get(c, c) for c in text[position : match.start()]))
        out.append(match.group(0))
        position = match.end()
    out.append("".join(_ACCENTED.get(c, c) for c in text[position:]))
    padding = PSEUDO_PAD * max(1, round(len(text) * 0.3) - 2)
    lines = "".join(out).split("\n")
    # Each line is bracketed: a label of several lines shows every line as translated.
    return "\n".join(f"{PSEUDO_OPEN}{line}{padding}{PSEUDO_CLOSE}" for line in lines)
