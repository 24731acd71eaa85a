"""A custom exercise's own picture in the start list and on the session screen: from a
routine file opened as `hiptimer --routine FILE` does, and from a profile's routine
(MainWindow.set_routine with the pictures' bytes). A broken picture shows the name card."""

from __future__ import annotations

import argparse

import numpy as np
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.clock import FakeClock
from hiptimer.core.routine import Dose, Exercise, Mode, Routine, Sides, Tempo
from hiptimer.core.timeline import StepKind
from hiptimer.exchange.picture_files import check_picture, picture_file_name, sniff_kind
from hiptimer.exchange.routine_file import write_routine_file
from hiptimer.ui.app import build_window
from hiptimer.ui.illustrate import render_still
from hiptimer.ui.main_window import MainWindow
from tests.trainer_support import png_bytes

# Nothing HipTimer draws itself comes near this colour.
MAGENTA = QColor(255, 0, 255)
CARD_EDGE = QColor("#8aa1b4")
# The picture is a portrait, 3 wide by 4 high: in the wide list box it must stay one.
PICTURE_SIZE = QSize(90, 120)


def magenta_png() -> bytes:
    image = QImage(PICTURE_SIZE, QImage.Format.Format_RGB32)
    image.fill(MAGENTA)
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    data = bytes(array.data())
    assert sniff_kind(data) == "png"
    return data


def undecodable_png() -> bytes:
    """A PNG whose every chunk checks out (so a routine file accepts it) but whose rows
    carry an unknown filter type, so no decoder can turn it into pixels."""
    width, height = 6, 8
    raw = b"".join(b"\x09" + bytes((255, 0, 255)) * width for _ in range(height))
    data = png_bytes(width, height, raw=raw)
    assert QImage.fromData(data).isNull()
    return data


def picture_name(data: bytes) -> str:
    return picture_file_name(data, check_picture(data))


def routine_with_picture(name: str) -> Routine:
    bridge = Exercise(
        id="wall-bridge",
        name="Wall bridge",
        mode=Mode.REPS,
        dose=Dose(sets=1, reps=4, tempo=Tempo(up=2, pause=1, down=2)),
        sides=Sides.NONE,
        cues=("Feet on the wall.",),
        picture=name,
    )
    built_in = DEFAULT_ROUTINE.exercises[2]
    assert built_in.figure is not None
    return Routine(name="Own pictures", exercises=(bridge, built_in), prepare_seconds=5)


def write_file(tmp_path, data: bytes):
    name = picture_name(data)
    path = tmp_path / "own-pictures.json"
    write_routine_file(routine_with_picture(name), path, {name: data})
    return path


def open_like_the_command_line(qtbot, path) -> MainWindow:
    namespace = argparse.Namespace(routine=str(path), profile=None, command=None)
    window = build_window(namespace, {"HIPTIMER_SOUND": "off", "HIPTIMER_SPEECH_ENGINE": "mock"})
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1180, 780)
    window.show()
    qtbot.waitExposed(window)
    assert window.message_box is None
    wait_for_row_pictures(qtbot, window)
    return window


def wait_for_row_pictures(qtbot, window: MainWindow) -> None:
    rows = window.start_screen.exercise_rows()
    qtbot.waitUntil(lambda: all(not r.picture.pixmap().isNull() for r in rows), timeout=3000)


def pixels(image: QImage) -> np.ndarray:
    """Height x width x 3 (B, G, R)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    h, w = image.height(), image.width()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(h, image.bytesPerLine())
    return raw[:, : w * 4].reshape(h, w, 4)[:, :, :3].astype(np.int16)


def near(image: QImage, colour: QColor, tolerance: int = 24) -> np.ndarray:
    bgr = np.array([colour.blue(), colour.green(), colour.red()], dtype=np.int16)
    return np.abs(pixels(image) - bgr).max(axis=2) <= tolerance


def grab(widget: QWidget) -> QImage:
    for _ in range(3):
        QApplication.processEvents()
    return widget.grab().toImage()


def assert_shows_the_picture(image: QImage, box: QWidget) -> None:
    """The magenta picture fills most of the box's height, its 3:4 proportions kept."""
    mask = near(image, MAGENTA)
    assert mask.sum() > 500, "the picture's colour is missing"
    ys, xs = np.nonzero(mask)
    width, height = xs.max() - xs.min() + 1, ys.max() - ys.min() + 1
    assert width / height == pytest.approx(0.75, abs=0.04)
    ratio = image.height() / max(box.height(), 1)
    assert height > 0.7 * box.height() * ratio


def row_image(window: MainWindow, index: int) -> QImage:
    return window.start_screen.exercise_rows()[index].picture.pixmap().toImage()


def start_with_fake_clock(qtbot, window: MainWindow) -> FakeClock:
    # The window runs on a clock that only moves when told: the keys alone walk the steps.
    clock = FakeClock()
    window.clock = clock
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.session is not None
    return clock


