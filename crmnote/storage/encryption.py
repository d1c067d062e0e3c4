"""Optional SQLCipher encryption: keyed engines, checked backups, wrong passphrase vs damage.

Needs the `sqlcipher3` module (the `sqlcipher3-binary` wheel bundles SQLCipher 4); everything
else in crmnote works without it. An encrypted file has no plain header: its first 16 bytes are
the key-derivation salt and every page carries an HMAC, so a wrong passphrase and a damaged
first page fail the same way ("file is not a database"). `diagnose` tells them apart by what
else it can see: the header, the file size, and whether the passphrase opens a backup of the
same database.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine

from crmnote.domain.errors import DatabaseDamagedError, DatabaseError
from crmnote.domain.reasons import say
from crmnote.storage.backup import list_backups
from crmnote.storage.book_shape import BookShape, shape_on
from crmnote.storage.diagnosis import Diagnosis
from crmnote.storage.engine import _real_transactions, create_owner_only, database_url
from crmnote.storage.private_files import tighten_empty
from crmnote.storage.sqlite_files import connect_read_only, sqlite_uri

__all__ = ["Diagnosis"]

PLAIN_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4's default page size
_REPEATS = re.compile(rb"(.)\1{15}", re.DOTALL)
# Each witness costs a key derivation (PBKDF2, 256,000 rounds): the newest few are enough.
WITNESSES = 3


class WrongPassphraseError(DatabaseError):
    """The passphrase does not open this database."""


class DamagedDatabaseError(DatabaseDamagedError):
    """The file is encrypted and the passphrase is right, but pages fail their checks."""


class NotEncryptedError(DatabaseError):
    """The file is a plain SQLite database; it needs no passphrase."""


def dbapi() -> ModuleType:
    """The SQLCipher DB-API module; a clear error when the optional package is missing."""
    try:
        return importlib.import_module("sqlcipher3.dbapi2")
    except ImportError:
        raise DatabaseError(
            say(
                "encrypt.no_package",
                "encrypted databases need the sqlcipher3 package (pip install sqlcipher3-binary)",
            )
        ) from None


def available() -> bool:
    try:
        dbapi()
    except DatabaseError:
        return False
    return True


def _quote(passphrase: str) -> str:
    if not passphrase or "\x00" in passphrase:
        raise DatabaseError(
            say(
                "encrypt.bad_passphrase",
                "a passphrase must be non-empty text without NUL characters",
            )
        )
    return "'" + passphrase.replace("'", "''") + "'"


def _keyed(passphrase: str) -> Any:
    quoted = _quote(passphrase)

    def key(con: Any) -> None:
        # crmnote reports failures itself; SQLCipher would also print them to stderr.
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = {quoted}")

    return key


def connect(path: Path, passphrase: str, *, read_only: bool = False) -> Any:
    """A DB-API connection to `path` (its quoted URI) keyed with `passphrase` before any page
    is read; `read_only` opens it read-only (storage.sqlite_files.connect_read_only)."""
    key = _keyed(passphrase)
    if read_only:
        return connect_read_only(path, dbapi(), key, check_same_thread=False)
    con = dbapi().connect(sqlite_uri(path, mode="rw"), uri=True, check_same_thread=False)
    key(con)
    return con


def make_encrypted_engine(
    path: Path, passphrase: str, *, foreign_keys: bool = True, read_only: bool = False
) -> Engine:
    """An engine over an encrypted file with crmnote's pragmas; creates it owner-only.

    The passphrase stays in the connection factory, never in the URL, so it cannot show up in
    a logged or printed engine.
    """
    _quote(passphrase)
    if not read_only:
        if path.exists():
            tighten_empty(path)
        else:
            create_owner_only(path)
    engine = create_engine(
        database_url(path),
        module=dbapi(),
        creator=lambda: connect(path, passphrase, read_only=read_only),
    )
    _real_transactions(engine, foreign_keys=foreign_keys, read_only=read_only)
    return engine


def shape_of(path: Path, passphrase: str) -> BookShape:
    """What the encrypted file holds, read read-only through the passphrase."""
    con = connect(path, passphrase, read_only=True)
    try:
        return shape_on(con)
    finally:
        con.close()


def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(len(PLAIN_HEADER))


def _plain(path: Path) -> bool:
    return _head(path) == PLAIN_HEADER


def looks_encrypted(path: Path, backups: Sequence[Path] = ()) -> bool:
    """Whether `path` holds a SQLCipher database, so that opening it needs a passphrase.

    An encrypted file has no plain header, but neither has a plain file whose first bytes were
    overwritten; its fixed header bytes 21-23 (64, 32, 32) usually survive, and an encrypted
    file shows them with a chance of one in 16 million. When they do not (a zeroed first
    sector), the zeros do: an encrypted page is random bytes throughout. A file cut short of a
    whole page is damaged either way: its newest backup (`backups`, newest first) says which
    kind it was.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as f:
        head = f.read(PAGE_SIZE)
    if head.startswith(PLAIN_HEADER) or head[21:24] == b"\x40\x20\x20":
        return False
    if _REPEATS.search(head):
        # Ciphertext shows no run of 16 equal bytes (a chance of about 1 in 10^33 per page);
        # a plain page has zeros in its free space, and a zeroed first sector is all zeros.
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
) -> Diagnosis:
    """What opening `path` with `passphrase` would meet; `backups` (newest first) are earlier
    copies of the same database (encrypted with the same passphrase), the one witness that a
    passphrase is right when the file's first page no longer authenticates.

    `thorough` also runs the page and integrity checks when the passphrase opens the file: a
    read of every page. Start-up skips them, as it skips `integrity_check` on a plain file;
    the daily backup runs them on its copy.
    """
    if not path.exists() or path.stat().st_size == 0:
        return Diagnosis.NEW
    if _plain(path):
        return Diagnosis.NOT_ENCRYPTED
    if path.stat().st_size % PAGE_SIZE:
        return Diagnosis.DAMAGED  # SQLCipher only ever writes whole pages
    if _opens(path, passphrase):
        return Diagnosis.DAMAGED if thorough and problems(path, passphrase) else Diagnosis.OK
    witnesses = [b for b in backups if b.is_file() and b.stat().st_size and not _plain(b)]
    if any(_opens(b, passphrase) for b in witnesses[:WITNESSES]):
        return Diagnosis.DAMAGED
    return Diagnosis.WRONG_PASSPHRASE


def check_can_open(
    path: Path, passphrase: str, backups: Sequence[Path] = (), *, thorough: bool = True
) -> Diagnosis:
    """`diagnose`, raising the matching error unless the file can be opened (OK or NEW)."""
    verdict = diagnose(path, passphrase, backups, thorough=thorough)
    if verdict is Diagnosis.NOT_ENCRYPTED:
        raise NotEncryptedError(
            say(
                "encrypt.not_encrypted",
                "{path} is not encrypted; open it without a passphrase",
                path=str(path),
            )
        )
    if verdict is Diagnosis.WRONG_PASSPHRASE:
        raise WrongPassphraseError(
            say("encrypt.wrong_passphrase", "the passphrase does not open {path}", path=str(path))
        )
    if verdict is Diagnosis.DAMAGED:
        raise DamagedDatabaseError(
            say(
                "encrypt.damaged",
                "{path} is damaged (the passphrase is right); restore a backup",
                path=str(path),
            )
        )
    return verdict
