"""The history: every finished set of every session, kept safely per profile.

Qt-free (standard library sqlite3 only). The parts a window needs:

- `HistoryStore.open_path(path)`: one history database (raises `StoreRecovery` when the
  file was damaged and moved aside, offering the newest intact backup). The store knows
  files, not profiles: hiptimer.profiles.folders.open_history finds a profile's file.
- `SessionRecorder(store, session, routine)`: commits each set the moment it ends.
- `store.interrupted_sessions()`, `SessionRecorder.resume(...)`, `store.mark_interrupted(id)`:
  what to do with a session a crash left open.
"""

from hiptimer.store.errors import DiskFullError, NewerDatabaseError, StoreError
from hiptimer.store.history import HistoryStore, InterruptedSession, SetRow
from hiptimer.store.recorder import SessionRecorder
from hiptimer.store.recovery import StoreRecovery, restore_backup

__all__ = [
    "DiskFullError",
    "HistoryStore",
    "InterruptedSession",
    "NewerDatabaseError",
    "SessionRecorder",
    "SetRow",
    "StoreError",
    "StoreRecovery",
    "restore_backup",
]
