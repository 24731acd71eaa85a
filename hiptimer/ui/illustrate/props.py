"""The things around the figure: floor, mat, step, cushion, band, floor marks, arrow."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF

from hiptimer.present.scene import LEVEL_REACH, Block, Scene, hips_centre
from hiptimer.present.skeleton import BODY, Skeleton, Vec, lerp
from hiptimer.ui.illustrate.paint import BAND, CUSHION, FLOOR, MAT, STEP, WORK_NEAR, Projection, Pt


def _line_width(proj: Projection, metres: float, least: float = 1.0) -> float:
    return max(least, metres * proj.k)


def floor_strip(proj: Projection, rect: QRectF) -> QRectF:
    """A band of floor under the figure, the full width of the picture."""
    below = proj.point((-proj.shift, 0.0, 0.0))[1]
    half = 0.7 * proj.k * abs(proj.cam[1][2]) + 0.03 * proj.k
    return QRectF(rect.left(), below - half, rect.width(), 2 * half)


def draw_floor(painter: QPainter, proj: Projection, rect: QRectF) -> None:
    strip = floor_strip(proj, rect)
    grad = QLinearGradient(0, strip.top(), 0, strip.bottom())
    for at, alpha in ((0.0, 0), (0.5, 14), (1.0, 32)):
        grad.setColorAt(at, QColor(FLOOR.red(), FLOOR.green(), FLOOR.blue(), alpha))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(grad))
    painter.drawRect(strip)
    painter.setPen(QPen(FLOOR, _line_width(proj, 0.005)))
    painter.drawLine(strip.bottomLeft(), strip.bottomRight())


def _polygon(proj: Projection, corners: list[Vec]) -> QPolygonF:
    return QPolygonF([QPointF(*proj.point(c)[:2]) for c in corners])


def block_faces(proj: Projection, b: Block) -> list[tuple[QPolygonF, bool]]:
    """The faces a viewer sees, back to front: (outline, is the top)."""
    x0, x1, z0, z1, h = b.x0, b.x1, b.z0, b.z1, b.height
    # Of the two ends, the one turned toward the camera (after any mirroring) shows.
    toward = proj.view((1.0, 0.0, 0.0))[2] - proj.view((0.0, 0.0, 0.0))[2]
    sx = x1 if toward > 0 else x0
    return [
        (_polygon(proj, [(sx, 0.0, z0), (sx, 0.0, z1), (sx, h, z1), (sx, h, z0)]), False),
        (_polygon(proj, [(x0, 0.0, z1), (x1, 0.0, z1), (x1, h, z1), (x0, h, z1)]), False),
        (_polygon(proj, [(x0, h, z0), (x1, h, z0), (x1, h, z1), (x0, h, z1)]), True),
    ]


def _draw_cushion(painter: QPainter, proj: Projection, b: Block) -> None:
    """A soft pad: the block's outline with well-rounded corners, a lighter top."""
    round_off = 0.025 * proj.k
    faces = block_faces(proj, b)
    outline = QPolygonF()
    for poly, _ in faces:
        outline = outline.united(poly)
    for color, grow in (
        (CUSHION.line, _line_width(proj, 0.006, 0.8)),
        (CUSHION.fill.darker(115), 0.0),
    ):
        pen = QPen(color, 2 * round_off + 2 * grow)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(color)
        painter.drawPolygon(_shrunk(outline, round_off))
    top = faces[-1][0]
    pen = QPen(CUSHION.fill, round_off)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(CUSHION.fill)
    painter.drawPolygon(_shrunk(top, round_off * 0.9))


def _shrunk(poly: QPolygonF, by: float) -> QPolygonF:
    """Pull the points of a convex outline toward its centre (a rounded pen grows it back)."""
    c = poly.boundingRect().center()
    out = QPolygonF()
    for i in range(poly.size()):
        p = poly.at(i)
        d = p - c
        n = math.hypot(d.x(), d.y()) or 1.0
        out.append(p - d * (by / n))
    return out


def draw_block(painter: QPainter, proj: Projection, b: Block) -> None:
    if b.kind == "cushion":
        _draw_cushion(painter, proj, b)
        return
    tone = {"mat": MAT, "step": STEP}[b.kind]
    pen = QPen(tone.line, _line_width(proj, 0.006, 0.8))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for poly, top in block_faces(proj, b):
        painter.setBrush(tone.fill if top else tone.fill.darker(125))
        painter.drawPolygon(poly)


def blocks_rect(proj: Projection, scene: Scene) -> QRectF:
    out = QRectF()
    for b in scene.blocks:
        for poly, _ in block_faces(proj, b):
            out = out.united(poly.boundingRect())
    grow = _line_width(proj, 0.006, 0.8)
    return out.adjusted(-grow, -grow, grow, grow) if not out.isNull() else out


def arrow_ends(proj: Projection, direction: int) -> tuple[Pt, Pt]:
    """Tail and tip of the floor arrow, in device pixels."""
    x = -proj.shift
    a = proj.point((x - 0.15 * direction, 0.0, 0.5))
    b = proj.point((x + 0.4 * direction, 0.0, 0.5))
    return (a[0], a[1]), (b[0], b[1])


