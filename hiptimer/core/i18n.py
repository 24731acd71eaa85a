"""One catalogue for every sentence a person reads, in their language, without Qt.

Text is written in English in the code and passed through `translate(context, text)`.
The core only marks and looks up: the edges (the window, the command line) install the
real translator at start-up, before any text is made; until then the English stays.
`pyside6-lupdate` finds every `translate("Context", "text")` call by its name, so the
context and the text must be string literals at the call. Numbers go in with `n` and
appear where the text says `%n` (the translation picks the plural form for `n`); other
values are filled in afterwards with str.format, so the sentence is translated whole.

Text kept in module constants is marked with `translate_noop` (found by lupdate under
its Qt name below) and translated where it is shown, because a constant is made at
import time, before a translator is installed.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, source text, disambiguation, n) -> the text to show.
Translator = Callable[[str, str, str | None, int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_active: Translator = _english


def install(translator: Translator | None) -> None:
    """Use translator for every later `translate` call; None goes back to English."""
    global _active  # noqa: PLW0603 - one catalogue per process, installed at start-up
    _active = translator if translator is not None else _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """text in the installed language; `%n` in it becomes n when n is given."""
    result = _active(context, text, disambiguation, n)
    if n >= 0 and "%n" in result:
        result = result.replace("%n", str(n))
    return result


def translate_noop(context: str, text: str) -> str:
    """Marks text for the catalogue without translating it yet (see the module doc)."""
    return text


QT_TRANSLATE_NOOP = translate_noop  # the name lupdate looks for
