"""The six built-in exercises as keyframed poses (data, no Qt).

Every scene is posed for the right side: the right leg is the working leg. The left side
is the mirror image. A scene marked `facing` is drawn mirrored for the right side too (the
person's mirror image: their right on the screen's right); the others are side views seen
from the working side (see the package docstring). Ankles of planted feet are placed with
`on()` so soles rest on their surface; the skeleton bends the leg to reach them.
"""

from __future__ import annotations

from hiptimer.present.motion import Key, Lock, Motion
from hiptimer.present.scene import Block, Camera, Scene
from hiptimer.present.skeleton import BODY, Limb, Pose, Root, Spine, Vec

MAT_TOP = 0.015
# Wrists resting on the sides of the pelvis, in the pelvis frame (right hand; x mirrored).
HIP_HAND: Vec = (-0.2, 0.1, 0.02)


def hands_on_hips() -> tuple[Lock, Lock]:
    x, y, z = HIP_HAND
    # Elbows out to the sides and a little back.
    return (
        Lock("arm_r", frame="pelvis", at=(x, y, z), pole=(-1.0, 0.0, -0.35)),
        Lock("arm_l", frame="pelvis", at=(-x, y, z), pole=(1.0, 0.0, -0.35)),
    )


def on(x: float, z: float, surface: float = MAT_TOP) -> Vec:
    """Ankle position for a flat foot standing on a surface."""
    return (x, surface + BODY.sole_drop, z)


def mat(x0: float, x1: float, z0: float = -0.36, z1: float = 0.36) -> Block:
    return Block("mat", x0, x1, z0, z1, MAT_TOP)


# ---------------------------------------------------------------------------------------
# Single-leg glute bridge: on the back (head to the left), right foot planted, left foot
# lifted; the hips rise until shoulders, hips and knee line up, then pause.

_BRIDGE_DOWN = Pose(
    root=Root(x=0.0, y=0.13, yaw=90, pitch=-90),
    trunk=Spine(flex=0),
    neck=Spine(flex=4),
    leg_r=Limb(flex=62, bend=115, end=-37),
    leg_l=Limb(flex=64, bend=122, end=-20),
    arm_r=Limb(flex=-8, abd=22, bend=12, end=10),
    arm_l=Limb(flex=-8, abd=22, bend=12, end=10),
)
_BRIDGE_UP = Pose(
    root=Root(x=0.0, y=0.3, yaw=90, pitch=-120),
    trunk=Spine(flex=0),
    neck=Spine(flex=40),
    leg_r=Limb(flex=2, bend=80, end=-10),
    leg_l=Limb(flex=-6, bend=100, end=-12),
    arm_r=Limb(flex=-30, abd=22, bend=4, end=10),
    arm_l=Limb(flex=-30, abd=22, bend=4, end=10),
)

GLUTE_BRIDGE = Scene(
    figure="glute-bridge",
    camera=Camera(yaw=8, pitch=16),
    motion=Motion(
        keys=(
            Key(0.0, _BRIDGE_DOWN, targets={"leg_r": on(0.42, 0.09)}),
            Key(1.0, _BRIDGE_UP),
        ),
        # Arms lie still on the mat beside the body (elbows a touch bent, pointing down).
        locks=(
            Lock("leg_r", flat=True),
            Lock("arm_r", pole=(0.0, -1.0, 0.3), fixed_pole=True),
            Lock("arm_l", pole=(0.0, -1.0, -0.3), fixed_pole=True),
        ),
        anchor="shoulders",
    ),
    working="leg_r",
    blocks=(mat(-0.92, 0.78),),
)

# ---------------------------------------------------------------------------------------
# Lateral band steps: a quarter squat (knees bent, hips back, trunk leaning forward), band
# just below the knees, seen three-quarter from the front and the leading side so the squat,
# the lean and the toes (which way the body faces) show. The right foot steps out to the
# person's right (drawn as their mirror image: the screen's right, like the badge and the
# floor arrow); on the way back the left foot follows. The camera travels with the hips, so
# floor marks slide under the feet.

_STEP = 0.30
_SQUAT = Pose(
    root=Root(x=0.0, y=0.76, z=-0.11, pitch=24),
    trunk=Spine(flex=8),
    neck=Spine(flex=-26),
    leg_r=Limb(flex=60, abd=10, rot=6, bend=80, end=18),
    leg_l=Limb(flex=60, abd=10, rot=6, bend=80, end=18),
    arm_r=Limb(flex=-15, abd=38, rot=20, bend=105, end=20),
    arm_l=Limb(flex=-15, abd=38, rot=20, bend=105, end=20),
)
_SQUAT_WIDE = Pose(
    root=Root(x=-_STEP / 2, y=0.74, z=-0.11, pitch=24),
    trunk=Spine(flex=8),
    neck=Spine(flex=-26),
    leg_r=Limb(flex=55, abd=22, rot=4, bend=75, end=18),
    leg_l=Limb(flex=55, abd=22, rot=4, bend=75, end=18),
    arm_r=Limb(flex=-15, abd=38, rot=20, bend=105, end=20),
    arm_l=Limb(flex=-15, abd=38, rot=20, bend=105, end=20),
)
_FEET = 0.15

