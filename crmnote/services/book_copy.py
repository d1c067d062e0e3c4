"""Moving a book: every record of this book copied into an empty book on another database
(SQLite → PostgreSQL to start a team, PostgreSQL → SQLite for a laptop or an archive).

The target is created or brought to the current schema first; then one transaction fills it,
reads it back and compares per-table counts and content digests with the source's
(`storage.book_digest`). Only a copy that matches is committed: an interrupted, cancelled or
failed copy leaves the target as empty as it was, and the copy can simply be run again.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import URL, Connection, Engine
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from crmnote import paths
from crmnote.domain.errors import CrmError, DatabaseError, StorageError
from crmnote.services.base import ServiceBase
from crmnote.storage.book_copy import CopyProgress, Progress, copy_rows
from crmnote.storage.book_digest import book_digest
from crmnote.storage.book_tables import copied_tables, unknown_tables
from crmnote.storage.encryption import needs_passphrase
from crmnote.storage.engine import READ_ONLY, database_url, make_engine, sqlite_path
from crmnote.storage.migrate import prepare_database
from crmnote.storage.sqlite_errors import environment_message

BATCH = 5000
__all__ = ["BATCH", "BookCopyService", "CopyCancelled", "CopyProgress", "CopyReport"]


class CopyCancelled(CrmError):
    """The person who started the copy stopped it; the target holds nothing of it."""


@dataclass(frozen=True)
class CopyReport:
    """A finished copy: where to, rows per table, and the content checksum both sides share."""

    target: str
    tables: dict[str, int]
    checksum: str

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def _ignore(_: CopyProgress) -> None:
    pass


def shown(url: URL) -> str:
    """A database as messages name it: a file's path, or a URL without its password."""
    file = sqlite_path(url)
    return str(file) if file is not None else url.render_as_string(hide_password=True)


class BookCopyService(ServiceBase):
    """Copies the book these services are over (the source) into another database."""

    def copy_to(
        self,
        target_db: str,
        progress: Progress = _ignore,
        *,
        batch: int = BATCH,
        password: str | None = None,
    ) -> CopyReport:
        """Copy every record into `target_db` (a path or a URL), which must hold no records;
        `password` signs in to a server (typed into a form: never part of a URL on screen).

        `progress` is told where the copy is after each batch; raising `CopyCancelled` there
        stops it, with nothing written to the target."""
        source = self.engine()
        if source is None:
            raise DatabaseError("this book is not bound to a database")
        url = self._target_url(source.url, target_db)
        if password and url.get_backend_name() == "postgresql":
            url = url.set(password=password)
        file = sqlite_path(url)
        backups = paths.backup_dir_for(file) if file is not None else None
        prepare_database(url, backups)  # refuses another application's database, a newer book
        target = make_engine(url)
        try:
            with _copy_errors(url):
                digest, tables = self._copy(source, target, progress, batch)
            if target.dialect.name == "postgresql":
                with target.connect() as conn:  # the planner's statistics for the new rows
                    conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
        finally:
            target.dispose()
        return CopyReport(shown(url), tables, digest)

    def _target_url(self, source: URL, target_db: str) -> URL:
        if not target_db.strip():
            raise DatabaseError("name the database to copy into")
        url = database_url(target_db.strip())
        file, mine = sqlite_path(url), sqlite_path(source)
        if file is not None and mine is not None and _same_file(file, mine):
            raise DatabaseError("the target is this book itself: name another database")
        if file is None and mine is None and _same_server_database(url, source):
            raise DatabaseError("the target is this book itself: name another database")
        encrypted = file is not None and needs_passphrase(file, paths.backup_dir_for(file))
        if encrypted:
            raise DatabaseError(
                f"{file} is encrypted: copy into a new plain file, then crmnote encrypt it"
            )
        return url

    def _copy(
        self, source: Engine, target: Engine, progress: Progress, batch: int
    ) -> tuple[str, dict[str, int]]:
        with _snapshot(source) as reading, target.connect() as writing, writing.begin():
            for conn, which in ((reading, "this book"), (writing, "the target")):
                if unknown := unknown_tables(conn):
                    raise DatabaseError(
                        f"{which} has tables this crmnote does not know ({', '.join(unknown)}): "
                        "copy with the crmnote version that made them"
                    )
            mine, total = copy_rows(reading, writing, progress, batch)
            done = total

            def read(table: str, rows: int) -> None:
                nonlocal done
                done += rows
                progress(CopyProgress("verify", table, done, total))

            theirs = book_digest(writing, batch, read)
            if differences := mine.differences(theirs):
                raise DatabaseError(
                    f"the copy does not match this book ({'; '.join(differences)}); "
                    "nothing was copied"
                )
        tables = {t.name: mine.tables[t.name][0] for t in copied_tables()}
        return mine.checksum, tables


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
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


def _same_file(a: os.PathLike[str], b: os.PathLike[str]) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _same_server_database(a: URL, b: URL) -> bool:
    def key(u: URL) -> tuple[str, int, str | None]:
        return (u.host or "localhost", u.port or 5432, u.database)

    return key(a) == key(b)


@contextmanager
def _copy_errors(url: URL) -> Iterator[None]:
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
