"""Shared plumbing of the services: one transaction per user action, a clock passed in."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crmnote.domain.errors import DatabaseDamagedError, StorageError
from crmnote.services.sync.capture import capture
from crmnote.storage.engine import READ_ONLY
from crmnote.storage.repository import Repository
from crmnote.storage.sqlite_errors import environment_message, is_damage
from crmnote.storage.sync_store import serialize_writers

Clock = Callable[[], datetime]


def wall_clock() -> datetime:
    """Local wall-clock time to the second (what a user would type)."""
    return datetime.now().replace(microsecond=0)


def wall_ms() -> int:
    """Milliseconds since 1970 (UTC): what sync's clock stamps changes with."""
    return time.time_ns() // 1_000_000


class ServiceBase:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    @classmethod
    def beside(cls, other: ServiceBase) -> Self:
        """A service of this kind over the same database and clock as `other`."""
        return cls(other._sessions, other._clock)

    def now(self) -> datetime:
        return self._clock()

    def engine(self) -> Engine | None:
        """The engine the sessions are bound to (None when they are not bound to one)."""
        bind = self._sessions.kw.get("bind")
        return bind if isinstance(bind, Engine) else None

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        """A session in one transaction: committed on success, rolled back on any error.

        What it wrote enters the sync change log in the same transaction (docs/sync.md), so
        a copy of the book made afterwards shares that past with this one."""
        with environment_errors(), self._sessions() as session, session.begin():
            serialize_writers(session)
            yield Repository(session)
            session.flush()
            capture(session)

    @contextmanager
    def reading(self) -> Iterator[Repository]:
        """A session that only reads: its transaction begins deferred, so it never waits
        for a writer (storage.engine.READ_ONLY)."""
        with environment_errors(), self._sessions() as session:
            session.connection(execution_options={READ_ONLY: True})
            yield Repository(session)


@contextmanager
def environment_errors() -> Iterator[None]:
    """Turn the environment's refusals into a StorageError the user can act on, and damage
    met while reading into a DatabaseDamagedError (crmnote check says what to restore)."""
    try:
        yield
    except OperationalError as exc:
        message = environment_message(str(exc.orig))
        if message is not None:
            raise StorageError(f"{message}; nothing was saved") from exc
        if is_damage(str(exc.orig)):
            raise _damaged(exc) from exc
        if exc.connection_invalidated:  # a database server that went away or restarted
            raise StorageError(
                "the connection to the database server was lost; nothing was saved, try again"
            ) from exc
        raise
    except SqlDatabaseError as exc:
        if is_damage(str(exc.orig)):
            raise _damaged(exc) from exc
        raise


def _damaged(exc: SqlDatabaseError) -> DatabaseDamagedError:
    return DatabaseDamagedError(f"the database file is damaged ({exc.orig}); nothing was changed")
