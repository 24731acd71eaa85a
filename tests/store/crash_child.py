"""Run sessions as fast as a fake clock allows, recording them, until killed.

Used by test_crash.py: prints "resume SESSION STEP" when it takes up an interrupted
session, and "set SESSION STEP" after each set is committed (never before).
"""

import sys
from pathlib import Path

from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.clock import FakeClock
from hiptimer.core.session import Session, SetFinished, State
from hiptimer.core.timeline import compile_routine
from hiptimer.store import HistoryStore, SessionRecorder


def main() -> None:
    store = HistoryStore.open_path(Path(sys.argv[1]), backups=False)
    clock = FakeClock()
    waiting = store.interrupted_sessions()
    for older in waiting[:-1]:
        store.mark_interrupted(older.session_id)
    while True:
        if waiting:
            found = waiting.pop()
            session = Session(compile_routine(found.routine), clock)
            recorder = SessionRecorder.resume(store, session, found, clock=clock)
            start_at = found.resume_index
            print(f"resume {found.session_id} {start_at}", flush=True)
        else:
            session = Session(compile_routine(DEFAULT_ROUTINE), clock)
            recorder = SessionRecorder(store, session, DEFAULT_ROUTINE, clock=clock)
            start_at = 0
            print(f"new {recorder.session_id}", flush=True)

        def report(event, recorder=recorder):
            if isinstance(event, SetFinished) and not recorder.pending:
                print(f"set {recorder.session_id} {event.result.step_index}", flush=True)

        session.subscribe(report)
        session.start(at_index=start_at)
        while session.state is not State.FINISHED:
            clock.advance(1.0)
            session.tick()


if __name__ == "__main__":
    main()
