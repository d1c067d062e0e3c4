"""`PRAGMA data_version` on a connection of its own: has another connection committed?

SQLite changes the value a connection reads only for commits made by *other* connections, so
it must be read on the same connection every time (https://www.sqlite.org/pragma.html).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

from crmnote.storage.engine import sqlite_path

# A read waits at most this long for a lock (WAL recovery, a checkpoint) before giving up
# until the next look: the desktop app reads it on its GUI thread.
PROBE_BUSY_TIMEOUT_MS = 50
_COMMITTED = "crmnote.committed"
_BEGUN = "crmnote.begun"


class DataVersion:
    """One connection held open, outside the engine's pool, that only reads the pragma."""

    def __init__(self, engine: Engine) -> None:
        raw = engine.raw_connection()  # made by the engine: same pragmas, SQLCipher key
        raw.detach()  # ours alone: engine.dispose() leaves it, close() really closes it
        self._raw = raw
        self._errors: type[Exception] = engine.dialect.loaded_dbapi.Error
        cursor = raw.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {PROBE_BUSY_TIMEOUT_MS}")
        finally:
            cursor.close()

    @staticmethod
    def open(engine: Engine) -> DataVersion | None:
        """A probe for a SQLite file; None for other databases or when it cannot open now."""
        if sqlite_path(engine.url) is None:
            return None
        try:
            return DataVersion(engine)
        except engine.dialect.loaded_dbapi.Error:
            return None

    def read(self) -> int | None:
        """The current value, or None when SQLite cannot answer right now (busy, I/O)."""
        try:
            cursor = self._raw.cursor()
            try:
                row = cursor.execute("PRAGMA data_version").fetchone()
            finally:
                cursor.close()
        except self._errors:
            return None
        return int(row[0])

    def close(self) -> None:
        self._raw.close()


def on_commits(
    engine: Engine,
    before: Callable[[], None],
    after: Callable[[bool], None],
    disposed: Callable[[], None],
) -> None:
    """Call `before` when a transaction begins on one of the engine's connections (BEGIN
    IMMEDIATE has taken the write lock: nobody else commits until it ends), `after(True)` when
    that connection goes back to the pool having committed (right after the commit for a
    session), `after(False)` when it goes back without a commit, `disposed` when the engine's
    connections are closed. All on the thread that works on the connection.

    The transaction is ours from its BEGIN, not only at its COMMIT: a writer that finds the
    last checkpoint complete starts the write-ahead log afresh at its first write, and that
    moves `data_version` for the other connections before anything is committed."""

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        info = conn.connection.info
        if _BEGUN not in info:
            before()
            info[_BEGUN] = True

    @event.listens_for(engine, "commit")
    def _commit(conn: Any) -> None:
        conn.connection.info[_COMMITTED] = True

    @event.listens_for(engine, "rollback")
    def _rollback(conn: Any) -> None:
        # A failed COMMIT is rolled back: nothing of ours landed.
        conn.connection.info.pop(_COMMITTED, None)

    @event.listens_for(engine, "checkin")
    def _checkin(_dbapi_connection: Any, record: Any) -> None:
        if record.info.pop(_BEGUN, False):
            after(bool(record.info.pop(_COMMITTED, False)))

    @event.listens_for(engine, "engine_disposed")
    def _disposed(_engine: Engine) -> None:
        disposed()
