"""The built-in exercises and the default routine.

Which exercises and their set-up follow the source article on hip strengthening for
runners ("6 Essential Hip Strengthening Exercises for Runners", ISSA); the cue lines and
body instructions are our own words.

Sides: "left" and "right" always name the working side (the planted leg of the bridge, the
top leg of the clamshell, the leg stood on for hip hikes, the kneeling leg of the stretch),
and `side_meaning` turns that into a body instruction ("Lie on your right side, left knee
opens"). Every exercise starts on the left, so one order holds through the routine, the
session and the handout's tick rows, although the article leads with the right on some.

Why these doses: runners doing this as injury prevention two or three times a week do
well with moderate volume and slow, controlled reps. Two sets per side keeps the routine
near twenty minutes; 12-15 reps with a pause at the top (or a 30 s hold for the stretch)
is enough to fatigue the hip abductors and extensors without the form falling apart. The
tempos are slow on the way down, which is where control is usually lost.
"""

from __future__ import annotations

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.routine import Dose, Exercise, Mode, Rests, Routine, Sides, Tempo

GLUTE_BRIDGE = Exercise(
    id="glute-bridge",
    name=QT_TRANSLATE_NOOP("Exercises", "Single-leg glute bridge"),
    mode=Mode.REPS,
    # The side is the planted leg, which does the work.
    sides=Sides.LEFT_FIRST,
    side_meaning="{Side} foot planted, {other} leg up",
    dose=Dose(sets=2, reps=12, tempo=Tempo(up=1.5, pause=1.5, down=2.0)),
    rests=Rests(between_sides=8, between_sets=20),
    equipment=(QT_TRANSLATE_NOOP("Exercises", "mat"),),
    cues=(
        QT_TRANSLATE_NOOP("Cues", "On your back, knees bent, lift one foot an inch off the floor."),
        QT_TRANSLATE_NOOP(
            "Cues", "Drive through the planted heel and raise the hips; hold at the top."
        ),
        QT_TRANSLATE_NOOP("Cues", "Keep the hips level: do not let the lifted side sag."),
    ),
    figure="glute-bridge",
)

LATERAL_BAND_STEPS = Exercise(
    id="lateral-band-steps",
    name=QT_TRANSLATE_NOOP("Exercises", "Lateral band steps"),
    mode=Mode.REPS,
    # One rep is one step in the leading direction; the side is the direction.
    sides=Sides.LEFT_FIRST,
    side_meaning="Step out to your {side}, {side} foot leads",
    dose=Dose(sets=2, reps=12, tempo=Tempo(up=1.0, pause=0.5, down=1.0)),
    rests=Rests(between_sides=5, between_sets=20),
    equipment=(QT_TRANSLATE_NOOP("Exercises", "resistance band"),),
    cues=(
        QT_TRANSLATE_NOOP("Cues", "Band just below the knees, sink into a quarter squat."),
        QT_TRANSLATE_NOOP(
            "Cues", "Take a wide step with the leading foot, then let the other follow."
        ),
        QT_TRANSLATE_NOOP(
            "Cues", "Stay low, knees pushed out over the toes, band tight: no bobbing up."
        ),
    ),
    figure="lateral-band-steps",
)

CLAMSHELLS = Exercise(
    id="clamshells",
    name=QT_TRANSLATE_NOOP("Exercises", "Clamshells"),
    mode=Mode.REPS,
    # Lying on the right side first, so the left (top) leg works first.
    sides=Sides.LEFT_FIRST,
    side_meaning="Lie on your {other} side, {side} knee opens",
    dose=Dose(sets=2, reps=15, tempo=Tempo(up=1.0, pause=1.0, down=2.0)),
    rests=Rests(between_sides=8, between_sets=20),
    equipment=(QT_TRANSLATE_NOOP("Exercises", "mat"),),
    cues=(
        QT_TRANSLATE_NOOP("Cues", "Lie on your side, knees bent, knees and ankles stacked."),
        QT_TRANSLATE_NOOP(
            "Cues", "Keep the feet together and open the top knee toward the ceiling."
        ),
        QT_TRANSLATE_NOOP("Cues", "Do not roll the pelvis back as the knee opens."),
    ),
    figure="clamshells",
)

HIP_HIKES = Exercise(
    id="hip-hikes",
    name=QT_TRANSLATE_NOOP("Exercises", "Hip hikes"),
    mode=Mode.REPS,
    # The side is the leg stood on: it bends into a slow quarter squat on the step while the
    # other leg hangs straight beside the step, hips level.
    sides=Sides.LEFT_FIRST,
    side_meaning="Stand on your {side} leg on the step, {other} leg hangs",
    dose=Dose(sets=2, reps=12, tempo=Tempo(up=1.5, pause=1.0, down=2.0)),
    rests=Rests(between_sides=8, between_sets=20),
    equipment=(QT_TRANSLATE_NOOP("Exercises", "step or sturdy box"),),
    cues=(
        QT_TRANSLATE_NOOP("Cues", "Stand on one leg on a step, trunk tall; hold a rail if needed."),
        QT_TRANSLATE_NOOP(
            "Cues", "Free leg straight, hanging beside the step; sink slowly into a quarter squat."
        ),
        QT_TRANSLATE_NOOP("Cues", "Hips stay level; keep the standing knee soft, never locked."),
    ),
    figure="hip-hikes",
)

