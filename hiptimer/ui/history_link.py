"""The history side of the link between the main window and one profile.

The store opens after the first paint, so the window shows at once; sessions keep
running if the history cannot be written, and the window says so. Loaded after the
first paint with the rest of the profile link's work (start-up time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hiptimer.core.i18n import translate
from hiptimer.ui.history_recovery import HistoryRecovery
from hiptimer.ui.progress_link import ProgressLink

if TYPE_CHECKING:
    # Loaded when first needed, after the first paint: each new Qt class costs start-up
    # time (PySide6 builds its enums on first use), and so does the datetime module.
    from collections.abc import Callable
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QMessageBox

    from hiptimer.core.routine import Routine
    from hiptimer.core.session import Event, Session
    from hiptimer.core.weeks import WeeklyPlan
    from hiptimer.store import HistoryStore, InterruptedSession, SessionRecorder, StoreError
    from hiptimer.store.charts import SessionSummary
    from hiptimer.ui.end_view import EndScreen
    from hiptimer.ui.main_window import MainWindow
    from hiptimer.ui.reminders import Reminders

# How often a session waiting in memory (a full disk) is tried again.
RETRY_MS = 10_000


class HistoryLink(ProgressLink, HistoryRecovery, QObject):
    """One profile's history behind the main window: opened after the first paint, with
    recovery questions for a damaged or foreign file and the offer to resume a session
    cut short; each session recorded as it runs, kept in memory and retried when the
    disk is full, exportable as CSV when it cannot be saved. ProfileLink builds on it."""

    def __init__(self, window: MainWindow, profile: str) -> None:
        super().__init__(window)
        self.window = window
        self.profile = profile
        self.store: HistoryStore | None = None
        self.recorder: SessionRecorder | None = None
        # The open question box (recovery, resume), for tests and to avoid stacking them.
        self.question: QMessageBox | None = None
        self._resuming: InterruptedSession | None = None
        # A damaged-history question is open or was closed unanswered.
        self._recovery_pending = False
        self._retry: QTimer | None = None
        self._export_connected = False
        self._unsaved_shown = False
        # Earlier sessions of this run that could not be written yet (a full disk).
        self._waiting: list[SessionRecorder] = []
        # Reminders run once HipTimer asks for them (the app, not tests), and follow
        # the profile when it changes.
        self.reminders: Reminders | None = None
        self._reminders_wanted = False
        self.plan_dialog: QDialog | None = None
        self._damage_waiting: str | None = None  # found after opening, not yet handled
        window.set_profile(profile)
        window.session_started.connect(self._session_started)
        window.feedback_saved.connect(self._feedback_saved)
        window.start_screen.morning_answered.connect(self.morning_answered)
        window.start_screen.accept_requested.connect(self.accept_today)
        window.dose_source = self.doses_for  # each side's dose of today (ProgressLink)
        window.start_screen.routine_shown.connect(self.refresh_progress)
        self.with_end_screen(lambda screen: screen.answers_given.connect(self.answers_given))

    def with_end_screen(self, attach: Callable[[EndScreen], object]) -> None:
        """attach(the window's end screen) now if it is made, else the moment it is: the
        window makes it when a session first ends, not before its first paint (its module
        and the Qt enums it uses cost start-up time, benchmarks/startup.py)."""
        window = self.window
        if window._end_screen is not None:
            attach(window._end_screen)
            return

        def added(_index: int) -> None:
            screen = window._end_screen
            if screen is not None:
                window.stack.widgetAdded.disconnect(added)
                attach(screen)

        window.stack.widgetAdded.connect(added)

    def open_store(self) -> None:
        """Open this profile's history; a damaged file is explained and a backup offered."""
        from hiptimer.profiles.folders import open_history
        from hiptimer.store import StoreError, StoreRecovery

        try:
            self.store = open_history(self.profile, background_check=True)
        except StoreRecovery as recovery:
            self._offer_backup(recovery)
            return
        except StoreError as error:
            self.store = None
            self.window.show_message(
                True,
                translate("HistoryLink", "History"),
                translate(
                    "HistoryLink", "Your history cannot be opened, so sessions will not be saved."
                ),
                translate("HistoryLink", "{error}\n\nYou can still follow the routine.").format(
                    error=error
                ),
            )
            return
        self._store_ready()

    def _store_ready(self) -> None:
        store = self.store
        if store is None:
            return
        self._recovery_pending = False
        if store.notices:
            # Said at once, plainly: a read-only history would fail only later otherwise.
            text = (
                translate(
                    "HistoryLink", "Your history is read-only: new sessions will not be saved."
                )
                if store.read_only
                else translate("HistoryLink", "A file beside your history was set aside.")
            )
            self.window.show_message(
                True, translate("HistoryLink", "History"), text, "\n\n".join(store.notices)
            )
            if store.read_only:
                self.window.notify(
                    translate("HistoryLink", "The history is read-only: sessions are not saved.")
                )
        if store.backup_problem:
            self.window.notify(store.backup_problem)
        self.refresh_recent()
        self._offer_resume()
        if self._reminders_wanted:
            self.start_reminders()

    def _set_aside(self) -> None:
        """Damage found after opening: handled as at opening (moved aside, backup offered)."""
        from hiptimer.store.recovery import set_aside_damaged
        from hiptimer.ui.history import close_history

        store, problem, self._damage_waiting = self.store, self._damage_waiting, None
        if store and problem:
            self._last_try_before_closing()
            close_history(store)
            self.stop_reminders()
            self._offer_backup(set_aside_damaged(store, problem))

    def _offer_resume(self) -> None:
        store = self.store
        if store is None or self.window.session_active:
            return
        waiting = store.interrupted_sessions()
        if not waiting:
            return
        newest = max(waiting, key=lambda s: s.started_at)
        for older in waiting:
            if older is not newest:
                store.mark_interrupted(older.session_id)
        from datetime import datetime

        began = datetime.fromtimestamp(newest.started_at)
        when = translate("HistoryLink", "{weekday} {day} {month} at {time}").format(
            weekday=f"{began:%A}", day=began.day, month=f"{began:%B}", time=f"{began:%H:%M}"
        )

        def answered(choice: int) -> None:
            if choice == 0:
                self.resume(newest)
            elif self.store is not None:
                self.store.mark_interrupted(newest.session_id)
                self.refresh_recent()

        planned = newest.sets_planned  # a plain name: lupdate skips an expression count
        self._ask(
            translate("HistoryLink", "Your last session was cut short."),
            translate(
                "HistoryLink",
                "{routine}, {when}: {saved} of %n sets were saved. Go on from where it stopped, "
                "or keep it in your history as interrupted?",
                None,
                planned,
            ).format(routine=newest.routine.name, when=when, saved=newest.sets_saved),
            [translate("HistoryLink", "Resume"), translate("HistoryLink", "Keep as interrupted")],
            answered,
        )

    def _session_started(self, session: Session) -> None:
        from hiptimer.store import SessionRecorder, StoreError

        resuming, self._resuming = self._resuming, None
        if self._unsaved_shown:
            self.window.end_screen.clear_unsaved()  # said of the last session, not this one
            self._unsaved_shown = False
        if self.recorder is not None and not self.recorder.saved:
            # An earlier session still waiting for disk space keeps waiting in memory.
            self._waiting.append(self.recorder)
        self.recorder = None
        if self.store is None:
            self.window.notify(
                translate(
                    "HistoryLink", "This session is not being saved: the history is not open."
                )
            )
            return
        if self.store.read_only:
            self.window.notify(
                translate(
                    "HistoryLink", "This session is not being saved: the history is read-only."
                )
            )
        try:
            if resuming is not None:
                self.recorder = SessionRecorder.resume(
                    self.store,
                    session,
                    resuming,
                    clock=self.window.clock,
                    on_error=self._store_failed,
                )
            else:
                # A first write that fails (a full disk) leaves the session in memory.
                self.recorder = SessionRecorder(
                    self.store,
                    session,
                    session.timeline.routine,
                    clock=self.window.clock,
                    on_error=self._store_failed,
                )
        except StoreError as error:
            self._store_failed(error)
            return
        if not self.recorder.saved:
            self._retry_timer().start()
        session.subscribe(self._session_event)

    def _session_event(self, event: Event) -> None:
        from hiptimer.core.session import SessionFinished

        if isinstance(event, SessionFinished):
            if self._damage_waiting is not None:
                return self._set_aside()
            self.refresh_recent()
            recorder = self.recorder
            if recorder is not None and not recorder.saved:
                self._show_unsaved()
                return
            # Today's backup takes in this session (and a window open for days still
            # gets one a day): a restore never loses the day's work.
            if self.store is not None:
                self.store.refresh_backup()
                if self.store.backup_problem:
                    self.window.notify(self.store.backup_problem)

    def _store_failed(self, error: StoreError) -> None:
        self.window.notify(str(error))
        recorder = self.recorder
        if recorder is not None and not recorder.saved:
            self._retry_timer().start()

    def _retry_timer(self) -> QTimer:
        """Tries again, every RETRY_MS, to write what waits in memory (a full disk)."""
        if self._retry is None:
            from PySide6.QtCore import QTimer

            self._retry = QTimer(self)
            self._retry.setInterval(RETRY_MS)
            self._retry.timeout.connect(self.retry_saving)
        return self._retry

    def retry_saving(self) -> bool:
        """Write what waits; True when nothing waits any more."""
        before = len(self._waiting)
        self._waiting = [older for older in self._waiting if not older.flush()]
        if len(self._waiting) < before:
            self.window.notify(
                translate("HistoryLink", "An earlier session that waited in memory is now saved.")
            )
        recorder = self.recorder
        if recorder is None or recorder.saved:
            if self._retry is not None and not self._waiting:
                self._retry.stop()
            return not self._waiting
        was_shown = self.window.end_screen.is_unsaved if self._end_shown() else False
        if not recorder.flush():
            return False
        if self._retry is not None and not self._waiting:
            self._retry.stop()
        self.window.notify(
            translate(
                "HistoryLink", "The session that waited in memory is now saved in your history."
            )
        )
        if was_shown:
            self.window.end_screen.clear_unsaved()
            if (
                recorder.session.outcome is not None
                and not self.window.end_screen.save_button.isEnabled()
            ):
                self.window.end_screen.mark_saved()
        self.refresh_recent()
        if self.store is not None:
            self.store.refresh_backup()
        return not self._waiting

    def _last_try_before_closing(self) -> None:
        """This history closes: write what waits, and say plainly what could not be."""
        unsaved = [r for r in (*self._waiting, self.recorder) if r is not None and not r.flush()]
        self._waiting = []
        self.recorder = None
        if self._retry is not None:
            self._retry.stop()
        if unsaved:
            count = len(unsaved)
            lost = (
                translate(
                    "HistoryLink",
                    "%n session of {profile} could not be saved: the history could not be "
                    "written, so it is not in it.",
                    None,
                    count,
                )
                if count == 1
                else translate(
                    "HistoryLink",
                    "%n sessions of {profile} could not be saved: the history could not be "
                    "written, so they are not in it.",
                    None,
                    count,
                )
            )
            self.window.notify(lost.format(profile=self.profile))

    def _end_shown(self) -> bool:
        screen = self.window._end_screen  # not made until a session first ends
        return screen is not None and self.window.stack.currentWidget() is screen

    def _show_unsaved(self) -> None:
        recorder = self.recorder
        if recorder is None:
            return
        reason = str(recorder.last_error) if recorder.last_error else ""
        full = "disk" in reason and "full" in reason
        why = (
            translate("HistoryLink", "the disk holding your history is full")
            if full
            else translate("HistoryLink", "your history cannot be written")
        )
        screen = self.window.end_screen
        self._unsaved_shown = True
        screen.show_unsaved(
            translate(
                "HistoryLink",
                "This session could not be saved: {why}. HipTimer tries again while it stays "
                "open, but if it is closed first, the session is lost. "
                "Export it as CSV to keep it.",
            ).format(why=why)
        )
        if not self._export_connected:
            screen.export_requested.connect(self.export_unsaved)
            self._export_connected = True
        self._retry_timer().start()

    def export_unsaved(self, target: str | None = None) -> Path | None:
        """Write the session that is not in the history to a CSV file the person picks."""
        from pathlib import Path

        from hiptimer.exchange.csv_export import CsvExportError, export_session_csv

        recorder = self.recorder
        if recorder is None:
            return None
        if target is None:
            from datetime import datetime

            from PySide6.QtWidgets import QFileDialog

            name = (
                f"hiptimer-session-{datetime.fromtimestamp(recorder.started_at):%Y-%m-%d-%H%M}.csv"
            )
            target, _filter = QFileDialog.getSaveFileName(
                self.window,
                translate("HistoryLink", "Export this session"),
                str(Path.home() / name),
                translate("HistoryLink", "CSV files (*.csv)"),
            )
            if not target:
                return None
        effort, note = recorder.feedback or (None, "")
        try:
            count = export_session_csv(
                target,
                self.profile,
                recorder.routine,
                recorder.results,
                effort=effort,
                note=note,
            )
        except CsvExportError as error:
            self.window.show_message(
                True,
                translate("HistoryLink", "Export"),
                translate("HistoryLink", "The session could not be exported."),
                str(error),
            )
            return None
        exported = translate(
            "HistoryLink", "Exported this session (%n sets) to {path}.", None, count
        )
        self.window.notify(exported.format(path=target))
        return Path(target)

    def _feedback_saved(self, effort: int, note: str) -> None:
        from hiptimer.store import StoreError

        if self.recorder is None:
            return
        try:
            self.recorder.save_feedback(effort, note)
        except StoreError as error:
            self._store_failed(error)
            self._show_unsaved()
        self.refresh_recent()

    def refresh_recent(self) -> None:
        if self.store is None:
            self.window.start_screen.set_recent_activity("")
            self.window.start_screen.set_week_progress("")
            return
        from datetime import datetime

        from hiptimer.core.wording import week_progress_text
        from hiptimer.store.charts import last_session, week_progress

        summary = last_session(self.store)
        self.window.start_screen.set_recent_activity(recent_text(summary))
        today = datetime.fromtimestamp(self.window.clock.wall()).date()
        progress = week_progress(self.store, today)
        self.window.start_screen.set_week_progress(
            week_progress_text(progress.done, progress.planned, progress.streak)
        )
        self.refresh_progress()

    def start_reminders(self) -> None:
        """Remind at the planned times while HipTimer runs (window open or in the
        background); "Start now" shows the window and starts the routine."""
        self._reminders_wanted = True
        if self.store is None or self.reminders is not None:
            return
        from hiptimer.ui.reminders import Reminders, best_notifier, start_from_reminder

        self.reminders = Reminders(self.store, self.window.clock, best_notifier(self), self)
        self.reminders.start_requested.connect(lambda: start_from_reminder(self.window))
        self.reminders.start()

    def stop_reminders(self) -> None:
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders.deleteLater()
            self.reminders = None

    def open_plan_dialog(self) -> None:
        """The weekly plan, the reminder time and the start at login, for this profile."""
        if self.store is None:
            self.window.notify(
                translate("HistoryLink", "The history is not open: the plan cannot be changed now.")
            )
            return
        from hiptimer.exchange import autostart
        from hiptimer.ui.plan_dialog import PlanDialog

        dialog = PlanDialog(
            self.store.weekly_plan, autostart.is_enabled(), self.profile, self.window
        )
        self.plan_dialog = dialog

        def save() -> None:
            self.save_plan(dialog.chosen(), dialog.background.isChecked())

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_plan(self, plan: WeeklyPlan, background: bool) -> None:
        from hiptimer.exchange import autostart
        from hiptimer.store import StoreError

        if self.store is None:
            return
        try:
            self.store.set_weekly_plan(plan)
        except StoreError as error:
            self.window.show_message(
                True,
                translate("HistoryLink", "Weekly plan"),
                translate("HistoryLink", "The plan could not be saved."),
                str(error),
            )
            return
        if self.reminders is not None:
            self.reminders.replan()
        self.refresh_recent()
        try:
            if background:
                autostart.enable(autostart.background_command(self.profile))
            else:
                autostart.disable()
        except OSError as error:
            self.window.show_message(
                True,
                translate("HistoryLink", "Start at login"),
                translate(
                    "HistoryLink",
                    "HipTimer could not change its start at login; the plan itself is saved.",
                ),
                str(error),
            )

    def close_store(self) -> None:
        """HipTimer quits: write what waits one last time, then close the history."""
        if self._retry is not None:
            self._retry.stop()
        self.stop_reminders()
        for older in self._waiting:
            older.flush()
        if self.recorder is not None:
            self.recorder.flush()
        if self.store is not None:
            self.store.close()
            self.store = None

    # --- resuming --------------------------------------------------------------------

    def resume(self, interrupted: InterruptedSession) -> None:
        earlier = []
        if self.store is not None:
            earlier = [row.as_result() for row in self.store.session_sets(interrupted.session_id)]
        self.window.set_routine(interrupted.routine, self.pictures_of(interrupted.routine))
        self._resuming = interrupted
        index = self.resume_index(interrupted.resume_index, earlier)  # today's doses per side
        self.window.start_session(index, exact=True, earlier=earlier)

    def pictures_of(self, routine: Routine) -> dict[str, bytes] | None:
        """The profile's pictures for the routine's own exercises (None: name cards)."""
        if not any(exercise.picture for exercise in routine.exercises):
            return None
        from hiptimer.profiles.saved import LibraryError, LibraryStore

        try:
            return dict(LibraryStore.for_profile(self.profile).bundle(routine).pictures)
        except LibraryError as error:
            missing = translate("HistoryLink", "Some pictures cannot be shown: {error}.")
            self.window.notify(missing.format(error=error))
            return None


def recent_text(summary: SessionSummary | None, now: datetime | None = None) -> str:
    """'Last session: Tuesday, 21 min, effort 6' from the store's summary of it."""
    if summary is None:
        return translate("history_link", "No sessions yet: your first one starts your history.")
    from datetime import datetime

    from hiptimer.ui.locale_format import day_month, weekday

    started = datetime.fromtimestamp(summary.started_at)
    days = ((now or datetime.now()).date() - started.date()).days
    if days == 0:
        day = translate("history_link", "today")
    elif days == 1:
        day = translate("history_link", "yesterday")
    elif days < 7:
        day = weekday(started, short=False)
    else:
        day = day_month(started, short=False)
    parts = [translate("history_link", "Last session: {day}").format(day=day)]
    if summary.minutes is not None and round(summary.minutes) > 0:
        minutes = translate("history_link", "{minutes} min")
        parts.append(minutes.format(minutes=round(summary.minutes)))
    if summary.effort:
        parts.append(translate("history_link", "effort {effort}").format(effort=summary.effort))
    status = {
        "running": translate("history_link", "not finished"),
        "ended_early": translate("history_link", "ended early"),
    }.get(summary.status)
    if summary.status != "finished":
        parts.append(status or summary.status)
    return ", ".join(parts)
