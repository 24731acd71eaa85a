"""Every word for durations, doses, sides and tempo, one function per concept: the session
screen, the spoken cues, the start list, the editors, the end view, the handout and the
command line all say these things through here, so they say them the same way (the
tempo's phases are "up, pause, down" everywhere; a set with no tempo is "at your own
pace"). Pure functions of the core's model, tested without Qt."""

from __future__ import annotations

from hiptimer.core.body import body_text
from hiptimer.core.builtin import equipment_name
from hiptimer.core.i18n import ENGLISH, QT_TRANSLATE_NOOP, current_language, translate
from hiptimer.core.routine import Exercise, Mode, Side, Sides, Tempo

# --- numbers and durations -------------------------------------------------------

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(number: int) -> str:
    """0..9999 in words, for speech engines that read digits oddly ("15 reps")."""
    if not 0 <= number <= 9999:
        return str(number)
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + ("" if ones == 0 else f"-{_ONES[ones]}")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        head = f"{_ONES[hundreds]} hundred"
        return head if rest == 0 else f"{head} and {number_words(rest)}"
    thousands, rest = divmod(number, 1000)
    head = f"{number_words(thousands)} thousand"
    if rest == 0:
        return head
    return f"{head} and {number_words(rest)}" if rest < 100 else f"{head} {number_words(rest)}"


def spoken_number(number: int) -> str:
    """A number for the speech engine: in words in English (engines read "15 reps" oddly),
    as digits in other languages, whose engines read them in their own words."""
    return number_words(number) if current_language() == ENGLISH else str(number)


def sentence(text: str) -> str:
    """The text with its first letter upper case."""
    return text[:1].upper() + text[1:]


def spoken_duration(seconds: float) -> str:
    """'thirty seconds', 'one minute thirty': a duration as it is said."""
    whole = max(round(seconds), 0)
    minutes, secs = divmod(whole, 60)
    if minutes == 0:
        return translate("Wording", "{number} second(s)", None, secs).format(
            number=spoken_number(secs)
        )
    head = translate("Wording", "{number} minute(s)", None, minutes).format(
        number=spoken_number(minutes)
    )
    if secs == 0:
        return head
    return translate("Wording", "{minutes} {seconds}").format(
        minutes=head, seconds=spoken_number(secs)
    )


