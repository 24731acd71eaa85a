import pytest

from hiptimer.profiles.saved import LibraryStore
from tests.trainer_support import data_home

__all__ = ["data_home"]


@pytest.fixture
def store(data_home):
    """The library of a client's profile, in a private data folder."""
    from hiptimer.profiles.folders import create_profile

    return LibraryStore.for_profile(create_profile("Anna Berg"))


def make_image(path, width=120, height=90, fmt="PNG"):
    """A picture of our own drawing, saved with Qt."""
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#cfe0ee"))
    painter = QPainter(image)
    painter.fillRect(width // 4, height // 3, width // 2, height // 3, QColor("#33414f"))
    painter.end()
    assert image.save(str(path), fmt)
    return path
