"""The engine factory: SQLite pragmas on every connection, owner-only files, real transactions."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from crmnote.domain.errors import DatabaseError
from crmnote.storage import postgres

BUSY_TIMEOUT_MS = 5000
_FORMS = "a file path, or postgresql+psycopg://USER@HOST/DATABASE for a PostgreSQL server"


def database_url(db: str | os.PathLike[str]) -> URL:
    """A SQLAlchemy URL from a path or a URL string; refuses what crmnote cannot open.

    `postgresql://` and `postgres://` (libpq's own forms) mean the psycopg driver."""
    text = os.fspath(db)
    if "://" not in text:
        return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().absolute()))
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        shown = re.sub(r"//[^/@]*@", "//", text)  # never a password in a message
        raise DatabaseError(f"{shown!r} is not a database URL; give {_FORMS}") from None
    backend, driver = url.get_backend_name(), url.drivername
    if driver in ("postgresql", "postgres"):
        return url.set(drivername=f"postgresql+{postgres.DRIVER}")
    if backend == "postgresql" and url.get_driver_name() != postgres.DRIVER:
        raise DatabaseError(
            f"crmnote talks to PostgreSQL through psycopg 3: write the URL as "
            f"postgresql+psycopg://… instead of {driver}://…"
        )
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseError(f"crmnote cannot use {backend!r} databases; give {_FORMS}")
    return url


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other back ends and in-memory databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def create_owner_only(path: Path) -> None:
    """Create an empty file readable by its owner only, before SQLite writes a byte to it.

    SQLite gives the -wal and -shm files the mode of the database file, so they are private too.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new folder is private too
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _real_transactions(engine: Engine, *, foreign_keys: bool) -> None:
    """pysqlite's own transaction handling skips BEGIN for DDL; take it over (SQLAlchemy recipe)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        # SQLite's lower() only knows ASCII; names here are Åse, Zoë, Иван.
        dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
            cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed record survives a power cut, not just a crash of the app.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: URL, *, foreign_keys: bool = True) -> Engine:
    """An engine with crmnote's connection settings; creates a missing SQLite file owner-only."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        create_owner_only(path)
    if url.get_backend_name() == "postgresql":
        try:
            # pre-ping: a connection the server dropped while idle is replaced, not failed on.
            return create_engine(url, connect_args=postgres.connect_args(url), pool_pre_ping=True)
        except ImportError:
            raise DatabaseError(
                'the PostgreSQL driver is not installed: pip install "crmnote[postgres]"'
            ) from None
    engine = create_engine(url)
    if url.get_backend_name() == "sqlite":
        _real_transactions(engine, foreign_keys=foreign_keys)
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