def skip_to_work_of(qtbot, window: MainWindow, exercise_id: str) -> None:
    session = window.session
    assert session is not None
    for _ in range(len(session.timeline.steps)):
        step = session.step
        ours = step.exercise is not None and step.exercise.id == exercise_id
        if ours and step.kind in (StepKind.WORK, StepKind.HOLD):
            return
        qtbot.keyClick(window, Qt.Key.Key_Right)
    raise AssertionError(f"no work step for {exercise_id}")


def test_a_routine_files_picture_shows_in_the_start_list_and_its_work_step(qtbot, tmp_path):
    window = open_like_the_command_line(qtbot, write_file(tmp_path, magenta_png()))
    rows = window.start_screen.exercise_rows()
    assert [r.exercise.name for r in rows] == ["Wall bridge", DEFAULT_ROUTINE.exercises[2].name]
    assert_shows_the_picture(row_image(window, 0), rows[0].picture)
    assert not near(row_image(window, 1), MAGENTA).any()

    clock = start_with_fake_clock(qtbot, window)
    screen = window.session_screen
    skip_to_work_of(qtbot, window, "wall-bridge")
    assert window.session is not None and window.session.step.kind is StepKind.WORK
    # The reps move on (a figure would move); the picture stays as it is.
    clock.advance(1.5)
    window.poll()
    assert window.session.view().rep is not None
    shot = grab(screen)
    assert near(shot, MAGENTA).sum() > 2000
    assert_shows_the_picture(grab(screen.figure), screen.figure)

    skip_to_work_of(qtbot, window, DEFAULT_ROUTINE.exercises[2].id)
    assert screen.figure.picture is None
    assert not near(grab(screen), MAGENTA).any()


def test_a_picture_that_will_not_decode_shows_the_name_card(qtbot, tmp_path):
    window = open_like_the_command_line(qtbot, write_file(tmp_path, undecodable_png()))
    row = window.start_screen.exercise_rows()[0]
    image = row_image(window, 0)
    card = render_still(
        None,
        "Wall bridge",
        row.exercise.sides.order[0],
        image.size(),
        row.palette().color(QPalette.ColorRole.Base),
    )
    assert image.convertToFormat(card.format()) == card
    assert near(image, CARD_EDGE).sum() > 100

    start_with_fake_clock(qtbot, window)
    screen = window.session_screen
    skip_to_work_of(qtbot, window, "wall-bridge")
    assert screen.figure.picture is None
    shot = grab(screen.figure)
    assert near(shot, CARD_EDGE).sum() > 200 and not near(shot, MAGENTA).any()


def test_a_profiles_routine_brings_its_pictures_through_set_routine(make_window, tmp_path):
    data = magenta_png()
    name = picture_name(data)
    routine = routine_with_picture(name)
    h = make_window()
    h.window.set_routine(routine, {name: data})
    wait_for_row_pictures(h.qtbot, h.window)
    assert_shows_the_picture(row_image(h.window, 0), h.window.start_screen.exercise_rows()[0])

    h.press(Qt.Key.Key_Return)
    h.skip_to(lambda s: s.kind is StepKind.WORK and s.exercise.picture == name)
    figure = h.screen.figure
    assert_shows_the_picture(grab(figure), figure)
    h.window.end_session()
    h.window.back_to_start()

    # Without the bytes, or with bytes that are no picture at all: the name card.
    for pictures in (None, {name: b"\x89PNG\r\n\x1a\n not really"}, {name: b"GIF89a"}):
        h.window.set_routine(routine, pictures)
        wait_for_row_pictures(h.qtbot, h.window)
        image = row_image(h.window, 0)
        assert not near(image, MAGENTA).any() and near(image, CARD_EDGE).sum() > 100


def test_the_window_takes_pictures_when_made_and_from_ctrl_o(make_window, tmp_path):
    data = magenta_png()
    name = picture_name(data)
    h = make_window(routine_with_picture(name), pictures={name: data})
    wait_for_row_pictures(h.qtbot, h.window)
    assert_shows_the_picture(row_image(h.window, 0), h.window.start_screen.exercise_rows()[0])

    h.window.set_routine(DEFAULT_ROUTINE)
    assert h.window.open_routine_file(write_file(tmp_path, data))
    wait_for_row_pictures(h.qtbot, h.window)
    assert_shows_the_picture(row_image(h.window, 0), h.window.start_screen.exercise_rows()[0])


def test_a_see_through_picture_gets_a_pale_sheet_on_a_dark_card(qapp):
    # Drawn for paper: dark lines on nothing. On a dark theme they would vanish.
    drawing = QImage(QSize(60, 80), QImage.Format.Format_ARGB32)
    drawing.fill(QColor(0, 0, 0, 0))
    for y in range(10, 70):
        drawing.setPixelColor(30, y, QColor("#202020"))
    dark = QColor("#17191b")
    sheet = QColor("#eef1f4")
    shown = render_still(None, "Wall sit", None, QSize(330, 150), dark, drawing)
    assert near(shown, sheet, 6).sum() > 0.5 * (150 * 0.8) ** 2 * 0.75
    assert near(shown, QColor("#202020"), 12).sum() > 60
    card = render_still(None, "Wall sit", None, QSize(330, 150), dark)
    assert not near(card, sheet, 6).any()
