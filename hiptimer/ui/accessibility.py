"""What a screen reader, a keyboard or a larger font needs from every window.

- Names: a control in a form takes its row's label as its accessible name (the label is
  already in the person's language), and a label's buddy its label's text; controls
  outside forms are named where they are made, through translate().
- Announcements: `announce` posts through `post`, the one seam tests watch; the session
  announces each new step unless the spoken cues say it (session_display.announce_step).
- The controls: `interactive_widgets` lists what a person works in a window (Qt's own
  inner parts left out).
- A focus ring: a clear frame in the palette's highlight colour around whatever has the
  keyboard focus, in every window, whatever the style draws (see FocusRing).
- Text size and tab order: in hiptimer.ui.readable (light enough for the start screen).

`install(app)` sets up the names and the ring for every window; the app calls it once,
after its first paint. `unnamed` and `undescribed` are what the accessibility test checks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFocusFrame,
    QFormLayout,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

# Controls a person works with: each needs a name a screen reader can say.
INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
    QGraphicsView,
)
# Parts Qt builds inside its own controls; a screen reader meets them as their control.
QT_PARTS = frozenset(
    {
        "qt_spinbox_lineedit",
        "qt_tableview_cornerbutton",
        "qt_menubar_ext_button",
        "qt_toolbar_ext_button",
        "ScrollLeftButton",
        "ScrollRightButton",
    }
)


def _qt_part(widget: QWidget) -> bool:
    if widget.objectName() in QT_PARTS or isinstance(widget, QScrollBar | QHeaderView):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return True  # a chart's or a list's drawing area: read as the chart or the list
    if widget.isHidden() and not _placed(widget):
        return True  # kept hidden by a form that does not show it
    # The list inside a combo box's popup, and the clear button of a line edit.
    while parent is not None:
        if isinstance(parent, QComboBox) or (
            isinstance(parent, QLineEdit) and isinstance(widget, QAbstractButton)
        ):
            return True
        parent = parent.parentWidget()
    return False


def _placed(widget: QWidget) -> bool:
    """Whether widget sits in its parent's layout (or a layout within it)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return parent is not None and not isinstance(parent, QAbstractScrollArea)

    def holds(layout: QLayout) -> bool:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is None:
                continue
            if item.widget() is widget:
                return True
            inner = item.layout()
            if inner is not None and holds(inner):
                return True
        return False

    return holds(layout)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every control of root (itself included) that a person can work, Qt's parts left out."""
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if (isinstance(w, INTERACTIVE) or _tab_stop(w)) and not _qt_part(w)
    ]


