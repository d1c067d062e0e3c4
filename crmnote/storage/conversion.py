"""Encrypting a plain database, or decrypting an encrypted one, in place; the original kept.

The new file is written beside the database under a temporary name, checked, and compared
with the original row by row; only then does it take the database's name, and the original
is renamed aside, never deleted. What happens to the original is the user's decision: a plain
one is readable by anyone who can read the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import say
from crmnote.storage.backup import content_digest
from crmnote.storage.encrypted_copies import decrypt_copy, encrypt_copy
from crmnote.storage.encryption import connect


def in_use(path: Path) -> bool:
    """True while a connection is open on the database: SQLite removes its -wal and -shm
    files when the last one closes."""
    return any(path.with_name(path.name + side).exists() for side in ("-wal", "-shm"))


def encrypt_in_place(path: Path, passphrase: str, now: datetime) -> Path:
    """Encrypt the plain database at `path`; returns where the plain original was kept."""
    return _convert(
        path,
        "unencrypted",
        now,
        lambda work: encrypt_copy(path, work, passphrase),
        _plain,
        lambda p: connect(p, passphrase),
    )


def decrypt_in_place(path: Path, passphrase: str, now: datetime) -> Path:
    """Decrypt the encrypted database at `path`; returns where the encrypted original went."""
    return _convert(
        path,
        "encrypted",
        now,
        lambda work: decrypt_copy(path, work, passphrase),
        lambda p: connect(p, passphrase),
        _plain,
    )


def _plain(path: Path) -> Any:
    # Read-write, though it only reads: a read-only connection leaves -wal and -shm behind,
    # which must not sit beside the file that takes this name.
    return sqlite3.connect(path)


def _digest(open_connection: Callable[[Path], Any], path: Path) -> str:
    con = open_connection(path)
    try:
        return content_digest(con)
    finally:
        con.close()


def _convert(
    path: Path,
    label: str,
    now: datetime,
    make: Callable[[Path], Path],
    read_original: Callable[[Path], Any],
    read_copy: Callable[[Path], Any],
) -> Path:
    if in_use(path):
        raise DatabaseError(
            say(
                "convert.in_use",
                "{path} is open in another program (its -wal file is there); close crmnote and "
                "try again",
                path=str(path),
            )
        )
    work = path.with_name(f"{path.name}.converting")
    if work.exists():
        raise DatabaseError(
            say(
                "convert.leftover",
                "{work} is left from an interrupted conversion; check it, then remove it (or, if "
                "{name} is missing, rename it to {name})",
                work=str(work),
                name=path.name,
            )
        )
    try:
        make(work)
        if _digest(read_original, path) != _digest(read_copy, work):
            raise DatabaseError(
                say(
                    "convert.differs",
                    "the converted copy differs from the database; nothing changed",
                )
            )
        if in_use(path) or in_use(work):
            raise DatabaseError(
                say(
                    "convert.opened_meanwhile",
                    "{path} was opened by another program meanwhile; try again",
                    path=str(path),
                )
            )
    except BaseException:
        work.unlink(missing_ok=True)
        raise
    aside = path.with_name(f"{path.name}.{label}-{now:%Y%m%d-%H%M%S}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.{label}-{now:%Y%m%d-%H%M%S}-{n}")
    path.rename(aside)
    work.rename(path)
    return aside
