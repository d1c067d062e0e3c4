"""The connections of a book copy: the source read in one consistent snapshot, the target's
statistics after the copy, and what either database refused, told in one sentence."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import URL, Connection, Engine
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from crmnote.domain.errors import CrmError, DatabaseError, StorageError
from crmnote.storage.engine import READ_ONLY, sqlite_path
from crmnote.storage.sqlite_errors import environment_message


def shown(url: URL) -> str:
    """A database as messages name it: a file's path, or a URL without its password."""
    file = sqlite_path(url)
    return str(file) if file is not None else url.render_as_string(hide_password=True)


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection reading one consistent state of the book, writing nothing."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn = conn.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        else:
            conn = conn.execution_options(**{READ_ONLY: True})
        with conn.begin():
            yield conn


def analyze(engine: Engine) -> None:
    """Give a server the planner's statistics for the rows just copied (SQLite needs none)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")


@contextmanager
def copy_errors(url: URL) -> Iterator[None]:
    """What the databases refused, in one sentence; the target's transaction rolled back.
    (COPY runs on the driver itself: its errors come unwrapped, told apart by SQLSTATE.)"""
    nothing = "nothing was copied (the target is as it was)"
    try:
        yield
    except CrmError:
        raise
    except Exception as exc:
        state = str(getattr(getattr(exc, "orig", None) or exc, "sqlstate", "") or "")
        if isinstance(exc, IntegrityError) or state.startswith("23"):
            raise DatabaseError(
                f"this book has rows that name missing records or repeat an id ({_first(exc)}):"
                f" run crmnote check --repair on it, then copy again; {nothing}"
            ) from None
        if isinstance(exc, DataError) or state.startswith("22"):
            raise DatabaseError(
                f"a value cannot be stored in the target ({_first(exc)}); {nothing}"
            ) from None
        if isinstance(exc, OperationalError):
            message = environment_message(str(exc.orig))
            if message is None and url.get_backend_name() == "postgresql":
                message = f"the connection to {shown(url)} failed ({_first(exc)})"
            raise StorageError(f"{message or _first(exc)}; {nothing}") from None
        if type(exc).__module__.startswith("psycopg"):
            raise DatabaseError(f"the target refused a row ({_first(exc)}); {nothing}") from None
        raise


def _first(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    context = next((line for line in lines if line.startswith("CONTEXT:")), "")
    return " ".join(filter(None, [lines[0] if lines else type(exc).__name__, context]))
