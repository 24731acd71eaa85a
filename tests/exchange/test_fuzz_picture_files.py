"""Fuzzing the Qt-free picture checker: whatever the bytes, it answers with a PictureInfo
or a PictureError (never another exception, never a hang), and for valid PNG and JPEG
files built here with zlib and struct it reads exactly the size they were made with.

The reference files are made in this module, independently of the checker: PNG rows are
laid out pass by pass (Adam7 for interlaced ones) and compressed with zlib, JPEG files
are a marker walk of SOI, APP0, DQT, SOFn, DHT, SOS, byte-stuffed scan data with restart
markers, and EOI.
"""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiptimer.exchange.picture_files import (
    MAX_PICTURE_BYTES,
    MAX_PICTURE_SIDE,
    PictureError,
    PictureInfo,
    check_picture,
    picture_header,
)

# Moderate example counts and no per-example deadline: the machine running the suite is
# shared, so timing is left to the generous hang bound below.
settings.register_profile(
    "picture-fuzz",
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = settings(settings.get_profile("picture-fuzz"))
# A safety bound against hangs, not a benchmark: one check of at most 1 MB of bytes.
HANG_SECONDS = 5.0

# --- reference PNG -------------------------------------------------------------------

_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
_PNG_SAMPLES = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
# Adam7: first column, first row, column step, row step of each of the seven passes.
_PASSES = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2))
_PASSES += ((0, 1, 1, 2),)


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_scanlines(width: int, height: int, bits: int, interlace: int, fill: bytes) -> bytes:
    """The unpacked rows: per row a filter byte and the row's packed samples."""
    if interlace:
        images = [
            (len(range(x0, width, dx)), len(range(y0, height, dy))) for x0, y0, dx, dy in _PASSES
        ]
    else:
        images = [(width, height)]
    out = bytearray()
    for columns, rows in images:
        if columns == 0 or rows == 0:
            continue  # an empty pass has no rows at all, not even filter bytes
        row_bytes = -(-columns * bits // 8)
        for row in range(rows):
            out.append(row % 5)  # filter types 0 to 4
            out += (fill * (row_bytes // len(fill) + 1))[:row_bytes]
    return bytes(out)


@st.composite
def reference_pngs(draw: st.DrawFn) -> tuple[bytes, PictureInfo]:
    colour = draw(st.sampled_from(sorted(_PNG_DEPTHS)))
    depth = draw(st.sampled_from(_PNG_DEPTHS[colour]))
    width = draw(st.integers(1, 40) | st.sampled_from([1, 2, 7, 9, 255, MAX_PICTURE_SIDE]))
    height = draw(st.integers(1, 40) | st.sampled_from([1, 3, 8, 17]))
    interlace = draw(st.sampled_from([0, 1]))
    fill = draw(st.binary(min_size=1, max_size=16))
    raw = png_scanlines(width, height, depth * _PNG_SAMPLES[colour], interlace, fill)
    packed = zlib.compress(raw, draw(st.integers(0, 9)))
    # The compressed stream may be split over several consecutive IDAT chunks.
    cuts = sorted(draw(st.lists(st.integers(0, len(packed)), max_size=3)))
    pieces = [packed[a:b] for a, b in zip([0, *cuts], [*cuts, len(packed)], strict=True)]
    data = b"\x89PNG\r\n\x1a\n" + chunk(
        b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, interlace)
    )
    if draw(st.booleans()):
        data += chunk(b"tEXt", b"Comment\x00" + draw(st.binary(max_size=20)).replace(b"\0", b""))
    if colour == 3 or (colour in (2, 6) and draw(st.booleans())):
        data += chunk(b"PLTE", bytes(3 * draw(st.integers(1, 256))))
    data += b"".join(chunk(b"IDAT", piece) for piece in pieces)
    data += chunk(b"IEND", b"")
    return data, PictureInfo("png", width, height)


# --- reference JPEG ------------------------------------------------------------------


def segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


@st.composite
def reference_jpegs(draw: st.DrawFn) -> tuple[bytes, PictureInfo]:
    width = draw(st.integers(1, MAX_PICTURE_SIDE))
    height = draw(st.integers(1, MAX_PICTURE_SIDE))
    components = draw(st.sampled_from([1, 3, 4]))
    precision = draw(st.sampled_from([8, 12]))
    frame = draw(st.sampled_from([0xC0, 0xC1, 0xC2]))  # baseline, extended, progressive
    component_specs = b"".join(bytes([n + 1, 0x11, 0]) for n in range(components))
    data = b"\xff\xd8"
    data += segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    data += segment(0xDB, b"\x00" + bytes(range(64)))
    if draw(st.booleans()):
        data += segment(0xFE, draw(st.binary(max_size=40)))  # a comment: any bytes
    frame_body = struct.pack(">BHHB", precision, height, width, components) + component_specs
    data += segment(frame, frame_body)
    data += segment(0xC4, b"\x00" + bytes(16))
    scans = draw(st.integers(1, 3))
    for _ in range(scans):
        header = bytes([components]) + b"".join(bytes([n + 1, 0]) for n in range(components))
        data += segment(0xDA, header + b"\x00\x3f\x00")
        intervals = draw(st.lists(st.binary(max_size=60), min_size=1, max_size=4))
        stuffed = [piece.replace(b"\xff", b"\xff\x00") for piece in intervals]
        for number, piece in enumerate(stuffed):
            data += piece
            if number < len(stuffed) - 1:
                data += bytes([0xFF, 0xD0 + number % 8])  # a restart marker
    data += b"\xff\xd9"
    return data, PictureInfo("jpg", width, height)


# --- checking ------------------------------------------------------------------------


def answer(check: Callable[[bytes], PictureInfo], data: bytes) -> PictureInfo | PictureError:
    """The checker's answer: an info or its own error; anything else fails the test."""
    started = time.perf_counter()
    try:
        result: PictureInfo | PictureError = check(data)
    except PictureError as error:
        assert str(error), "a PictureError must say what is wrong"
        result = error
    elapsed = time.perf_counter() - started
    assert elapsed < HANG_SECONDS, f"{check.__name__} took {elapsed:.1f} s on {len(data)} bytes"
    return result


def assert_sound(data: bytes) -> None:
    """Both readers answer with their own types, and agree when the full check passes."""
    full = answer(check_picture, data)
    header = answer(picture_header, data)
    if isinstance(full, PictureInfo):
        assert full.kind in ("png", "jpg")
        assert 0 < full.width <= MAX_PICTURE_SIDE and 0 < full.height <= MAX_PICTURE_SIDE
        assert header == full, "the cheap header read must agree with the full check"


valid_pictures = reference_pngs() | reference_jpegs()


@FUZZ
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_are_a_picture_or_a_picture_error(data: bytes) -> None:
    assert_sound(data)


@FUZZ
@given(st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"]), st.binary(max_size=2048))
def test_bytes_after_a_picture_signature_are_a_picture_or_a_picture_error(
    signature: bytes, rest: bytes
) -> None:
    assert_sound(signature + rest)


@FUZZ
@given(valid_pictures)
def test_valid_pictures_are_read_at_the_size_they_were_made(made: tuple[bytes, PictureInfo]):
    data, expected = made
    assert check_picture(data) == expected
    assert picture_header(data) == expected


@FUZZ
@given(valid_pictures, st.data())
def test_a_cut_off_picture_is_refused_by_the_full_check(
    made: tuple[bytes, PictureInfo], data: st.DataObject
) -> None:
    whole, expected = made
    cut = whole[: data.draw(st.integers(0, len(whole) - 1), label="length kept")]
    result = answer(check_picture, cut)
    assert isinstance(result, PictureError), f"{len(cut)} of {len(whole)} bytes passed"
    header = answer(picture_header, cut)
    if isinstance(header, PictureInfo):
        assert header == expected, "a header read from a cut file must be the real one"


# One change to a file: (where, as a fraction of the length; what; a byte).
_EDITS = st.tuples(
    st.floats(0, 1),
    st.sampled_from(["flip", "set", "insert", "delete", "repeat"]),
    st.integers(0, 255),
)


def mutated(whole: bytes, edits: list[tuple[float, str, int]]) -> bytes:
    data = bytearray(whole)
    for where, what, byte in edits:
        at = min(int(where * len(data)), max(len(data) - 1, 0))
        if what == "flip" and data:
            data[at] ^= 1 << (byte % 8)
        elif what == "set" and data:
            data[at] = byte
        elif what == "insert":
            data[at:at] = bytes([byte])
        elif what == "delete" and data:
            del data[at]
        elif what == "repeat":
            data[at:at] = data[at : at + byte]
    return bytes(data)


@FUZZ
@given(valid_pictures, st.lists(_EDITS, min_size=1, max_size=6))
def test_a_damaged_picture_is_a_picture_or_a_picture_error(
    made: tuple[bytes, PictureInfo], edits: list[tuple[float, str, int]]
) -> None:
    assert_sound(mutated(made[0], edits))


@settings(FUZZ, max_examples=20)
@given(
    st.sampled_from([b"\x00", b"\xff\x00", b"\xff", b"\xff\xd0", b"IDAT", b"\x00\x00\x00\x00"]),
    st.sampled_from([reference_pngs, reference_jpegs]).flatmap(lambda make: make()),
)
def test_a_picture_padded_to_the_size_limit_is_answered_without_hanging(
    filler: bytes, made: tuple[bytes, PictureInfo]
) -> None:
    # A valid start, then up to the size limit of one repeated pattern, inserted before
    # the end: the cases that would make a careless parser loop byte by byte in Python.
    whole = made[0]
    padding = filler * ((MAX_PICTURE_BYTES - len(whole)) // len(filler))
    assert_sound(whole[:-12] + padding + whole[-12:])
