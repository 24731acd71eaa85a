"""Screen readers, keyboards, low vision: announcements of each step, the focus ring and
the tab order, the side badge without colour, high contrast, and the desktop's text size."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QFontInfo, QImage, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QWidget

from hiptimer.core.routine import Side
from hiptimer.core.timeline import StepKind
from hiptimer.present.cues import step_phrase
from hiptimer.profiles.settings import Settings, Theme
from hiptimer.ui import accessibility, readable
from hiptimer.ui.app import build_window
from hiptimer.ui.main_window import MainWindow
from hiptimer.ui.theme import contrast_ratio, kind_colour
from hiptimer.ui.widgets import SideBadge

Role = QPalette.ColorRole


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object, QWidget]]:
    """What reaches the screen reader through accessibility.post."""
    seen: list[tuple[str, object, QWidget]] = []

    def record(event: Any) -> None:
        seen.append((event.message(), event.politeness(), event.object()))

    monkeypatch.setattr(accessibility, "post", record)
    return seen


# --- announcements ---------------------------------------------------------------------


def test_each_new_step_is_announced_while_the_cues_are_muted(make_window: Any, announced: list):
    harness = make_window(settings=Settings(muted=True))
    harness.press(Qt.Key.Key_Return)
    session = harness.window.session
    polite = QAccessible.AnnouncementPoliteness.Polite
    assert announced == [(step_phrase(session.step), polite, harness.screen.kind)]
    assert announced[0][0].startswith("Get ready.")
    harness.advance(10.25)  # the get-ready time: the first set begins
    assert session.step.kind is StepKind.WORK
    assert announced[-1][0] == step_phrase(session.step)
    harness.press(Qt.Key.Key_Right)  # skip: the next step is said too
    assert announced[-1][0] == step_phrase(session.step)
    assert len(announced) == 3


def test_no_announcement_while_the_voice_says_the_cues(make_window: Any, announced: list):
    harness = make_window()
    harness.press(Qt.Key.Key_Return)
    assert harness.window.announcer.speech_heard
    harness.press(Qt.Key.Key_Right)
    assert announced == []
    harness.press(Qt.Key.Key_M)  # muted: now the screen reader is the only voice
    harness.press(Qt.Key.Key_Right)
    assert announced == [(step_phrase(harness.window.session.step), *announced[0][1:])]


def test_without_a_voice_the_screen_reader_announces_even_with_speech_on(
    make_window: Any, announced: list
) -> None:
    harness = make_window(speech_engine="none")  # no speech engine on this computer
    assert harness.window.settings.speech and not harness.window.settings.muted
    harness.press(Qt.Key.Key_Return)
    assert [message for message, *_ in announced] == [step_phrase(harness.window.session.step)]


def test_the_app_installs_names_and_the_focus_ring_after_its_first_paint(
    qtbot: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed: list[QApplication] = []
    monkeypatch.setattr(accessibility, "install", installed.append)
    namespace = argparse.Namespace(routine=None, profile=None, command=None)
    window = build_window(namespace, {"HIPTIMER_SOUND": "off", "HIPTIMER_SPEECH_ENGINE": "mock"})
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert installed == []  # not before the window is on screen (start-up time)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: installed == [qapp], timeout=2000)


# --- keyboard --------------------------------------------------------------------------


def _ring_pixel(window: QWidget, ring: QWidget) -> QColor:
    image: QImage = window.grab().toImage()
    ratio = image.devicePixelRatio()
    at = ring.mapTo(window, QPoint(1, ring.height() // 2))
    return image.pixelColor(int(at.x() * ratio), int(at.y() * ratio))


def test_tab_moves_a_visible_focus_ring_through_the_start_view(
    make_window: Any, qapp: QApplication
) -> None:
    accessibility.install(qapp)
    harness = make_window()
    window: MainWindow = harness.window
    start = window.start_screen
    # Another tool's button, added after the others were made, still comes in its place.
    from PySide6.QtWidgets import QPushButton

    extra = QPushButton("Routines…")
    extra.setToolTip("The trainer's routines")
    start.add_button(extra)
    harness.settle()
    buttons = [start.buttons.itemAt(i).widget() for i in range(start.buttons.count())]
    assert buttons[-2:] == [extra, start.start_button]
    order = [w for w in readable.in_layout_order(start) if w.isVisible()]
    # Top to bottom (the list of exercises), then left to right along the buttons.
    # The accept button shows only while there are suggestions to take (none here).
    assert not start.accept_button.isVisible()
    assert order == [start.list_area, *[b for b in buttons if b.isVisible()]]
    start.start_button.setFocus()
    visited = []
    for _ in order:
        harness.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        visited.append(focused)
        ring = accessibility.focus_ring(qapp)
        assert ring is not None and ring.widget() is focused and ring.isVisible()
        highlight = window.palette().color(Role.Highlight)
        colour = _ring_pixel(window, ring)
        assert abs(colour.hue() - highlight.hue()) < 20, (colour.name(), highlight.name())
    assert visited == order  # from Start, Tab goes round to the top


def test_tab_order_of_the_end_view_follows_the_screen(make_window: Any) -> None:
    harness = make_window()
    harness.press(Qt.Key.Key_Return)
    harness.window.end_session()
    end = harness.window.end_screen
    order = [w for w in readable.in_layout_order(end) if w.isVisible()]
    # No set was done, so no quick questions: effort, note, then the buttons.
    assert order == [end.effort_slider, end.effort, end.note, end.again_button, end.save_button]
    assert QApplication.focusWidget() in (end.effort, end.effort.lineEdit())
    end.effort_slider.setFocus()
    for expected in order[1:]:
        harness.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is end.effort.lineEdit():
            focused = end.effort  # the spin box's own line edit
        assert focused is expected


def _tab_walk(start: QWidget, count: int, qtbot: Any) -> list[QWidget]:
    """The controls Tab visits from start, count of them (a spin box's own line edit
    counts as the spin box; Tab through a time's hour and minute is one visit)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

    start.setFocus()
    seen: list[QWidget] = []
    for _ in range(count * 3):
        if len(seen) == count:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        parent = focused.parentWidget()
        if isinstance(focused, QLineEdit) and isinstance(parent, QAbstractSpinBox):
            focused = parent
        if not seen or seen[-1] is not focused:
            seen.append(focused)
    return seen


@pytest.mark.parametrize("which", ["settings", "weekly plan"])
def test_tab_goes_down_each_dialog_in_the_order_it_reads(
    which: str, make_window: Any, qtbot: Any
) -> None:
    harness = make_window()
    window: MainWindow = harness.window
    if which == "settings":
        window.show_settings()
        dialog = window.settings_dialog
    else:
        from hiptimer.ui.profile_link import ProfileLink

        link = ProfileLink(window, "default")
        link.window_ready()
        link.open_plan_dialog()
        dialog = link.plan_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    order = [w for w in readable.in_layout_order(dialog) if w.isVisible() and w.isEnabled()]
    assert len(order) >= 4
    walked = _tab_walk(order[-1], len(order), qtbot)  # from the last, round to the first
    assert walked == order


# --- the side badge --------------------------------------------------------------------


def _ink_columns(image: QImage) -> list[int]:
    """Per column, how many pixels are the badge's white ink (colour left out)."""
    heights = []
    for x in range(image.width()):
        count = 0
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if min(pixel.red(), pixel.green(), pixel.blue()) > 200:
                count += 1
        heights.append(count)
    return heights


def _runs(heights: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    current: list[int] = []
    for height in heights:
        if height:
            current.append(height)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def test_the_side_badge_says_the_side_in_words_and_points_with_an_arrow(qtbot: Any) -> None:
    badge = SideBadge()
    qtbot.addWidget(badge)
    badge.set_pixel_size(40)
    badge.resize(360, badge.height())
    shapes = {}
    for side, word in ((Side.LEFT, "LEFT"), (Side.RIGHT, "RIGHT")):
        badge.set_side(side)
        assert word in badge.text().split() and word in badge.accessibleName()
        # On black: only the pill and its white ink are drawn.
        image = QImage(badge.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("#000000"))
        badge.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        # Grey: the shapes must tell the sides apart without any hue.
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8).convertToFormat(
            QImage.Format.Format_RGB32
        )
        shapes[side] = _runs(_ink_columns(grey))
    # A triangle at the outer end: LEFT's first shape grows from a point at its left,
    # RIGHT's last shape narrows to a point at its right.
    left_arrow, right_arrow = shapes[Side.LEFT][0], shapes[Side.RIGHT][-1]
    assert left_arrow[0] < left_arrow[-1] and left_arrow == sorted(left_arrow)
    assert right_arrow[0] > right_arrow[-1] and right_arrow == sorted(right_arrow, reverse=True)
    assert len(left_arrow) >= 6 and len(right_arrow) >= 6
    badge.set_side(Side.LEFT, "NEXT")
    assert badge.accessibleName() == "NEXT ◀ LEFT"


# --- high contrast ---------------------------------------------------------------------

TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
]


