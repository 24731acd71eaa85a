"""Drawn illustrations of the exercises.

The public face, used by every window and by the handout:
- `FigureView`: a widget showing one exercise on one side at a point of its movement.
- `render_figure(...) -> QImage` and `draw_illustration(painter, rect, ...)`: one frame.
- `render_still(...)` and `draw_still(...)`: start and peak side by side, for lists,
  the start view and the handout.
A figure id without drawn poses (a custom exercise) gets a tidy card with its name.

Movement: 0 is the start pose, 1 the peak; the session moves it up, holds it at the peak,
and brings it back down. Poses are made for the right side; the left side is drawn as the
screen mirror of the right. The working leg is always the highlighted one.

Which way round (one convention with the side badge, "RIGHT ▶" / "◀ LEFT"): a figure
that faces the viewer (band steps, hip hikes, clamshells) is drawn as the person's mirror
image, so their right side is on the screen's right, and the working leg, the badge's arrow
and the floor arrow of a travelling figure all point the same way. A side view (bridge,
donkey kicks, hip flexor stretch) is seen from the working side, so the working leg is the
near one, drawn in front in the bright working colour; a body seen from its right faces the
screen's right (kneeling, on all fours) or lies with its feet to the right (on its back).
tests/ui/test_illustrate_sides.py checks both for every exercise and side.

For lateral band steps the way up is the lead foot stepping out and the way back down is
the other foot following (FigureView notices the direction), with the camera travelling
along, so repetitions join up without a jump.

How it works: poses are keyframes of joint angles (hiptimer.present.poses) for a small 3-D
skeleton (present.skeleton), eased between keys with hands and feet kept on their contacts
(present.motion), seen through a fixed camera per exercise (present.scene): all Qt-free. Here
they are painted back to front as rounded limbs (paint.py) over a cached backdrop of floor,
mat and props (props.py, frame.py).
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
