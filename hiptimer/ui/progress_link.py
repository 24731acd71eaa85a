"""The progression side of the history link (issue 15): today's suggested doses on the
start screen, the morning question, and the quick answers at the end with
what changes next time. Mixed into HistoryLink, which holds the store and the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hiptimer.core.progression import Feedback
    from hiptimer.store import HistoryStore, SessionRecorder
    from hiptimer.ui.main_window import MainWindow


class ProgressLink:
    """Needs `window`, `store` and `recorder`, as HistoryLink has them."""

    window: MainWindow
    store: HistoryStore | None
    recorder: SessionRecorder | None

    def refresh_progress(self, note: str | None = None) -> None:
        """Today's suggested dose per exercise and side on the start screen (issue 15)."""
        from hiptimer.core.progression import Change, decision_line, plan_for
        from hiptimer.store.progress import suggestions

        start = self.window.start_screen
        if self.store is None or not self.store.session_count():
            # Nothing to go by yet: the routine's doses, at each ladder's first level.
            starting = {
                e.id: label
                for e in self.window.routine.exercises
                if (label := plan_for(e.id).ladder.label_text(plan_for(e.id).start_level))
            }
            start.show_progress({}, "", starting)
            return
        from hiptimer.store.progress import session_needing_morning

        start.ask_morning(session_needing_morning(self.store) is not None)
        found = suggestions(self.store, self.window.routine)
        lines: dict[str, list[str]] = {}
        for s in found:
            lines.setdefault(s.exercise.id, []).append(decision_line(s.side, s.decision, s.plan))
        levels: dict[str, set[str]] = {}
        for s in found:
            if (label := s.plan.ladder.label_text(s.current.level)) is not None:
                levels.setdefault(s.exercise.id, set()).add(label)
        # One level for both sides shows with the dose; different ones show per side.
        shared = {key: next(iter(v)) for key, v in levels.items() if len(v) == 1}
        changes = sum(s.decision.change is not Change.SAME for s in found)
        if note is None:
            note = (
                # The session still runs the routine's one dose for both sides: taking a
                # per-side dose into the session is not built yet, so none is offered.
                f"{changes} suggested change{'s' * (changes != 1)} for today. The session "
                "counts the routine's own dose; a trainer changes it in Routines (Ctrl+R)."
                if changes
                else "Doses stay as they are today."
            )
        start.show_progress(lines, note, shared)

    def morning_answered(self, answer: str) -> None:
        """The answer about this morning's pain, kept with the session that had it."""
        from hiptimer.core.progression import Morning
        from hiptimer.store import StoreError
        from hiptimer.store.progress import save_morning, session_needing_morning

        if self.store is None:
            return
        session = session_needing_morning(self.store)
        if session is None:
            return
        try:
            save_morning(self.store, session, Morning(answer))
        except StoreError as error:
            self.window.notify(str(error))
            return
        self.refresh_progress()

    def answers_given(self, answers: list[Feedback]) -> None:
        """Keep the quick answers with this session (and the level each side used), then
        say on the end screen what will change next time."""
        from dataclasses import replace

        from hiptimer.core.progression import Change, dose_text, plan_for
        from hiptimer.store import StoreError
        from hiptimer.store.progress import current_dose, outcomes, save_feedback, suggestions

        store, recorder = self.store, self.recorder
        if store is None or recorder is None or recorder.session_id is None:
            return
        routine = self.window.routine
        with_levels = []
        for answer in answers:
            try:
                exercise = routine.exercise(answer.exercise_id)
            except KeyError:
                continue
            plan = plan_for(exercise.id)
            side = answer.side or None
            dose = current_dose(store, exercise, side, plan, outcomes(store, exercise, side, plan))
            with_levels.append(replace(answer, level=plan.ladder.label(dose.level)))
        try:
            save_feedback(store, recorder.session_id, with_levels)
        except (StoreError, ValueError) as error:
            self.window.notify(str(error))
            return
        changes = [s for s in suggestions(store, routine) if s.decision.change is not Change.SAME]
        self.refresh_progress()
        if not changes:
            self.window.end_screen.show_next_time("Next time: the same doses.")
            return
        parts = [
            f"{s.exercise.name}{' ' + s.side if s.side else ''}"
            f" {dose_text(s.decision.dose, s.plan, per_side=False)} ({s.decision.change.value})"
            for s in changes
        ]
        self.window.end_screen.show_next_time("Suggested for next time: " + "; ".join(parts) + ".")
