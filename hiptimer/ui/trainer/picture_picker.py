"""Pictures in the trainer tools: taking in an image file, and showing an exercise.

An image a trainer picks is decoded with Qt (a real decode, on top of the header checks
in hiptimer.exchange.picture_files), made small enough for the screen and the handout, and
only then handed to the profile's library.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget

from hiptimer.core.files import NotARegularFile, read_regular_file
from hiptimer.core.i18n import translate
from hiptimer.core.routine import Exercise
from hiptimer.exchange.picture_files import (
    MAX_PICTURE_BYTES,
    PictureError,
    check_picture,
    sniff_kind,
)
from hiptimer.profiles.saved import LibraryStore
from hiptimer.ui.illustrate import FigureView

# Big enough for a full-screen window and a printed page; photos from phones are larger.
MAX_SIDE = 1600
# Refuse to even read files much larger than any photo a trainer would pick.
MAX_SOURCE_BYTES = 40 * 1024 * 1024


def decode_picture(data: bytes) -> QImage:
    """A QImage from PNG or JPEG bytes, or PictureError saying why not."""
    if sniff_kind(data) is None:
        raise PictureError(translate("picture_picker", "not a PNG or JPEG picture"))
    image = QImage.fromData(data)
    if image.isNull():
        raise PictureError(
            translate("picture_picker", "the picture cannot be decoded; it may be damaged")
        )
    return image


def prepare_picture(data: bytes) -> bytes:
    """Bytes fit for a profile: a real PNG/JPEG, at most MAX_SIDE pixels and the size cap.

    A picture that already fits is kept byte for byte; otherwise it is scaled down and
    written again (JPEG for photos, PNG when it has transparency).
    """
    image = decode_picture(data)
    try:
        info = check_picture(data)
        if max(info.width, info.height) <= MAX_SIDE:
            return data
    except PictureError:
        pass  # too large in bytes or pixels: make it smaller below
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            QSize(MAX_SIDE, MAX_SIDE),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    fmt = "PNG" if image.hasAlphaChannel() else "JPG"
    for quality in (88, 80, 70, 60):
        out = _encode(image, fmt, quality)
        if len(out) <= MAX_PICTURE_BYTES:
            check_picture(out)
            return out
        if fmt == "PNG":  # PNG has no quality to give: halve the size instead
            image = image.scaled(image.size() / 2, Qt.AspectRatioMode.KeepAspectRatio)
    raise PictureError(
        translate("picture_picker", "the picture stays too large even when made smaller")
    )


def _encode(image: QImage, fmt: str, quality: int) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The type stubs ask for bytes, but PySide6 takes the format only as str at run time.
    image.save(buffer, fmt, quality)  # type: ignore[call-overload]
    buffer.close()
    return bytes(array.data())


def read_picture_file(path: Path) -> bytes:
    """Read, check and prepare an image file a trainer chose; PictureError says why not."""
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            too_big = translate("picture_picker", "the file is {size} MB; choose a smaller picture")
            raise PictureError(too_big.format(size=f"{size / 1e6:.0f}"))
        data = read_regular_file(path, MAX_SOURCE_BYTES)  # no FIFO, device or folder
        if len(data) > MAX_SOURCE_BYTES:
            raise PictureError(
                translate("picture_picker", "the file grew while it was read; choose it again")
            )
    except (NotARegularFile, TimeoutError) as error:
        unreadable = translate("picture_picker", "cannot read the file: {problem}")
        raise PictureError(unreadable.format(problem=error)) from error
    except OSError as error:
        unreadable = translate("picture_picker", "cannot read the file ({problem})")
        raise PictureError(unreadable.format(problem=error.strerror or error)) from error
    return prepare_picture(data)


class ImageView(QWidget):
    """A picture fitted into the widget, keeping its proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(0, 0, size.width(), size.height())
        target.moveCenter(QRectF(self.rect()).center())
        painter.drawImage(target, self._image)
        painter.end()


class ExercisePicture(QStackedWidget):
    """An exercise's picture: its drawn figure, its own image, or a name card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = FigureView()
        self.image = ImageView()
        self.addWidget(self.figure)
        self.addWidget(self.image)
        self.setMinimumSize(200, 150)

    def show_exercise(
        self, exercise: Exercise, store: LibraryStore | None, pending: bytes | None = None
    ) -> None:
        """pending: picture bytes chosen in an editor but not saved yet."""
        data = pending
        if data is None and exercise.picture and store is not None:
            data = store.picture_bytes(exercise.picture)
        if data is not None:
            image = QImage.fromData(data)
            if not image.isNull():
                self.image.set_image(image)
                self.setCurrentWidget(self.image)
                return
        self.figure.set_exercise(exercise.figure, exercise.name, exercise.sides.order[0])
        self.figure.set_movement(1.0)
        self.setCurrentWidget(self.figure)
