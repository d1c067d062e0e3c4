"""Shared plumbing of the services: one transaction per user action, a clock passed in.

A user action the database server aborted because it collided with a colleague's (a deadlock,
a serialization failure) is run again, up to `ATTEMPTS` times in all, then reported: every
public method of a service is one user action, so `ServiceBase.__init_subclass__` wraps each in
`retried` (the outermost call retries; calls it makes to other services run inside it).
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Self, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crmnote.domain.errors import DatabaseDamagedError, NotAllowedError, StorageError
from crmnote.domain.reasons import say
from crmnote.services.sync.capture import capture
from crmnote.storage.engine import READ_ONLY
from crmnote.storage.repository import Repository
from crmnote.storage.sqlite_errors import environment_message, is_damage
from crmnote.storage.sync_store import serialize_writers
from crmnote.storage.team import refusal, server_refused

Clock = Callable[[], datetime]
F = TypeVar("F", bound=Callable[..., Any])

ATTEMPTS = 3  # runs of one user action the server aborted for a collision, the first included
# SQLSTATEs of a transaction the server aborted so another could go on: trying again works.
_COLLISIONS = {"40001": "a serialization failure", "40P01": "a deadlock"}
_INSUFFICIENT_PRIVILEGE = "42501"
_retrying: contextvars.ContextVar[bool] = contextvars.ContextVar("retrying", default=False)


def wall_clock() -> datetime:
    """Local wall-clock time to the second (what a user would type)."""
    return datetime.now().replace(microsecond=0)


def wall_ms() -> int:
    """Milliseconds since 1970 (UTC): what sync's clock stamps changes with."""
    return time.time_ns() // 1_000_000


class CollisionError(StorageError):
    """The server aborted the transaction because it collided with another (nothing saved)."""


def retried(method: F) -> F:
    """Run a user action again when the server aborted it for a collision, up to ATTEMPTS
    times in all with a short random pause between; then the CollisionError goes up."""

    @functools.wraps(method)
    def run(*args: Any, **kwargs: Any) -> Any:
        if _retrying.get():
            return method(*args, **kwargs)
        token = _retrying.set(True)
        try:
            for attempt in range(1, ATTEMPTS + 1):
                try:
                    return method(*args, **kwargs)
                except CollisionError:
                    if attempt == ATTEMPTS:
                        raise
                    time.sleep(random.uniform(0.02, 0.1) * attempt)
        finally:
            _retrying.reset(token)
        raise AssertionError("unreachable")  # pragma: no cover

    return run  # type: ignore[return-value]


class ServiceBase:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if name.startswith("_") or not inspect.isfunction(value):
                continue
            if inspect.isgeneratorfunction(value):
                continue  # runs after it returns: nothing to retry around
            setattr(cls, name, retried(value))

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
        with environment_errors(self._refusal), self._sessions() as session, session.begin():
            serialize_writers(session)
            yield Repository(session)
            session.flush()
            capture(session)

    @contextmanager
    def reading(self) -> Iterator[Repository]:
        """A session that only reads: its transaction begins deferred, so it never waits
        for a writer (storage.engine.READ_ONLY)."""
        with environment_errors(self._refusal), self._sessions() as session:
            session.connection(execution_options={READ_ONLY: True})
            yield Repository(session)

    def _refusal(self, message: str) -> NotAllowedError:
        """The sentence for a write the server refused: who is signed in, what they may do."""
        try:
            with self._sessions() as session:
                return refusal(session, message)
        except Exception:  # the explanation must not hide the refusal itself
            first = (
                message.strip().splitlines()[0]
                if message.strip()
                else say("env.permission", "permission denied")
            )
            return NotAllowedError(server_refused(first))


@contextmanager
def environment_errors(
    refused: Callable[[str], NotAllowedError] | None = None,
) -> Iterator[None]:
    """Turn the environment's refusals into a StorageError the user can act on, and damage
    met while reading into a DatabaseDamagedError (crmnote check says what to restore); on a
    server, a collision with a colleague's transaction into a CollisionError (retried) and a
    refusal for lack of privilege into a NotAllowedError (`refused` words it)."""
    try:
        yield
    except OperationalError as exc:
        collision = _COLLISIONS.get(getattr(exc.orig, "sqlstate", None) or "")
        if collision is not None:
            raise CollisionError(
                say(
                    "db.collided",
                    "the change collided with colleagues' changes ({collision}) {attempts} "
                    "times; nothing was saved, try again",
                    collision=collision,
                    attempts=ATTEMPTS,
                )
            ) from exc
        message = environment_message(str(exc.orig))
        if message is not None:
            raise StorageError(
                say("db.not_saved", "{why}; nothing was saved", why=message)
            ) from exc
        if is_damage(str(exc.orig)):
            raise _damaged(exc) from exc
        if exc.connection_invalidated:  # a database server that went away or restarted
            raise StorageError(
                say(
                    "db.connection_lost",
                    "the connection to the database server was lost; nothing was saved, try again",
                )
            ) from exc
        raise
    except SqlDatabaseError as exc:
        if getattr(exc.orig, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:
            server = str(exc.orig)
            raise (refused(server) if refused else NotAllowedError(server)) from exc
        if is_damage(str(exc.orig)):
            raise _damaged(exc) from exc
        raise


def _damaged(exc: SqlDatabaseError) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        say(
            "db.damaged_nothing_changed",
            "the database file is damaged ({detail}); nothing was changed",
            detail=str(exc.orig),
        )
    )