def _tab_stop(widget: QWidget) -> bool:
    """Any other widget Tab stops at (a scrolled list, a widget of our own)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for widget.

    A combo box's accessible name in Qt is its current choice, and a button's its text,
    so only a name set on purpose (or a label's buddy) counts for the other controls."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def spoken_description(widget: QWidget) -> str:
    """The description a screen reader gets: the one set on purpose, else what Qt offers
    in its place (the tooltip, a line edit's placeholder)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    found = interface.text(QAccessible.Text.Description) if interface is not None else ""
    return widget.accessibleDescription() or found or widget.toolTip()


def undescribed(root: QWidget) -> list[str]:
    """The controls of root without a description, by their names; a dialog's standard
    buttons (OK, Cancel, Close) are left out: their names say all there is."""
    found = []
    for widget in interactive_widgets(root):
        parent = widget.parentWidget()
        if (
            isinstance(parent, QDialogButtonBox)
            and isinstance(widget, QAbstractButton)
            and parent.standardButton(widget) is not QDialogButtonBox.StandardButton.NoButton
        ):
            continue
        if not spoken_description(widget):
            found.append(f"{type(widget).__name__} {spoken_name(widget)!r}")
    return found


def unnamed(root: QWidget) -> list[str]:
    """The controls of root without a spoken name, each as "Class 'objectName' in Parent"."""
    found = []
    for widget in interactive_widgets(root):
        if not spoken_name(widget):
            parent = widget.parentWidget()
            where = type(parent).__name__ if parent is not None else "-"
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {where}")
    return found


def _label_text(label: QWidget | None) -> str:
    if not isinstance(label, QLabel):
        return ""
    return label.text().replace("&", "").strip().rstrip(":").strip()


def name_from_labels(root: QWidget) -> None:
    """Name each unnamed control after its form row's label, or the label it is buddy of.

    A row with several controls (up, pause and down of a tempo) names each after the
    label and the control's own prefix."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        text = _label_text(label)
        if buddy is not None and text and not buddy.accessibleName():
            buddy.setAccessibleName(text)
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            text = _label_text(label_item.widget())
            if not text:
                continue
            controls = _controls_in(field_item.widget(), field_item.layout())
            for control in controls:
                if control.accessibleName() or isinstance(control, QPushButton | QToolButton):
                    continue  # a button says what it does in its own words
                spin = control if isinstance(control, QSpinBox | QDoubleSpinBox) else None
                prefix = spin.prefix() if spin is not None else ""
                extra = f" {prefix.strip()}" if len(controls) > 1 and prefix else ""
                control.setAccessibleName(f"{text}{extra}")


def _controls_in(widget: QWidget | None, layout: object) -> list[QWidget]:
    if widget is not None:
        return interactive_widgets(widget)
    found: list[QWidget] = []
    count = getattr(layout, "count", None)
    if count is None:
        return found
    for i in range(count()):
        item = layout.itemAt(i)  # type: ignore[attr-defined]
        found.extend(_controls_in(item.widget(), item.layout()))
    return found


# --- announcements ----------------------------------------------------------------


def post(event: QAccessibleEvent) -> None:
    """The one way our events reach the screen reader (tests watch this seam)."""
    QAccessible.updateAccessibility(event)


def announce(target: QObject, text: str) -> None:
    """Ask the screen reader to say text, after what it is saying now (polite)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(target, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    post(event)


# --- the focus ring -----------------------------------------------------------------


class FocusRing(QFocusFrame):
    """A frame in the highlight colour around the focused control, drawn over any style
    or style sheet (Fusion's own focus mark is a faint 1 px line)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        pen = QPen(colour, 2.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


class _Helper(QObject):
    """Names a window's controls from its labels when the focus comes into it (before a
    screen reader reads it), and moves the ring with the focus. Signals only: an event
    filter on the whole application would cost every event of every frame."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)
        app.focusWindowChanged.connect(self._window_focused)
        self._window_focused(None)
        self.follow(None, app.focusWidget())  # what had the focus before this started

    def _window_focused(self, _window: object) -> None:
        active = QApplication.activeWindow()
        if active is not None:
            name_from_labels(active)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            name_from_labels(new.window())
        ring = self.ring
        if ring is not None and not _alive(ring):
            ring = None
        # A window itself has no parent to draw a ring in (and a ring never stands alone).
        if new is None or new.isWindow() or not bool(new.focusPolicy() & Qt.FocusPolicy.TabFocus):
            if ring is not None:
                ring.setWidget(None)  # type: ignore[arg-type]
                ring.hide()
            return
        if ring is None:
            ring = FocusRing()
            self.ring = ring
        ring.setWidget(new)
        ring.show()


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


def install(app: QApplication) -> QObject:
    """Names from labels in every window as it gets the focus, and the focus ring (once
    per app; the app calls it after its first paint)."""
    for child in app.children():
        if isinstance(child, _Helper):
            return child
    return _Helper(app)


def focus_ring(app: QApplication) -> FocusRing | None:
    """The ring as it now stands (None before anything took the focus)."""
    for child in app.children():
        if isinstance(child, _Helper) and child.ring is not None and _alive(child.ring):
            return child.ring
    return None
