"""One whole picture: the backdrop (cached), the figure, and the props that move."""

from __future__ import annotations

import itertools
import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from hiptimer.present.pacing import BREATH_SECONDS, BREATHING_FPS, breathing_frame
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
# the step (through the whole movement, as all but the working leg in clamshells; in a
# hold, all that the breath does not move) only change with the size of the picture, so
# they are drawn once into an image and then copied: those behind everything that moves
# with the backdrop (on the paper colour, for a widget that fills its background: one
# opaque copy then paints every pixel), those in front of it (the near arm in the glute
# bridge) into a second image laid over the moving parts.
_LAYERS: OrderedDict[tuple[object, ...], tuple[QImage, QPointF]] = OrderedDict()
# Enough for a full-screen session view and a page of small pictures; resizing a window
# makes a new layer per size, so the oldest go first.
_LAYERS_BYTES = 40 * 1024 * 1024
# The poses a hold's breath takes (one a frame; see pacing.breathing_frame): only these
# are kept as layers (any other breathing is drawn directly, not cached).
_BREATH_POSES = round(BREATH_SECONDS * BREATHING_FPS)
_BREATHS = frozenset(breathing_frame(k / BREATHING_FPS) for k in range(_BREATH_POSES))


def still_parts(scene: Scene) -> frozenset[str]:
    """Names of the body parts that look the same in every frame of the movement."""
    cached = scene._cache.get("still")
    if cached is not None:
        return cached  # type: ignore[return-value]
    result: frozenset[str] = frozenset()
    if not (scene.track or scene.band):  # a moving camera or band: nothing stays put
        result = _looks(scene, [sk for *_, sk in frames(scene, 24)])
    scene._cache["still"] = result
    return result


def _looks(scene: Scene, bodies: list[Skeleton]) -> frozenset[str]:
    """Names of the parts that look the same in every one of these bodies."""
    rect = QRectF(0, 0, 1000, 1000)
    looks: dict[str, object] = {}
    moving: set[str] = set()
    for sk in bodies:
        for part in build_parts(scene, sk, fit(scene, rect, False)):
            look = tuple((round(c[0], 6), round(c[1], 6), round(r, 6)) for c, r in part.circles())
            if looks.setdefault(part.name, look) != look:
                moving.add(part.name)
    return frozenset(looks) - moving


def hold_still_parts(scene: Scene, movement: float) -> frozenset[str]:
    """Names of the parts that stay put while the figure holds at `movement` and only
    breathes (all of them for a scene without a breath)."""
    key = f"hold-still {movement!r}"
    cached = scene._cache.get(key)
    if cached is not None:
        return cached  # type: ignore[return-value]
    result: frozenset[str] = frozenset()
    if not (scene.track or scene.band):
        breaths = (0.0, 0.5, 1.0) if scene.motion.breathe is not None else (0.0,)
        result = _looks(scene, [scene.body(movement, b) for b in breaths])
    scene._cache[key] = result
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
    paper: QColor | None = None,
    pose: object = None,
) -> None:
    """Still parts (cached): with the backdrop behind everything that moves, or without it
    in front of everything that moves. paper: with the backdrop, fill the whole rect with
    this colour first (the layer is then opaque: a plain copy). pose: for parts that
    move, what tells their poses apart (each pose is a layer of its own)."""
    if not (backdrop or parts):
        return
    transform = painter.worldTransform()
    if transform.type().value > QTransform.TransformationType.TxTranslate.value:
        if backdrop:  # scaled or rotated: draw it directly
            if paper is not None:
                painter.fillRect(rect, paper)
            _draw_backdrop(painter, proj, rect, scene)
        draw_parts(painter, parts, proj.k)
        return
    paper = paper if backdrop else None
    dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    names = tuple(p.name for p in parts)
    key = (
        _token(scene),
        rect.width(),
        rect.height(),
        proj.mirror,
        dpr,
        names,
        backdrop,
        None if paper is None else paper.rgba(),
        pose,
    )
    hit = _LAYERS.get(key)
    if hit is None:
        area = rect if paper is not None else _layer_area(proj, rect, scene, parts, backdrop)
        # Whole device pixels, so the copy lands exactly where direct drawing would.
        left, top = math.floor(area.left() * dpr) / dpr, math.floor(area.top() * dpr) / dpr
        width = max(1, math.ceil((area.right() - left) * dpr))
        height = max(1, math.ceil((area.bottom() - top) * dpr))
        area = QRectF(left, top, width / dpr, height / dpr)
        # On the paper the layer is opaque: copied without blending, as fast as it gets.
        opaque = paper is not None and paper.alpha() == 255
        kind = QImage.Format.Format_RGB32 if opaque else QImage.Format.Format_ARGB32_Premultiplied
        image = QImage(width, height, kind)
        image.setDevicePixelRatio(dpr)
        image.fill(paper if paper is not None else QColor(Qt.GlobalColor.transparent))
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


