"""Optional SQLCipher encryption: keyed engines, checked backups, wrong passphrase vs damage.

Needs the `sqlcipher3` module (the `sqlcipher3-binary` wheel bundles SQLCipher 4); everything
else in crmnote works without it. An encrypted file has no plain header: its first 16 bytes are
the key-derivation salt and every page carries an HMAC, so a wrong passphrase and a damaged
first page fail the same way ("file is not a database"). `diagnose` tells them apart by what
else it can see: the header, the file size, and whether the passphrase opens a backup of the
same database.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from alembic import command
from sqlalchemy import Engine, create_engine

from crmnote.domain.errors import DatabaseDamagedError, DatabaseError, DatabaseTooNewError
from crmnote.storage.backup import list_backups
from crmnote.storage.engine import _real_transactions, create_owner_only, database_url
from crmnote.storage.migrate import (
    MigrationReport,
    alembic_config,
    current_revision,
    head_revision,
    is_known_revision,
)

PLAIN_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4's default page size
# Each witness costs a key derivation (PBKDF2, 256,000 rounds): the newest few are enough.
WITNESSES = 3


class WrongPassphraseError(DatabaseError):
    """The passphrase does not open this database."""


class DamagedDatabaseError(DatabaseDamagedError):
    """The file is encrypted and the passphrase is right, but pages fail their checks."""


class NotEncryptedError(DatabaseError):
    """The file is a plain SQLite database; it needs no passphrase."""


class Verdict(enum.Enum):
    OK = "ok"
    NEW = "new"
    NOT_ENCRYPTED = "not encrypted"
    WRONG_PASSPHRASE = "wrong passphrase"
    DAMAGED = "damaged"


def dbapi() -> ModuleType:
    """The SQLCipher DB-API module; a clear error when the optional package is missing."""
    try:
        return importlib.import_module("sqlcipher3.dbapi2")
    except ImportError:
        raise DatabaseError(
            "encrypted databases need the sqlcipher3 package (pip install sqlcipher3-binary)"
        ) from None


def available() -> bool:
    try:
        dbapi()
    except DatabaseError:
        return False
    return True


def _quote(passphrase: str) -> str:
    if not passphrase or "\x00" in passphrase:
        raise DatabaseError("a passphrase must be non-empty text without NUL characters")
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str) -> Any:
    """A DB-API connection to `path` keyed with `passphrase` before any page is read."""
    con = dbapi().connect(str(path), check_same_thread=False)
    # crmnote reports failures itself; SQLCipher would also print them to stderr.
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(f"PRAGMA key = {_quote(passphrase)}")
    return con


def make_encrypted_engine(path: Path, passphrase: str, *, foreign_keys: bool = True) -> Engine:
    """An engine over an encrypted file with crmnote's pragmas; creates it owner-only.

    The passphrase stays in the connection factory, never in the URL, so it cannot show up in
    a logged or printed engine.
    """
    _quote(passphrase)
    if not path.exists():
        create_owner_only(path)
    engine = create_engine(
        database_url(path), module=dbapi(), creator=lambda: connect(path, passphrase)
    )
    _real_transactions(engine, foreign_keys=foreign_keys)
    return engine


def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(len(PLAIN_HEADER))


def _plain(path: Path) -> bool:
    return _head(path) == PLAIN_HEADER


def looks_encrypted(path: Path, backups: Sequence[Path] = ()) -> bool:
    """Whether `path` holds a SQLCipher database, so that opening it needs a passphrase.

    An encrypted file has no plain header, but neither has a plain file whose first bytes were
    overwritten; its fixed header bytes 21-23 (64, 32, 32) usually survive, and an encrypted
    file shows them with a chance of one in 16 million. A file cut short of a whole page is
    damaged either way: its newest backup (`backups`, newest first) says which kind it was.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as f:
        head = f.read(24)
    if head.startswith(PLAIN_HEADER) or head[21:24] == b"\x40\x20\x20":
        return False
    if path.stat().st_size % PAGE_SIZE == 0:
        return True
    newest = next((b for b in backups if b.is_file() and b.stat().st_size), None)
    return newest is not None and not _plain(newest)


def needs_passphrase(path: Path, backup_dir: Path) -> bool:
    """`looks_encrypted`, with the database's own backups (listed only when the header leaves
    it open: a plain database's start-up pays one 16-byte read)."""
    if not path.is_file() or path.stat().st_size == 0 or _plain(path):
        return False
    return looks_encrypted(path, [p for _, p in reversed(list_backups(backup_dir, path.stem))])


def _opens(path: Path, passphrase: str) -> bool:
    """True when the passphrase authenticates and decrypts the first page of `path`."""
    con = connect(path, passphrase)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi().DatabaseError:
        return False
    finally:
        con.close()
    return True