def draw_arrow(painter: QPainter, proj: Projection, direction: int) -> None:
    """Which way the figure travels, on the floor in front of it."""
    a, b = arrow_ends(proj, direction)
    pen = QPen(QColor(WORK_NEAR.fill), _line_width(proj, 0.025, 1.5))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy) or 1.0
    ux, uy = dx / d, dy / d
    head = 0.09 * proj.k
    path = QPainterPath(QPointF(a[0], a[1]))
    path.lineTo(b[0], b[1])
    path.moveTo(b[0] - ux * head - uy * head * 0.7, b[1] - uy * head + ux * head * 0.7)
    path.lineTo(b[0], b[1])
    path.lineTo(b[0] - ux * head + uy * head * 0.7, b[1] - uy * head - ux * head * 0.7)
    painter.drawPath(path)


def arrow_rect(proj: Projection) -> QRectF:
    x = -proj.shift
    pts = [proj.point((x + dx, 0.0, 0.5)) for dx in (-0.45, 0.45)]
    grow = 0.1 * proj.k
    r = QRectF(QPointF(pts[0][0], pts[0][1]), QPointF(pts[1][0], pts[1][1])).normalized()
    return r.adjusted(-grow, -grow, grow, grow)


def draw_marks(painter: QPainter, proj: Projection, rect: QRectF, spacing: float) -> None:
    """Dashes along the floor in front of the feet; they stay put on the floor while the
    camera follows the figure, so the floor is seen to pass under a travelling figure.
    Each dash is a thin four-sided patch on the floor (filled faster than a wide stroke when
    the floor runs at a slant in a three-quarter view)."""
    half_w = 0.5 * _line_width(proj, 0.012) / proj.k  # half the dash's width, metres
    centre = -proj.shift
    # The floor's x axis may be foreshortened on screen: reach far enough to cross the rect.
    run = abs(proj.point((1.0, 0.0, 0.0))[0] - proj.point((0.0, 0.0, 0.0))[0]) or proj.k
    half = 0.5 * rect.width() / run + spacing
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(FLOOR)
    for i in range(math.floor((centre - half) / spacing), math.ceil((centre + half) / spacing)):
        x0, x1 = i * spacing, (i + 0.45) * spacing
        corners = [(x0, 0.3 - half_w), (x1, 0.3 - half_w), (x1, 0.3 + half_w), (x0, 0.3 + half_w)]
        dash = _polygon(proj, [(x, 0.0, z) for x, z in corners])
        if dash.boundingRect().intersects(rect):
            painter.drawPolygon(dash)


def band_ends(sk: Skeleton) -> tuple[Vec, Vec]:
    """Where the band sits on each shin: a little below the knees."""
    left, right = sk.limbs["leg_l"], sk.limbs["leg_r"]
    return lerp(left.mid, left.end, 0.2), lerp(right.mid, right.end, 0.2)


def draw_band(painter: QPainter, proj: Projection, sk: Skeleton, front: bool) -> None:
    """One strand of the loop around both shins: the back one before the legs are drawn,
    the front one after. Stretched, it thins and runs straight; slack, it sags."""
    left, right = band_ends(sk)
    rest = 2 * BODY.hip_half + 0.12
    length = math.dist(left, right)
    stretch = max(1.0, length / rest)
    width = 0.032 * proj.k / math.sqrt(stretch)
    sag = max(0.0, rest * 1.15 - length) * 0.5
    r = BODY.r_shank[0] * 0.9
    z = r if front else -r
    a = proj.point((left[0] + r, left[1], left[2] + z))
    c = proj.point((right[0] - r, right[1], right[2] + z))
    mid = lerp(left, right, 0.5)
    m = proj.point((mid[0], mid[1] - 2 * sag, mid[2] + z))
    path = QPainterPath(QPointF(a[0], a[1]))
    path.quadTo(QPointF(m[0], m[1]), QPointF(c[0], c[1]))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for color, w in (
        (BAND.line, width + 2 * max(0.8, 0.008 * proj.k)),
        (BAND.fill if front else BAND.fill.darker(130), width),
    ):
        pen = QPen(color, w)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(path)


LEVEL = QColor(52, 64, 84)


def _level_line(proj: Projection, sk: Skeleton, reach: float) -> QLineF:
    """Level on the screen, through the middle of the hips."""
    x, y, _ = proj.point(hips_centre(sk))
    half = reach * proj.k
    return QLineF(x - half, y, x + half, y)


def draw_level(painter: QPainter, proj: Projection, sk: Skeleton, mark: bool) -> None:
    """A level line through the hips; mark: the dashed one left where the hips started."""
    if mark:
        pen = QPen(LEVEL, _line_width(proj, 0.014, 1.0))
        pen.setDashPattern([2.0, 1.5])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    else:
        pen = QPen(LEVEL, _line_width(proj, 0.022, 1.5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(_level_line(proj, sk, LEVEL_REACH if mark else LEVEL_REACH * 0.75))
