"""How file-level care reads, copies and checks a database file: plain SQLite or SQLCipher.

`MaintenanceService` works on files, not through the engine, so that it can still help when the
database cannot be opened. A plain file is read with `sqlite3`; an encrypted one needs its
passphrase for every read, and its backups are encrypted with the same passphrase.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine

from crmnote.domain.errors import StorageError
from crmnote.domain.reasons import say
from crmnote.storage import backup as plain
from crmnote.storage import encryption as cipher
from crmnote.storage.book_shape import BookShape, Shape
from crmnote.storage.encrypted_copies import backup_encrypted, encrypted_backup_problem
from crmnote.storage.encryption import Diagnosis
from crmnote.storage.engine import create_owner_only, database_url, make_engine
from crmnote.storage.file_sentences import not_restored
from crmnote.storage.sqlite_errors import explain
from crmnote.storage.sqlite_files import database_writable


class DatabaseFiles(Protocol):
    encrypted: bool

    def sound(self, path: Path) -> bool:
        """The file passes its integrity checks."""

    def backup_problem(self, path: Path) -> str | None:
        """Why `path` is not a good backup: it must pass its integrity checks and be a crmnote
        book of a known revision with that revision's tables (None: it is a good one)."""

    def unsound(self, path: Path) -> str:
        """Why `sound(path)` is False, in a sentence."""

    def copy(self, source: Path, dest: Path) -> Path:
        """A verified backup of `source` at `dest`, which must not exist."""

    def copy_into(self, source: Path, target: Path) -> None:
        """Replace `target`'s content with `source`'s (no connection open on `target`)."""

    def revision(self, path: Path) -> str | None:
        """The Alembic revision stamped in the file."""

    def check(self, path: Path) -> list[str]:
        """Problems found in the file (empty when all is well)."""

    def damage(self, path: Path) -> list[str]:
        """`check` without broken references: damage only a backup mends."""

    def digest(self, path: Path) -> str:
        """Equal for two backups of an unchanged database."""

    def verdict(self, path: Path, backups: Sequence[Path]) -> Diagnosis:
        """Whether the file can be opened, cheaply (read at every start-up); nothing is
        written to it."""

    def engine(self, path: Path, *, foreign_keys: bool = True) -> Engine:
        """An engine over the file with crmnote's connection settings (the repair's has
        foreign keys off, as migrations run)."""


class PlainFiles:
    encrypted = False

    def sound(self, path: Path) -> bool:
        return plain.integrity_ok(path)

    def backup_problem(self, path: Path) -> str | None:
        return plain.backup_problem(path)

    def unsound(self, path: Path) -> str:
        if cipher.looks_encrypted(path):
            return say(
                "restore.encrypted_into_plain",
                "{path} is encrypted and this database is not; it cannot be restored here",
                path=str(path),
            )
        return say("restore.unsound", "{path} is not a sound SQLite database", path=str(path))

    def copy(self, source: Path, dest: Path) -> Path:
        return plain.backup_file(source, dest)

    def copy_into(self, source: Path, target: Path) -> None:
        plain.copy_into(source, target)

    def revision(self, path: Path) -> str | None:
        return plain.schema_revision(path)

    def check(self, path: Path) -> list[str]:
        return plain.check_file(path)

    def damage(self, path: Path) -> list[str]:
        return plain.file_damage(path)

    def digest(self, path: Path) -> str:
        return plain.file_digest(path)

    def verdict(self, path: Path, backups: Sequence[Path]) -> Diagnosis:
        if not path.exists():
            return Diagnosis.NEW
        if path.stat().st_size == 0:
            return Diagnosis.EMPTY
        if not (plain.looks_like_sqlite(path) and plain.readable(path)):
            return Diagnosis.DAMAGED
        try:
            found = plain.file_shape(path)
        except sqlite3.DatabaseError:
            return Diagnosis.DAMAGED
        return _by_shape(found, path)

    def engine(self, path: Path, *, foreign_keys: bool = True) -> Engine:
        return make_engine(database_url(path), foreign_keys=foreign_keys)


