"""Drawn illustrations of the exercises.

The public face, used by every window and by the handout:
- `FigureView`: a widget showing one exercise on one side at a point of its movement.
- `render_figure(...) -> QImage`: the same drawing as a still picture.
A figure id without drawn poses (a custom exercise) gets a tidy card with its name.
"""

from hiptimer.ui.illustrate.view import FigureView, render_figure

__all__ = ["FigureView", "render_figure"]
