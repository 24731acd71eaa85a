"""Start the Qt application."""

from __future__ import annotations

import argparse
import sys

from hiptimer.cli import load_routine
from hiptimer.core.timeline import compile_routine, dose_text


def run_app(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QVBoxLayout, QWidget

    routine = load_routine(args.routine)
    timeline = compile_routine(routine)
    app = QApplication.instance() or QApplication(sys.argv)
    window = QWidget()
    window.setWindowTitle(f"HipTimer: {routine.name}")
    layout = QVBoxLayout(window)
    minutes = round(timeline.total_seconds / 60)
    layout.addWidget(QLabel(f"<h2>{routine.name}</h2><p>About {minutes} minutes</p>"))
    exercises = QListWidget()
    for exercise in routine.exercises:
        exercises.addItem(f"{exercise.name}: {dose_text(exercise)}")
    layout.addWidget(exercises)
    window.resize(640, 480)
    window.show()
    return app.exec()