def _assert_high_contrast(palette: QPalette) -> None:
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(palette.color(text), palette.color(background))
        assert ratio >= 7, f"{text.name} on {background.name}: {ratio:.2f}"
    window = palette.color(Role.Window)
    for kind in StepKind:
        ratio = contrast_ratio(kind_colour(kind, palette), window)
        assert ratio >= 7, f"{kind} on the window: {ratio:.2f}"


def test_high_contrast_draws_the_figures_with_black_outlines(qapp: QApplication) -> None:
    from PySide6.QtCore import QSize

    from hiptimer.ui.illustrate import render_still
    from hiptimer.ui.theme import apply_theme

    def black_pixels() -> int:
        image = render_still("clamshells", "Clamshells", Side.LEFT, QSize(440, 200))
        return sum(
            1
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
            if max(image.pixelColor(x, y).getRgb()[:3]) < 40
        )

    ordinary = black_pixels()
    apply_theme(qapp, Theme.SYSTEM, high=True)
    outlined = black_pixels()
    apply_theme(qapp, Theme.SYSTEM)
    assert outlined > ordinary + 100


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    font = QFont(qapp.font())
    yield font
    qapp.setFont(font)


def test_the_high_contrast_setting_gives_seven_to_one_text(
    make_window: Any, qapp: QApplication
) -> None:
    harness = make_window()
    window: MainWindow = harness.window
    ordinary = contrast_ratio(
        kind_colour(StepKind.WORK, qapp.palette()), qapp.palette().color(Role.Window)
    )
    window.show_settings()
    dialog = window.settings_dialog
    assert not dialog.high_contrast.isChecked()
    dialog.high_contrast.setChecked(True)
    dialog.accept()
    assert window.settings.high_contrast
    palette = qapp.palette()
    _assert_high_contrast(palette)
    assert palette.color(Role.Window) == QColor("#ffffff")
    assert palette.color(Role.WindowText) == QColor("#000000")
    assert ordinary < 7  # the ordinary step colours are not enough for this
    # The session screen draws its countdown in the high-contrast colours.
    harness.press(Qt.Key.Key_Return)
    screen = harness.screen
    assert contrast_ratio(screen.countdown.colour, screen.palette().color(Role.Window)) >= 7
    window.apply_settings(window.settings.with_changes(theme=Theme.DARK))
    dark = qapp.palette()
    _assert_high_contrast(dark)
    assert dark.color(Role.Window) == QColor("#000000")
    window.apply_settings(window.settings.with_changes(high_contrast=False))
    assert qapp.palette().color(Role.Window) != QColor("#000000")


