"""Copies and upgrades of encrypted books: encrypted backups, plain to encrypted (or back)
with SQLCipher's `sqlcipher_export`, each checked before it is used, and the schema upgrade
behind the passphrase."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from crmnote.domain.errors import DatabaseError, StorageError
from crmnote.domain.reasons import say
from crmnote.storage.backup import book_problem, list_backups, written_aside
from crmnote.storage.book_shape import Shape
from crmnote.storage.encryption import (
    Diagnosis,
    _quote,
    check_can_open,
    connect,
    dbapi,
    make_encrypted_engine,
    problems,
    shape_of,
)
from crmnote.storage.file_sentences import (
    broken_after_migration,
    cannot_back_up,
    exists,
    failed_check,
    not_upgraded,
    not_written,
    read_only_older,
)
from crmnote.storage.migrate import (
    MigrationReport,
    alembic_config,
    current_revision,
    head_revision,
    refuse_unless_ours,
)
from crmnote.storage.private_files import create_owner_only, private_dirs
from crmnote.storage.sqlite_errors import explain
from crmnote.storage.sqlite_files import sqlite_uri


def backup_encrypted(source: Path, dest: Path, passphrase: str) -> Path:
    """A verified copy of an encrypted database, encrypted with the same passphrase, made
    through the online backup API (consistent while others write), written under a
    temporary name and published only once it checks out (`storage.backup.written_aside`)."""
    dest = Path(os.path.abspath(dest))
    found = shape_of(source, passphrase)
    if found.shape is not Shape.BOOK:
        raise DatabaseError(cannot_back_up(source, found.describe(source)))
    with written_aside(dest) as tmp:
        try:
            src = connect(source, passphrase)
            try:
                out = connect(tmp, passphrase)
                try:
                    src.backup(out)
                    out.execute("PRAGMA journal_mode = DELETE")
                finally:
                    out.close()
            finally:
                src.close()
        except dbapi().DatabaseError as exc:
            raise StorageError(not_written(explain(exc), source)) from None
        problem = encrypted_backup_problem(tmp, passphrase)
        if problem is not None:
            raise DatabaseError(not_written(failed_check(problem), source))
    return dest


def encrypted_backup_problem(path: Path, passphrase: str) -> str | None:
    """Why `path` is not a good backup of an encrypted book (None: it is one): SQLCipher's
    page checks, then `storage.backup.book_problem`."""
    if not path.is_file() or path.stat().st_size == 0:
        return say("file.empty_or_missing", "it is empty or missing")
    found = problems(path, passphrase)
    if found:
        return say("file.integrity", "integrity: {detail}", detail=str(found[0]))
    con = connect(path, passphrase, read_only=True)
    try:
        return book_problem(con, dbapi().DatabaseError)
    finally:
        con.close()


def encrypt_copy(plain: Path, dest: Path, passphrase: str) -> Path:
    """An encrypted copy of a plain database (SQLCipher's `sqlcipher_export`), checked; the
    plain file is left as it is for the caller to keep or remove."""
    _quote(passphrase)
    if dest.exists():
        raise DatabaseError(exists(dest))
    dest = Path(os.path.abspath(dest))
    create_owner_only(dest)
    con = dbapi().connect(sqlite_uri(plain, mode="rw"), uri=True)
    try:
        con.isolation_level = None
        con.execute("ATTACH DATABASE ? AS encrypted KEY ?", (sqlite_uri(dest), passphrase))
        con.execute("SELECT sqlcipher_export('encrypted')")
        con.execute("DETACH DATABASE encrypted")
    finally:
        con.close()
    if problems(dest, passphrase):
        raise DatabaseError(
            say(
                "encrypt.copy_unsound",
                "the encrypted copy {path} failed its integrity check",
                path=str(dest),
            )
        )
    return dest


def decrypt_copy(encrypted: Path, dest: Path, passphrase: str) -> Path:
    """A plain copy of an encrypted database (`sqlcipher_export` into an unkeyed file), checked;
    the encrypted file is left as it is."""
    if dest.exists():
        raise DatabaseError(exists(dest))
    dest = Path(os.path.abspath(dest))
    create_owner_only(dest)
    con = connect(encrypted, passphrase)
    try:
        con.isolation_level = None
        con.execute("ATTACH DATABASE ? AS plaintext KEY ''", (sqlite_uri(dest),))
        con.execute("SELECT sqlcipher_export('plaintext')")
        con.execute("DETACH DATABASE plaintext")
    finally:
        con.close()
    con = dbapi().connect(sqlite_uri(dest, mode="rw"), uri=True)
    try:
        sound = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    if not sound:
        raise DatabaseError(
            say(
                "decrypt.copy_unsound",
                "the plain copy {path} failed its integrity check",
                path=str(dest),
            )
        )
    return dest


def upgrade_encrypted(path: Path, passphrase: str, backup_dir: Path, now: datetime) -> Engine:
    """Open an encrypted database at the current schema, creating or upgrading it
    (`prepare_encrypted`); an engine over it with crmnote's pragmas."""
    prepare_encrypted(path, passphrase, backup_dir, now)
    return make_encrypted_engine(path, passphrase)


def prepare_encrypted(
    path: Path, passphrase: str, backup_dir: Path, now: datetime, *, read_only: bool = False
) -> MigrationReport:
    """Bring an encrypted database to the current schema, creating or upgrading it.

    As `storage.migrate.prepare_database` does for plain files: a wrong passphrase or damage is
    reported before anything is written, a newer schema is refused, an older one is backed up
    (encrypted) into `backup_dir` first, and the upgrade runs with foreign keys off in one
    transaction that commits only if `foreign_key_check` finds nothing. The pages are not all
    read here: the backup taken before an upgrade checks them, and so does the daily one.
    What the file holds is read read-only first: another application's database or a newer
    book is refused before a byte is written. A `read_only` book must be at head already.
    """
    earlier = [p for _, p in reversed(list_backups(backup_dir, path.stem))]
    verdict = check_can_open(path, passphrase, earlier, thorough=False)
    if verdict is not Diagnosis.NEW:
        found = shape_of(path, passphrase)
        refuse_unless_ours(found, path)
        if read_only:
            if found.revision != head_revision():
                raise DatabaseError(read_only_older(path, found.revision))
            return MigrationReport(found.revision, found.revision, False, None)
    try:
        return _upgrade(path, passphrase, backup_dir, now)
    except OperationalError as exc:
        raise StorageError(not_upgraded(path, explain(exc.orig or exc))) from None


def _upgrade(path: Path, passphrase: str, backup_dir: Path, now: datetime) -> MigrationReport:
    engine = make_encrypted_engine(path, passphrase, foreign_keys=False)
    backup = None
    try:
        with engine.connect() as conn:
            before = current_revision(conn)
            conn.rollback()
        after = head_revision()
        if before == after:
            return MigrationReport(before, after, False, None)
        if before is not None:
            private_dirs(backup_dir)
            name = f"{path.stem}-{now:%Y%m%d-%H%M%S}-pre-migration.sqlite3"
            backup = backup_encrypted(path, backup_dir / name, passphrase)
        with engine.connect() as conn, conn.begin():
            from alembic import command  # only to upgrade: a book at head never loads it

            command.upgrade(alembic_config(conn), "head")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(broken_after_migration(broken))
        return MigrationReport(before, after, before is None, backup)
    finally:
        engine.dispose()
