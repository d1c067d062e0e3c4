"""Stopping a read under way from another thread: the database stops working on it too.

The customer list reads each keystroke's filter on a worker, the newest keystroke winning
(`ui/newest.py`). A read that a later keystroke overtook is of no use, yet without this the
server went on with it (a one- or two-character filter could take a few hundred milliseconds on
a busy machine) and the next keystroke's read waited behind it on the worker. `Interrupt.stop()`
asks the database to stop the statement under way: on PostgreSQL a cancel request (psycopg's
`cancel_safe()`, the statement ends with `QueryCanceled`), on SQLite `sqlite3.interrupt()`.
The read then ends with `ReadStoppedError`, and so does any read begun under it afterwards.

Only a statement of the read it guards is ever cancelled: the connection is known to the
interrupt only while that read holds it, and `stop()` and the read's release of the
connection take one lock.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crmnote.domain.errors import ReadStoppedError
from crmnote.domain.reasons import say


class Interrupt:
    """One read's stop button, pressed from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None  # the driver's connection while the read holds it
        self._stopped = False

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """Stop the read: the statement under way (if any) is cancelled by the database."""
        with self._lock:
            self._stopped = True
            if self._connection is not None:
                _cancel(self._connection)

    @contextmanager
    def guarding(self, session: Session) -> Iterator[None]:
        """While inside, `stop()` cancels this session's statement under way."""
        connection = session.connection().connection.driver_connection
        with self._lock:
            if self._stopped:
                raise _stopped()
            self._connection = connection
        try:
            yield
        except DBAPIError as exc:
            if self._stopped:  # cancelled (or failed as it was cancelled): nobody waits for it
                raise _stopped() from exc
            raise
        finally:
            with self._lock:
                self._connection = None

    def check(self) -> None:
        """Raise ReadStoppedError if the read was stopped (between two statements)."""
        if self._stopped:
            raise _stopped()


def _cancel(connection: Any) -> None:
    """Ask the database to stop the connection's statement under way (thread-safe drivers'
    own calls; a connection with nothing running ignores it)."""
    cancel_safe = getattr(connection, "cancel_safe", None)  # psycopg 3.2+
    if cancel_safe is not None:
        # A cancel that fails (the server gone) leaves the read to end by itself.
        with contextlib.suppress(Exception):
            cancel_safe()
        return
    interrupt = getattr(connection, "interrupt", None)  # sqlite3, SQLCipher
    if interrupt is not None:
        interrupt()


def _stopped() -> ReadStoppedError:
    return ReadStoppedError(say("db.read_stopped", "the read was stopped: a newer one replaced it"))
