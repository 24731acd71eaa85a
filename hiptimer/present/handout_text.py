"""What the printed handout says, apart from each exercise's own text: how to use the
sheet, the tick rows, the date and the credit. Qt-free, so it can be read and tested
without painting (hiptimer.ui.handout lays it out on paper).
"""

from __future__ import annotations

import datetime

from hiptimer.core.builtin import SOURCE_ARTICLE
from hiptimer.core.routine import Exercise
from hiptimer.core.wording import side_name

# Columns of boxes to tick, one per session: four to six weeks at two or three a week.
SESSIONS = 12

# How to use the sheet: our own words on common practice for this kind of routine.
GUIDE = (
    ("How often", "2 or 3 times a week, with at least one rest day between sessions."),
    (
        "Stop if it hurts",
        "stop an exercise if pain rises above 5 out of 10 while you do it, or if the pain "
        "is worse the next morning, and tell your trainer before going on.",
    ),
    (
        "How to progress",
        "when every set feels easy with good form for two sessions running, add 2 reps "
        "per set (5 s per hold); once that is easy too, add a set.",
    ),
    (
        "Left and right",
        "the side named is the working side; the line for each side says how to place your body.",
    ),
    ("Ticks", "after each session, tick one box per side: the columns are sessions, not days."),
)


def grid_rows(exercise: Exercise) -> list[str]:
    """One row per side, in the order the session works them (left first unless the
    trainer chose otherwise for this exercise)."""
    return ["Both" if side is None else side_name(side) for side in exercise.sides.order]


def date_text(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


def guide_texts() -> list[tuple[str, str]]:
    return [(f"{head}: ", text) for head, text in GUIDE]


def credit_text() -> str:
    return (
        f"The built-in exercises follow {SOURCE_ARTICLE}. "
        "The wording and the drawings are HipTimer's own."
    )
