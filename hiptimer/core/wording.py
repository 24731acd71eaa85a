"""Every word for durations, doses, sides and tempo, one function per concept: the session
screen, the spoken cues, the start list, the editors, the end view, the handout and the
command line all say these things through here, so they say them the same way (the
tempo's phases are "up, pause, down" everywhere; a set with no tempo is "at your own
pace"). Pure functions of the core's model, tested without Qt."""

from __future__ import annotations

from hiptimer.core.body import body_text
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


def sentence(text: str) -> str:
    """The text with its first letter upper case."""
    return text[:1].upper() + text[1:]


def spoken_duration(seconds: float) -> str:
    """'thirty seconds', 'one minute thirty': a duration as it is said."""
    whole = max(round(seconds), 0)
    minutes, secs = divmod(whole, 60)
    if minutes == 0:
        return f"{number_words(secs)} second{'' if secs == 1 else 's'}"
    head = f"{number_words(minutes)} minute{'' if minutes == 1 else 's'}"
    return head if secs == 0 else f"{head} {number_words(secs)}"


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
    return f"{seconds:g} s" if seconds == int(seconds) else f"{seconds:.1f} s"


def minutes_text(seconds: float) -> str:
    """'about 25 minutes', 'under a minute': how long a routine takes, roughly."""
    minutes = round(seconds / 60)
    return "under a minute" if minutes < 1 else f"about {minutes} minute{'s' * (minutes != 1)}"


def minutes_short(seconds: float) -> str:
    """'4 min': one exercise's share of a routine, never less than a minute."""
    return f"{max(round(seconds / 60), 1)} min"


# --- sides -----------------------------------------------------------------------


def side_label(side: Side | None) -> str:
    """'left side' ('' without a side)."""
    return "" if side is None else f"{side.value} side"


def side_word(side: Side | None) -> str:
    """'LEFT': the side badge's word ('' without a side)."""
    return "" if side is None else side.value.upper()


def side_name(side: Side) -> str:
    """'Left': a side heading a line or a table cell."""
    return side.value.capitalize()


def with_side(name: str, side: Side | None) -> str:
    """'Clamshells, left side': a name for one side of an exercise."""
    return name if side is None else f"{name}, {side_label(side)}"


def side_order_text(sides: Sides) -> str:
    """'Both sides, left first': which sides an exercise works, in which order."""
    return {
        Sides.LEFT_FIRST: "Both sides, left first",
        Sides.RIGHT_FIRST: "Both sides, right first",
        Sides.LEFT_ONLY: "Left side only",
        Sides.RIGHT_ONLY: "Right side only",
        Sides.NONE: "Both legs together",
    }[sides]


def body_line(exercise: Exercise, side: Side) -> str:
    """'Left: Lie on your right side, left knee opens': what one side means for the body."""
    return f"{side_name(side)}: {body_text(exercise, side)}"


# --- tempo -----------------------------------------------------------------------

# The three phases of a paced repetition, in order: the session's phase strip uses them.
TEMPO_WORDS = ("up", "pause", "down")
OWN_PACE = "at your own pace"


def is_self_paced(exercise: Exercise) -> bool:
    """A rep exercise with no tempo: the runner sets the pace and says when a set is done."""
    return exercise.mode is Mode.REPS and exercise.dose.tempo is None


def tempo_phrase(tempo: Tempo) -> str:
    """'up 2 s, pause 1.5 s, down 2 s'."""
    seconds = (tempo.up, tempo.pause, tempo.down)
    return ", ".join(
        f"{word} {value:g} s" for word, value in zip(TEMPO_WORDS, seconds, strict=True)
    )


def tempo_text(exercise: Exercise) -> str:
    """'Tempo: up 2 s, pause 1 s, down 2 s', 'Hold 30 s, breathing slowly', or the own pace."""
    if exercise.mode is Mode.HOLD:
        return f"Hold {exercise.dose.hold_seconds:g} s, breathing slowly"
    tempo = exercise.dose.tempo
    if tempo is None:
        return f"{sentence(OWN_PACE)}, smooth and controlled"
    return f"Tempo: {tempo_phrase(tempo)}"


