"""The Qt-free model: routines, timelines and the session engine (standard library only)."""
