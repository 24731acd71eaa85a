"""The session screen: what to do, which side, how long, and what comes next.

It draws a snapshot of the engine (core.session.SessionView) and nothing else: the
session controller polls the engine and the main window hands each snapshot here. Sizes
follow the screen's height, so on a full screen the countdown is the biggest thing in the room.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.builtin import cue_text, exercise_name
from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.routine import Side
from hiptimer.core.session import PauseReason, SessionView, State
from hiptimer.core.text import inert
from hiptimer.core.timeline import Step, StepKind
from hiptimer.core.wording import (
    OWN_PACE,
    clock_text,
    countdown_text,
    seconds_text,
    side_label,
    tempo_phrase,
)
from hiptimer.present.cues import KIND_LABELS, next_text, rep_text, set_text, step_subtitle
from hiptimer.present.dosing import with_level
from hiptimer.ui.illustrate import FigureView
from hiptimer.ui.readable import text_scale
from hiptimer.ui.theme import is_dark, kind_colour
from hiptimer.ui.widgets import (
    CountdownDisplay,
    FitParagraph,
    FitText,
    PauseVeil,
    PhaseStrip,
    ProgressLine,
    SideBadge,
)

PAUSED_TITLE = QT_TRANSLATE_NOOP("SessionScreen", "Paused — Space to go on")
SUSPEND_DETAIL = QT_TRANSLATE_NOOP(
    "SessionScreen",
    "The computer went to sleep, so the session paused where it was. "
    "The time asleep does not count.",
)
USER_DETAIL = QT_TRANSLATE_NOOP(
    "SessionScreen", "Click here or press Space to carry on. Esc ends the session."
)

PHASE_MESSAGES = {
    StepKind.PREPARE: QT_TRANSLATE_NOOP("SessionScreen", "Get into position"),
    StepKind.REST: QT_TRANSLATE_NOOP("SessionScreen", "Breathe, shake out the legs"),
    StepKind.HOLD: QT_TRANSLATE_NOOP("SessionScreen", "Breathe slowly, stay tall"),
    StepKind.DONE: "",
}


class IllustrationPanel(QWidget):
    """A calm card behind the figure, in the palette's base colour."""

    def __init__(self, figure: FigureView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        # The figure fills its own box with the paper colour, so each animation frame
        # repaints the figure alone, not this panel and the screen behind it (CPU).
        figure.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(figure)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._paper()

    def _paper(self) -> QColor:
        # The palette's own base colour: the figures and their name cards take their ink
        # from the palette, so a dark theme gets a dark stage.
        paper = self.palette().color(QPalette.ColorRole.Base)
        palette = self.figure.palette()
        if palette.color(QPalette.ColorRole.Window) != paper:
            palette.setColor(QPalette.ColorRole.Window, paper)
            self.figure.setPalette(palette)
        return paper

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paper()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paper = self._paper()
        edge = QColor("#4a525a" if is_dark(self.palette()) else "#cfd5dc")
        path = QPainterPath()
        radius = min(self.width(), self.height()) * 0.04
        path.addRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), radius, radius)
        painter.fillPath(path, paper)
        painter.setPen(QPen(edge, 1.5))
        painter.drawPath(path)
        painter.end()


class BodyLine(FitParagraph):
    """What the side means for the body, centred under the side badge, up to two lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(lines=2, parent=parent)

    def drawn_font(self) -> QFont:
        font = super().drawn_font()
        font.setBold(True)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.drawn_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(self.rect()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            self._text,
        )
        painter.end()


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    # Keys belong to the window's shortcuts (Space must pause, not press a button).
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


def _work_detail(step: Step) -> str:
    """What the set asks, with the side's level when it has one ("…, green band")."""
    return with_level(_set_detail(step), step.level)


def _set_detail(step: Step) -> str:
    exercise = step.exercise
    if exercise is None:
        return ""
    if step.kind is StepKind.HOLD:
        time = seconds_text(step.seconds or 0)
        if step.side is None:
            return translate("session_view", "Hold {time}").format(time=time)
        on_side = translate("session_view", "Hold {time} on the {side}")
        return on_side.format(time=time, side=side_label(step.side))
    reps = step.reps or 0
    if step.self_paced:
        own = translate(
            "session_view", "%n reps {own_pace}: Enter when the set is done", None, reps
        )
        return own.format(own_pace=OWN_PACE)
    tempo = step.tempo
    if tempo is None:
        return translate("session_view", "%n reps", None, reps)
    paced = translate("session_view", "%n reps · {tempo}", None, reps)
    return paced.format(tempo=tempo_phrase(tempo))