# --- doses -----------------------------------------------------------------------


def dose_text(exercise: Exercise) -> str:
    """'2 x 12 reps per side', '2 x 30 s hold per side': for lists and handouts."""
    dose = exercise.dose
    order = exercise.sides.order
    if order == (None,):
        per_side = ""
    elif len(order) == 1 and order[0] is not None:
        per_side = f", {side_label(order[0])} only"
    else:
        per_side = " per side"
    if exercise.mode is Mode.HOLD:
        return f"{dose.sets} x {dose.hold_seconds:g} s hold{per_side}"
    return f"{dose.sets} x {dose.reps} reps{per_side}"


def dose_line(exercise: Exercise) -> str:
    """The dose for a list row: '2 x 12 reps per side', with ', at your own pace' when
    the sets are self-paced."""
    text = dose_text(exercise)
    return f"{text}, {OWN_PACE}" if is_self_paced(exercise) else text


def dose_table(exercise: Exercise) -> str:
    """'2 × 12 reps', '2 × 30 s': the dose of one side, in a table whose rows are sides."""
    dose = exercise.dose
    if exercise.mode is Mode.HOLD:
        return f"{dose.sets} × {seconds_text(dose.hold_seconds or 0)}"
    return f"{dose.sets} × {dose.reps or 0} reps"


def dose_short(exercise: Exercise) -> str:
    """'15 reps', 'hold 30 s': one set's dose."""
    dose = exercise.dose
    if exercise.mode is Mode.HOLD and dose.hold_seconds is not None:
        return f"hold {seconds_text(dose.hold_seconds)}"
    return f"{dose.reps} reps"


def spoken_dose(exercise: Exercise) -> str:
    """'Fifteen reps.', 'Hold thirty seconds.': one set's dose as it is said."""
    dose = exercise.dose
    if exercise.mode is Mode.HOLD and dose.hold_seconds is not None:
        return f"Hold {spoken_duration(dose.hold_seconds)}."
    reps = dose.reps or 0
    return f"{sentence(number_words(reps))} rep{'' if reps == 1 else 's'}."


def rests_text(exercise: Exercise) -> str:
    """'Rest 8 s between sides, 20 s between sets', leaving out rests that never happen."""
    parts = []
    if len(exercise.sides.order) > 1:
        parts.append(f"{exercise.rests.between_sides:g} s between sides")
    if exercise.dose.sets > 1:
        parts.append(f"{exercise.rests.between_sets:g} s between sets")
    return "Rest " + ", ".join(parts) if parts else ""


def exercise_details(exercise: Exercise) -> str:
    """A few plain lines describing an exercise."""
    lines = [f"{dose_text(exercise)}: {side_order_text(exercise.sides).lower()}"]
    lines += [body_line(exercise, side) for side in exercise.sides.order if side is not None]
    lines.append(tempo_text(exercise))
    rests = rests_text(exercise)
    if rests:
        lines.append(rests)
    if exercise.equipment:
        lines.append("You need: " + ", ".join(exercise.equipment))
    return "\n".join(lines)


def week_progress_text(done: int, planned: int, streak: int) -> str:
    """'This week: 1 of 3 planned · streak 4 weeks' for the start view and the command."""
    weeks = "week" if streak == 1 else "weeks"
    kept = "done, plan kept" if done >= planned else "planned done"
    return f"This week: {done} of {planned} {kept} · streak {streak} {weeks}"


def reminder_text(missed: str | None) -> tuple[str, str]:
    """The reminder's title and body; a missed day is mentioned once, kindly."""
    body = "Your hip routine is planned for now."
    if missed:
        body += f" {missed} slipped by; no matter, today counts just as much."
    return "Time for your hip routine", body