def clock_text(seconds: float) -> str:
    """'25:06', '1:02:05': a duration or a time into the session, as a clock shows it."""
    whole = max(round(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def countdown_text(countdown: int) -> str:
    """Plain seconds up to 99 ("60", "45"): two digits stay huge in a narrow column.
    Minutes and seconds from 100 on ("2:30")."""
    if countdown < 100:
        return str(max(countdown, 0))
    minutes, secs = divmod(countdown, 60)
    return f"{minutes}:{secs:02d}"


def seconds_text(seconds: float) -> str:
    """'30 s', '7.5 s', and a clock from a minute on ('1:30')."""
    if seconds >= 60:
        return clock_text(seconds)
    number = f"{seconds:g}" if seconds == int(seconds) else f"{seconds:.1f}"
    return translate("Wording", "{seconds} s").format(seconds=number_text(number))


def minutes_text(seconds: float) -> str:
    """'about 25 minutes', 'under a minute': how long a routine takes, roughly."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return translate("Wording", "under a minute")
    return translate("Wording", "about %n minute(s)", None, minutes)


def minutes_short(seconds: float) -> str:
    """'4 min': one exercise's share of a routine, never less than a minute."""
    return translate("Wording", "{minutes} min").format(minutes=max(round(seconds / 60), 1))


# --- sides -----------------------------------------------------------------------


def side_label(side: Side | None) -> str:
    """'left side' ('' without a side)."""
    if side is None:
        return ""
    if side is Side.LEFT:
        return translate("Wording", "left side")
    return translate("Wording", "right side")


def side_word(side: Side | None) -> str:
    """'LEFT': the side badge's word ('' without a side)."""
    if side is None:
        return ""
    if side is Side.LEFT:
        return translate("Wording", "LEFT", "the side badge")
    return translate("Wording", "RIGHT", "the side badge")


def side_name(side: Side) -> str:
    """'Left': a side heading a line or a table cell."""
    if side is Side.LEFT:
        return translate("Wording", "Left", "a side heading a line or a table cell")
    return translate("Wording", "Right", "a side heading a line or a table cell")


def with_side(name: str, side: Side | None) -> str:
    """'Clamshells, left side': a name for one side of an exercise."""
    if side is None:
        return name
    if side is Side.LEFT:
        return translate("Wording", "{exercise}, left side").format(exercise=name)
    return translate("Wording", "{exercise}, right side").format(exercise=name)


_SIDE_ORDERS = {
    Sides.LEFT_FIRST: QT_TRANSLATE_NOOP("Wording", "Both sides, left first"),
    Sides.RIGHT_FIRST: QT_TRANSLATE_NOOP("Wording", "Both sides, right first"),
    Sides.LEFT_ONLY: QT_TRANSLATE_NOOP("Wording", "Left side only"),
    Sides.RIGHT_ONLY: QT_TRANSLATE_NOOP("Wording", "Right side only"),
    Sides.NONE: QT_TRANSLATE_NOOP("Wording", "Both legs together"),
}


def side_order_text(sides: Sides) -> str:
    """'Both sides, left first': which sides an exercise works, in which order."""
    return translate("Wording", _SIDE_ORDERS[sides])


def body_line(exercise: Exercise, side: Side) -> str:
    """'Left: Lie on your right side, left knee opens': what one side means for the body."""
    return translate("Wording", "{side}: {body}").format(
        side=side_name(side), body=body_text(exercise, side)
    )


# --- tempo -----------------------------------------------------------------------

# The three phases of a paced repetition, in order: the session's phase strip uses them
# (translated where shown: `tempo_words`, `own_pace`).
TEMPO_WORDS = (
    QT_TRANSLATE_NOOP("Wording", "up"),
    QT_TRANSLATE_NOOP("Wording", "pause"),
    QT_TRANSLATE_NOOP("Wording", "down"),
)
OWN_PACE = QT_TRANSLATE_NOOP("Wording", "at your own pace")


def tempo_words() -> tuple[str, str, str]:
    """'up', 'pause', 'down' in the reader's language."""
    up, pause, down = (translate("Wording", word) for word in TEMPO_WORDS)
    return up, pause, down


def own_pace() -> str:
    """'at your own pace' in the reader's language."""
    return translate("Wording", OWN_PACE)


def number_text(number: str) -> str:
    """'7.5' with the reader's decimal mark ('7,5' in German, Spanish and French)."""
    if current_language() in ("de", "es", "fr"):
        return number.replace(".", ",")
    return number


def is_self_paced(exercise: Exercise) -> bool:
    """A rep exercise with no tempo: the runner sets the pace and says when a set is done."""
    return exercise.mode is Mode.REPS and exercise.dose.tempo is None


def tempo_phrase(tempo: Tempo) -> str:
    """'up 2 s, pause 1.5 s, down 2 s'."""
    seconds = (tempo.up, tempo.pause, tempo.down)
    return translate("Wording", ", ", "between the phases of a tempo").join(
        translate("Wording", "{phase} {seconds} s").format(
            phase=word, seconds=number_text(f"{value:g}")
        )
        for word, value in zip(tempo_words(), seconds, strict=True)
    )


def tempo_text(exercise: Exercise) -> str:
    """'Tempo: up 2 s, pause 1 s, down 2 s', 'Hold 30 s, breathing slowly', or the own pace."""
    if exercise.mode is Mode.HOLD:
        return translate("Wording", "Hold {seconds} s, breathing slowly").format(
            seconds=number_text(f"{exercise.dose.hold_seconds:g}")
        )
    tempo = exercise.dose.tempo
    if tempo is None:
        return translate("Wording", "At your own pace, smooth and controlled")
    return translate("Wording", "Tempo: {phases}").format(phases=tempo_phrase(tempo))


# --- doses -----------------------------------------------------------------------


def dose_text(exercise: Exercise) -> str:
    """'2 x 12 reps per side', '2 x 30 s hold per side': for lists and handouts."""
    dose = exercise.dose
    order = exercise.sides.order
    if exercise.mode is Mode.HOLD:
        amount = translate("Wording", "{sets} x {seconds} s hold").format(
            sets=dose.sets, seconds=number_text(f"{dose.hold_seconds:g}")
        )
    else:
        reps = dose.reps or 0
        amount = translate("Wording", "{sets} x %n rep(s)", None, reps).format(sets=dose.sets)
    if order == (None,):
        return amount
    if len(order) == 1 and order[0] is Side.LEFT:
        return translate("Wording", "{dose}, left side only").format(dose=amount)
    if len(order) == 1 and order[0] is Side.RIGHT:
        return translate("Wording", "{dose}, right side only").format(dose=amount)
    return translate("Wording", "{dose} per side").format(dose=amount)


def dose_line(exercise: Exercise) -> str:
    """The dose for a list row: '2 x 12 reps per side', with ', at your own pace' when
    the sets are self-paced."""
    text = dose_text(exercise)
    if not is_self_paced(exercise):
        return text
    return translate("Wording", "{dose}, at your own pace").format(dose=text)


def dose_table(exercise: Exercise) -> str:
    """'2 × 12 reps', '2 × 30 s': the dose of one side, in a table whose rows are sides."""
    dose = exercise.dose
    if exercise.mode is Mode.HOLD:
        return translate("Wording", "{sets} × {duration}").format(
            sets=dose.sets, duration=seconds_text(dose.hold_seconds or 0)
        )
    reps = dose.reps or 0
    return translate("Wording", "{sets} × %n rep(s)", None, reps).format(sets=dose.sets)


def dose_short(exercise: Exercise) -> str:
    """'15 reps', 'hold 30 s': one set's dose."""
    dose = exercise.dose
    if exercise.mode is Mode.HOLD and dose.hold_seconds is not None:
        return translate("Wording", "hold {duration}").format(
            duration=seconds_text(dose.hold_seconds)
        )
    reps = dose.reps or 0
    return translate("Wording", "%n rep(s)", None, reps)


def spoken_dose(exercise: Exercise) -> str:
    """'Fifteen reps.', 'Hold thirty seconds.': one set's dose as it is said."""
    dose = exercise.dose
    if exercise.mode is Mode.HOLD and dose.hold_seconds is not None:
        return translate("Wording", "Hold {duration}.").format(
            duration=spoken_duration(dose.hold_seconds)
        )
    reps = dose.reps or 0
    return sentence(
        translate("Wording", "{number} rep(s).", None, reps).format(number=spoken_number(reps))
    )


def rests_text(exercise: Exercise) -> str:
    """'Rest 8 s between sides, 20 s between sets', leaving out rests that never happen."""
    sides = len(exercise.sides.order) > 1
    sets = exercise.dose.sets > 1
    between_sides = number_text(f"{exercise.rests.between_sides:g}")
    between_sets = number_text(f"{exercise.rests.between_sets:g}")
    if sides and sets:
        return translate("Wording", "Rest {sides} s between sides, {sets} s between sets").format(
            sides=between_sides, sets=between_sets
        )
    if sides:
        return translate("Wording", "Rest {sides} s between sides").format(sides=between_sides)
    if sets:
        return translate("Wording", "Rest {sets} s between sets").format(sets=between_sets)
    return ""


def exercise_details(exercise: Exercise) -> str:
    """A few plain lines describing an exercise."""
    lines = [
        translate("Wording", "{dose}: {sides}").format(
            dose=dose_text(exercise), sides=side_order_text(exercise.sides).lower()
        )
    ]
    lines += [body_line(exercise, side) for side in exercise.sides.order if side is not None]
    lines.append(tempo_text(exercise))
    rests = rests_text(exercise)
    if rests:
        lines.append(rests)
    if exercise.equipment:
        equipment = ", ".join(equipment_name(exercise, item) for item in exercise.equipment)
        lines.append(translate("Wording", "You need: {equipment}").format(equipment=equipment))
    return "\n".join(lines)


def week_progress_text(done: int, planned: int, streak: int) -> str:
    """'This week: 1 of 3 planned · streak 4 weeks' for the start view and the command."""
    if done >= planned:
        text = translate("Wording", "This week: {done} of {planned} done, plan kept")
    else:
        text = translate("Wording", "This week: {done} of {planned} planned done")
    streak_text = translate("Wording", "streak %n week(s)", None, streak)
    return translate("Wording", "{week} · {streak}").format(
        week=text.format(done=done, planned=planned), streak=streak_text
    )


def reminder_text(missed: str | None) -> tuple[str, str]:
    """The reminder's title and body; a missed day is mentioned once, kindly."""
    body = translate("Wording", "Your hip routine is planned for now.")
    if missed:
        body += " " + translate(
            "Wording", "{day} slipped by; no matter, today counts just as much."
        ).format(day=missed)
    return translate("Wording", "Time for your hip routine"), body
