"""The pieces behind the hostile-file guarantees: pictures are sized from their headers
and held to one memory budget per routine, shown decoded once at display size in one
bounded cache, and only regular files are read, with a time limit as a last resort."""

from __future__ import annotations

import dataclasses
import os
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.files import NotARegularFile, read_regular_file
from hiptimer.exchange.picture_files import (
    MAX_ROUTINE_DECODED_BYTES,
    PictureError,
    picture_header,
)
from hiptimer.exchange.routine_file import RoutineFileError, read_routine_bundle
from hiptimer.profiles.saved import LibraryError, LibraryStore
from hiptimer.ui.app import load_start_routine
from hiptimer.ui.picture_cache import CustomPictures
from tests.reliability.hostile import bomb_document, picture_routine, png, write
from tests.trainer_support import TINY_JPEG


def test_the_header_gives_the_size_without_unpacking_a_pixel():
    data = png(4096, 2048, depth=16)
    cut = data[:40]  # the header alone: the pixels are not even there
    assert picture_header(cut) == picture_header(data)
    assert (picture_header(data).width, picture_header(data).height) == (4096, 2048)
    jpeg = picture_header(TINY_JPEG)
    assert jpeg.kind == "jpg" and jpeg.width > 0 and jpeg.height > 0
    for junk in (b"GIF89a", b"\x89PNG\r\n\x1a\n\x00\x00", b"\xff\xd8\xff\xd9"):
        with pytest.raises(PictureError):
            picture_header(junk)


def test_a_routines_pictures_share_one_budget_of_64_mb(tmp_path):
    # Four 2048 x 2048 pictures take the whole budget (4 bytes a pixel): accepted.
    four = [png(2048, 2048, depth=16, seed=i) for i in range(4)]
    bundle = read_routine_bundle(write(tmp_path / "four.json", picture_routine(four)))
    assert len(bundle.pictures) == 4
    assert MAX_ROUTINE_DECODED_BYTES == 4 * 2048 * 2048 * 4

    # One small picture more tips it over: refused as a whole, in one line.
    five = write(tmp_path / "five.json", picture_routine([*four, png(16, 16, seed=9)]))
    with pytest.raises(RoutineFileError) as refused:
        read_routine_bundle(five)
    assert str(refused.value).count("\n") == 0
    assert "Pictures: the pictures would take 64 MB" in str(refused.value)
    assert "at most 64 MB" in str(refused.value)


def test_a_profiles_routine_is_held_to_the_same_budget_when_saved(tmp_path):
    # Otherwise a trainer could save, and export, a routine no HipTimer would open.
    store = LibraryStore(tmp_path / "profile")
    names = [store.add_picture(png(2048, 2048, seed=i)) for i in range(5)]
    exercises = tuple(
        dataclasses.replace(e, id=f"e{i}", figure=None, picture=names[i % 5])
        for i, e in enumerate(DEFAULT_ROUTINE.exercises[:5])
    )
    too_many = dataclasses.replace(DEFAULT_ROUTINE, name="Photos", exercises=exercises)
    with pytest.raises(LibraryError, match="cannot be saved: the pictures would take 80 MB"):
        store.save_routine(too_many)
    assert store.routines() == []
    store.save_routine(dataclasses.replace(too_many, exercises=exercises[:4]))
    assert [s.name for s in store.routines()] == ["Photos"]


def test_the_window_falls_back_to_the_built_in_routine_for_a_bomb_or_a_fifo(tmp_path):
    bomb = write(tmp_path / "bomb.json", bomb_document(count=3))
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path, words in ((bomb, "at most 64 MB"), (fifo, "named pipe (FIFO)")):
        start = load_start_routine(str(path))  # returns at once: no decode, no wait
        assert start.routine == DEFAULT_ROUTINE and start.pictures == {}
        assert start.problem is not None and words in str(start.problem)


def test_pictures_are_decoded_once_at_display_size_into_a_bounded_cache(qapp):
    big = png(4096, 4096, depth=16, seed=1)
    wide = png(4000, 1000, seed=2)
    small = png(300, 200, seed=3)
    pictures = CustomPictures(
        {"big.png": big, "wide.png": wide, "small.png": small, "junk.png": b"\x89PNG\r\n"},
        display_side=1600,
        cache_bytes=12 * 1024 * 1024,
    )
    assert pictures.decodes == 0  # nothing is decoded before it is shown

    image = pictures.image("big.png")
    assert image is not None and (image.width(), image.height()) == (1600, 1600)
    # 8 bits a channel, whatever the file had: a quarter of the 16-bit original's bytes.
    assert image.format() == QImage.Format.Format_ARGB32_Premultiplied
    assert pictures.image("big.png") is image and pictures.decodes == 1

    shown = pictures.image("wide.png")
    assert shown is not None and (shown.width(), shown.height()) == (1600, 400)
    small_image = pictures.image("small.png")
    assert (
        small_image is not None
        and small_image.size() == QImage(300, 200, QImage.Format.Format_RGB32).size()
    )
    # The cache keeps to its budget by letting the least recently shown go ...
    assert pictures.cached_bytes <= 12 * 1024 * 1024
    assert pictures.decodes == 3
    # ... and decodes it again when it is shown again.
    assert pictures.image("big.png") is not None and pictures.decodes == 4
    # A broken picture is tried once, then remembered as broken.
    assert pictures.image("junk.png") is None and pictures.image("junk.png") is None
    assert pictures.decodes == 5


def test_only_regular_files_are_read(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for path, kind in (
        (fifo, "a named pipe (FIFO)"),
        (folder, "a folder"),
        (Path("/dev/null"), "a device"),
    ):
        with pytest.raises(NotARegularFile, match=re.escape(f"it is {kind}, not a file")):
            read_regular_file(path, 100)
    plain = tmp_path / "plain.json"
    plain.write_bytes(b"x" * 50)
    assert read_regular_file(plain, 10) == b"x" * 11  # one byte past the limit tells


def test_a_read_that_never_ends_is_given_up_after_the_time_limit(tmp_path, monkeypatch):
    # A file system that never answers (a stuck network share), stood in for by a read
    # that waits until the test lets it go.
    plain = tmp_path / "plain.json"
    plain.write_bytes(b"{}")
    release = threading.Event()
    real_read = os.read

    def stuck(fd: int, size: int) -> bytes:
        release.wait()
        return real_read(fd, size)

    monkeypatch.setattr(os, "read", stuck)
    try:
        with pytest.raises(TimeoutError, match=r"longer than 0\.05 seconds"):
            read_regular_file(plain, 100, timeout=0.05)
    finally:
        release.set()


def test_a_trainer_picking_a_fifo_as_a_picture_is_told_at_once(tmp_path, qapp):
    from hiptimer.ui.trainer.picture_picker import read_picture_file

    fifo = tmp_path / "photo.png"
    os.mkfifo(fifo)
    with pytest.raises(PictureError, match=re.escape("it is a named pipe (FIFO), not a file")):
        read_picture_file(fifo)