LATERAL_BAND_STEPS = Scene(
    figure="lateral-band-steps",
    camera=Camera(yaw=-34, pitch=12),
    facing=True,
    motion=Motion(
        keys=(
            Key(0.0, _SQUAT, targets={"leg_r": on(-_FEET, 0.0, 0.0), "leg_l": on(_FEET, 0.0, 0.0)}),
            Key(1.0, _SQUAT_WIDE, targets={"leg_r": on(-_FEET - _STEP, 0.0, 0.0)}),
        ),
        locks=(
            Lock("leg_r", pin=False, lift=0.07, flat=True),
            Lock("leg_l", flat=True),
            *hands_on_hips(),
        ),
    ),
    # Back from the peak (movement 1 down to 0) the left foot follows: the stance ends as
    # narrow as it began, one step further along (the camera follows, so it looks the same).
    returning=Motion(
        keys=(
            Key(
                0.0,
                Pose(**{**_SQUAT.__dict__, "root": Root(x=-_STEP, y=0.76, z=-0.11, pitch=24)}),
                targets={
                    "leg_r": on(-_FEET - _STEP, 0.0, 0.0),
                    "leg_l": on(_FEET - _STEP, 0.0, 0.0),
                },
            ),
            Key(1.0, _SQUAT_WIDE, targets={"leg_l": on(_FEET, 0.0, 0.0)}),
        ),
        locks=(
            Lock("leg_r", flat=True),
            Lock("leg_l", pin=False, lift=0.07, flat=True),
            *hands_on_hips(),
        ),
    ),
    working="leg_r",
    band=True,
    track=True,
    marks=_STEP / 2,
    direction=-1,
)

# ---------------------------------------------------------------------------------------
# Clamshells: lying on the left side facing the viewer, hips bent about 45 degrees and knees
# about 90, hips and knees stacked, feet together; the top (right) knee opens toward the
# ceiling. Seen from above and in front of the body, so both bends and the opening knee show
# (straight down the thighs the bent legs read as straight); drawn as the person's mirror
# image, head to the left and knees to the right for the right side.

_CLAM = Pose(
    root=Root(x=0.0, y=0.2, roll=-90),
    trunk=Spine(flex=0, bend=-5),
    neck=Spine(flex=8, bend=-8),
    leg_l=Limb(flex=45, bend=90, end=-20),
    leg_r=Limb(flex=45, abd=-6, bend=90, end=-20),
    arm_l=Limb(flex=165, abd=0, bend=70),
    arm_r=Limb(flex=60, abd=-30, bend=50, end=60),
)
_CLAM_OPEN = Pose(
    root=Root(x=0.0, y=0.2, roll=-90),
    trunk=Spine(flex=0, bend=-5),
    neck=Spine(flex=8, bend=-8),
    leg_l=Limb(flex=45, bend=90, end=-20),
    leg_r=Limb(flex=45, abd=36, rot=36, bend=90, end=-20),
    arm_l=Limb(flex=165, abd=0, bend=70),
    arm_r=Limb(flex=60, abd=-30, bend=50, end=60),
)

CLAMSHELLS = Scene(
    figure="clamshells",
    camera=Camera(yaw=-45, pitch=25),
    facing=True,
    motion=Motion(
        keys=(Key(0.0, _CLAM), Key(1.0, _CLAM_OPEN)),
        # The top hand rests on the top hip (its arm along the side, so the top shoulder
        # reads as a shoulder, not a second head); the feet stay together.
        locks=(
            Lock("leg_r"),
            Lock("arm_r", frame="pelvis", at=(-0.2, -0.03, 0.06), pole=(-0.3, 0.0, 1.0)),
        ),
    ),
    working="leg_r",
    blocks=(Block("mat", -0.75, 1.2, -0.3, 0.55, MAT_TOP, loose=True),),
)

# ---------------------------------------------------------------------------------------
# Hip hikes (the article's version): standing on the right foot on a step, the left leg
# straight and hanging in the air beside it; a slow quarter squat on the standing leg
# (knee forward over the toes, hips back, trunk leaning a little) and back up, hips level
# all the way. Seen three-quarter from the front and the standing side, as the person's
# mirror image; a level line through the hips shows how far they sink.

_STEP_TOP = 0.22
_HIKE_TALL = Pose(
    root=Root(x=0.0, y=0.93 + _STEP_TOP, z=0.0, pitch=3),
    trunk=Spine(flex=2),
    neck=Spine(flex=-4),
    leg_r=Limb(flex=3, bend=6),
    leg_l=Limb(flex=0, abd=7, bend=2, end=-12),
    arm_r=Limb(flex=-10, abd=40, bend=100),
    arm_l=Limb(flex=-10, abd=40, bend=100),
)
_HIKE_LOW = Pose(
    root=Root(x=0.0, y=0.81 + _STEP_TOP, z=-0.07, pitch=22),
    trunk=Spine(flex=6),
    neck=Spine(flex=-22),
    leg_r=Limb(flex=40, bend=60),
    leg_l=Limb(flex=18, abd=7, bend=2, end=-12),
    arm_r=Limb(flex=-10, abd=40, bend=100),
    arm_l=Limb(flex=-10, abd=40, bend=100),
)

