"""The plain card shown for an exercise that has no drawn figure: its name, or its own
picture when the exercise carries one."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPalette, QPen

from hiptimer.core.routine import Side
from hiptimer.core.wording import side_label


def ink_for(background: QColor) -> QColor:
    """Text colour that reads on a background: dark on light, light on dark."""
    return QColor("#2f3e4e") if background.lightnessF() >= 0.5 else QColor("#e4e9ee")


def draw_card_back(painter: QPainter, rect: QRectF) -> QRectF:
    """The empty rounded card inside rect; returns the card's own rectangle."""
    margin = min(rect.width(), rect.height()) * 0.06
    card = rect.adjusted(margin, margin, -margin, -margin)
    painter.save()
    painter.setPen(QPen(QColor("#8aa1b4"), max(2.0, margin / 6)))
    painter.setBrush(QColor(138, 161, 180, 40))
    painter.drawRoundedRect(card, margin, margin)
    painter.restore()
    return card


def draw_card(
    painter: QPainter, rect: QRectF, name: str, side: Side | None, ink: QColor | None = None
) -> None:
    """The exercise's name on a rounded card. ink: the text colour (default: the
    application's text colour, so the card follows a light or dark palette)."""
    if ink is None:
        ink = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    card = draw_card_back(painter, rect)
    painter.save()
    font = QFont(painter.font())
    font.setPixelSize(max(10, int(card.height() * 0.12)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(ink)
    text = name if side is None else f"{name}\n{side_label(side)}"
    painter.drawText(card, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
    painter.restore()


def picture_place(card: QRectF, picture: QSize) -> QRectF:
    """Where a picture sits on a card: as large as fits inside the card's border, its
    proportions kept, centred (clear of the rounded corners)."""
    inset = max(min(card.width(), card.height()) * 0.03, 4.0)
    room = card.adjusted(inset, inset, -inset, -inset)
    if picture.isEmpty() or room.isEmpty():
        return QRectF(room.center(), room.center())
    scale = min(room.width() / picture.width(), room.height() / picture.height())
    place = QRectF(0, 0, picture.width() * scale, picture.height() * scale)
    place.moveCenter(room.center())
    return place


def fit_picture(picture: QImage, place: QRectF, ratio: float = 1.0) -> QImage:
    """The picture smoothly scaled to the device pixels of place (ratio: the device's
    pixel ratio), so painting it needs no scaling; averaging beats scaling while painting
    when a large photo becomes a small one."""
    size = QSize(max(round(place.width() * ratio), 1), max(round(place.height() * ratio), 1))
    if size == picture.size():
        return picture
    return picture.scaled(
        size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def draw_picture_backing(
    painter: QPainter, place: QRectF, picture: QImage, ink: QColor | None = None
) -> None:
    """Under a see-through picture on a dark card, a pale sheet: such pictures are drawn
    for paper, and their dark lines would vanish into a dark theme. ink: the card's text
    colour (light ink means a dark card; default the application's)."""
    if not picture.hasAlphaChannel():
        return
    if ink is None:
        ink = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    if ink.lightnessF() >= 0.5:
        painter.fillRect(place, QColor("#eef1f4"))


def draw_picture_card(
    painter: QPainter, rect: QRectF, picture: QImage, ink: QColor | None = None
) -> None:
    """An exercise's own picture on the name card's background, scaled to fit."""
    card = draw_card_back(painter, rect)
    place = picture_place(card, picture.size())
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    # A scaled painter (a printed page) needs the pixels of the scaled size.
    transform = painter.worldTransform()
    ratio *= max(math.hypot(transform.m11(), transform.m12()), 0.01)
    painter.save()
    draw_picture_backing(painter, place, picture, ink)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(place, fit_picture(picture, place, ratio))
    painter.restore()