def problems(path: Path, passphrase: str) -> list[str]:
    """What SQLCipher's page checks and SQLite's integrity check find (empty: sound)."""
    con = connect(path, passphrase)
    try:
        found = [str(r[0]) for r in con.execute("PRAGMA cipher_integrity_check")]
        found += [str(r[0]) for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"]
        return found
    except dbapi().DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()


def diagnose(
    path: Path, passphrase: str, backups: Sequence[Path] = (), *, thorough: bool = True
) -> Verdict:
    """What opening `path` with `passphrase` would meet; `backups` (newest first) are earlier
    copies of the same database (encrypted with the same passphrase), the one witness that a
    passphrase is right when the file's first page no longer authenticates.

    `thorough` also runs the page and integrity checks when the passphrase opens the file: a
    read of every page. Start-up skips them, as it skips `integrity_check` on a plain file;
    the daily backup runs them on its copy.
    """
    if not path.exists() or path.stat().st_size == 0:
        return Verdict.NEW
    if _plain(path):
        return Verdict.NOT_ENCRYPTED
    if path.stat().st_size % PAGE_SIZE:
        return Verdict.DAMAGED  # SQLCipher only ever writes whole pages
    if _opens(path, passphrase):
        return Verdict.DAMAGED if thorough and problems(path, passphrase) else Verdict.OK
    witnesses = [b for b in backups if b.is_file() and b.stat().st_size and not _plain(b)]
    if any(_opens(b, passphrase) for b in witnesses[:WITNESSES]):
        return Verdict.DAMAGED
    return Verdict.WRONG_PASSPHRASE


def check_can_open(
    path: Path, passphrase: str, backups: Sequence[Path] = (), *, thorough: bool = True
) -> Verdict:
    """`diagnose`, raising the matching error unless the file can be opened (OK or NEW)."""
    verdict = diagnose(path, passphrase, backups, thorough=thorough)
    if verdict is Verdict.NOT_ENCRYPTED:
        raise NotEncryptedError(f"{path} is not encrypted; open it without a passphrase")
    if verdict is Verdict.WRONG_PASSPHRASE:
        raise WrongPassphraseError(f"the passphrase does not open {path}")
    if verdict is Verdict.DAMAGED:
        raise DamagedDatabaseError(f"{path} is damaged (the passphrase is right); restore a backup")
    return verdict


def backup_encrypted(source: Path, dest: Path, passphrase: str) -> Path:
    """A verified copy of an encrypted database, encrypted with the same passphrase, made
    through the online backup API (consistent while others write)."""
    if dest.exists():
        raise DatabaseError(f"backup target {dest} already exists")
    create_owner_only(dest)
    src = connect(source, passphrase)
    try:
        out = connect(dest, passphrase)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.close()
    finally:
        src.close()
    if problems(dest, passphrase):
        raise DatabaseError(f"the backup written to {dest} failed its integrity check")
    return dest


def encrypt_copy(plain: Path, dest: Path, passphrase: str) -> Path:
    """An encrypted copy of a plain database (SQLCipher's `sqlcipher_export`), checked; the
    plain file is left as it is for the caller to keep or remove."""
    _quote(passphrase)
    if dest.exists():
        raise DatabaseError(f"{dest} already exists")
    create_owner_only(dest)
    con = dbapi().connect(str(plain))
    try:
        con.isolation_level = None
        con.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(dest), passphrase))
        con.execute("SELECT sqlcipher_export('encrypted')")
        con.execute("DETACH DATABASE encrypted")
    finally:
        con.close()
    if problems(dest, passphrase):
        raise DatabaseError(f"the encrypted copy {dest} failed its integrity check")
    return dest


def decrypt_copy(encrypted: Path, dest: Path, passphrase: str) -> Path:
    """A plain copy of an encrypted database (`sqlcipher_export` into an unkeyed file), checked;
    the encrypted file is left as it is."""
    if dest.exists():
        raise DatabaseError(f"{dest} already exists")
    create_owner_only(dest)
    con = connect(encrypted, passphrase)
    try:
        con.isolation_level = None
        con.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(dest),))
        con.execute("SELECT sqlcipher_export('plaintext')")
        con.execute("DETACH DATABASE plaintext")
    finally:
        con.close()
    con = dbapi().connect(str(dest))
    try:
        sound = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    if not sound:
        raise DatabaseError(f"the plain copy {dest} failed its integrity check")
    return dest


def upgrade_encrypted(path: Path, passphrase: str, backup_dir: Path, now: datetime) -> Engine:
    """Open an encrypted database at the current schema, creating or upgrading it
    (`prepare_encrypted`); an engine over it with crmnote's pragmas."""
    prepare_encrypted(path, passphrase, backup_dir, now)
    return make_encrypted_engine(path, passphrase)


def prepare_encrypted(
    path: Path, passphrase: str, backup_dir: Path, now: datetime
) -> MigrationReport:
    """Bring an encrypted database to the current schema, creating or upgrading it.

    As `storage.migrate.prepare_database` does for plain files: a wrong passphrase or damage is
    reported before anything is written, a newer schema is refused, an older one is backed up
    (encrypted) into `backup_dir` first, and the upgrade runs with foreign keys off in one
    transaction that commits only if `foreign_key_check` finds nothing. The pages are not all
    read here: the backup taken before an upgrade checks them, and so does the daily one.
    """
    earlier = [p for _, p in reversed(list_backups(backup_dir, path.stem))]
    check_can_open(path, passphrase, earlier, thorough=False)
    engine = make_encrypted_engine(path, passphrase, foreign_keys=False)
    backup = None
    try:
        with engine.connect() as conn:
            before = current_revision(conn)
            conn.rollback()
        if before is not None and not is_known_revision(before):
            raise DatabaseTooNewError(
                f"this database was written by a newer version of crmnote (schema {before}); "
                "update crmnote to open it"
            )
        after = head_revision()
        if before == after:
            return MigrationReport(before, after, False, None)
        if before is not None:
            backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            name = f"{path.stem}-{now:%Y%m%d-%H%M%S}-pre-migration.sqlite3"
            backup = backup_encrypted(path, backup_dir / name, passphrase)
        with engine.connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), "head")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(f"migration left broken references: {broken[:5]}")
        return MigrationReport(before, after, before is None, backup)
    finally:
        engine.dispose()
