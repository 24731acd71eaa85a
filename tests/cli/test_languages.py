"""`hiptimer plan` in the person's language: LANGUAGE=de, es, fr as gettext reads it.

The catalogues are the real ones under resources/translations/, compiled by pyside6-lrelease
on first use into the test's own cache folder."""

from __future__ import annotations

import json

import pytest

from hiptimer.cli import main
from hiptimer.core.builtin import DEFAULT_ROUTINE


def plan_in(language: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("LANGUAGE", language)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["plan"]) == 0
    return capsys.readouterr().out


# What a physiotherapist reads in each language: the routine, step kinds, exercise
# names, sides and doses.
EXPECTED = {
    "de": [
        "Hüftkraft für Läufer",
        "Vorbereitung Bereitmachen: Einbeiniges Beckenheben, linke Seite",
        "Wechsel      Wechsel auf die rechte Seite",
        "Pause        Pause, dann Satz 2 von 2",
        "Clamshells (Muschel), rechte Seite",
        "Hüftbeugerdehnung im Halbkniestand, linke Seite",
        "Halten",
        "Gesamt: 25:06",
    ],
    "es": [
        "Fuerza de cadera para corredores",
        "preparar Prepárate: Puente de glúteo a una pierna, lado izquierdo",
        "cambio   Cambio al lado derecho",
        "descanso Descanso, luego serie 2 de 2",
        "Almejas (clamshell), lado derecho",
        "Estiramiento de flexores de cadera en semiarrodillado, lado izquierdo",
        "mantener",
        "Total: 25:06",
    ],
    "fr": [
        "Renforcement des hanches pour coureurs",
        "préparer   Préparez-vous : Pont fessier unipodal, côté gauche",
        "changement Passez au côté droit",
        "repos      Repos, puis série 2 sur 2",
        "Coquillages (clamshell), côté droit",
        "Étirement des fléchisseurs de hanche en chevalier servant, côté gauche",
        "maintien",
        "Total : 25:06",
    ],
}


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_plan_prints_in_the_language_of_the_environment(
    language: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = plan_in(language, monkeypatch, capsys)
    for line in EXPECTED[language]:
        assert line in out, line
    english = ("Switch to the", "left side", "Rest, then", "Get ready", "Clamshells,", "work ")
    assert not [word for word in english if word in out]


def test_plan_in_german_says_hold_for_the_stretch_and_keeps_the_columns(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = plan_in("de", monkeypatch, capsys).splitlines()
    stretch = [line for line in lines if line[3:].split()[1:2] == ["Halten"]]
    assert len(stretch) == 4
    assert all("Hüftbeugerdehnung" in line and line.endswith("0:30") for line in stretch)
    header = lines[2]
    assert header.split()[:4] == ["#", "ab", "Schritt", "was"]
    # Every row's time ends in the same column as the header's.
    assert {len(line) for line in lines[4:-3]} == {len(header)}


def test_the_setting_overrides_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from hiptimer.profiles.settings import DEFAULTS, save_settings

    save_settings(DEFAULTS.with_changes(language="fr"))
    assert "Pont fessier unipodal" in plan_in("de", monkeypatch, capsys)
    save_settings(DEFAULTS.with_changes(language="en"))
    assert "Single-leg glute bridge" in plan_in("de", monkeypatch, capsys)


def test_json_stays_english_in_any_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["plan", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["routine"] == DEFAULT_ROUTINE.name
    assert doc["steps"][1]["title"] == "Single-leg glute bridge, left side"
    assert doc["steps"][1]["body"] == "Left foot planted, right leg up"


def test_a_language_without_a_catalogue_is_english(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = plan_in("pt", monkeypatch, capsys)
    assert "Single-leg glute bridge, left side" in out and out.rstrip().endswith("Total: 25:06")


def test_help_says_how_to_add_a_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    for part in (
        "LANGUAGES in hiptimer/core/i18n.py",
        "packaging/translations.py update",
        "Qt Linguist",
        "LANGUAGE=pseudo",
        "pyside6-lrelease",
    ):
        assert part in out, part


def test_the_readme_says_how_to_add_a_language() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Translating HipTimer", 1)[1].split("\n## ", 1)[0]
    for part in ("packaging/translations.py update", "pyside6-linguist", "LANGUAGE=pseudo"):
        assert part in section, part
