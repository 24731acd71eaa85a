"""The History window: charts of the work done, the balance between sides, the sessions.

Import this package only when the window is wanted: it loads pyqtgraph (about half a
second), so the app does not pay for it at start. The main window calls

    from hiptimer.ui.history import open_history
    open_history(self, store)        # e.g. from a "History" action with Ctrl+H

which shows the window (or brings an open one forward, refreshed) and returns it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from hiptimer.store import HistoryStore
    from hiptimer.ui.history.window import HistoryWindow

_open: dict[int, HistoryWindow] = {}


def prepare_history(parent: QWidget | None, store: HistoryStore) -> HistoryWindow:
    """The History window for `store`, built but not shown (the background preload
    builds it so the first Ctrl+H only shows it); the one already made, if any."""
    from hiptimer.ui.history.window import HistoryWindow

    window = _open.get(id(store))
    if window is None:
        window = HistoryWindow(store, parent)
        from hiptimer.ui.history.names import name_controls

        name_controls(window)
        _open[id(store)] = window
        window.destroyed.connect(lambda *_: _open.pop(id(store), None))
    return window


def open_history(parent: QWidget | None, store: HistoryStore) -> HistoryWindow:
    """Show the History window for `store`; one window per store, raised if already open."""
    found = id(store) in _open
    window = prepare_history(parent, store)
    if found:
        window.refresh()
    window.show()
    window.raise_()
    window.activateWindow()
    return window


__all__ = ["close_history", "open_history", "prepare_history"]


def close_history(store: HistoryStore) -> None:
    """Close the History window of `store`, if one is open (its profile is being left)."""
    window = _open.pop(id(store), None)
    if window is not None:
        window.close()
