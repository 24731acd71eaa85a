"""Drawn illustrations of the exercises.

The public face, used by every window and by the handout:
- `FigureView`: a widget showing one exercise on one side at a point of its movement.
- `render_figure(...) -> QImage` and `draw_illustration(painter, rect, ...)`: one frame.
- `render_still(...)` and `draw_still(...)`: start and peak side by side, for lists,
  the start view and the handout.
A figure id without drawn poses (a custom exercise) gets a tidy card with its name.

Movement: 0 is the start pose, 1 the peak; the session moves it up, holds it at the peak,
and brings it back down. Poses are drawn for the right side and mirrored for the left; the
working leg is always the highlighted one. For lateral band steps the way up is the lead
foot stepping out and the way back down is the other foot following (FigureView notices the
direction), with the camera travelling along, so repetitions join up without a jump.

How it works: poses are keyframes of joint angles (poses.py) for a small 3-D skeleton
(skeleton.py), eased between keys with hands and feet kept on their contacts (motion.py),
seen through a fixed camera per exercise (scene.py) and painted back to front as rounded
limbs (paint.py) over a cached backdrop of floor, mat and props (props.py, frame.py).
"""

from hiptimer.ui.illustrate.view import (
    FigureView,
    draw_illustration,
    draw_still,
    has_figure,
    render_figure,
    render_still,
)

__all__ = [
    "FigureView",
    "draw_illustration",
    "draw_still",
    "has_figure",
    "render_figure",
    "render_still",
]
