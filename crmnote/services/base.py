"""Shared plumbing of the services: one transaction per user action, a clock passed in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from crmnote.storage.repository import Repository

Clock = Callable[[], datetime]


def wall_clock() -> datetime:
    """Local wall-clock time to the second (what a user would type)."""
    return datetime.now().replace(microsecond=0)


class ServiceBase:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield Repository(session)

    @contextmanager
    def reading(self) -> Iterator[Repository]:
        with self._sessions() as session:
            yield Repository(session)
