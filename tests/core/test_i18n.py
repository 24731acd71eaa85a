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
