"""What an exercise picture holds besides the body: camera, props, surfaces (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from hiptimer.present.motion import Motion, solve
from hiptimer.present.skeleton import Mat, Skeleton, Vec, lerp, matmul, rot_x, rot_y


@dataclass(frozen=True)
class Camera:
    """An orthographic camera: yaw turns it around the body (positive: toward +X),
    pitch raises it to look down."""

    yaw: float = 0.0
    pitch: float = 0.0

    @property
    def matrix(self) -> Mat:
        return matmul(rot_x(self.pitch), rot_y(-self.yaw))


@dataclass(frozen=True)
class Block:
    """A box resting on the floor: a mat, a step, a cushion. Rounded when drawn."""

    kind: str  # "mat", "step", "cushion"
    x0: float
    x1: float
    z0: float
    z1: float
    height: float
    # How far a body may sink into it (a cushion gives); metres.
    give: float = 0.0
    # May run past the edges of the picture (a long mat seen at an angle).
    loose: bool = False

    def contains(self, x: float, z: float, margin: float = 0.0) -> bool:
        inside_x = self.x0 - margin <= x <= self.x1 + margin
        return inside_x and self.z0 - margin <= z <= self.z1 + margin


@dataclass(frozen=True)
class Scene:
    """One exercise, posed for its right side; the left side is drawn as the mirror image.

    motion: start (0) to peak (1). returning: an optional different path back from the
    peak to the start (a lateral step is followed by the other foot instead of undone).
    working: the highlighted limb. track: the camera follows the pelvis sideways (a
    figure walking across the floor stays in the frame).
    """

    figure: str
    camera: Camera
    motion: Motion
    working: str
    blocks: tuple[Block, ...] = ()
    returning: Motion | None = None
    band: bool = False
    track: bool = False
    marks: float = 0.0  # spacing of floor marks (with track), metres
    direction: int = 0  # -1/+1: an arrow on the floor pointing the way of travel (+X)
    # Faces the viewer (front or three-quarter view): drawn as the person's mirror image,
    # so their right side is on the screen's right, where the badge's "RIGHT ▶" points.
    facing: bool = False
    # A level line through the hips, and a dashed mark where it starts (the hips' height
    # is what changes in a single-leg squat).
    hip_level: bool = False
    _cache: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def body(self, movement: float, breathing: float = 0.0, returning: bool = False) -> Skeleton:
        motion = self.returning if (returning and self.returning is not None) else self.motion
        return solve(motion, movement, breathing)

    def start_body(self) -> Skeleton:
        """The start pose (kept: a mark of where the hips start is drawn on every frame)."""
        cached = self._cache.get("start")
        if cached is None:
            cached = self._cache["start"] = self.body(0.0)
        return cached  # type: ignore[return-value]

    def flipped(self, left: bool) -> bool:
        """Whether the side is drawn as the screen mirror of the posed (3-D) scene."""
        return left != self.facing

    def track_shift(self, sk: Skeleton) -> float:
        return -sk.pelvis[0] if self.track else 0.0

    def surface(self, x: float, z: float, margin: float = 0.0) -> float:
        """Height a body may not go below at (x, z): the floor, or the top of a block."""
        top = 0.0
        for b in self.blocks:
            if b.contains(x, z, margin):
                top = max(top, b.height - b.give)
        return top


def frames(scene: Scene, samples: int = 24) -> list[tuple[float, bool, float, Skeleton]]:
    """Bodies over the whole movement (both paths, breath in and out): for fitting and
    for checks. Each item: movement, returning, breathing, body."""
    out = []
    paths = (False, True) if scene.returning is not None else (False,)
    breaths = (0.0, 1.0) if scene.motion.breathe is not None else (0.0,)
    for returning in paths:
        for breathing in breaths:
            for i in range(samples + 1):
                m = i / samples
                out.append((m, returning, breathing, scene.body(m, breathing, returning)))
    return out


# Half the length of the hip-level line, metres: it reaches well past both hips.
LEVEL_REACH = 0.36


def hips_centre(sk: Skeleton) -> Vec:
    """Midway between the hip joints: where the hip-level line is drawn."""
    return lerp(sk.hips["l"], sk.hips["r"], 0.5)
