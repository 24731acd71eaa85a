"""A routine's own pictures (custom exercises), decoded the first time each is shown.

The window gets the pictures as bytes (from a routine file, or a profile's library) and
keeps them as they are: a picture is decoded only when a screen first shows it, then
kept for the start list and the session alike. A picture that will not decode is
remembered as such, and its exercise shows its name card.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QImage

from hiptimer.exchange.pictures import sniff_kind


class CustomPictures:
    def __init__(self, pictures: Mapping[str, bytes] | None = None) -> None:
        self._bytes = dict(pictures or {})
        self._images: dict[str, QImage | None] = {}

    def __bool__(self) -> bool:
        return bool(self._bytes)

    def image(self, name: str | None) -> QImage | None:
        """The decoded picture called name, or None (no name, not given, or broken)."""
        if not name:
            return None
        if name not in self._images:
            self._images[name] = _decode(self._bytes.get(name))
        return self._images[name]


def _decode(data: bytes | None) -> QImage | None:
    # Only the two formats a routine file may carry, whatever else Qt could read.
    if not data or sniff_kind(data) is None:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image
