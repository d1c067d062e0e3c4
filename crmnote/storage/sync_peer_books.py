"""The other book of a sync round or a join, opened as it is: never created, never upgraded (a
laptop does not upgrade the team book; a typo in a file name does not make a new book).
Whatever keeps it from syncing is told in one sentence before anything is read or written."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy import URL, Engine, inspect, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from crmnote import paths
from crmnote.domain.errors import DatabaseDamagedError, DatabaseError, DatabaseTooNewError
from crmnote.domain.reasons import say
from crmnote.storage import postgres
from crmnote.storage.backup import file_shape
from crmnote.storage.book_shape import is_known_revision
from crmnote.storage.encryption import needs_passphrase
from crmnote.storage.engine import database_url, make_engine, sqlite_path
from crmnote.storage.migrate import head_revision, readable_revision, refuse_unless_ours
from crmnote.storage.sqlite_errors import explain


@dataclass(frozen=True)
class PeerBook:
    """An open peer book: its engine and how messages name it (never with a password)."""

    engine: Engine
    shown: str
    url: URL

    @property
    def on_server(self) -> bool:
        return self.url.get_backend_name() == "postgresql"

    def close(self) -> None:
        self.engine.dispose()


def shown_url(url: URL) -> str:
    """A book as messages and the sync state name it: a file's path, a URL without password."""
    file = sqlite_path(url)
    return str(file) if file is not None else url.set(password=None).render_as_string()


def open_peer(db: str, password: str | None = None) -> PeerBook:
    """Open the book at `db` (a path or a URL) for a sync round; it must be a crmnote book at
    this version's schema."""
    url = database_url(db)
    if password and url.get_backend_name() == "postgresql":
        url = url.set(password=password)
    shown = shown_url(url)
    path = sqlite_path(url)
    if path is not None:
        if not path.is_file() or not path.stat().st_size:
            raise DatabaseError(
                say("peer.no_book_at", "there is no crmnote book at {path}", path=str(path))
            )
        if needs_passphrase(path, paths.backup_dir_for(path)):
            raise DatabaseError(
                say(
                    "peer.encrypted",
                    "{path} is encrypted: decrypt a copy of it (crmnote decrypt) to sync with it",
                    path=str(path),
                )
            )
        try:
            found = file_shape(path)
        except sqlite3.DatabaseError as exc:
            raise DatabaseDamagedError(
                say(
                    "file.unreadable",
                    "{path} cannot be read ({why})",
                    path=str(path),
                    why=explain(exc),
                )
            ) from None
        refuse_unless_ours(found, path)
        _same_schema(found.revision, shown)
        return PeerBook(make_engine(url), shown, url)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = readable_revision(conn, True, tables)  # a role outside the team: told
    except OperationalError as exc:
        engine.dispose()
        raise postgres.connect_failure(url, str(exc.orig)) from None
    except BaseException:
        engine.dispose()
        raise
    try:
        if revision is None:
            if tables - {"alembic_version"}:
                raise DatabaseError(
                    say(
                        "peer.foreign_tables",
                        "{where} holds another application's tables, not a book",
                        where=shown,
                    )
                )
            raise DatabaseError(
                say("peer.no_book_in", "there is no crmnote book in {where}", where=shown)
            )
        if not is_known_revision(revision):
            if "customers" not in tables:
                raise DatabaseError(
                    say(
                        "peer.foreign",
                        "{where} belongs to another application, not crmnote",
                        where=shown,
                    )
                )
            raise DatabaseTooNewError(
                say(
                    "peer.too_new",
                    "{where} was upgraded by a newer crmnote (schema {revision}): update crmnote "
                    "on this computer to sync with it",
                    where=shown,
                    revision=revision,
                )
            )
        _same_schema(revision, shown)
    except BaseException:
        engine.dispose()
        raise
    return PeerBook(engine, shown, url)


def _same_schema(revision: str | None, shown: str) -> None:
    head = head_revision()
    if revision is not None and revision != head:
        raise DatabaseError(
            say(
                "peer.older",
                "{where} is at schema {revision}, older than this crmnote's ({head}): open it "
                "once with this version of crmnote (on a server: its owner) to upgrade it, then "
                "sync",
                where=shown,
                revision=revision,
                head=head,
            )
        )


def can_write(session: Session) -> bool:
    """Whether the signed-in role may add to the change log (a viewer may not)."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(
        session.execute(text("SELECT has_table_privilege('sync_changes', 'INSERT')")).scalar()
    )


def member_staff(engine: Engine) -> int | None:
    """The staff member the signed-in role records as on a team book (None elsewhere)."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        if conn.execute(text("SELECT to_regproc('crmnote_member')")).scalar() is None:
            return None
        found = conn.execute(text("SELECT crmnote_member()")).scalar()
    return None if found is None else int(found)
