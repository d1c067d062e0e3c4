"""Bring a database to the current schema: create it at head, or back it up and upgrade it.

Migrations run on their own connection with foreign keys off (a batch migration recreates tables,
and with cascades on that deletes child rows) inside one real transaction, and only commit when
`PRAGMA foreign_key_check` finds nothing. On PostgreSQL the DDL is transactional too: a failed
upgrade leaves nothing behind; the server is checked (version, encoding, extensions) first.

A book already at `HEAD_REVISION` is recognised by a plain read of its `alembic_version` and
opened without importing Alembic at all; Alembic is loaded only to create or upgrade a book.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError

from crmnote.domain.errors import (
    DatabaseDamagedError,
    DatabaseError,
    DatabaseTooNewError,
    NotAllowedError,
    StorageError,
)
from crmnote.domain.reasons import say
from crmnote.storage import postgres, team_roles
from crmnote.storage.backup import file_shape, timestamped_backup
from crmnote.storage.book_shape import (
    HEAD_REVISION,
    MIGRATIONS,
    BookShape,
    Shape,
    is_known_revision,
)
from crmnote.storage.engine import make_engine, sqlite_path
from crmnote.storage.file_sentences import broken_after_migration, not_upgraded
from crmnote.storage.sqlite_errors import explain
from crmnote.storage.team import no_access

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["MIGRATIONS", "is_known_revision"]


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The revision this code brings a book to (checked against the scripts by a test)."""
    return HEAD_REVISION


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database (None: not stamped), read with plain SQL."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    stamped = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if stamped is None else str(stamped[0])


@dataclass(frozen=True)
class MigrationReport:
    """What start-up did to the database."""

    before: str | None
    after: str
    created: bool
    backup: Path | None


def refuse_unless_ours(found: BookShape, path: Path) -> None:
    """Raise unless `found` is a crmnote book this version may change, or nothing yet."""
    if found.shape is Shape.TOO_NEW:
        raise DatabaseTooNewError(_left(found.describe(path)))
    if found.shape is Shape.FOREIGN:
        raise DatabaseError(_left(found.describe(path)))
    if found.shape is Shape.INCOMPLETE:
        raise DatabaseDamagedError(_left(found.describe(path)))


def _left(why: str) -> str:
    return say("migrate.left_as_is", "{why}; it was left as it is", why=why)


def prepare_database(
    url: URL,
    backup_dir: Path | None,
    now: Callable[[], datetime] = datetime.now,
    target: str = "head",
    *,
    read_only: bool = False,
    engine: Engine | None = None,
) -> MigrationReport:
    """Create, refuse or migrate the database at `url` so that it is at `target`.

    A SQLite file is first read read-only: another application's database, a book from a
    newer crmnote or one with tables missing is refused before a byte is written (not even
    the switch to WAL). A `read_only` book is only checked: it must be at `target` already.
    A server book is checked and migrated through `engine` when given (the book's own: no
    second connection); a SQLite file always through an engine of its own (foreign keys off).
    """
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size:
        try:
            found = file_shape(path)
        except sqlite3.DatabaseError as exc:
            raise DatabaseDamagedError(
                _left(
                    say(
                        "file.unreadable",
                        "{path} cannot be read ({why})",
                        path=str(path),
                        why=explain(exc),
                    )
                )
            ) from None
        refuse_unless_ours(found, path)
        if read_only:
            if found.revision != _wanted(target):
                raise DatabaseError(
                    say(
                        "migrate.read_only_older",
                        "{path} is read-only and was written by an older crmnote (schema "
                        "{revision}): it must be upgraded before it can be opened; copy it to a "
                        "folder you can write to",
                        path=str(path),
                        revision=str(found.revision),
                    )
                )
            return MigrationReport(found.revision, found.revision, False, None)
        if found.shape is Shape.BOOK and found.revision == _wanted(target):
            # Already there: no engine of its own, no Alembic (the file was read read-only).
            return MigrationReport(found.revision, found.revision, False, None)
    elif read_only:
        raise DatabaseError(
            say(
                "migrate.read_only_empty",
                "{path} is read-only and empty: there is nothing to open",
                path=str(path),
            )
        )
    try:
        return _prepare(url, backup_dir, now, target, engine)
    except OperationalError as exc:
        why = explain(exc.orig or exc)
        raise StorageError(not_upgraded(path, why)) from None


def _wanted(target: str) -> str:
    return head_revision() if target == "head" else target


