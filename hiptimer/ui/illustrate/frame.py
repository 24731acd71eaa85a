"""One whole picture: the backdrop (cached), the figure, and the props that move."""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform

from hiptimer.present.scene import Scene, frames
from hiptimer.present.skeleton import Skeleton
from hiptimer.ui.illustrate.paint import (
    Part,
    Projection,
    build_parts,
    draw_parts,
    fit,
    outline_width,
)
from hiptimer.ui.illustrate.props import (
    arrow_rect,
    blocks_rect,
    draw_arrow,
    draw_band,
    draw_block,
    draw_floor,
    draw_level,
    draw_marks,
    floor_strip,
)

# The backdrop (floor, mat, step, cushion) and the parts of the body that stay still through
# the whole movement (all but the working leg in clamshells) only change with the size of
# the picture, so they are drawn once into an image and then copied: those behind everything
# that moves with the backdrop, those in front of it (the near arm in the glute bridge) into
# a second image laid over the moving parts.
_LAYERS: OrderedDict[tuple[object, ...], tuple[QImage, QPointF]] = OrderedDict()
# Enough for a full-screen session view and a page of small pictures; resizing a window
# makes a new layer per size, so the oldest go first.
_LAYERS_BYTES = 40 * 1024 * 1024


def still_parts(scene: Scene) -> frozenset[str]:
    """Names of the body parts that look the same in every frame of the movement."""
    cached = scene._cache.get("still")
    if cached is not None:
        return cached  # type: ignore[return-value]
    result: frozenset[str] = frozenset()
    if not (scene.track or scene.band):  # a moving camera or band: nothing stays put
        rect = QRectF(0, 0, 1000, 1000)
        looks: dict[str, object] = {}
        moving: set[str] = set()
        for *_, sk in frames(scene, 24):
            for part in build_parts(scene, sk, fit(scene, rect, False)):
                look = tuple(
                    (round(c[0], 6), round(c[1], 6), round(r, 6)) for c, r in part.circles()
                )
                if looks.setdefault(part.name, look) != look:
                    moving.add(part.name)
        result = frozenset(looks) - moving
    scene._cache["still"] = result
    return result


def _draw_backdrop(painter: QPainter, proj: Projection, rect: QRectF, scene: Scene) -> None:
    draw_floor(painter, proj, rect)
    if scene.direction:
        draw_arrow(painter, proj, scene.direction)
    for block in scene.blocks:
        draw_block(painter, proj, block)


def _layer_area(
    proj: Projection, rect: QRectF, scene: Scene, parts: list[Part], backdrop: bool
) -> QRectF:
    area = QRectF()
    if backdrop:
        area = floor_strip(proj, rect).united(blocks_rect(proj, scene))
        if scene.direction:
            area = area.united(arrow_rect(proj))
    grow = outline_width(proj.k) + 1.0
    for part in parts:
        area = area.united(part.bounds(grow))
    return area.intersected(rect)


def draw_still_layer(
    painter: QPainter,
    proj: Projection,
    rect: QRectF,
    scene: Scene,
    parts: list[Part],
    backdrop: bool = True,
) -> None:
    """Still parts (cached): with the backdrop behind everything that moves, or without it
    in front of everything that moves."""
    if not (backdrop or parts):
        return
    transform = painter.worldTransform()
    if transform.type().value > QTransform.TransformationType.TxTranslate.value:
        if backdrop:  # scaled or rotated: draw it directly
            _draw_backdrop(painter, proj, rect, scene)
        draw_parts(painter, parts, proj.k)
        return
    dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    names = tuple(p.name for p in parts)
    key = (
        scene.figure,
        scene.camera,
        scene.blocks,
        rect.width(),
        rect.height(),
        proj.mirror,
        dpr,
        names,
        backdrop,
    )
    hit = _LAYERS.get(key)
    if hit is None:
        area = _layer_area(proj, rect, scene, parts, backdrop)
        # Whole device pixels, so the copy lands exactly where direct drawing would.
        left, top = math.floor(area.left() * dpr) / dpr, math.floor(area.top() * dpr) / dpr
        width = max(1, math.ceil((area.right() - left) * dpr))
        height = max(1, math.ceil((area.bottom() - top) * dpr))
        area = QRectF(left, top, width / dpr, height / dpr)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(-area.left(), -area.top())
        if backdrop:
            _draw_backdrop(p, proj, rect, scene)
        draw_parts(p, parts, proj.k)
        p.end()
        hit = (image, area.topLeft() - rect.topLeft())
        _LAYERS[key] = hit
        while (
            len(_LAYERS) > 1 and sum(i.sizeInBytes() for i, _ in _LAYERS.values()) > _LAYERS_BYTES
        ):
            _LAYERS.popitem(last=False)
    else:
        _LAYERS.move_to_end(key)
    image, offset = hit
    painter.drawImage(rect.topLeft() + offset, image)


def scene_projection(scene: Scene, rect: QRectF, left: bool, sk: Skeleton) -> Projection:
    """How a body of the scene lands in rect, for the right side or (left) the left."""
    return fit(scene, rect, scene.flipped(left), scene.track_shift(sk))


def draw_scene(
    painter: QPainter,
    rect: QRectF,
    scene: Scene,
    mirrored: bool,
    movement: float,
    breathing: float = 0.0,
    returning: bool = False,
) -> None:
    """The exercise at one point of its movement. mirrored: the left side."""
    sk = scene.body(movement, breathing, returning)
    proj = scene_projection(scene, rect, mirrored, sk)
    parts = build_parts(scene, sk, proj)
    # Parts at the back that never move go into the cached layer with the backdrop; those
    # at the front into a cached layer of their own.
    still = still_parts(scene)
    n = 0
    while n < len(parts) and parts[n].name in still:
        n += 1
    m = len(parts)
    while m > n and parts[m - 1].name in still:
        m -= 1
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    draw_still_layer(painter, proj, rect, scene, parts[:n])
    if scene.marks:
        draw_marks(painter, proj, rect, scene.marks)
    if scene.band:
        draw_band(painter, proj, sk, front=False)
    draw_parts(painter, parts[n:m], proj.k)
    draw_still_layer(painter, proj, rect, scene, parts[m:], backdrop=False)
    if scene.band:
        draw_band(painter, proj, sk, front=True)
    if scene.hip_level:  # the hips' height now, over a dashed mark of where they started
        draw_level(painter, proj, scene.start_body(), mark=True)
        draw_level(painter, proj, sk, mark=False)
    painter.restore()
