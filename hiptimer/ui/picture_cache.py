"""A routine's own pictures (custom exercises), decoded the first time each is shown.

The window gets the pictures as bytes (from a routine file, or a profile's library) and
keeps them as they are: a picture is decoded only when a screen first shows it, made no
larger than any screen shows it (DISPLAY_SIDE) right away, and kept in one cache of
bounded size for the start list and the session alike. A routine of many large pictures
so costs a few screenfuls of memory, not the sum of its pictures at full size. A picture
that will not decode is remembered as such, and its exercise shows its name card.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from hiptimer.exchange.picture_files import MAX_PICTURE_SIDE, sniff_kind

# The longest side a picture is kept at: a full-screen session shows it smaller than this.
DISPLAY_SIDE = 1600
# Decoded pictures kept at once (about four pictures at DISPLAY_SIDE); the least recently
# shown is dropped first, and decoded again if it is shown again.
CACHE_BYTES = 40 * 1024 * 1024


class CustomPictures:
    def __init__(
        self,
        pictures: Mapping[str, bytes] | None = None,
        *,
        display_side: int = DISPLAY_SIDE,
        cache_bytes: int = CACHE_BYTES,
    ) -> None:
        self._bytes = dict(pictures or {})
        self._display_side = display_side
        self._cache_bytes = cache_bytes
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._broken: set[str] = set()
        self.decodes = 0  # how many times a picture was decoded (the cache at work)

    def __bool__(self) -> bool:
        return bool(self._bytes)

    @property
    def cached_bytes(self) -> int:
        return sum(image.sizeInBytes() for image in self._images.values())

    def image(self, name: str | None) -> QImage | None:
        """The picture called name, at most display_side pixels on its longer side, or
        None (no name, not given, or broken)."""
        if not name or name in self._broken:
            return None
        image = self._images.get(name)
        if image is not None:
            self._images.move_to_end(name)
            return image
        self.decodes += 1
        image = decode_for_display(self._bytes.get(name), self._display_side)
        if image is None:
            self._broken.add(name)
            return None
        self._images[name] = image
        # Keep the newest even when it alone is over the budget: it is on the screen.
        while len(self._images) > 1 and self.cached_bytes > self._cache_bytes:
            self._images.popitem(last=False)
        return image


def decode_for_display(data: bytes | None, side: int) -> QImage | None:
    """The picture scaled down to fit side x side (proportions kept), or None.

    The size is read from the header first: a picture larger than any routine file may
    hold is not decoded at all. A JPEG decoder scales while decoding (a fraction of the
    memory); a PNG is decoded in full once, scaled, and the full image let go at once.
    """
    # Only the two formats a routine file may carry, whatever else Qt could read.
    if not data or sniff_kind(data) is None:
        return None
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or max(size.width(), size.height()) > MAX_PICTURE_SIDE:
        return None
    target = _fit(size, side)
    if target != size and sniff_kind(data) == "jpg":
        reader.setScaledSize(target)  # the JPEG decoder scales as it decodes
    image = reader.read()
    buffer.close()
    if image.isNull():
        return None
    see_through = image.hasAlphaChannel()
    if max(image.width(), image.height()) > side:
        # Smooth scaling works on premultiplied pixels; converted in place where the
        # depth allows it (a copy of a 4096 x 4096 16-bit picture would be 128 MB more).
        depth = image.depth()
        if depth == 64:
            image.convertTo(QImage.Format.Format_RGBA64_Premultiplied)
        else:
            image.convertTo(QImage.Format.Format_ARGB32_Premultiplied)
        image = image.scaled(
            _fit(image.size(), side),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    # 8 bits a channel whatever the file held (a 16-bit PNG decodes to twice the bytes).
    wanted = (
        QImage.Format.Format_ARGB32_Premultiplied if see_through else QImage.Format.Format_RGB32
    )
    return image if image.format() == wanted else image.convertToFormat(wanted)


def _fit(size: QSize, side: int) -> QSize:
    longest = max(size.width(), size.height())
    if longest <= side:
        return size
    scale = side / longest
    return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
