"""The engine factory: SQLite pragmas on every connection, owner-only files, real transactions."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import Reason, message, say
from crmnote.storage import keyring_store, postgres
from crmnote.storage.private_files import create_owner_only, tighten_empty
from crmnote.storage.sqlite_files import connect_read_only, file_named

__all__ = ["create_owner_only"]

BUSY_TIMEOUT_MS = 5000
# An execution option: this connection's transactions only read, so they begin DEFERRED.
READ_ONLY = "crmnote_read_only"
_NOT_A_URL = message(
    "url.not_a_url",
    "'{shown}' is not a database URL; give a file path, or "
    "postgresql+psycopg://USER@HOST/DATABASE for a PostgreSQL server",
)
_CANNOT_USE = message(
    "url.cannot_use",
    "crmnote cannot use '{backend}' databases; give a file path, or "
    "postgresql+psycopg://USER@HOST/DATABASE for a PostgreSQL server",
)


def database_url(db: str | os.PathLike[str]) -> URL:
    """A SQLAlchemy URL from a path or a URL string; refuses what crmnote cannot open.

    `postgresql://` and `postgres://` (libpq's own forms) mean the psycopg driver."""
    text = os.fspath(db)
    file = file_named(text)
    if file is not None:
        return URL.create("sqlite+pysqlite", database=str(file))
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        shown = re.sub(r"//[^/@]*@", "//", text)  # never a password in a message
        raise DatabaseError(Reason(_NOT_A_URL, shown=shown)) from None
    backend, driver = url.get_backend_name(), url.drivername
    if driver in ("postgresql", "postgres"):
        return url.set(drivername=f"postgresql+{postgres.DRIVER}")
    if backend == "postgresql" and url.get_driver_name() != postgres.DRIVER:
        raise DatabaseError(
            say(
                "url.driver",
                "crmnote talks to PostgreSQL through psycopg 3: write the URL as "
                "postgresql+psycopg://… instead of {driver}://…",
                driver=driver,
            )
        )
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseError(Reason(_CANNOT_USE, backend=backend))
    return url


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other back ends and in-memory databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _real_transactions(engine: Engine, *, foreign_keys: bool, read_only: bool = False) -> None:
    """pysqlite's own transaction handling skips BEGIN for DDL; take it over (SQLAlchemy's
    documented recipe), and begin every transaction that may write with BEGIN IMMEDIATE.

    A plain (deferred) BEGIN takes the write lock only at the first write; if another
    connection committed since this one's first read, SQLite refuses at once with "database
    is busy" and the busy timeout never applies. BEGIN IMMEDIATE takes the lock first, so a
    writer waits its turn (up to `BUSY_TIMEOUT_MS`). Transactions that only read (the
    `READ_ONLY` execution option, `ServiceBase.reading`) begin deferred and never wait.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        # SQLite's lower() only knows ASCII; names here are Åse, Zoë, Иван.
        dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        elif cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
            cursor.execute("PRAGMA journal_mode = WAL")
        if not read_only:
            # FULL: a committed record survives a power cut, not just a crash of the app.
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        reads = read_only or conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if reads else "BEGIN IMMEDIATE")


def make_engine(url: URL, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    """An engine with crmnote's connection settings; creates a missing SQLite file owner-only
    (and makes an existing empty one owner-only before anything is written to it).

    `read_only` opens the file read-only (`mode=ro`, nothing written, not even the journal
    mode): for a book on read-only media or an immutable file.
    """
    path = sqlite_path(url)
    if url.get_backend_name() == "postgresql":
        url = keyring_store.with_server_password(url)  # a member's `crmnote team sign-in`
        try:
            engine = create_engine(url, connect_args=postgres.connect_args(url))
        except ImportError:
            raise DatabaseError(
                say(
                    "url.no_driver",
                    'the PostgreSQL driver is not installed: pip install "crmnote[postgres]"',
                )
            ) from None
        # A connection the server dropped while idle is replaced, not failed on.
        postgres.ping_after_idle(engine)
        return engine
    if path is not None and read_only:
        engine = create_engine(
            url, creator=lambda: connect_read_only(path, sqlite3, check_same_thread=False)
        )
    else:
        if path is not None:
            if path.exists():
                tighten_empty(path)
            else:
                create_owner_only(path)
        engine = create_engine(url)
    if url.get_backend_name() == "sqlite":
        _real_transactions(engine, foreign_keys=foreign_keys, read_only=read_only)
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def fold_wal(engine: Engine) -> None:
    """Write a SQLite file's WAL back into it and empty it: the file whole in itself (before
    it is moved into another's place)."""
    raw = engine.raw_connection()
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
