"""Readable and reachable: text sizes that follow the desktop's, and Tab in the order
controls are laid out. Light on imports: the start screen uses it at start-up."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLayout, QWidget


def in_layout_order(root: QWidget) -> list[QWidget]:
    """The controls Tab reaches in root, in the order its layouts place them (top to
    bottom, left to right for the usual boxes)."""
    found: list[QWidget] = []

    def walk_widget(widget: QWidget) -> None:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
            return
        layout = widget.layout()
        if layout is not None:
            walk_layout(layout)

    def walk_layout(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is None:
                continue
            if (child := item.widget()) is not None:
                walk_widget(child)
            elif (inner := item.layout()) is not None:
                walk_layout(inner)

    layout = root.layout()
    if layout is not None:
        walk_layout(layout)
    return found


def order_tabs(root: QWidget) -> None:
    """Tab goes through root's controls in the order they are laid out, whatever order
    they were made in (a button added later by another tool, say)."""
    controls = in_layout_order(root)
    for first, second in pairwise(controls):
        QWidget.setTabOrder(first, second)


def body_pixels(widget: QWidget) -> float:
    """The pixel size of the application's body text as widget inherits it: the least
    any text that follows the window's size is drawn at."""
    return float(QFontInfo(QApplication.font(widget)).pixelSize())


# Qt's own default body text (9 points at 96 dots per inch): the size our screens'
# smallest and largest text sizes were chosen at.
DEFAULT_BODY_PIXELS = 12.0


def text_scale(widget: QWidget) -> float:
    """How much larger the person's body text is than the default (1.0 at the default;
    never below it, so a small desktop font keeps the screens' readable least sizes)."""
    return max(body_pixels(widget) / DEFAULT_BODY_PIXELS, 1.0)