class EncryptedFiles:
    """Every read keyed with the passphrase, which is kept here and never shown in a repr."""

    encrypted = True

    def __init__(self, passphrase: str) -> None:
        self._passphrase = passphrase

    def __repr__(self) -> str:
        return "EncryptedFiles(<passphrase>)"

    def sound(self, path: Path) -> bool:
        return path.is_file() and not cipher.problems(path, self._passphrase)

    def backup_problem(self, path: Path) -> str | None:
        return encrypted_backup_problem(path, self._passphrase)

    def unsound(self, path: Path) -> str:
        if path.is_file() and path.stat().st_size and not cipher.looks_encrypted(path):
            return say(
                "restore.plain_into_encrypted",
                "{path} is not encrypted; this database is, so it cannot be restored from it",
                path=str(path),
            )
        return say(
            "restore.wrong_passphrase",
            "{path} does not open with this database's passphrase or is damaged",
            path=str(path),
        )

    def copy(self, source: Path, dest: Path) -> Path:
        return backup_encrypted(source, dest, self._passphrase)

    def copy_into(self, source: Path, target: Path) -> None:
        try:
            if not target.exists():
                create_owner_only(target)
            src = cipher.connect(source, self._passphrase)
            try:
                out = cipher.connect(target, self._passphrase)
                try:
                    src.backup(out)
                finally:
                    out.close()
            finally:
                src.close()
        except (OSError, cipher.dbapi().DatabaseError) as exc:
            raise StorageError(not_restored(target, explain(exc))) from None

    def revision(self, path: Path) -> str | None:
        con = cipher.connect(path, self._passphrase)
        try:
            return plain.revision_on(con)
        finally:
            con.close()

    def check(self, path: Path) -> list[str]:
        return self._check(path, references=True)

    def damage(self, path: Path) -> list[str]:
        return self._check(path, references=False)

    def _check(self, path: Path, *, references: bool) -> list[str]:
        found = cipher.problems(path, self._passphrase)
        if found:
            return [say("file.integrity", "integrity: {detail}", detail=str(p)) for p in found[:20]]
        con = cipher.connect(path, self._passphrase)
        try:
            error = cipher.dbapi().DatabaseError
            return plain.check_connection(con, error, references=references)
        finally:
            con.close()

    def digest(self, path: Path) -> str:
        con = cipher.connect(path, self._passphrase)
        try:
            return plain.content_digest(con)
        except cipher.dbapi().DatabaseError:
            # A backup from before encryption does not open with the key: it differs.
            return f"unreadable {path}"
        finally:
            con.close()

    def verdict(self, path: Path, backups: Sequence[Path]) -> Diagnosis:
        if path.exists() and path.stat().st_size == 0:
            return Diagnosis.EMPTY
        verdict = cipher.diagnose(path, self._passphrase, backups, thorough=False)
        if verdict is not Diagnosis.OK:
            return verdict
        try:
            found = cipher.shape_of(path, self._passphrase)
        except cipher.dbapi().DatabaseError:
            return Diagnosis.DAMAGED
        return _by_shape(found, path)

    def engine(self, path: Path, *, foreign_keys: bool = True) -> Engine:
        return cipher.make_encrypted_engine(path, self._passphrase, foreign_keys=foreign_keys)


def _by_shape(found: BookShape, path: Path) -> Diagnosis:
    """The verdict on a readable file from what it holds, and whether it can be written."""
    if found.shape is Shape.FOREIGN:
        return Diagnosis.FOREIGN
    if found.shape is Shape.TOO_NEW:
        return Diagnosis.TOO_NEW
    if found.shape is Shape.INCOMPLETE:
        return Diagnosis.DAMAGED
    return Diagnosis.OK if database_writable(path) else Diagnosis.READ_ONLY


def files_for(passphrase: str | None) -> DatabaseFiles:
    return PlainFiles() if passphrase is None else EncryptedFiles(passphrase)