def test_high_contrast_from_the_command_line(qtbot: Any, qapp: QApplication) -> None:
    from hiptimer.cli import build_parser

    namespace = build_parser().parse_args(["--high-contrast"])
    window = build_window(namespace, {"HIPTIMER_SOUND": "off", "HIPTIMER_SPEECH_ENGINE": "mock"})
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.settings.high_contrast
    _assert_high_contrast(qapp.palette())


def test_build_window_without_the_switch_leaves_the_palette(qtbot: Any, qapp: QApplication):
    before = qapp.palette().color(Role.Window)
    namespace = argparse.Namespace(routine=None, profile=None, command=None)
    window = build_window(namespace, {"HIPTIMER_SOUND": "off", "HIPTIMER_SPEECH_ENGINE": "mock"})
    qtbot.addWidget(window)
    assert qapp.palette().color(Role.Window) == before


# --- text size -------------------------------------------------------------------------


def _pixels(widget: QWidget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def test_a_larger_desktop_font_makes_the_screens_text_larger(
    make_window: Any, qapp: QApplication, app_font: QFont
) -> None:
    harness = make_window()
    window: MainWindow = harness.window
    window.resize(window.minimumSize())
    harness.settle()
    start = window.start_screen
    start_labels = [start.title, start.summary, start.start_button]
    before = [_pixels(w) for w in start_labels]

    bigger = QFont(app_font)
    bigger.setPointSizeF(app_font.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    harness.settle()
    after = [_pixels(w) for w in start_labels]
    assert all(b > a for a, b in zip(before, after, strict=True)), (before, after)
    assert _pixels(start.summary) >= QFontInfo(bigger).pixelSize()

    harness.press(Qt.Key.Key_Return)
    screen = harness.screen
    big_session = [screen.detail.pixel_size(), screen.cues.pixel_size(), screen.next.pixel_size()]
    window.end_session()
    end = window.end_screen
    big_end = [_pixels(end.subtitle), _pixels(end.note), _pixels(end.save_button)]

    qapp.setFont(app_font)
    harness.settle()
    small_session = [screen.detail.pixel_size(), screen.cues.pixel_size(), screen.next.pixel_size()]
    small_end = [_pixels(end.subtitle), _pixels(end.note), _pixels(end.save_button)]
    assert all(b > s for s, b in zip(small_session, big_session, strict=True))
    assert all(b > s for s, b in zip(small_end, big_end, strict=True))
    assert [_pixels(w) for w in start_labels] == before
