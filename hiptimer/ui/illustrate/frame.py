"""One whole picture: the backdrop (cached), the figure, and the props that move."""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform

from hiptimer.ui.illustrate.paint import Projection, build_parts, draw_parts, fit
from hiptimer.ui.illustrate.props import (
    arrow_rect,
    blocks_rect,
    draw_arrow,
    draw_band,
    draw_block,
    draw_floor,
    draw_marks,
    floor_strip,
)
from hiptimer.ui.illustrate.scene import Scene

# Backdrops (floor, mat, step, cushion) only change with the size of the picture, so each
# is drawn once into an image and then copied: the mat alone costs more than the figure.
_BACKDROPS: OrderedDict[tuple[object, ...], tuple[QImage, QPointF]] = OrderedDict()
_BACKDROPS_KEPT = 12


def _draw_backdrop(painter: QPainter, proj: Projection, rect: QRectF, scene: Scene) -> None:
    draw_floor(painter, proj, rect)
    if scene.direction:
        draw_arrow(painter, proj, scene.direction)
    for block in scene.blocks:
        draw_block(painter, proj, block)


def _backdrop_area(proj: Projection, rect: QRectF, scene: Scene) -> QRectF:
    area = floor_strip(proj, rect).united(blocks_rect(proj, scene))
    if scene.direction:
        area = area.united(arrow_rect(proj))
    return area.intersected(rect)


def draw_backdrop(painter: QPainter, proj: Projection, rect: QRectF, scene: Scene) -> None:
    transform = painter.worldTransform()
    if transform.type().value > QTransform.TransformationType.TxTranslate.value:
        _draw_backdrop(painter, proj, rect, scene)  # scaled or rotated: draw it directly
        return
    dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    key = (scene.figure, scene.camera, scene.blocks, rect.width(), rect.height(), proj.mirror, dpr)
    hit = _BACKDROPS.get(key)
    if hit is None:
        area = _backdrop_area(proj, rect, scene)
        width = max(1, math.ceil(area.width() * dpr))
        height = max(1, math.ceil(area.height() * dpr))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(-area.left(), -area.top())
        _draw_backdrop(p, proj, rect, scene)
        p.end()
        hit = (image, area.topLeft() - rect.topLeft())
        _BACKDROPS[key] = hit
        while len(_BACKDROPS) > _BACKDROPS_KEPT:
            _BACKDROPS.popitem(last=False)
    else:
        _BACKDROPS.move_to_end(key)
    image, offset = hit
    painter.drawImage(rect.topLeft() + offset, image)


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
    proj = fit(scene, rect, mirrored, scene.track_shift(sk))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    draw_backdrop(painter, proj, rect, scene)
    if scene.marks:
        draw_marks(painter, proj, rect, scene.marks)
    if scene.band:
        draw_band(painter, proj, sk, front=False)
    draw_parts(painter, build_parts(scene, sk, proj), proj.k)
    if scene.band:
        draw_band(painter, proj, sk, front=True)
    painter.restore()
