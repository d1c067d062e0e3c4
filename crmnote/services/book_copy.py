"""Moving a book: every record of this book copied into an empty book on another database
(SQLite → PostgreSQL to start a team, PostgreSQL → SQLite for a laptop or an archive).

The target is created or brought to the current schema first; then one transaction fills it,
reads it back and compares per-table counts and content digests with the source's
(`storage.book_digest`). Only a copy that matches is committed: an interrupted, cancelled or
failed copy leaves the target as empty as it was, and the copy can simply be run again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from crmnote import paths
from crmnote.domain.errors import CrmError, DatabaseError
from crmnote.domain.reasons import Reason, listing, message, say
from crmnote.services.base import ServiceBase
from crmnote.services.sync.capture import capture_copied
from crmnote.storage.book_copy import CopyProgress, Progress, copy_rows, filling
from crmnote.storage.book_digest import book_digest
from crmnote.storage.book_tables import copied_tables, unknown_tables
from crmnote.storage.copy_links import analyze, analyze_here, copy_errors, shown, snapshot
from crmnote.storage.encryption import needs_passphrase
from crmnote.storage.engine import database_url, make_engine, sqlite_path
from crmnote.storage.migrate import prepare_database
from crmnote.storage.sessions import URL, Connection, Engine, Session

BATCH = 5000
__all__ = ["BATCH", "BookCopyService", "CopyCancelled", "CopyProgress", "CopyReport"]

_ITSELF = message("db.copy_itself", "the target is this book itself: name another database")


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


class BookCopyService(ServiceBase):
    """Copies the book these services are over (the source) into another database."""

    def copy_to(
        self,
        target_db: str,
        progress: Progress = _ignore,
        *,
        batch: int = BATCH,
        password: str | None = None,
        log: bool = True,
    ) -> CopyReport:
        """Copy every record into `target_db` (a path or a URL), which must hold no records;
        `password` signs in to a server (typed into a form: never part of a URL on screen).

        `progress` is told where the copy is after each batch; raising `CopyCancelled` there
        stops it, with nothing written to the target. `log`: the copied records go into sync's
        change log in the same transaction (a join, whose copy is the team book's own past
        and waits for nothing, says False)."""
        source = self.engine()
        if source is None:
            raise DatabaseError(say("db.copy_unbound", "this book is not bound to a database"))
        url = self._target_url(source.url, target_db)
        if password and url.get_backend_name() == "postgresql":
            url = url.set(password=password)
        file = sqlite_path(url)
        backups = paths.backup_dir_for(file) if file is not None else None
        prepare_database(url, backups)  # refuses another application's database, a newer book
        target = make_engine(url)
        try:
            with copy_errors(url):
                digest, tables = self._copy(source, target, progress, batch, log)
            analyze(target)
        finally:
            target.dispose()
        return CopyReport(shown(url), tables, digest)

    def _target_url(self, source: URL, target_db: str) -> URL:
        if not target_db.strip():
            raise DatabaseError(say("db.copy_name", "name the database to copy into"))
        url = database_url(target_db.strip())
        file, mine = sqlite_path(url), sqlite_path(source)
        if file is not None and mine is not None and _same_file(file, mine):
            raise DatabaseError(Reason(_ITSELF))
        if file is None and mine is None and _same_server_database(url, source):
            raise DatabaseError(Reason(_ITSELF))
        encrypted = file is not None and needs_passphrase(file, paths.backup_dir_for(file))
        if encrypted:
            raise DatabaseError(
                say(
                    "db.copy_encrypted",
                    "{path} is encrypted: copy into a new plain file, then crmnote encrypt it",
                    path=str(file),
                )
            )
        return url

    def _copy(
        self, source: Engine, target: Engine, told: Progress, batch: int, log: bool
    ) -> tuple[str, dict[str, int]]:
        def progress(where: CopyProgress) -> None:
            told(replace(where, passes=3) if log else where)

        with (
            snapshot(source) as reading,
            target.connect() as writing,
            filling(writing),
            writing.begin(),
        ):
            for conn, which in (
                (reading, say("db.copy_this_book", "this book")),
                (writing, say("db.copy_the_target", "the target")),
            ):
                if unknown := unknown_tables(conn):
                    raise DatabaseError(
                        say(
                            "db.copy_unknown_tables",
                            "{which} has tables this crmnote does not know ({tables}): copy "
                            "with the crmnote version that made them",
                            which=which,
                            tables=", ".join(unknown),
                        )
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
                    say(
                        "db.copy_differs",
                        "the copy does not match this book ({differences}); nothing was copied",
                        differences=listing(differences),
                    )
                )
            if log:
                analyze_here(writing)
                _log_records(writing, progress, total)
        tables = {t.name: mine.tables[t.name][0] for t in copied_tables()}
        return mine.checksum, tables


def _log_records(writing: Connection, progress: Progress, total: int) -> None:
    """The copied records into sync's change log, in the copy's transaction (after the check:
    the log is one of the tables compared)."""

    def told(kind: str, done: int, records: int) -> None:
        share = total * done // records if records else total
        progress(CopyProgress("log", kind, 2 * total + share, total))

    session = Session(bind=writing)  # joins the copy's transaction: commits nothing itself
    try:
        capture_copied(session, told)
        session.flush()
    finally:
        session.close()


def _same_file(a: os.PathLike[str], b: os.PathLike[str]) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _same_server_database(a: URL, b: URL) -> bool:
    def key(u: URL) -> tuple[str, int, str | None]:
        return (u.host or "localhost", u.port or 5432, u.database)

    return key(a) == key(b)
