"""Colours: one per step kind, readable on light and dark palettes, and the app themes.

Each kind has two shades: a deep one for light backgrounds and a bright one for dark
backgrounds, each with at least 4.5:1 contrast against the window colour, so the
countdown reads from across a room in either theme. The kind is always written out
too ("WORK", "REST"): colour is never the only signal.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from hiptimer.core.timeline import StepKind
from hiptimer.profiles.settings import Theme

# (on a light background, on a dark background)
KIND_COLOURS: dict[StepKind, tuple[str, str]] = {
    StepKind.PREPARE: ("#1a5bb5", "#74a9ff"),
    StepKind.WORK: ("#b34700", "#ff9a52"),
    StepKind.HOLD: ("#6a3fb5", "#bea0ff"),
    StepKind.SWITCH: ("#8a5c00", "#f5c451"),
    StepKind.REST: ("#1c7a3a", "#62d28a"),
    StepKind.DONE: ("#1c7a3a", "#62d28a"),
}

# High contrast (the Settings choice or --high-contrast): at least 7:1 on pure white or
# pure black, for the step colours as for the text.
HIGH_CONTRAST_KIND_COLOURS: dict[StepKind, tuple[str, str]] = {
    StepKind.PREPARE: ("#0b3d91", "#9cc4ff"),
    StepKind.WORK: ("#8a2c00", "#ffb27a"),
    StepKind.HOLD: ("#4b1f8f", "#d4c0ff"),
    StepKind.SWITCH: ("#5c3d00", "#ffd966"),
    StepKind.REST: ("#0b5323", "#7fe0a0"),
    StepKind.DONE: ("#0b5323", "#7fe0a0"),
}
# Whether the high-contrast palette is in use (set by apply_theme).
_contrast = {"high": False}


def high_contrast() -> bool:
    return _contrast["high"]


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def kind_colour(kind: StepKind, palette: QPalette) -> QColor:
    light, dark = (HIGH_CONTRAST_KIND_COLOURS if high_contrast() else KIND_COLOURS)[kind]
    return QColor(dark if is_dark(palette) else light)


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _palette(dark: bool, high: bool = False) -> QPalette:
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    if high and dark:
        # White on black; yellow marks the selection and the focus.
        window, base, alt, text, button = "#000000", "#000000", "#1a1a1a", "#ffffff", "#000000"
        highlight, link, mid = "#ffd700", "#8cc8ff", "#ffffff"
        disabled = "#a6a6a6"
    elif high:
        # Black on white; deep blue marks the selection and the focus.
        window, base, alt, text, button = "#ffffff", "#ffffff", "#f0f0f0", "#000000", "#ffffff"
        highlight, link, mid = "#00008b", "#0000cc", "#000000"
        disabled = "#595959"
    elif dark:
        window, base, alt, text, button = "#202326", "#17191b", "#2a2e32", "#eceff1", "#2d3135"
        highlight, link, mid = "#3d7fd6", "#8ab8ff", "#3a3f44"
        disabled = "#7d848a"
    else:
        window, base, alt, text, button = "#f3f4f6", "#ffffff", "#eceef1", "#1b1f23", "#e8eaed"
        highlight, link, mid = "#2a6fc9", "#1a5bb5", "#c4c9cf"
        disabled = "#8b9096"
    palette = QPalette()
    for r, value in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, alt),
        (role.Text, text),
        (role.Button, button),
        (role.ButtonText, text),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.PlaceholderText, disabled),
        (role.Highlight, highlight),
        (role.HighlightedText, "#000000" if high and dark else "#ffffff"),
        (role.Link, link),
        (role.Mid, mid),
        (role.Midlight, alt),
        (role.Dark, mid),
        (role.Shadow, "#000000"),
        (role.Light, alt),
        (role.BrightText, "#ffffff"),
    ):
        palette.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor(disabled))
    return palette


# The desktop's own style and palette, noted before we first change them.
_system: dict[str, object] = {}


def apply_theme(app: QApplication, theme: Theme, high: bool = False) -> None:
    """System follows the desktop; light and dark use Fusion with our own palette.
    high: the high-contrast palette, dark for the dark theme (or a dark desktop)."""
    if theme is Theme.SYSTEM and not _system and not high:
        return  # never changed: the desktop's own look is still in place
    if not _system:
        _system["style"] = app.style().name()
        _system["palette"] = QPalette(app.palette())
    _contrast["high"] = high
    if high:
        desktop = _system["palette"]
        dark = theme is Theme.DARK or (
            theme is Theme.SYSTEM and isinstance(desktop, QPalette) and is_dark(desktop)
        )
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(_palette(dark, high=True))
        return
    if theme is Theme.SYSTEM:
        style = str(_system["style"])
        if app.style().name() != style:
            app.setStyle(style)
        palette = _system["palette"]
        app.setPalette(palette if isinstance(palette, QPalette) else QPalette())
        return
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(_palette(theme is Theme.DARK))


def current_palette() -> QPalette:
    return QGuiApplication.palette()
