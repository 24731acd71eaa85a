"""The plain card shown for an exercise that has no drawn figure."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen

from hiptimer.core.routine import Side


def ink_for(background: QColor) -> QColor:
    """Text colour that reads on a background: dark on light, light on dark."""
    return QColor("#2f3e4e") if background.lightnessF() >= 0.5 else QColor("#e4e9ee")


def draw_card(
    painter: QPainter, rect: QRectF, name: str, side: Side | None, ink: QColor | None = None
) -> None:
    """The exercise's name on a rounded card. ink: the text colour (default: the
    application's text colour, so the card follows a light or dark palette)."""
    if ink is None:
        ink = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    margin = min(rect.width(), rect.height()) * 0.06
    card = rect.adjusted(margin, margin, -margin, -margin)
    painter.save()
    painter.setPen(QPen(QColor("#8aa1b4"), max(2.0, margin / 6)))
    painter.setBrush(QColor(138, 161, 180, 40))
    painter.drawRoundedRect(card, margin, margin)
    font = QFont(painter.font())
    font.setPixelSize(max(10, int(card.height() * 0.12)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(ink)
    text = name if side is None else f"{name}\n{side.value} side"
    painter.drawText(card, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
    painter.restore()