HIP_HIKES = Scene(
    figure="hip-hikes",
    camera=Camera(yaw=28, pitch=10),
    motion=Motion(
        keys=(
            Key(0.0, _HIKE_TALL, targets={"leg_r": on(-0.085, 0.02, _STEP_TOP)}),
            Key(1.0, _HIKE_LOW),
        ),
        locks=(Lock("leg_r", flat=True), *hands_on_hips()),
    ),
    working="leg_r",
    blocks=(Block("step", -0.42, -0.005, -0.2, 0.2, _STEP_TOP),),
    facing=True,
    hip_level=True,
)

# ---------------------------------------------------------------------------------------
# Donkey kicks: on hands and knees (head to the right); the right knee stays bent at 90
# degrees while the thigh lifts until the sole faces the ceiling.

_ALL_FOURS = Pose(
    root=Root(x=0.0, y=0.516, yaw=90, pitch=80),
    trunk=Spine(flex=0),
    neck=Spine(flex=-10),
    leg_l=Limb(flex=88, bend=100, end=-62),
    leg_r=Limb(flex=88, bend=100, end=-62),
    arm_l=Limb(flex=80, bend=0, end=90),
    arm_r=Limb(flex=80, bend=0, end=90),
)
_KICK = Pose(
    root=Root(x=0.0, y=0.516, yaw=90, pitch=80),
    trunk=Spine(flex=0),
    neck=Spine(flex=-10),
    leg_l=Limb(flex=88, bend=100, end=-62),
    leg_r=Limb(flex=-12, bend=90, end=5),
    arm_l=Limb(flex=80, bend=0, end=90),
    arm_r=Limb(flex=80, bend=0, end=90),
)

DONKEY_KICKS = Scene(
    figure="donkey-kicks",
    camera=Camera(yaw=16, pitch=12),
    motion=Motion(
        keys=(
            Key(
                0.0,
                _ALL_FOURS,
                targets={"arm_r": (0.47, 0.05, 0.17), "arm_l": (0.47, 0.05, -0.17)},
            ),
            Key(1.0, _KICK),
        ),
        locks=(Lock("arm_r"), Lock("arm_l")),
    ),
    working="leg_r",
    blocks=(mat(-0.75, 0.95),),
)

# ---------------------------------------------------------------------------------------
# Half-kneeling hip flexor stretch: facing right, right knee down on a cushion, left foot
# flat in front. Start: upright; peak (the hold): pelvis tucked under and hips a little
# forward, chest tall. Breathing lifts the chest a little.

_CUSHION_TOP = 0.075
_KNEEL = Pose(
    root=Root(x=0.0, y=0.57, yaw=90, pitch=0),
    trunk=Spine(flex=0),
    neck=Spine(flex=0),
    leg_r=Limb(flex=0, bend=80, end=-80),
    leg_l=Limb(flex=90, bend=90, end=0),
    arm_r=Limb(flex=-10, abd=35, bend=100),
    arm_l=Limb(flex=-10, abd=35, bend=100),
)
_TUCK = Pose(
    root=Root(x=0.06, y=0.56, yaw=90, pitch=-12),
    trunk=Spine(flex=12),
    neck=Spine(flex=0),
    leg_r=Limb(flex=-22, bend=70, end=-80),
    leg_l=Limb(flex=95, bend=80, end=0),
    arm_r=Limb(flex=-10, abd=35, bend=100),
    arm_l=Limb(flex=-10, abd=35, bend=100),
)

HIP_FLEXOR_STRETCH = Scene(
    figure="hip-flexor-stretch",
    camera=Camera(yaw=18, pitch=10),
    motion=Motion(
        keys=(
            Key(0.0, _KNEEL, targets={"leg_l": on(0.5, -0.09)}),
            Key(1.0, _TUCK),
        ),
        locks=(Lock("leg_l", flat=True), *hands_on_hips()),
        anchor="knee_r",
        breathe=Pose(root=Root(y=0.0), trunk=Spine(flex=-3), neck=Spine(flex=2)),
    ),
    working="leg_r",
    blocks=(
        mat(-0.75, 0.85),
        Block("cushion", -0.15, 0.13, -0.04, 0.22, _CUSHION_TOP, give=0.02),
    ),
)

SCENES: dict[str, Scene] = {
    s.figure: s
    for s in (
        GLUTE_BRIDGE,
        LATERAL_BAND_STEPS,
        CLAMSHELLS,
        HIP_HIKES,
        DONKEY_KICKS,
        HIP_FLEXOR_STRETCH,
    )
}
