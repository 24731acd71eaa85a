"""The Qt-free picture check: real PNG and JPEG pass, anything else is named and refused."""

import struct
import zlib

import pytest

from hiptimer.exchange.picture_files import (
    MAX_PICTURE_BYTES,
    PictureError,
    check_picture,
    picture_file_name,
)
from tests.trainer_support import TINY_JPEG, png_bytes, png_chunk


def test_a_png_and_a_jpeg_are_recognised_with_their_size():
    assert (check_picture(png_bytes(4, 3)).kind, check_picture(png_bytes(4, 3)).width) == ("png", 4)
    info = check_picture(TINY_JPEG)
    assert (info.kind, info.width, info.height) == ("jpg", 16, 12)


def test_an_interlaced_png_is_measured_pass_by_pass():
    # 3 x 3 RGB in Adam7: passes 1, 4, 5, 6, 7 hold 1, 1, 2, 2, 3 pixels in 1, 1, 1, 2, 1 rows.
    raw = b"\x00" * (4 + 4 + 7 + 8 + 10)
    assert check_picture(png_bytes(3, 3, raw=raw, interlace=1)).height == 3
    with pytest.raises(PictureError, match="does not match its size"):
        check_picture(png_bytes(3, 3, raw=raw[:-1], interlace=1))


def test_the_name_comes_from_the_content():
    data = png_bytes(4, 3)
    name = picture_file_name(data, check_picture(data))
    assert name.endswith(".png") and len(name) == 36
    assert picture_file_name(data, check_picture(data)) == name
    other = png_bytes(4, 3, colour=(1, 2, 3))
    assert picture_file_name(other, check_picture(other)) != name


def _bomb() -> bytes:
    # A 10 x 10 header with 10 MB of zeros behind it: inflating must stop early.
    header = struct.pack(">IIBBBBB", 10, 10, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\x00" * 10_000_000, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", body)
        + png_chunk(b"IEND", b"")
    )


def _bad_crc() -> bytes:
    data = bytearray(png_bytes())
    data[-20] ^= 0xFF  # inside the IDAT chunk
    return bytes(data)


def _huge_header() -> bytes:
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"hello, not a picture", "not a picture"),
        (b"GIF89a" + b"\x00" * 30, "not a picture"),
        (b"\x89PNG\r\n\x1a\n", "ends before its IEND"),
        (png_bytes()[:-6], "ends before its IEND"),
        (png_bytes()[:50], "cut off"),
        (_bad_crc(), "damaged"),
        (png_bytes() + b"junk", "extra bytes"),
        (png_bytes(4, 3, raw=b"\x00" * 5), "does not match its size"),
        (_bomb(), "does not match its size"),
        (_huge_header(), "100000 x 100000 pixels"),
        (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IEND", b""), "IHDR"),
        (TINY_JPEG[:200], "cut off"),
        (TINY_JPEG[:-2], "cut off"),
        (TINY_JPEG + b"more", "extra bytes"),
        (b"\xff\xd8\xff\xd9", "no image data"),
        (b"\xff\xd8\xff\xe0\x00\x02GARBAGE", "a marker is missing"),
        (b"\xff\xd8\xff\xe0\x00\x02\xff\xd9", "no image data"),
        (b"\x00" * (MAX_PICTURE_BYTES + 1), "at most 1024 KB"),
    ],
    ids=lambda value: "data" if isinstance(value, bytes) else value,
)
def test_broken_or_hostile_pictures_are_refused_with_a_reason(data, words):
    with pytest.raises(PictureError, match=words):
        check_picture(data)
