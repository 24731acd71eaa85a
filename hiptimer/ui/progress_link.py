"""The progression side of the history link (issue 15): today's suggested doses on the
start screen, the morning question, and the quick answers at the end with
what changes next time. Mixed into HistoryLink, which holds the store and the window.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from hiptimer.core.i18n import translate

if TYPE_CHECKING:
    from hiptimer.core.progression import Feedback
    from hiptimer.core.routine import Routine
    from hiptimer.core.session import SetResult
    from hiptimer.core.timeline import SideDoses
    from hiptimer.store import HistoryStore, SessionRecorder
    from hiptimer.ui.main_window import MainWindow


class ProgressLink:
    """Needs `window`, `store` and `recorder`, as HistoryLink has them."""

    window: MainWindow
    store: HistoryStore | None
    recorder: SessionRecorder | None

    def refresh_progress(self, note: str | None = None) -> None:
        """Today's dose per exercise and side on the start screen, the suggested changes
        with their reasons, and the doses the next session runs (issue 15)."""
        from hiptimer.core.progression import Change, decision_line
        from hiptimer.present.dosing import row_dose_text
        from hiptimer.store.progress import suggestions

        window, start = self.window, self.window.start_screen
        routine = window.routine
        today = self.doses_for(routine)
        if self.store is not None and self.store.closed:
            return  # closed under this link (a test's crash): nothing to read
        if not window.controller.active:
            window.timeline = window._compile()
            start.show_times(window.timeline)
        doses = {e.id: row_dose_text(e, today or {}) for e in routine.exercises}
        if self.store is None or not self.store.session_count():
            # Nothing to go by yet: the routine's doses, at each ladder's first level.
            start.show_progress({}, "", doses)
            return
        from hiptimer.store.progress import session_needing_morning

        start.ask_morning(session_needing_morning(self.store) is not None)
        found = suggestions(self.store, routine)
        lines: dict[str, list[str]] = {}
        for s in found:
            lines.setdefault(s.exercise.id, []).append(decision_line(s.side, s.decision, s.plan))
        changes = sum(s.decision.change is not Change.SAME for s in found)
        if note is None:
            note = (
                translate(
                    "ProgressLink",
                    "%n suggested change(s) for today: A (Accept today's doses) runs them;"
                    " without it, the session runs the doses shown in the list.",
                    None,
                    changes,
                )
                if changes
                else translate("ProgressLink", "Doses stay as they are today.")
            )
        start.show_progress(lines, note, doses, can_accept=bool(changes))

    def doses_for(self, routine: Routine) -> SideDoses | None:
        """The dose each exercise runs today on each side (None without a history)."""
        from hiptimer.store.progress import today_doses

        if self.store is None or self.store.closed:
            return None
        from hiptimer.store import StoreError

        try:
            return today_doses(self.store, routine)
        except StoreError as error:
            self.window.notify(str(error))
            return None

    def resume_index(self, saved: int, earlier: list[SetResult]) -> int:
        """Where a session cut short goes on: after its last set kept, in the timeline it
        runs with today's doses per side (the store counts steps without them)."""
        if not earlier:
            return saved
        steps = len(self.window._compile(exact=True).steps)
        return min(max(r.step_index for r in earlier) + 1, steps - 1)

    def accept_today(self) -> None:
        """A on the start screen: today's suggested doses become the current ones, dated,
        and the next session runs them."""
        from hiptimer.store import StoreError
        from hiptimer.store.progress import accept, suggestions

        if self.store is None or self.window.controller.active:
            return
        try:
            changed = accept(
                self.store, suggestions(self.store, self.window.routine), self.window.clock.wall()
            )
        except StoreError as error:
            self.window.notify(str(error))
            return
        self.refresh_progress(
            translate(
                "ProgressLink",
                "%n suggested change(s) accepted: the session runs the doses in the list.",
                None,
                changed,
            )
        )

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
        """Keep the quick answers with this session, and the level each side ran at (also
        for a side whose questions were skipped), then say on the end screen what will
        change next time."""
        from hiptimer.core.progression import Change, Feedback, dose_text
        from hiptimer.core.text import inert
        from hiptimer.present.dosing import side_steps
        from hiptimer.store import StoreError
        from hiptimer.store.progress import save_feedback, suggestions

        store, recorder = self.store, self.recorder
        session = self.window.session
        if store is None or recorder is None or recorder.session_id is None or session is None:
            return
        routine = self.window.routine
        given = {(a.exercise_id, a.side): a for a in answers}
        done = {(r.exercise_id, r.side) for r in session.results if not r.skipped or r.reps_done}
        rows = []
        for (exercise_id, side), step in side_steps(session.timeline).items():
            key = (exercise_id, "" if side is None else side.value)
            if key in given or (exercise_id, side) in done:
                answer = given.get(key, Feedback(exercise_id, key[1]))
                rows.append(replace(answer, level=step.level))
        try:
            save_feedback(store, recorder.session_id, rows)
        except (StoreError, ValueError) as error:
            self.window.notify(str(error))
            return
        changes = [s for s in suggestions(store, routine) if s.decision.change is not Change.SAME]
        self.refresh_progress()
        if not changes:
            self.window.end_screen.show_next_time(
                translate("ProgressLink", "Next time: the same doses.")
            )
            return
        parts = [
            translate("ProgressLink", "{exercise} {side} {dose} ({change}: {reason})")
            .format(
                exercise=inert(s.exercise.name),
                side=s.side or "",
                dose=dose_text(s.decision.dose, s.plan, per_side=False),
                change=s.decision.change.value,
                reason=s.decision.reason,
            )
            .replace("  ", " ")
            for s in changes
        ]
        suggested = translate("ProgressLink", "Suggested for next time: {changes}.")
        self.window.end_screen.show_next_time(suggested.format(changes="; ".join(parts)))