def _prepare(
    url: URL,
    backup_dir: Path | None,
    now: Callable[[], datetime],
    target: str,
    shared: Engine | None = None,
) -> MigrationReport:
    server = url.get_backend_name() == "postgresql"
    engine = shared if server and shared is not None else make_engine(url, foreign_keys=False)
    try:
        with _connected(engine, url) as conn:
            tables = set(inspect(conn).get_table_names())
            before = readable_revision(conn, server, tables)
            conn.rollback()
        _refuse_foreign(before, tables, server)
        after = _wanted(target)
        if before == after:
            return MigrationReport(before, after, False, None)
        if server and before is not None:
            with _connected(engine, url) as conn:
                _refuse_unless_owner(conn, before, after)
                conn.rollback()
        backup = None
        path = sqlite_path(url)
        if before is not None and path is not None and backup_dir is not None:
            backup = timestamped_backup(path, backup_dir, "pre-migration", now())
        team = False
        with _connected(engine, url) as conn, conn.begin():
            if server:
                postgres.check_server(conn)
                team = before is not None and team_roles.team_ready(conn)
                if team:
                    # New tables and functions belong to crmnote_owner, as the others do.
                    owner = conn.dialect.identifier_preparer.quote(team_roles.OWNER_ROLE)
                    conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
            from alembic import command

            command.upgrade(alembic_config(conn), target)
            if team:
                conn.exec_driver_sql("RESET ROLE")
                team_roles.apply_grants(conn)
            if engine.dialect.name == "sqlite":
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseError(broken_after_migration(problems))
        return MigrationReport(before, after, before is None, backup)
    except DBAPIError as exc:
        if not server:
            raise
        # A server that refuses part of the schema (no right to create in the schema, to
        # create an extension) or goes away: the transaction rolled back, nothing written.
        reason = str(exc.orig).strip().splitlines()[0]
        raise DatabaseError(
            say(
                "migrate.server_refused",
                "the database could not be brought up to date: {why}",
                why=reason,
            )
        ) from None
    finally:
        if engine is not shared:
            engine.dispose()


def readable_revision(conn: Connection, server: bool, tables: set[str]) -> str | None:
    """The book's revision; a server role that may not read the book is told so."""
    if not server or "alembic_version" not in tables:
        return current_revision(conn)
    try:
        with conn.begin_nested():
            return current_revision(conn)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":
            raise
    role = conn.exec_driver_sql("SELECT session_user::text").scalar()
    raise NotAllowedError(no_access(str(role)))


def _refuse_unless_owner(conn: Connection, before: str, after: str) -> None:
    """Only the book's owner upgrades a server book: anyone else's crmnote, newer than the
    book, says so and changes nothing (it never half-migrates)."""
    owner = team_roles.owner_of_tables(conn)
    may = conn.execute(text("SELECT pg_has_role(session_user, :o, 'USAGE')"), {"o": owner}).scalar()
    if not may:
        raise NotAllowedError(
            say(
                "migrate.owner_upgrades",
                "this team book has schema {before} and this crmnote needs {after}: ask the "
                "book's owner to upgrade it (the owner starts this version of crmnote once); "
                "nothing was changed",
                before=before,
                after=after,
            )
        )


def _connected(engine: Engine, url: URL) -> Connection:
    """A connection; failing to connect to a server at all is told in one sentence."""
    try:
        return engine.connect()
    except OperationalError as exc:
        if url.get_backend_name() == "postgresql":
            raise postgres.connect_failure(url, str(exc.orig)) from None
        raise


def _refuse_foreign(before: str | None, tables: set[str], server: bool) -> None:
    """Refuse a database crmnote did not write, or wrote in a newer version."""
    if before is not None and not is_known_revision(before):
        if "customers" not in tables or "settings" not in tables:
            raise DatabaseError(
                say(
                    "migrate.foreign_database",
                    "this database belongs to another application (schema {before}), not a "
                    "crmnote database",
                    before=before,
                )
                if server
                else say(
                    "migrate.foreign_file",
                    "this file belongs to another application (schema {before}), not a "
                    "crmnote database",
                    before=before,
                )
            )
        raise DatabaseTooNewError(
            say(
                "migrate.too_new",
                "this database was written by a newer version of crmnote (schema {before}); "
                "update crmnote to open it",
                before=before,
            )
        )
    if before is None and tables - {"alembic_version"}:
        raise DatabaseError(
            say(
                "migrate.other_tables_db",
                "this database holds tables that are not a crmnote database",
            )
            if server
            else say(
                "migrate.other_tables_file",
                "this file holds tables that are not a crmnote database",
            )
        )
