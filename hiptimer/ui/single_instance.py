"""One HipTimer per profile: a second start brings the running window forward instead.

The lock is a QLockFile in the profile folder, so two writers never share one history.
The running app also listens on a QLocalServer; a second start that finds the lock taken
sends it "activate" and quits. A lock left by a crashed app names a process that no
longer runs: QLockFile sees that and the new app takes the lock over.

The lock is believed only when its holder is HipTimer: its socket answers. A lock whose
process id now belongs to another program (the id was reused after a crash) gets no
answer; once it is older than a start-up takes (a HipTimer listens only after its first
paint), it is taken over. A HipTimer that holds the lock but does not answer (hung) keeps
it: its lock file is still locked by the system, so it cannot be removed, and the second
start says it could not reach that window.

    instance = SingleInstance(profile)
    if not instance.acquire():
        return 0                      # the running one was asked to come forward
    instance.activate_requested.connect(window.bring_to_front)
"""

from __future__ import annotations

import functools
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from hiptimer.core.i18n import translate

if TYPE_CHECKING:
    # QtNetwork loads when first needed: after the window's first paint (start-up time).
    from PySide6.QtNetwork import QLocalServer

from hiptimer.profiles.folders import DEFAULT_PROFILE, profile_dir

LOCK_NAME = "hiptimer.lock"
ACTIVATE = b"activate\n"
CONNECT_MS = 1000
READ_MS = 250
# A HipTimer starts listening once its window has painted: until its lock is this old,
# a lock that does not answer may belong to one still starting.
STARTUP_GRACE_S = 10.0
RETRY_S = 0.2


class SingleInstanceError(RuntimeError):
    """The profile's lock file cannot be created (a read-only or missing folder)."""


def server_name(folder: Path) -> str:
    # Local socket names share one namespace per machine: derive one from the folder.
    import hashlib  # here: it costs start-up time, and only a listener or a caller needs it

    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"hiptimer-{digest}"


class SingleInstance(QObject):
    # Emitted in the running app when another start asked it to come to the front.
    activate_requested = Signal()

    def __init__(
        self,
        profile: str = DEFAULT_PROFILE,
        parent: QObject | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder or profile_dir(profile)
        self.lock_path = self.folder / LOCK_NAME
        self._lock = QLockFile(str(self.lock_path))
        # 0: a lock is stale only when its process is gone, however long it has been held.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        # After acquire() returned False: True when the running HipTimer answered and was
        # asked to come forward, False when it could not be reached.
        self.activation_sent = False
        # After acquire() returned True: a lock that no HipTimer answered for was removed.
        self.took_over = False

    @functools.cached_property
    def name(self) -> str:
        """The local socket this profile's running app listens on."""
        return server_name(self.folder)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def acquire(self, *, listen: bool = True) -> bool:
        """True: this app owns the profile. False: another does and was asked to show itself.

        listen=False leaves answering later starts to a later `listen()` call (the app
        calls it once its window has painted).
        """
        self.activation_sent = self.took_over = False
        if self._lock.tryLock(0):
            if listen:
                self.listen()
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            if self._reach_holder():
                self.activation_sent = True
                return False
            # No HipTimer answers for this lock: its process id belongs to another
            # program now. The lock file can be removed only when no process holds it.
            if self._lock.removeStaleLockFile() and self._lock.tryLock(0):
                self.took_over = True
                if listen:
                    self.listen()
                return True
            return False
        raise SingleInstanceError(
            translate(
                "SingleInstance",
                "HipTimer cannot create its lock file {path} ({problem}). "
                "Check that the folder exists and that you may write to it.",
            ).format(path=self.lock_path, problem=error.name)
        )

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def listen(self) -> None:
        """Answer later starts on this profile (bring this app's window forward)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a leftover socket file can only be from a crashed app.
        QLocalServer.removeServer(self.name)
        if server.listen(self.name):
            server.newConnection.connect(self._accept)
            self._server = server

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            # The caller writes one short line right after connecting: read it here, so
            # no socket outlives this call.
            if not socket.canReadLine():
                socket.waitForReadyRead(READ_MS)
            message = bytes(socket.readLine().data()) if socket.canReadLine() else b""
            socket.abort()
            socket.deleteLater()
            if message == ACTIVATE:
                self.activate_requested.emit()

    def _reach_holder(self) -> bool:
        """Ask the lock's holder to come forward; wait while it may still be starting."""
        if self._ask_to_activate():
            return True
        while self._lock_age() < STARTUP_GRACE_S:
            time.sleep(RETRY_S)
            if self._ask_to_activate():
                return True
        return False

    def _lock_age(self) -> float:
        try:
            return time.time() - self.lock_path.stat().st_mtime
        except OSError:
            return STARTUP_GRACE_S  # gone: nothing to wait for

    def _ask_to_activate(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(CONNECT_MS):
                return False
            socket.write(ACTIVATE)
            sent = socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()
            return sent
        finally:
            socket.abort()