def draw_moving(
    painter: QPainter,
    proj: Projection,
    rect: QRectF,
    scene: Scene,
    parts: list[Part],
    breath: tuple[float, bool] | None,
) -> None:
    """Parts that move. In a hold (breath: this frame's breathing, returning) the breath
    takes the same few poses over and over (pacing.breathing_frame): each pose is kept as
    a layer when a whole breath of them fits a fifth of the layers' memory budget."""
    if breath is not None and breath[0] in _BREATHS:
        # Whether a breath of these layers fits, worked out once per pose of the parts.
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        names = tuple(p.name for p in parts)
        key = (rect.width(), rect.height(), dpr, proj.mirror, names, breath)
        fits = scene._cache.setdefault("breath-fits", {})
        assert isinstance(fits, dict)
        if key not in fits:
            area = _layer_area(proj, rect, scene, parts, backdrop=False)
            fits[key] = area.width() * area.height() * dpr * dpr * 4 * _BREATH_POSES
        if fits[key] <= _LAYERS_BYTES / 5:
            draw_still_layer(painter, proj, rect, scene, parts, backdrop=False, pose=breath)
            return
    draw_parts(painter, parts, proj.k)


def moving_area(
    scene: Scene, rect: QRectF, left: bool, hold: bool, movement: float
) -> QRectF | None:
    """Where anything can change from one frame of the step to the next: the extent of
    the parts that move over the whole movement (or, in a hold, the whole breath), with
    their outlines and a margin; None when it is anywhere (a moving camera or band, a
    level line). A widget repaints only this much per frame."""
    if scene.track or scene.band or scene.hip_level:
        return None
    key = f"moving-area {rect.width()} {rect.height()} {left} {hold} {movement if hold else 0}"
    cached = scene._cache.get(key)
    if isinstance(cached, QRectF):
        return QRectF(cached)
    still = hold_still_parts(scene, movement) if hold else still_parts(scene)
    if hold:
        breaths = (0.0, 0.25, 0.5, 0.75, 1.0) if scene.motion.breathe is not None else ()
        bodies = [scene.body(movement, b) for b in breaths]
    else:
        bodies = [sk for *_, sk in frames(scene, 48)]
    area = QRectF()
    for sk in bodies:
        proj = scene_projection(scene, rect, left, sk)
        grow = outline_width(proj.k) + 3.0  # and a margin for the frames in between
        for part in build_parts(scene, sk, proj):
            if part.name not in still:
                area = area.united(part.bounds(grow))
    area = area.intersected(rect)
    scene._cache[key] = QRectF(area)
    return area


def _token(scene: Scene) -> object:
    """Stands for the scene in cache keys (hashing the scene's camera and props on every
    frame costs more than the rest of a hold's frame)."""
    token = scene._cache.get("token")
    if token is None:
        token = scene._cache["token"] = object()
    return token


def _hold_frame(
    scene: Scene, rect: QRectF, mirrored: bool, movement: float, breathing: float, returning: bool
) -> tuple[Skeleton, Projection, list[Part]]:
    """The body, camera fit and parts of one pose: kept for the poses a breathing hold
    takes over and over (a hold's frame then does next to no geometry)."""
    key = (rect.width(), rect.height(), mirrored, movement, breathing, returning)
    poses = scene._cache.setdefault("hold-poses", OrderedDict())
    assert isinstance(poses, OrderedDict)
    hit = poses.get(key)
    if hit is None:
        sk = scene.body(movement, breathing, returning)
        proj = scene_projection(scene, rect, mirrored, sk)
        hit = poses[key] = (sk, proj, build_parts(scene, sk, proj))
        while len(poses) > 4 * _BREATH_POSES:  # two sizes, both sides
            poses.popitem(last=False)
    return hit


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
    hold: bool = False,
    paper: QColor | None = None,
) -> None:
    """The exercise at one point of its movement. mirrored: the left side. hold: the
    figure holds this point of the movement and only breathes. paper: fill the rect with
    this colour first (otherwise what is below shows around the figure)."""
    if hold and breathing in _BREATHS:
        sk, proj, parts = _hold_frame(scene, rect, mirrored, movement, breathing, returning)
    else:
        sk = scene.body(movement, breathing, returning)
        proj = scene_projection(scene, rect, mirrored, sk)
        parts = build_parts(scene, sk, proj)
    # Parts at the back that stay put through the step go into the cached layer with the
    # backdrop; those at the front into a cached layer of their own.
    still = hold_still_parts(scene, movement) if hold else still_parts(scene)
    n = 0
    while n < len(parts) and parts[n].name in still:
        n += 1
    m = len(parts)
    while m > n and parts[m - 1].name in still:
        m -= 1
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    draw_still_layer(painter, proj, rect, scene, parts[:n], paper=paper)
    if scene.marks:
        draw_marks(painter, proj, rect, scene.marks)
    if scene.band:
        draw_band(painter, proj, sk, front=False)
    # In between, runs of parts that stay put (the legs of a breathing stretch, between
    # the arms and the torso) are copied from layers of their own too.
    breath = (breathing, returning) if hold and scene.motion.breathe is not None else None
    for still_run, run in itertools.groupby(parts[n:m], key=lambda part: part.name in still):
        if still_run:
            draw_still_layer(painter, proj, rect, scene, list(run), backdrop=False)
        else:
            draw_moving(painter, proj, rect, scene, list(run), breath)
    draw_still_layer(painter, proj, rect, scene, parts[m:], backdrop=False)
    if scene.band:
        draw_band(painter, proj, sk, front=True)
    if scene.hip_level:  # the hips' height now, over a dashed mark of where they started
        draw_level(painter, proj, scene.start_body(), mark=True)
        draw_level(painter, proj, sk, mark=False)
    painter.restore()