DONKEY_KICKS = Exercise(
    id="donkey-kicks",
    name=QT_TRANSLATE_NOOP("Exercises", "Donkey kicks"),
    mode=Mode.REPS,
    # The side is the leg that lifts.
    sides=Sides.LEFT_FIRST,
    side_meaning="Lift your {side} leg, knee bent",
    dose=Dose(sets=2, reps=12, tempo=Tempo(up=1.5, pause=1.0, down=2.0)),
    rests=Rests(between_sides=5, between_sets=20),
    equipment=(QT_TRANSLATE_NOOP("Exercises", "mat"),),
    cues=(
        QT_TRANSLATE_NOOP("Cues", "On hands and knees, back flat, head in line with the spine."),
        QT_TRANSLATE_NOOP(
            "Cues", "Keep the knee at ninety degrees and press the sole toward the ceiling."
        ),
        QT_TRANSLATE_NOOP("Cues", "Do not arch the lower back or tip the hips to one side."),
    ),
    figure="donkey-kicks",
)

HIP_FLEXOR_STRETCH = Exercise(
    id="hip-flexor-stretch",
    name=QT_TRANSLATE_NOOP("Exercises", "Half-kneeling hip flexor stretch"),
    mode=Mode.HOLD,
    # The side is the kneeling leg: the one whose hip flexor is stretched.
    sides=Sides.LEFT_FIRST,
    side_meaning="{Side} knee down, {other} foot in front",
    dose=Dose(sets=2, hold_seconds=30),
    rests=Rests(between_sides=8, between_sets=10),
    equipment=(QT_TRANSLATE_NOOP("Exercises", "cushion for the knee"),),
    cues=(
        QT_TRANSLATE_NOOP("Cues", "Kneel on one knee on a cushion, the other foot flat in front."),
        QT_TRANSLATE_NOOP(
            "Cues", "Chest tall, tuck the pelvis under until the front of the hip stretches."
        ),
        QT_TRANSLATE_NOOP("Cues", "Breathe slowly; do not lean forward or arch the back."),
    ),
    figure="hip-flexor-stretch",
)

BUILT_IN_EXERCISES: tuple[Exercise, ...] = (
    GLUTE_BRIDGE,
    LATERAL_BAND_STEPS,
    CLAMSHELLS,
    HIP_HIKES,
    DONKEY_KICKS,
    HIP_FLEXOR_STRETCH,
)

BUILT_IN_FIGURES: tuple[str, ...] = tuple(e.id for e in BUILT_IN_EXERCISES)

DEFAULT_ROUTINE = Routine(
    name=QT_TRANSLATE_NOOP("Exercises", "Hip strength for runners"),
    exercises=BUILT_IN_EXERCISES,
    prepare_seconds=10,
    rest_between_exercises=30,
)

# The article the exercises come from, credited in About and on the handout.
SOURCE_ARTICLE = (
    '"6 Essential Hip Strengthening Exercises for Runners", '
    "ISSA, International Sports Sciences Association"
)

REFERENCES = (
    "Snyder K. R. et al. (2009). Resistance training is accompanied by increases in hip "
    "strength and changes in lower extremity biomechanics during running. "
    "Clinical Biomechanics 24(1), 26-34.",
    "Finnoff J. T. et al. (2011). Hip strength and knee pain in high school runners: "
    "a prospective study. PM&R 3(9), 792-801.",
)


def built_in_exercise(exercise_id: str) -> Exercise | None:
    for exercise in BUILT_IN_EXERCISES:
        if exercise.id == exercise_id:
            return exercise
    return None


# --- the built-in words in the reader's language ------------------------------------------
# An exercise or routine from a file keeps the words its author wrote; only the built-in
# ones still in their own English words are shown translated (a trainer's renamed
# "Clamshells" stays as written).


def _built_in_twin(exercise: Exercise) -> Exercise | None:
    built_in = built_in_exercise(exercise.id)
    return built_in if built_in is not None and built_in.figure == exercise.figure else None


def exercise_name(exercise: Exercise) -> str:
    """The exercise's name, in the reader's language when it is a built-in one."""
    twin = _built_in_twin(exercise)
    if twin is not None and exercise.name == twin.name:
        return translate("Exercises", exercise.name)
    return exercise.name


def routine_name(name: str) -> str:
    """A routine's name, in the reader's language when it is the built-in routine's."""
    return translate("Exercises", name) if name == DEFAULT_ROUTINE.name else name


def equipment_name(exercise: Exercise, item: str) -> str:
    """One thing the exercise needs, in the reader's language when it is a built-in one."""
    twin = _built_in_twin(exercise)
    if twin is not None and item in twin.equipment:
        return translate("Exercises", item)
    return item


def cue_text(exercise: Exercise, cue: str) -> str:
    """One cue line, in the reader's language when it is a built-in one."""
    twin = _built_in_twin(exercise)
    if twin is not None and cue in twin.cues:
        return translate("Cues", cue)
    return cue
