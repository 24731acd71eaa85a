"""One HipTimer per profile: a second start brings the running window forward instead.

The lock is a QLockFile in the profile folder, so two writers never share one history.
The running app also listens on a QLocalServer; a second start that finds the lock taken
sends it "activate" and quits. A lock left by a crashed app names a process that no
longer runs: QLockFile sees that and the new app takes the lock over.

    instance = SingleInstance(profile)
    if not instance.acquire():
        return 0                      # the running one was asked to come forward
    instance.activate_requested.connect(window.bring_to_front)
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    # QtNetwork loads when first needed: after the window's first paint (start-up time).
    from PySide6.QtNetwork import QLocalServer

from hiptimer.profiles import DEFAULT_PROFILE, profile_dir

LOCK_NAME = "hiptimer.lock"
ACTIVATE = b"activate\n"
CONNECT_MS = 1000
READ_MS = 250


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
        self.activation_sent = False

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
        if self._lock.tryLock(0):
            if listen:
                self.listen()
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            self.activation_sent = self._ask_to_activate()
            return False
        raise SingleInstanceError(
            f"HipTimer cannot create its lock file {self.lock_path} ({error.name}). "
            "Check that the folder exists and that you may write to it."
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
