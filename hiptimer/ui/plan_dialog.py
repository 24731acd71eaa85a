"""The weekly plan and reminders dialog: which days, at what time, and whether HipTimer
starts in the background at login to remind even with its window closed."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hiptimer.core.weeks import DAY_NAMES, DAY_SHORT_NAMES, WeeklyPlan

NO_DAY = QT_TRANSLATE_NOOP(
    "PlanDialog", "Choose at least one day: a plan needs a day to remind you on."
)


class PlanDialog(QDialog):
    def __init__(
        self, plan: WeeklyPlan, background: bool, profile: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PlanDialog", "Weekly plan — HipTimer"))
        self.days: list[QCheckBox] = []
        day_row = QHBoxLayout()
        for index, (name, short) in enumerate(zip(DAY_NAMES, DAY_SHORT_NAMES, strict=True)):
            box = QCheckBox(translate("Weeks", short))
            box.setObjectName(f"planDay{index}")
            box.setToolTip(translate("Weeks", name))
            box.setChecked(index in plan.days)
            box.toggled.connect(self._check)
            self.days.append(box)
            day_row.addWidget(box)
        self.time = QTimeEdit(QTime(plan.at.hour, plan.at.minute))
        self.time.setObjectName("planTime")
        self.time.setDisplayFormat("HH:mm")
        self.background = QCheckBox(
            translate("PlanDialog", "Run in the background at login (reminders with no window)")
        )
        self.background.setObjectName("backgroundCheck")
        self.background.setChecked(background)
        self.time.setAccessibleDescription(
            translate("PlanDialog", "The time of day a reminder comes on the planned days")
        )
        self.background.setAccessibleDescription(
            translate("PlanDialog", "Start HipTimer at login without a window, so reminders come")
        )
        self.problem = QLabel()
        self.problem.setObjectName("planProblem")
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("PlanDialog", "Days:"), day_row)
        form.addRow(translate("PlanDialog", "Remind at:"), self.time)
        intro = QLabel(
            translate(
                "PlanDialog",
                "The plan of profile {profile}. A week counts towards your streak when its "
                "planned sessions are done; a reminder comes at the planned time.",
            ).format(profile=repr(profile))
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.background)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        empty = not any(box.isChecked() for box in self.days)
        self.problem.setText(translate("PlanDialog", NO_DAY) if empty else "")
        self.problem.setVisible(empty)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not empty)

    def chosen(self) -> WeeklyPlan:
        from datetime import time

        days = tuple(i for i, box in enumerate(self.days) if box.isChecked())
        at = self.time.time()
        return WeeklyPlan(days, time(at.hour(), at.minute()))
