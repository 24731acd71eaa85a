"""The Routines window's rows: a thumbnail of the first exercise, the total time and a
timeline strip per routine, all drawn as a person sees them (issue 16, point 4)."""

import dataclasses

import pytest
from PySide6.QtGui import QColor, QImage

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.timeline import StepKind, compile_routine
from hiptimer.core.wording import clock_text
from hiptimer.ui.theme import kind_colour
from hiptimer.ui.trainer.routine_rows import STRIP_ROLE
from hiptimer.ui.trainer.routines_window import RoutinesWindow
from tests.trainer_support import side_plank
from tests.ui.trainer.conftest import make_image

EX = DEFAULT_ROUTINE.exercises
SHORT = dataclasses.replace(DEFAULT_ROUTINE, name="Week 1: short", exercises=EX[2:4])
STRETCH = dataclasses.replace(DEFAULT_ROUTINE, name="Week 2: stretch first", exercises=(EX[5],))


def open_window(qtbot, store):
    window = RoutinesWindow(store)
    qtbot.addWidget(window)
    window.resize(720, 520)
    window.show()
    qtbot.waitExposed(window)
    return window


def row_of(window, name):
    for row in range(window.list.count()):
        item = window.list.item(row)
        if item.text().startswith(name + "\n"):
            return item
    raise AssertionError(name)


def colours_in(image: QImage, left: int, top: int, width: int, height: int) -> set[int]:
    return {
        image.pixel(x, y) for x in range(left, left + width, 2) for y in range(top, top + height, 2)
    }


def test_each_row_shows_its_total_time_and_a_strip_of_its_steps_in_proportion(qtbot, store):
    store.save_routine(SHORT)
    store.save_routine(STRETCH)
    window = open_window(qtbot, store)
    for routine in (DEFAULT_ROUTINE, SHORT, STRETCH):
        timeline = compile_routine(routine)
        item = row_of(window, routine.name)
        assert f"about {clock_text(timeline.total_seconds)}" in item.text()
        parts = item.data(STRIP_ROLE)
        timed = [s for s in timeline.steps if s.planned_seconds > 0]
        assert [p.kind for p in parts] == [s.kind for s in timed]
        assert sum(p.length for p in parts) == pytest.approx(1.0)
        for part, step in zip(parts, timed, strict=True):
            assert part.length == pytest.approx(step.planned_seconds / timeline.total_seconds)
            assert routine.exercises[part.exercise] is step.exercise
        # The tooltip says it in words.
        assert item.toolTip().startswith(f"about {clock_text(timeline.total_seconds)}: ")


def test_the_strips_share_one_time_scale_and_show_work_in_its_colour(qtbot, store):
    store.save_routine(SHORT)
    window = open_window(qtbot, store)
    image = window.list.viewport().grab().toImage()
    palette = window.list.palette()
    work = kind_colour(StepKind.WORK, palette).rgb()
    built_in = window.list.visualItemRect(row_of(window, DEFAULT_ROUTINE.name))
    short = window.list.visualItemRect(row_of(window, SHORT.name))

    # The strip runs along the bottom of each row: find the work colour on that line.
    def strip_line(rect):
        for y in range(rect.bottom(), rect.top(), -1):
            xs = [x for x in range(rect.left(), rect.right()) if image.pixel(x, y) == work]
            if xs:
                return y, xs
        raise AssertionError("no strip in the row")

    _, long_xs = strip_line(built_in)
    _, short_xs = strip_line(short)
    long_total = compile_routine(DEFAULT_ROUTINE).total_seconds
    short_total = compile_routine(SHORT).total_seconds
    start = min(long_xs)
    assert min(short_xs) == pytest.approx(start, abs=12)  # the same left edge
    # The shorter routine's strip ends where its share of the longest one does.
    ratio = (max(short_xs) - start) / (max(long_xs) - start)
    assert ratio == pytest.approx(short_total / long_total, abs=0.05)


def test_a_thumbnail_shows_the_first_exercise_and_each_is_drawn_once(qtbot, store):
    for week in range(1, 9):
        store.save_routine(dataclasses.replace(SHORT, name=f"Week {week}"))
    window = open_window(qtbot, store)
    window.list.scrollToTop()
    image = window.list.viewport().grab().toImage()
    rect = window.list.visualItemRect(row_of(window, "Week 1"))
    # The figure on its mat: many colours where the thumbnail sits, at the row's left.
    assert len(colours_in(image, rect.left() + 8, rect.top() + 8, 40, rect.height() - 16)) > 8
    # Nine rows, two first exercises (the built-in routine's and clamshells): two drawings.
    assert window.thumbnails.drawn == 2
    window.list.scrollToBottom()
    window.list.viewport().grab()
    window.resize(700, 500)
    window.list.viewport().grab()
    assert window.thumbnails.drawn == 2


def test_a_custom_picture_is_the_thumbnail_of_its_routine(qtbot, store, tmp_path):
    picture = store.add_picture(make_image(tmp_path / "plank.png").read_bytes())
    plank = side_plank(picture)
    store.save_exercise(plank)
    store.save_routine(dataclasses.replace(SHORT, name="Plank week", exercises=(plank, EX[2])))
    window = open_window(qtbot, store)
    image = window.list.viewport().grab().toImage()
    rect = window.list.visualItemRect(row_of(window, "Plank week"))
    found = colours_in(image, rect.left() + 6, rect.top() + 6, 70, rect.height() - 12)
    assert QColor("#cfe0ee").rgb() in found and QColor("#33414f").rgb() in found


def test_an_unreadable_routine_file_keeps_its_plain_row(qtbot, store):
    store.save_routine(SHORT)
    (store.routines_dir / "broken.json").write_text("{", encoding="utf-8")
    window = open_window(qtbot, store)
    texts = [window.list.item(row).text() for row in range(window.list.count())]
    broken = next(text for text in texts if text.startswith("broken.json\n"))
    assert "cannot be read" in broken
    assert window.list.item(texts.index(broken)).data(STRIP_ROLE) is None
    # Painted as text (no thumbnail or strip), lower than a routine's row.
    window.list.viewport().grab()
    broken_rect = window.list.visualItemRect(window.list.item(texts.index(broken)))
    short_rect = window.list.visualItemRect(row_of(window, SHORT.name))
    assert 0 < broken_rect.height() < short_rect.height()
