"""One short connection to a PostgreSQL server to ask one thing: does this password work,
does this database hold anything. A refusal is told in one sentence (postgres.connect_failure)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import URL, Connection
from sqlalchemy.exc import OperationalError

from crmnote.storage import postgres
from crmnote.storage.engine import make_engine


@contextmanager
def _connected(url: URL) -> Iterator[Connection]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            yield conn
    except OperationalError as exc:
        raise postgres.connect_failure(url, str(exc.orig)) from None
    finally:
        engine.dispose()


def try_connecting(url: URL) -> None:
    """Connect once (with the password in `url`); a refusal raises its DatabaseError."""
    with _connected(url) as conn:
        conn.exec_driver_sql("SELECT 1")


def relation_count(url: URL) -> int:
    """How many tables, views and sequences of its users the database holds."""
    with _connected(url) as conn:
        return postgres.user_relations(conn)
