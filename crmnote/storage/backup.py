"""Consistent backups through SQLite's online backup API, never a file copy of a live database."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from crmnote.domain.errors import DatabaseError
from crmnote.storage.engine import create_owner_only


def integrity_ok(path: Path) -> bool:
    """True when `PRAGMA integrity_check` passes on the file."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def backup_file(source: Path, dest: Path) -> Path:
    """Copy a SQLite database page by page into `dest` (owner-only) and verify the copy."""
    if dest.exists():
        raise DatabaseError(f"backup target {dest} already exists")
    create_owner_only(dest)
    src = sqlite3.connect(source)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    if not integrity_ok(dest):
        raise DatabaseError(f"the backup written to {dest} failed its integrity check")
    return dest


def timestamped_backup(source: Path, folder: Path, reason: str, now: datetime) -> Path:
    """A backup named after the database, the time and the reason (e.g. `pre-migration`)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    dest = folder / f"{source.stem}-{stamp}-{reason}.sqlite3"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"{source.stem}-{stamp}-{reason}-{n}.sqlite3"
    return backup_file(source, dest)
