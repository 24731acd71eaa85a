"""What the printed handout says, apart from each exercise's own text: how to use the
sheet, the tick rows and the credit (its date is the locale's: hiptimer.ui.locale_format).
Qt-free, so it can be read and tested without painting (hiptimer.ui.handout lays it out on
paper).
"""

from __future__ import annotations

from hiptimer.core.builtin import SOURCE_ARTICLE
from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.routine import Exercise
from hiptimer.core.wording import side_name

# Columns of boxes to tick, one per session: four to six weeks at two or three a week.
SESSIONS = 12

# How to use the sheet: our own words on common practice for this kind of routine.
GUIDE = (
    (
        QT_TRANSLATE_NOOP("Handout", "How often"),
        QT_TRANSLATE_NOOP(
            "Handout", "2 or 3 times a week, with at least one rest day between sessions."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Handout", "Stop if it hurts"),
        QT_TRANSLATE_NOOP(
            "Handout",
            "stop an exercise if pain rises above 5 out of 10 while you do it, or if the pain "
            "is worse the next morning, and tell your trainer before going on.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Handout", "How to progress"),
        QT_TRANSLATE_NOOP(
            "Handout",
            "when every set feels easy with good form for two sessions running, add 2 reps "
            "per set (5 s per hold); once that is easy too, add a set.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Handout", "Left and right"),
        QT_TRANSLATE_NOOP(
            "Handout",
            "the side named is the working side; the line for each side says how to place "
            "your body.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Handout", "Ticks"),
        QT_TRANSLATE_NOOP(
            "Handout",
            "after each session, tick one box per side: the columns are sessions, not days.",
        ),
    ),
)


def grid_rows(exercise: Exercise) -> list[str]:
    """One row per side, in the order the session works them (left first unless the
    trainer chose otherwise for this exercise)."""
    both = translate("Handout", "Both", "a tick row for both legs at once")
    return [both if side is None else side_name(side) for side in exercise.sides.order]


def guide_texts() -> list[tuple[str, str]]:
    return [
        (
            translate("Handout", "{heading}: ").format(heading=translate("Handout", head)),
            translate("Handout", text),
        )
        for head, text in GUIDE
    ]


def credit_text() -> str:
    return translate(
        "Handout",
        "The built-in exercises follow {article}. The wording and the drawings are HipTimer's own.",
    ).format(article=SOURCE_ARTICLE)
