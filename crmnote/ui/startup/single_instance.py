"""One app per database: a second launch brings the first window forward and exits."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"raise\n"


def instance_key(db: str) -> str:
    """A short name for the database, the same for every spelling of its path."""
    where = str(Path(db).expanduser().resolve()) if "://" not in db else db
    return "crmnote-" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


class SingleInstance(QObject):
    """A QLockFile says who owns the database; a QLocalServer takes the 'raise' request.

    The lock holds the owner's process id, so a lock left by a crash is stale and taken over.
    """

    activated = Signal()

    def __init__(self, db: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(db)
        # The temp folder, not the database's: a lock beside a synced or shared file would be
        # seen by other machines, whose process ids mean nothing here.
        self.lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.key}.lock"))
        self.lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the database and listens for later launches."""
        if not self.lock.tryLock(200):
            return False
        QLocalServer.removeServer(self.key)  # a socket left behind by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.key)
        return True

    def ask_owner_to_raise(self, timeout_ms: int = 2000) -> bool:
        """Tell the running instance to come forward; False when nobody answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(QByteArray(_MESSAGE))
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            # A bound slot, not a lambda holding the socket: the server owns it, Python must not.
            socket.readyRead.connect(self._on_ready_read)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if bytes(socket.readAll().data()).startswith(_MESSAGE.strip()):
            self.activated.emit()
        socket.disconnectFromServer()
