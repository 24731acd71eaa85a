"""Checks that bytes claiming to be a picture really are a PNG or JPEG, without Qt.

A routine file may come from anyone, and its pictures end up in a profile folder and in
front of an image decoder. So a picture must be small, and its structure must hold up:
for PNG every chunk's checksum is verified and the compressed pixels are inflated (and
thrown away) to prove they are exactly the size the header promises; for JPEG the marker
segments are walked from the start-of-image to the end-of-image marker. The window adds a
full decode with Qt on top of this when a trainer picks a file.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from dataclasses import dataclass

from hiptimer.core.errors import UserError
from hiptimer.core.i18n import translate

MAX_PICTURE_BYTES = 1024 * 1024
MAX_PICTURE_SIDE = 4096
# What pictures may cost once decoded (4 bytes a pixel): a hostile file can hold a small
# PNG that unpacks to a huge image, so the sizes in the headers are added up and checked
# before any pixel is unpacked.
BYTES_PER_PIXEL = 4
MAX_ROUTINE_DECODED_BYTES = 64 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_START = b"\xff\xd8\xff"

# Bits per pixel sample for each PNG colour type and the bit depths it allows.
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_PNG_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}
# Adam7 interlace passes: first column and row, column and row step.
_ADAM7: tuple[tuple[int, int, int, int], ...] = (
    (0, 0, 8, 8),
    (4, 0, 8, 8),
    (0, 4, 4, 8),
    (2, 0, 4, 4),
    (0, 2, 2, 4),
    (1, 0, 2, 2),
    (0, 1, 1, 2),
)


class PictureError(UserError, ValueError):
    """Bytes that are not a usable picture; the message says why in plain words."""


@dataclass(frozen=True)
class PictureInfo:
    kind: str  # "png" or "jpg": also the file extension
    width: int
    height: int


def sniff_kind(data: bytes) -> str | None:
    if data.startswith(PNG_SIGNATURE):
        return "png"
    if data.startswith(JPEG_START):
        return "jpg"
    return None


def check_picture(data: bytes) -> PictureInfo:
    """Return what the picture is, or raise PictureError saying what is wrong."""
    if len(data) > MAX_PICTURE_BYTES:
        raise PictureError(
            translate(
                "Pictures", "the picture is {size:.0f} KB; at most {limit} KB is allowed"
            ).format(size=len(data) / 1024, limit=MAX_PICTURE_BYTES // 1024)
        )
    kind = sniff_kind(data)
    if kind == "png":
        info = _check_png(data)
    elif kind == "jpg":
        info = _check_jpeg(data)
    else:
        raise PictureError(translate("Pictures", "not a picture: expected a PNG or JPEG image"))
    if not (0 < info.width <= MAX_PICTURE_SIDE and 0 < info.height <= MAX_PICTURE_SIDE):
        raise PictureError(
            translate(
                "Pictures",
                "the picture is {width} x {height} pixels; each side must be "
                "1 to {MAX_PICTURE_SIDE}",
            ).format(width=info.width, height=info.height, MAX_PICTURE_SIDE=MAX_PICTURE_SIDE)
        )
    return info


def decoded_bytes(info: PictureInfo) -> int:
    """What the picture costs in memory once decoded (width x height x 4 bytes)."""
    return info.width * info.height * BYTES_PER_PIXEL


def picture_header(data: bytes) -> PictureInfo:
    """The kind and size the picture's header states, read without unpacking any pixels.

    Cheap enough to run on every picture of a file before the full checks; PictureError
    when the bytes are not a PNG or JPEG or their header is broken.
    """
    kind = sniff_kind(data)
    if kind == "png":
        if len(data) < 33 or data[12:16] != b"IHDR":
            raise PictureError(
                translate("Pictures", "broken PNG: it does not start with an IHDR header")
            )
        width, height = struct.unpack(">II", data[16:24])
        return PictureInfo("png", width, height)
    if kind == "jpg":
        return _jpeg_header(data)
    raise PictureError(translate("Pictures", "not a picture: expected a PNG or JPEG image"))


def budget_problem(total: int) -> str | None:
    """Why pictures adding up to `total` decoded bytes are too much, or None."""
    if total <= MAX_ROUTINE_DECODED_BYTES:
        return None
    return translate(
        "Pictures",
        "the pictures would take {size:.0f} MB of memory once decoded; a routine's pictures "
        "may take at most {limit} MB (make them smaller, or use fewer)",
    ).format(size=total / 2**20, limit=MAX_ROUTINE_DECODED_BYTES // 2**20)


def picture_file_name(data: bytes, info: PictureInfo) -> str:
    """A name from the content: the same picture imported twice is stored once."""
    return f"{hashlib.sha256(data).hexdigest()[:32]}.{info.kind}"


def _check_png(data: bytes) -> PictureInfo:
    pos = len(PNG_SIGNATURE)
    header: tuple[int, int, int, int, int] | None = None
    palette = False
    inflater = zlib.decompressobj()
    inflated = 0
    expected = 0
    idat_state = "before"  # before -> inside -> after: IDAT chunks must be consecutive
    while True:
        if pos + 8 > len(data):
            raise PictureError(translate("Pictures", "broken PNG: it ends before its IEND chunk"))
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 8 + length + 4
        if end > len(data):
            raise PictureError(
                translate("Pictures", "broken PNG: the {chunk} chunk is cut off").format(
                    chunk=_chunk_name(ctype)
                )
            )
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[end - 4 : end])
        if zlib.crc32(ctype + body) != crc:
            raise PictureError(
                translate("Pictures", "broken PNG: the {chunk} chunk is damaged").format(
                    chunk=_chunk_name(ctype)
                )
            )
        pos = end
        if header is None:
            if ctype != b"IHDR" or length != 13:
                raise PictureError(
                    translate("Pictures", "broken PNG: it does not start with an IHDR header")
                )
            width, height, depth, colour, compression, filtering, interlace = struct.unpack(
                ">IIBBBBB", body
            )
            if colour not in _PNG_DEPTHS or depth not in _PNG_DEPTHS[colour]:
                raise PictureError(
                    translate("Pictures", "broken PNG: unknown colour type or bit depth")
                )
            if compression or filtering or interlace not in (0, 1):
                raise PictureError(
                    translate("Pictures", "broken PNG: unknown compression, filter or interlace")
                )
            if not (0 < width <= MAX_PICTURE_SIDE and 0 < height <= MAX_PICTURE_SIDE):
                return PictureInfo("png", width, height)  # the caller names the size
            header = (width, height, depth, colour, interlace)
            expected = _png_raw_size(width, height, depth * _PNG_CHANNELS[colour], interlace)
            continue
        if ctype == b"PLTE":
            palette = True
        elif ctype == b"IDAT":
            if idat_state == "after":
                raise PictureError(translate("Pictures", "broken PNG: its image data is split up"))
            idat_state = "inside"
            inflated += _inflate_count(inflater, body)
            if inflated > expected:
                raise PictureError(
                    translate("Pictures", "broken PNG: its image data does not match its size")
                )
        elif idat_state == "inside":
            idat_state = "after"
        if ctype == b"IEND":
            break
    if pos != len(data):
        raise PictureError(translate("Pictures", "broken PNG: there are extra bytes after its end"))
    width, height, depth, colour, interlace = header
    if colour == 3 and not palette:
        raise PictureError(translate("Pictures", "broken PNG: a palette image without a palette"))
    if idat_state == "before":
        raise PictureError(translate("Pictures", "broken PNG: it has no image data"))
    try:
        inflated += len(inflater.flush())
    except zlib.error as error:
        raise PictureError(
            translate("Pictures", "broken PNG: its image data cannot be unpacked")
        ) from error
    if not inflater.eof:
        raise PictureError(translate("Pictures", "broken PNG: its image data is cut off"))
    if inflated != expected:
        raise PictureError(
            translate("Pictures", "broken PNG: its image data does not match its size")
        )
    return PictureInfo("png", width, height)


def _inflate_count(inflater: zlib._Decompress, chunk: bytes) -> int:
    """Inflate and count, holding at most 64 KB at a time (a tiny file may inflate hugely)."""
    count = 0
    try:
        out = inflater.decompress(chunk, 65536)
        count += len(out)
        while inflater.unconsumed_tail:
            out = inflater.decompress(inflater.unconsumed_tail, 65536)
            count += len(out)
    except zlib.error as error:
        raise PictureError(
            translate("Pictures", "broken PNG: its image data cannot be unpacked")
        ) from error
    return count


def _png_raw_size(width: int, height: int, bits_per_pixel: int, interlace: int) -> int:
    def rows(w: int, h: int) -> int:
        return 0 if w == 0 or h == 0 else h * (1 + (w * bits_per_pixel + 7) // 8)

    if not interlace:
        return rows(width, height)
    total = 0
    for x0, y0, dx, dy in _ADAM7:
        total += rows(max(0, (width - x0 + dx - 1) // dx), max(0, (height - y0 + dy - 1) // dy))
    return total


def _chunk_name(ctype: bytes) -> str:
    text = ctype.decode("latin-1")
    return text if text.isalpha() else "unnamed"


# Start-of-frame markers that carry the picture's size (C4, C8 and CC are something else).
_JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _check_jpeg(data: bytes) -> PictureInfo:
    pos = 2
    size: tuple[int, int] | None = None
    scans = 0
    while True:
        if pos >= len(data) or data[pos] != 0xFF:
            raise PictureError(
                translate("Pictures", "broken JPEG: a marker is missing where one must be")
            )
        while pos < len(data) and data[pos] == 0xFF:
            pos += 1
        if pos >= len(data):
            raise PictureError(translate("Pictures", "broken JPEG: it ends before its end marker"))
        marker = data[pos]
        pos += 1
        if marker == 0xD9:
            break
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            continue
        if marker in (0xD8, 0x00):
            raise PictureError(translate("Pictures", "broken JPEG: a marker appears out of place"))
        if pos + 2 > len(data):
            raise PictureError(translate("Pictures", "broken JPEG: it ends inside a segment"))
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2 or pos + length > len(data):
            raise PictureError(translate("Pictures", "broken JPEG: a segment is cut off"))
        body = data[pos + 2 : pos + length]
        pos += length
        if marker in _JPEG_FRAMES:
            if len(body) < 6:
                raise PictureError(
                    translate("Pictures", "broken JPEG: its frame header is too short")
                )
            precision, height, width, components = struct.unpack(">BHHB", body[:6])
            if precision not in (8, 12) or components not in (1, 3, 4) or height == 0:
                raise PictureError(
                    translate("Pictures", "broken JPEG: its frame header is not valid")
                )
            if len(body) != 6 + 3 * components:
                raise PictureError(
                    translate("Pictures", "broken JPEG: its frame header is not valid")
                )
            size = (width, height)
        elif marker == 0xDA:
            if size is None:
                raise PictureError(
                    translate("Pictures", "broken JPEG: image data comes before its frame header")
                )
            scans += 1
            pos = _skip_entropy_data(data, pos)
    if size is None or scans == 0:
        raise PictureError(translate("Pictures", "broken JPEG: it has no image data"))
    if data[pos:].strip(b"\x00"):
        raise PictureError(
            translate("Pictures", "broken JPEG: there are extra bytes after its end")
        )
    return PictureInfo("jpg", size[0], size[1])


# The next real marker after scan data: FF 00 (a stuffed byte), restarts (FF D0-D7) and
# fill bytes (FF FF) belong to the data. A regular expression, not a Python loop: a hostile
# JPEG can be a megabyte of FF 00 pairs.
_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


def _skip_entropy_data(data: bytes, pos: int) -> int:
    """Step over compressed scan data to the next real marker."""
    found = _NEXT_MARKER.search(data, pos)
    if found is None:
        raise PictureError(translate("Pictures", "broken JPEG: its image data is cut off"))
    return found.start()


def _jpeg_header(data: bytes) -> PictureInfo:
    """The size in the first frame header, walking only the segments before it."""
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            break
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _JPEG_FRAMES:
            if length < 8 or pos + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return PictureInfo("jpg", width, height)
        if marker in (0xDA, 0xD9) or length < 2:
            break
        pos += 2 + length
    raise PictureError(translate("Pictures", "broken JPEG: no frame header before its image data"))
