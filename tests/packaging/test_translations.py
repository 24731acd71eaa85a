"""The catalogue: every translate() call is one lupdate can extract, every extracted text
is in the .ts files (run `packaging/translations.py update` after changing texts), and the
translations keep the placeholders their sources have."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from hiptimer.core.i18n import LANGUAGES
from hiptimer.exchange.ts_files import is_plural, read_messages

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
# The texts of the plan and the session, complete in every language.
COMPLETE_CONTEXTS = {
    "Body",
    "Cues",
    "Exercises",
    "Plan",
    "StepKind",
    "Timeline",
    "Weeks",
    "Wording",
}


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_texts() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, text) of every literal call, and the calls lupdate would get wrong."""
    found: set[tuple[str, str]] = set()
    wrong: list[str] = []
    for path in sorted((REPO / "hiptimer").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in MARKERS or len(node.args) < 2:
                continue
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if text is None:
                continue  # a lookup of a text marked elsewhere (QT_TRANSLATE_NOOP)
            if context is None:
                wrong.append(f"{where}: the context must be a string literal")
                continue
            if any(keyword.arg == "n" for keyword in node.keywords):
                wrong.append(f"{where}: pass the count by position (lupdate skips n=)")
            if len(node.args) >= 4 and not isinstance(node.args[3], ast.Name | ast.Constant):
                wrong.append(f"{where}: name the count (lupdate skips an expression there)")
            found.add((context, text))
    return found, wrong


def test_every_translate_call_is_one_lupdate_extracts() -> None:
    assert marked_texts()[1] == []


def test_the_catalogue_holds_every_text_of_the_code() -> None:
    messages = read_messages((TRANSLATIONS / "hiptimer_de.ts").read_text(encoding="utf-8"))
    in_catalogue = {(m.context, m.source) for m in messages}
    missing = sorted(marked_texts()[0] - in_catalogue)
    assert missing == [], "run: python packaging/translations.py update"


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_translations_keep_their_placeholders_and_the_plan_is_complete(language: str) -> None:
    messages = read_messages((TRANSLATIONS / f"hiptimer_{language}.ts").read_text(encoding="utf-8"))
    names = re.compile(r"\{[^{}]*\}")
    unfinished = []
    for message in messages:
        texts = message.plurals or ((message.translation,) if message.translation else ())
        # An unfinished text is left out of the compiled catalogue (lrelease -nounfinished).
        for text in texts if message.finished else ():
            assert sorted(names.findall(text)) == sorted(names.findall(message.source)), text
            if "%n" in message.source:
                assert "%n" in text, text
        if is_plural(message.source):
            assert len(message.plurals) == 2, message.source
        if message.context in COMPLETE_CONTEXTS and (not message.finished or not any(texts)):
            unfinished.append(f"{message.context}: {message.source}")
    assert unfinished == []


def test_english_plural_forms_follow_the_rule() -> None:
    messages = read_messages((TRANSLATIONS / "hiptimer_en.ts").read_text(encoding="utf-8"))
    assert messages and all(m.plurals for m in messages)
    reps = next(m for m in messages if m.source == "%n rep(s)")
    assert reps.plurals == ("%n rep", "%n reps")
