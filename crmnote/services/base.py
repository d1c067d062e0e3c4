"""Shared plumbing of the services: one transaction per user action, a clock passed in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crmnote.domain.errors import StorageError
from crmnote.storage.repository import Repository

Clock = Callable[[], datetime]


def wall_clock() -> datetime:
    """Local wall-clock time to the second (what a user would type)."""
    return datetime.now().replace(microsecond=0)


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
        """A session in one transaction: committed on success, rolled back on any error."""
        with environment_errors(), self._sessions() as session, session.begin():
            yield Repository(session)

    @contextmanager
    def reading(self) -> Iterator[Repository]:
        with environment_errors(), self._sessions() as session:
            yield Repository(session)


# What SQLite says when the environment is at fault, and what to tell the user.
_ENVIRONMENT = (
    ("database is locked", "the database is busy in another program; try again in a moment"),
    ("disk is full", "the disk is full; free some space and try again"),
    ("readonly database", "the database file is read-only; nothing was saved"),
    ("disk i/o error", "the disk reported an error; nothing was saved"),
    ("unable to open database", "the database file cannot be opened"),
)


@contextmanager
def environment_errors() -> Iterator[None]:
    """Turn the environment's refusals into a StorageError the user can act on."""
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        for needle, message in _ENVIRONMENT:
            if needle in text:
                raise StorageError(message) from exc
        if exc.connection_invalidated:  # a database server that went away or restarted
            raise StorageError(
                "the connection to the database server was lost; nothing was saved, try again"
            ) from exc
        raise