class SessionScreen(QWidget):
    def __init__(self, figure: FigureView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionScreen")
        self._kind = StepKind.PREPARE
        self._paused = False
        self._frame_colour = QColor("#888888")
        self._button_px = 14

        self.figure = figure or FigureView()
        # What the figure was last told to show, for whoever needs to know (tests).
        self.figure_exercise: tuple[str | None, str, Side | None] = (None, "", None)
        self.figure_movement: tuple[float, float] = (0.0, 0.0)
        self.illustration = IllustrationPanel(self.figure)

        self.name = FitText(bold=True)
        self.name.setObjectName("exerciseName")
        self.position = FitText(align=Qt.AlignmentFlag.AlignRight)
        self.position.setObjectName("setAndRep")
        self.detail = FitText()
        self.detail.setObjectName("stepDetail")
        self.kind = FitText(bold=True, align=Qt.AlignmentFlag.AlignHCenter)
        self.kind.setObjectName("stepKind")
        self.badge = SideBadge()
        self.badge.setObjectName("sideBadge")
        self.body_line = BodyLine()
        self.body_line.setObjectName("bodyLine")
        self.countdown = CountdownDisplay()
        self.countdown.setObjectName("countdown")
        self.phase = PhaseStrip()
        self.phase.setObjectName("phase")
        self.cues = FitParagraph(lines=3)
        self.cues.setObjectName("cues")
        self.next = FitText()
        self.next.setObjectName("nextUp")
        self.progress = ProgressLine(1000)
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(translate("SessionScreen", "Progress through the session"))
        self.times = FitText(align=Qt.AlignmentFlag.AlignRight)
        self.times.setObjectName("times")

        self.back_button = _button(translate("SessionScreen", "◀ Back (←)"))
        self.pause_button = _button(translate("SessionScreen", "Pause (Space)"))
        self.skip_button = _button(translate("SessionScreen", "Skip (→) ▶"))
        self.fewer_button = _button(translate("SessionScreen", "− rep (-)"))
        self.done_button = _button(translate("SessionScreen", "Done (Enter)"))
        self.more_button = _button(translate("SessionScreen", "+ rep (+)"))
        self.mute_button = _button(translate("SessionScreen", "Mute (M)"))
        self.fullscreen_button = _button(translate("SessionScreen", "Full screen (F11)"))
        self.end_button = _button(translate("SessionScreen", "End (Esc)"))
        self.buttons = [
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.fewer_button,
            self.done_button,
            self.more_button,
            self.mute_button,
            self.fullscreen_button,
            self.end_button,
        ]

        for button in (self.fewer_button, self.done_button, self.more_button):
            button.hide()  # shown only on a set with no tempo, where Enter ends it

        # Everything but the buttons sits in `content`, which the pause veil covers.
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.name, 3)
        header.addWidget(self.position, 2)
        content.addLayout(header)
        content.addWidget(self.detail)
        # Cues sit under the picture, so the countdown column runs the full height.
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.illustration, 1)
        left.addWidget(self.cues)
        body.addLayout(left, 11)
        right = QVBoxLayout()
        right.addWidget(self.kind)
        right.addWidget(self.badge)
        right.addWidget(self.body_line)
        right.addWidget(self.countdown, 1)
        right.addWidget(self.phase)
        body.addLayout(right, 9)
        self._body = body
        content.addLayout(body, 1)
        content.addWidget(self.next)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 3)
        progress_row.addWidget(self.times, 2)
        content.addLayout(progress_row)

        self.veil = PauseVeil(self.content)
        self.content.installEventFilter(self)

        button_row = QHBoxLayout()
        for button in self.buttons[:3]:
            button_row.addWidget(button)
        button_row.addSpacing(12)
        for button in self.buttons[3:6]:
            button_row.addWidget(button)
        button_row.addStretch(1)
        for button in self.buttons[6:]:
            button_row.addWidget(button)

        outer = QVBoxLayout(self)
        outer.addWidget(self.content, 1)
        outer.addLayout(button_row)
        self._layout = outer
        self._rescale()

    # --- sizes ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.content and event.type() == QEvent.Type.Resize:
            self.veil.setGeometry(self.content.rect())
        return False

    def resizeEvent(self, event: object) -> None:
        self._rescale()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._rescale()
        super().changeEvent(event)

    def _rescale(self) -> None:
        height = max(self.height(), 300)
        width = max(self.width(), 400)
        # Tall but narrow windows must not blow text past the width.
        unit = min(height, width * 0.62)
        # On a squarish screen the countdown column takes more of the width, so the
        # digits stay at least a fifth of the height.
        wide = width / height >= 1.45
        self._body.setStretch(0, 11 if wide else 9)
        self._body.setStretch(1, 9 if wide else 11)
        frame = max(unit * 0.008, 3.0)
        margin = int(frame + max(unit * 0.018, 8))
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(int(max(unit * 0.012, 6)))
        # The least sizes (and the buttons' most) grow with the desktop's text size.
        s = text_scale(self)
        self.name.set_pixel_size(max(unit * 0.066, 20 * s))
        self.position.set_pixel_size(max(unit * 0.042, 15 * s))
        self.detail.set_pixel_size(max(unit * 0.03, 13 * s))
        self.kind.set_pixel_size(max(unit * 0.058, 18 * s))
        self.badge.set_pixel_size(max(unit * 0.048, 16 * s))
        self.body_line.set_pixel_size(max(unit * 0.03, 12 * s))
        self.phase.set_pixel_size(max(unit * 0.034, 13 * s))
        self.next.set_pixel_size(max(unit * 0.032, 13 * s))
        self.times.set_pixel_size(max(unit * 0.028, 12 * s))
        self.progress.setFixedHeight(int(max(unit * 0.016, 8)))
        self.cues.set_pixel_size(max(unit * 0.027, 13 * s))
        self._button_px = int(min(max(unit * 0.02, 12 * s), 26 * s))
        self.fit_buttons()

    def fit_buttons(self) -> None:
        """The largest button font (up to the chosen size) at which every label fits."""
        shown = [b for b in self.buttons if not b.isHidden()]
        # The row: the buttons, the layout's spacing between them and a 12 px gap.
        gaps = self._layout.spacing() * max(len(shown) - 1, 0) + 12
        room = self.width() - 2 * self._layout.contentsMargins().left() - gaps
        font = QFont(self.font())
        px = self._button_px

        def wide(metrics: QFontMetricsF, button: QPushButton) -> int:
            # The text and a margin each side, so no label touches its button's edges.
            return math.ceil(metrics.horizontalAdvance(button.text()) + px * 0.8 + 16)

        while px > 9:
            font.setPixelSize(px)
            metrics = QFontMetricsF(font)
            if sum(wide(metrics, b) for b in shown) <= room:
                break
            px -= 1
        font.setPixelSize(px)
        metrics = QFontMetricsF(font)
        for button in self.buttons:
            if button.font() != font:
                button.setFont(font)
            button.setMinimumHeight(int(self._button_px * 2.3))
            # Below the style's own minimum (80 px in Fusion) when the row is tight.
            button.setMinimumWidth(wide(metrics, button))

    # --- drawing ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        unit = min(self.height(), self.width() * 0.62)
        width = max(unit * 0.008, 3.0)
        # Only the frame round the edge is drawn here: a repaint well inside it (a label's
        # new digits, once a second) has nothing to draw (stroking it costs ~1 ms).
        edge = math.ceil(width + max(unit * 0.012, 6) + 3)
        if self.rect().adjusted(edge, edge, -edge, -edge).contains(event.rect()):
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self._frame_colour)
        if self._paused:
            colour = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(colour, width))
        inset = width / 2 + 2
        radius = max(unit * 0.012, 6)
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), radius, radius
        )
        painter.end()

    # --- the illustration (drawn by illustrate.FigureView) ---------------------

    def show_exercise(
        self, figure: str | None, name: str, side: Side | None, picture: QImage | None = None
    ) -> None:
        """picture: the exercise's own decoded picture, shown instead of figure and card."""
        self.figure_exercise = (figure, name, side)
        self.figure.set_exercise(figure, name, side, picture)

    def show_movement(self, movement: float, breathing: float = 0.0, hold: bool = False) -> None:
        """Where the figure is in its movement (0 start, 1 peak) and in its breath; hold:
        it stays at this movement through the step (see FigureView.set_movement)."""
        self.figure_movement = (movement, breathing)
        self.figure.set_movement(movement, breathing, hold)

    @property
    def frame_colour(self) -> QColor:
        return QColor(self._frame_colour)

    def show_view(self, view: SessionView, reps_done: int | None = None) -> None:
        """Draw one snapshot of the engine. reps_done: the count on a self-paced set."""
        step = view.step
        kind = step.kind
        palette = self.palette()
        colour = kind_colour(kind, palette)
        self._kind = kind
        exercise = step.exercise

        self.name.setText(
            inert(exercise_name(exercise))
            if exercise is not None
            else translate("SessionScreen", "Routine complete")
        )
        if kind in (StepKind.WORK, StepKind.HOLD):
            position = set_text(step)
            if view.rep is not None or step.self_paced:
                position = f"{position} · {rep_text(view)}"
            self.detail.setText(_work_detail(step))
        else:
            position = set_text(step) if kind is not StepKind.REST else ""
            self.detail.setText(step_subtitle(step))
        self.position.setText(position)

        self.kind.setText(KIND_LABELS[kind])
        self.kind.set_colour(colour)
        caption = ""
        if kind in (StepKind.PREPARE, StepKind.REST):
            caption = translate("SessionScreen", "NEXT")
        elif kind is StepKind.SWITCH:
            caption = translate("SessionScreen", "TO")
        self.badge.set_side(step.side if kind is not StepKind.DONE else None, caption)
        self.body_line.setText(step.body or "")

        self_paced = step.self_paced and view.state is not State.FINISHED
        if self.done_button.isHidden() == self_paced:
            for button in (self.fewer_button, self.done_button, self.more_button):
                button.setVisible(self_paced)
            self.fit_buttons()

        remaining = view.remaining
        if step.self_paced:
            # Counts up: the big number is the reps done so far, never the target.
            shown = str(reps_done if reps_done is not None else 0)
            self.countdown.show_value(shown, colour, urgent=False)
            # Short enough to fit the narrow column; the line above says Enter ends the set.
            self.phase.set_message(translate("SessionScreen", "reps done · −/+ to correct"), colour)
        elif kind is StepKind.DONE or remaining is None:
            self.countdown.show_value("✓" if kind is StepKind.DONE else "", colour, False)
            self.phase.set_message("", colour)
        else:
            countdown = view.countdown or 0
            urgent = view.state is State.RUNNING and 0 < remaining <= 3
            self.countdown.show_value(countdown_text(countdown), colour, urgent)
            if view.rep is not None:
                self.phase.set_phase(view.rep.phase, view.rep.fraction, colour)
            elif kind is StepKind.SWITCH:
                side = (
                    side_label(step.side)
                    if step.side is not None
                    else translate("SessionScreen", "other side")
                )
                turn = translate("SessionScreen", "Turn to the {side}").format(side=side)
                self.phase.set_message(turn, colour)
            else:
                self.phase.set_message(
                    translate("SessionScreen", PHASE_MESSAGES.get(kind, "")), colour
                )

        cues = [cue_text(exercise, cue) for cue in exercise.cues[:3]] if exercise else []
        self.cues.setText("\n".join(f"• {cue}" for cue in cues))
        self.next.setText(next_text(view.next_step))

        total = max(view.total_seconds, 1e-9)
        value = round(1000 * min(view.elapsed_total / total, 1.0))
        if kind is StepKind.DONE:
            value = 1000
        if self.progress.value() != value:
            self.progress.setValue(value)
        left = max(view.total_seconds - view.elapsed_total, 0)
        times = translate("SessionScreen", "{elapsed} / {total} · {left} left")
        self.times.setText(
            times.format(
                elapsed=clock_text(view.elapsed_total),
                total=clock_text(view.total_seconds),
                left=clock_text(left),
            )
        )

        paused = view.state is State.PAUSED
        if paused and (not self._paused or self.veil.isHidden()):
            detail = SUSPEND_DETAIL if view.pause_reason is PauseReason.SUSPEND else USER_DETAIL
            self.veil.show_message(
                translate("SessionScreen", PAUSED_TITLE), translate("SessionScreen", detail)
            )
        elif not paused and self._paused:
            self.veil.hide()
        suspended = paused and view.pause_reason is PauseReason.SUSPEND
        suspend_detail = translate("SessionScreen", SUSPEND_DETAIL)
        if suspended and self.veil.detail() != suspend_detail:
            self.veil.show_message(translate("SessionScreen", PAUSED_TITLE), suspend_detail)
        if colour != self._frame_colour or paused != self._paused:
            self._frame_colour = colour
            self._paused = paused
            self.update()

    @property
    def side(self) -> Side | None:
        return self.badge.side
