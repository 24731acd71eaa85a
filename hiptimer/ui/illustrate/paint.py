"""The figure on screen: the camera fit to the picture, and the body painted back to front.

Every body part is a union of rounded shapes (circles and tapered capsules between two
circles, which is exactly what a sphere-swept limb looks like from any direction in an
orthographic view). A part is filled twice: once grown by the outline width in a dark
tone, then at its own size, so overlapping limbs stay apart without a background colour.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from hiptimer.present.scene import LEVEL_REACH, Block, Scene, frames, hips_centre
from hiptimer.present.skeleton import BODY, Skeleton, Vec, add, apply, lerp
from hiptimer.ui.theme import high_contrast

# ---------------------------------------------------------------------------------------
# Colours: mid tones with darker outlines read on light and dark backgrounds alike.


@dataclass(frozen=True)
class Tone:
    fill: QColor
    line: QColor


def _tone(fill: str, line: str) -> Tone:
    return Tone(QColor(fill), QColor(line))


BODY_NEAR = _tone("#93aac0", "#24364a")
BODY_FAR = _tone("#6f879e", "#1d2c3c")
SHIRT = _tone("#4f7cac", "#24364a")
SHORTS = _tone("#3d5673", "#1d2c3c")
WORK_NEAR = _tone("#f28c38", "#7a3a0c")
WORK_FAR = _tone("#cf6c22", "#5e2b08")
BAND = _tone("#e0405e", "#7d1428")
MAT = _tone("#5fae96", "#2f6e5a")
STEP = _tone("#c7a27a", "#6e5236")
CUSHION = _tone("#a58bd6", "#4e3a7a")
FLOOR = QColor(120, 135, 150, 150)


# ---------------------------------------------------------------------------------------
# Projection and fitting


@dataclass(frozen=True)
class Projection:
    """World metres to device pixels for one scene in one rect."""

    cam: tuple[Vec, Vec, Vec]
    k: float  # pixels per metre
    cx: float  # device point of view-space (0, 0)
    cy: float
    mirror: float  # -1 draws the mirror image
    shift: float  # world x added first (the camera following the figure)

    def view(self, p: Vec) -> Vec:
        return apply(self.cam, (p[0] + self.shift, p[1], p[2]))

    def point(self, p: Vec) -> tuple[float, float, float]:
        v = self.view(p)
        return (self.cx + self.mirror * self.k * v[0], self.cy - self.k * v[1], v[2])


def _block_corners(b: Block) -> list[Vec]:
    return [(x, y, z) for x in (b.x0, b.x1) for y in (0.0, b.height) for z in (b.z0, b.z1)]


def scene_bounds(scene: Scene) -> tuple[float, float, float, float]:
    """View-space box (left, bottom, right, top) of everything the scene ever draws."""
    cached = scene._cache.get("bounds")
    if cached is not None:
        return cached  # type: ignore[return-value]
    cam = scene.camera.matrix
    xs: list[float] = []
    ys: list[float] = []

    def take(p: Vec, r: float, shift: float) -> None:
        v = apply(cam, (p[0] + shift, p[1], p[2]))
        xs.extend((v[0] - r, v[0] + r))
        ys.extend((v[1] - r, v[1] + r))

    for _m, _ret, _b, sk in frames(scene):
        shift = scene.track_shift(sk)
        for p, r in body_points(sk):
            take(p, r + 0.01, shift)
        if scene.hip_level:  # the level line reaches past the hips
            take(hips_centre(sk), 0.02, shift)
            v = apply(cam, hips_centre(sk))
            xs.extend((v[0] - LEVEL_REACH - 0.02, v[0] + LEVEL_REACH + 0.02))
    if scene.direction:  # the arrow on the floor in front of the feet
        for dx in (-0.5, 0.5):
            take((dx, 0.0, 0.5), 0.06, 0.0)
    # Props are in view too, except a loose one (a long mat seen at an angle).
    for b in scene.blocks:
        if not b.loose:
            for c in _block_corners(b):
                take(c, 0.0, 0.0)
    result = (min(xs), min(ys), max(xs), max(ys))
    scene._cache["bounds"] = result
    return result


def fit(scene: Scene, rect: QRectF, mirrored: bool, shift: float = 0.0) -> Projection:
    left, bottom, right, top = scene_bounds(scene)
    margin = 0.06 * min(rect.width(), rect.height())
    w = max(rect.width() - 2 * margin, 1.0)
    h = max(rect.height() - 2 * margin, 1.0)
    k = min(w / (right - left), h / (top - bottom))
    mid_x = (left + right) / 2
    mid_y = (bottom + top) / 2
    mirror = -1.0 if mirrored else 1.0
    cx = rect.center().x() - mirror * k * mid_x
    cy = rect.center().y() + k * mid_y
    return Projection(scene.camera.matrix, k, cx, cy, mirror, shift)


def body_points(sk: Skeleton) -> list[tuple[Vec, float]]:
    """Every drawn point with its radius (for fitting and for the floor checks)."""
    b = BODY
    pts: list[tuple[Vec, float]] = [(sk.head, b.r_head), (sk.neck, b.r_neck)]
    for local, r in _torso_points():
        pts.append((_torso_world(sk, local), r))
    for name, chain in sk.limbs.items():
        if name.startswith("leg"):
            pts += [
                (chain.root, b.r_thigh[0]),
                (chain.mid, b.r_thigh[1]),
                (chain.end, b.r_shank[1]),
                (chain.heel, b.r_foot),
                (chain.tip, b.r_foot),
            ]
        else:
            pts += [
                (chain.root, b.r_upper_arm[0]),
                (chain.mid, b.r_upper_arm[1]),
                (chain.end, b.r_forearm[1]),
                (chain.tip, b.r_hand),
            ]
    return pts


# Torso outline points: ("p", local) in the pelvis frame, ("t", local) in the trunk frame.
_PELVIS = [
    ((-0.095, -0.025, -0.02), 0.078),
    ((0.095, -0.025, -0.02), 0.078),
    ((0.08, 0.07, -0.015), 0.075),
    ((-0.08, 0.07, -0.015), 0.075),
]
_CHEST = [
    ((-0.06, 0.06, 0.0), 0.092),
    ((0.06, 0.06, 0.0), 0.092),
    ((0.1, 0.325, 0.005), 0.105),
    ((-0.1, 0.325, 0.005), 0.105),
]


def _torso_points() -> list[tuple[tuple[str, Vec], float]]:
    return [(("p", p), r) for p, r in _PELVIS] + [(("t", p), r) for p, r in _CHEST]


def _torso_world(sk: Skeleton, local: tuple[str, Vec]) -> Vec:
    frame, p = local
    return sk.pelvis_point(p) if frame == "p" else sk.trunk_point(p)


# ---------------------------------------------------------------------------------------
# Shapes in device pixels. Each is drawn with primitives the raster engine fills fast:
# ellipses, flat-capped wide lines, convex polygons (through drawPolygon: the same pixels
# as drawConvexPolygon, but the raster engine fills them faster).

Pt = tuple[float, float]


@dataclass(frozen=True)
class Dot:
    c: Pt
    r: float


@dataclass(frozen=True)
class Chain:
    """A limb: circles at its joints joined by straight sides. Tapered segments are filled
    as exact trapezoids; even ones as wide flat-ended lines, which fill faster."""

    joints: tuple[tuple[Pt, float], ...]
    taper: bool = True


@dataclass(frozen=True)
class Bar:
    """A straight piece with flat ends, for a part whose ends are always covered (neck)."""

    p0: Pt
    p1: Pt
    r: float


@dataclass(frozen=True)
class Blob:
    """A rounded convex block: the convex hull of several circles (a torso part)."""

    circles: tuple[tuple[Pt, float], ...]


Shape = Dot | Chain | Bar | Blob


def _arc(c: Pt, r: float, a0: float, sweep: float, out: list[QPointF]) -> None:
    # Enough points that a chord strays under a third of a pixel from the circle.
    step = 2 * math.acos(max(0.0, 1.0 - 0.33 / r)) if r > 0.5 else math.pi / 2
    n = max(1, math.ceil(abs(sweep) / max(step, 1e-3)))
    for i in range(n + 1):
        ang = a0 + sweep * i / n
        out.append(QPointF(c[0] + r * math.cos(ang), c[1] + r * math.sin(ang)))


def _centre_hull(cs: list[tuple[Pt, float]]) -> list[tuple[Pt, float]]:
    """The circles whose centres make the convex hull, in turning order."""
    order = sorted(range(len(cs)), key=lambda i: cs[i][0])

    def turn(o: Pt, a: Pt, b: Pt) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    def half(indices: list[int]) -> list[int]:
        chain: list[int] = []
        for i in indices:
            while len(chain) >= 2 and turn(cs[chain[-2]][0], cs[chain[-1]][0], cs[i][0]) <= 0:
                chain.pop()
            chain.append(i)
        return chain

    lower, upper = half(order), half(order[::-1])
    return [cs[i] for i in lower[:-1] + upper[:-1]]


def hull_polygon(circles: tuple[tuple[Pt, float], ...], grow: float) -> QPolygonF:
    """Outline of the convex hull of circles: arcs joined by shared tangent lines."""
    cs: list[tuple[Pt, float]] = []
    for c, radius in sorted(circles, key=lambda cr: -cr[1]):
        r = radius + grow
        # A circle inside a bigger one adds nothing (side on, left and right coincide).
        if all(math.dist(c, c2) + r > r2 + 1e-6 for c2, r2 in cs):
            cs.append((c, r))
    ring = _centre_hull(cs) if len(cs) > 2 else cs
    pts: list[QPointF] = []
    if len(ring) == 1:
        _arc(ring[0][0], ring[0][1], 0.0, 2 * math.pi, pts)
        return QPolygonF(pts)
    n = len(ring)
    area = sum(
        ring[i][0][0] * ring[(i + 1) % n][0][1] - ring[(i + 1) % n][0][0] * ring[i][0][1]
        for i in range(n)
    )
    turn = 1.0 if n == 2 or area > 0 else -1.0
    # Outward normal of each side, where the side's tangent line touches both circles.
    normals = []
    for i in range(n):
        (c0, r0), (c1, r1) = ring[i], ring[(i + 1) % n]
        d = max(math.dist(c0, c1), 1e-9)
        a = math.atan2(c1[1] - c0[1], c1[0] - c0[0])
        normals.append(a - turn * math.acos(max(-1.0, min(1.0, (r0 - r1) / d))))
    for i in range(n):
        start, end = normals[i - 1], normals[i]
        sweep = ((end - start) * turn) % (2 * math.pi)
        _arc(ring[i][0], ring[i][1], start, turn * sweep, pts)
    return QPolygonF(pts)


def _trapezoid(p0: Pt, r0: float, p1: Pt, r1: float) -> QPolygonF | None:
    """The straight part between two joint circles (None when one circle holds the other)."""
    d = math.dist(p0, p1)
    if d <= abs(r0 - r1) + 1e-6:
        return None
    a = math.atan2(p1[1] - p0[1], p1[0] - p0[0])
    beta = math.acos(max(-1.0, min(1.0, (r0 - r1) / d)))
    ca, sa = math.cos(a + beta), math.sin(a + beta)
    cb, sb = math.cos(a - beta), math.sin(a - beta)
    return QPolygonF(
        [
            QPointF(p0[0] + r0 * ca, p0[1] + r0 * sa),
            QPointF(p1[0] + r1 * ca, p1[1] + r1 * sa),
            QPointF(p1[0] + r1 * cb, p1[1] + r1 * sb),
            QPointF(p0[0] + r0 * cb, p0[1] + r0 * sb),
        ]
    )


def fill_shapes(painter: QPainter, shapes: list[Shape], grow: float, color: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    line = QPen(color, 1.0)
    line.setCapStyle(Qt.PenCapStyle.FlatCap)
    for s in shapes:
        if isinstance(s, Dot):
            painter.drawEllipse(QPointF(*s.c), s.r + grow, s.r + grow)
        elif isinstance(s, Chain):
            joints = s.joints
            for c, r in joints:
                painter.drawEllipse(QPointF(*c), r + grow, r + grow)
            for (p0, r0), (p1, r1) in itertools.pairwise(joints):
                if s.taper:
                    poly = _trapezoid(p0, r0 + grow, p1, r1 + grow)
                    if poly is not None:
                        painter.drawPolygon(poly)
                else:
                    line.setWidthF(2 * (min(r0, r1) + grow))
                    painter.setPen(line)
                    painter.drawLine(QPointF(*p0), QPointF(*p1))
                    painter.setPen(Qt.PenStyle.NoPen)
        elif isinstance(s, Bar):
            line.setWidthF(2 * (s.r + grow))
            painter.setPen(line)
            painter.drawLine(QPointF(*s.p0), QPointF(*s.p1))
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            painter.drawPolygon(hull_polygon(s.circles, grow))


# ---------------------------------------------------------------------------------------
# The body


@dataclass
class Part:
    """One piece of the body drawn as a unit: outlined together, then filled colour by
    colour (the shirt, then the shorts over its hem)."""

    name: str  # "torso", "head" or a limb
    depth: float
    order: int
    line: QColor
    fills: list[tuple[QColor, list[Shape]]]

    def circles(self) -> list[tuple[Pt, float]]:
        """Every circle the part is made of (its extent, and what it looks like)."""
        out: list[tuple[Pt, float]] = []
        for _, shapes in self.fills:
            for s in shapes:
                if isinstance(s, Dot):
                    out.append((s.c, s.r))
                elif isinstance(s, Chain):
                    out.extend(s.joints)
                elif isinstance(s, Bar):
                    out += [(s.p0, s.r), (s.p1, s.r)]
                else:
                    out.extend(s.circles)
        return out

    def bounds(self, grow: float) -> QRectF:
        cs = self.circles()
        left = min(c[0] - r for c, r in cs) - grow
        top = min(c[1] - r for c, r in cs) - grow
        right = max(c[0] + r for c, r in cs) + grow
        bottom = max(c[1] + r for c, r in cs) + grow
        return QRectF(left, top, right - left, bottom - top)


def build_parts(scene: Scene, sk: Skeleton, proj: Projection) -> list[Part]:
    b, k = BODY, proj.k

    def at(p: Vec) -> Pt:
        x, y, _ = proj.point(p)
        return (x, y)

    def depth(p: Vec) -> float:
        return proj.view(p)[2]

    def chain(*joints: tuple[Vec, float], taper: bool = True) -> Chain:
        return Chain(tuple((at(p), r * k) for p, r in joints), taper)

    # Seen from the side, limbs on the far side are drawn darker and behind the torso.
    left_depth = depth(sk.pelvis_point((1.0, 0.0, 0.0))) - depth(sk.pelvis)
    sideways = abs(left_depth) > 0.5
    torso_depth = depth(sk.pelvis)
    pelvis = Blob(tuple((at(sk.pelvis_point(p)), r * k) for p, r in _PELVIS))
    chest = Blob(tuple((at(sk.trunk_point(p)), r * k) for p, r in _CHEST))
    # A small nose shows which way the face points when the head is seen from the side.
    nose = add(sk.head, apply(sk.head_frame, (0.0, -0.015, b.r_head * 0.93)))
    # The neck goes under the chest and the head, so its flat ends never show.
    neck = Bar(at(sk.neck), at(lerp(sk.neck, sk.head, 0.7)), b.r_neck * k)
    parts = [
        Part(
            "torso",
            torso_depth,
            1,
            SHIRT.line,
            [(BODY_NEAR.fill, [neck]), (SHIRT.fill, [chest]), (SHORTS.fill, [pelvis])],
        ),
        # The head sits on the torso: drawn after it whatever the view.
        Part(
            "head",
            max(depth(sk.head), torso_depth + 0.01),
            3,
            BODY_NEAR.line,
            [
                (
                    BODY_NEAR.fill,
                    [Dot(at(sk.head), b.r_head * k), Dot(at(nose), b.r_head * k * 0.22)],
                )
            ],
        ),
    ]
    for name, limb in sk.limbs.items():
        side = 1.0 if name.endswith("_l") else -1.0
        far = sideways and side * left_depth < 0
        if name == scene.working:
            tone = WORK_FAR if far else WORK_NEAR
        else:
            tone = BODY_FAR if far else BODY_NEAR
        if name.startswith("leg"):
            shapes: list[Shape] = [
                chain(
                    (limb.root, b.r_thigh[0]), (limb.mid, b.r_thigh[1]), (limb.end, b.r_shank[1])
                ),
                chain((limb.heel, b.r_foot), (limb.tip, b.r_foot * 0.9)),
            ]
        else:
            shapes = [
                chain(
                    (limb.root, b.r_upper_arm[0]),
                    (limb.mid, b.r_upper_arm[1]),
                    (limb.end, b.r_forearm[1]),
                ),
                # A mitten: from the wrist, widening to the knuckles.
                chain((limb.end, b.r_forearm[1]), (limb.tip, b.r_hand)),
            ]
        d = (depth(limb.mid) + depth(limb.end)) / 2
        if sideways:
            # Side on, the side a limb hangs from decides; its own reach only nudges.
            d = torso_depth + side * left_depth * 0.3 + (d - torso_depth) * 0.2
        parts.append(Part(name, d, 2, tone.line, [(tone.fill, shapes)]))
    parts.sort(key=lambda p: (p.depth, p.order))
    return parts


def outline_width(k: float) -> float:
    return max(0.8, 0.011 * k)


def draw_parts(painter: QPainter, parts: list[Part], k: float) -> None:
    """Back to front; each part first grown by the outline width in its dark tone (black
    in high contrast, so every limb's edge stands out)."""
    w = outline_width(k)
    black = QColor("#000000") if high_contrast() else None
    for part in parts:
        line = black or part.line
        fill_shapes(painter, [s for _, shapes in part.fills for s in shapes], w, line)
        for color, shapes in part.fills:
            fill_shapes(painter, shapes, 0.0, color)
