"""The handout PDF: it opens, holds the names and the tick grid, on A4 and on Letter."""

import dataclasses
import datetime
import re
import subprocess

import pytest

from hiptimer.cli import main
from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.routine import Routine, Sides
from hiptimer.core.timeline import compile_routine
from hiptimer.exchange.routine_file import write_routine_file
from hiptimer.ui.handout import HandoutError, write_handout
from hiptimer.ui.trainer.handout_dialog import HandoutDialog
from tests.trainer_support import side_plank
from tests.ui.trainer.conftest import make_image

# pdftotext and pdfinfo come with poppler-utils, which .ci/system-deps installs for the tests.


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_info(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout


def custom_routine(store, tmp_path) -> Routine:
    picture = store.add_picture(make_image(tmp_path / "plank.png", 300, 200).read_bytes())
    plank = side_plank(picture)
    return dataclasses.replace(
        DEFAULT_ROUTINE, name="Anna: week 1", exercises=(*DEFAULT_ROUTINE.exercises, plank)
    )


@pytest.mark.parametrize(
    ("paper", "size"), [("a4", "595 x 842 pts (A4)"), ("letter", "612 x 792 pts (letter)")]
)
def test_the_pdf_has_the_names_the_doses_and_the_grid(qapp, store, tmp_path, paper, size):
    routine = custom_routine(store, tmp_path)
    out = tmp_path / f"handout-{paper}.pdf"
    pages = write_handout(
        routine, out, client="Anna Berg", paper=paper, pictures=store.bundle(routine).pictures
    )
    info = pdf_info(out)
    assert re.search(rf"^Pages:\s+{pages}$", info, re.MULTILINE) and size in info
    text = pdf_text(out)
    assert "Anna: week 1" in text and "For: Anna Berg" in text
    for exercise in routine.exercises:
        assert exercise.name in text
        for cue in exercise.cues:
            assert cue.split()[0] in text
    assert "2 x 12 reps per side" in text and "3 x 20 s hold, right side only" in text
    assert "Right side only" not in text  # said once, in the dose line
    assert "Both sides, left first" in text
    # Columns are sessions, not days: one header per exercise, numbered 1 to 12.
    headers = [line.split() for line in text.splitlines() if line.strip().startswith("Session")]
    assert headers == [["Session", *map(str, range(1, 13))]] * len(routine.exercises)
    assert "Week" not in text
    # One row per side: two for each both-sides exercise, one for the side plank.
    rows = [line.strip() for line in text.splitlines() if line.strip() in ("Left", "Right")]
    assert len(rows) == 13
    assert f"page {pages} of {pages}" in text
    assert not list(tmp_path.glob("*.part"))


def test_the_handout_says_how_often_when_to_stop_how_to_progress_and_who_it_is_for(qapp, tmp_path):
    out = tmp_path / "guide.pdf"
    write_handout(
        DEFAULT_ROUTINE,
        out,
        client="Anna Berg",
        trainer="Sam Okafor",
        date=datetime.date(2026, 3, 9),
    )
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "For: Anna Berg" in flat and "Trainer: Sam Okafor" in flat
    assert "Date: 9 March 2026" in flat
    assert "2 or 3 times a week, with at least one rest day between sessions" in flat
    assert "pain rises above 5 out of 10" in flat and "worse the next morning" in flat
    assert "How to progress:" in flat and "add 2 reps per set" in flat
    assert "Orange = the working leg" in flat
    assert "the columns are sessions, not days" in flat
    # Each side in body terms, in the order of the tick rows.
    assert "Left: Lie on your right side, left knee opens" in flat
    assert "Right: Lie on your left side, right knee opens" in flat
    assert "Left: Stand on your left leg on the step, right leg hangs" in flat
    assert "Notes" in text
    assert "6 Essential Hip Strengthening Exercises for Runners" in flat
    assert "ISSA, International Sports Sciences Association" in flat


def test_every_tick_row_follows_the_order_the_session_works_the_sides(qapp, tmp_path):
    right_first = dataclasses.replace(DEFAULT_ROUTINE.exercises[0], sides=Sides.RIGHT_FIRST)
    routine = dataclasses.replace(
        DEFAULT_ROUTINE, exercises=(right_first, *DEFAULT_ROUTINE.exercises[1:])
    )
    out = tmp_path / "order.pdf"
    write_handout(routine, out)
    rows = [
        line.strip() for line in pdf_text(out).splitlines() if line.strip() in ("Left", "Right")
    ]
    # The trainer chose right first for the bridge; every other exercise starts on the left.
    assert rows == ["Right", "Left"] + ["Left", "Right"] * 5
    session_sides = [
        s.side.value.capitalize()
        for s in compile_routine(routine).steps
        if s.is_set and s.set_no == 1
    ]
    assert rows == session_sides


def test_without_names_the_handout_leaves_lines_to_write_on(qapp, tmp_path):
    out = tmp_path / "blank.pdf"
    write_handout(DEFAULT_ROUTINE, out)
    flat = " ".join(pdf_text(out).split())
    assert "For: Trainer: Date: " in flat


def test_the_cli_prints_a_handout_from_a_file_or_a_routine_name(qapp, store, tmp_path, capsys):
    routine = custom_routine(store, tmp_path)
    store.save_routine(routine)
    out = tmp_path / "by-name.pdf"
    args = ["--profile", "Anna Berg", "routines", "handout", "anna: week 1", "--pdf", str(out)]
    assert main([*args, "--paper", "letter"]) == 0
    assert "Wrote" in capsys.readouterr().out
    text = pdf_text(out)
    assert "For: Anna Berg" in text and "Side plank" in text and "612 x 792" in pdf_info(out)
    assert "Trainer:" in text and "Sam" not in text
    signed = tmp_path / "signed.pdf"
    named = ["--profile", "Anna Berg", "routines", "handout", "anna: week 1"]
    assert main([*named, "--pdf", str(signed), "--trainer", "Sam Okafor"]) == 0
    assert "Trainer: Sam Okafor" in " ".join(pdf_text(signed).split())

    exported = tmp_path / "file.json"
    store.export_routine(routine, exported)
    from_file = tmp_path / "from-file.pdf"
    assert (
        main(["routines", "handout", str(exported), "--pdf", str(from_file), "--client", "A"]) == 0
    )
    assert "For: A" in pdf_text(from_file)

    assert (
        main(["routines", "handout", str(exported), "--pdf", str(tmp_path / "no" / "x.pdf")]) == 2
    )
    assert "does not exist" in capsys.readouterr().err


def test_a_broken_routine_file_gives_no_pdf(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    write_routine_file(DEFAULT_ROUTINE, bad)
    bad.write_text(bad.read_text().replace('"sets": 2', '"sets": 99', 1))
    out = tmp_path / "x.pdf"
    assert main(["routines", "handout", str(bad), "--pdf", str(out)]) == 2
    err = capsys.readouterr().err
    first = DEFAULT_ROUTINE.exercises[0].name
    assert err == f"hiptimer: {bad}: {first} (exercise 1), sets: use 1 to 20 (was 99)\n"
    assert not out.exists()


def test_an_unknown_paper_and_a_missing_folder_are_refused(qapp, tmp_path):
    with pytest.raises(ValueError, match="paper"):
        write_handout(DEFAULT_ROUTINE, tmp_path / "x.pdf", paper="a3")
    with pytest.raises(HandoutError, match="does not exist"):
        write_handout(DEFAULT_ROUTINE, tmp_path / "missing" / "x.pdf")


def test_the_dialog_writes_the_pdf_with_the_clients_name(qtbot, store, tmp_path):
    routine = custom_routine(store, tmp_path)
    dialog = HandoutDialog(store, routine, "Anna Berg")
    qtbot.addWidget(dialog)
    dialog.open_check.setChecked(False)
    dialog.trainer_edit.setText("Sam Okafor")
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    out = tmp_path / "from-dialog.pdf"
    dialog.path_edit.setText(str(out))
    assert dialog.write()
    assert dialog.written == out and "For: Anna Berg" in pdf_text(out)
    assert "Trainer: Sam Okafor" in pdf_text(out)
    dialog.path_edit.setText(str(tmp_path / "missing" / "x.pdf"))
    assert not dialog.write()
    assert "does not exist" in dialog.error.message


def test_the_handout_names_the_level_and_a_clients_own_doses(qapp, tmp_path):
    """Issue 15: the level shows in the dose line; a client's doses per side replace the
    routine's when given."""
    from hiptimer.core.routine import Side
    from hiptimer.core.timeline import SideDose

    out = tmp_path / "levels.pdf"
    write_handout(DEFAULT_ROUTINE, out)
    text = " ".join(pdf_text(out).split())
    # No history: the routine's doses at each ladder's first level.
    assert "2 x 12 reps per side, yellow band" in text  # glute bridge, a band ladder
    assert "10 cm step" in text  # hip hikes, a step ladder
    doses = {
        ("clamshells", Side.LEFT): SideDose(3, reps=17, level="green band"),
        ("clamshells", Side.RIGHT): SideDose(2, reps=15, level="red band"),
    }
    write_handout(DEFAULT_ROUTINE, out, doses=doses)
    text = " ".join(pdf_text(out).split())
    assert "Left: 3 × 17 reps, green band · Right: 2 × 15 reps, red band" in text


def test_a_german_handout_has_german_words_and_a_german_date(qapp, tmp_path):
    from hiptimer.ui.translation import use_language

    assert use_language("de", {"LANG": "de_DE.UTF-8"}) is None
    out = tmp_path / "anleitung.pdf"
    write_handout(DEFAULT_ROUTINE, out, client="Anna Berg", date=datetime.date(2026, 12, 4))
    flat = " ".join(pdf_text(out).split())
    assert "4. Dezember 2026" in flat
    assert "Wie oft:" in flat and "2- bis 3-mal pro Woche" in flat
    assert "Clamshells (Muschel)" in flat and "Hüftbeugerdehnung im Halbkniestand" in flat
    assert "Links: Auf der rechten Seite liegen, das linke Knie öffnet sich" in flat
    assert "2 x 15 Wiederholungen pro Seite" in flat
