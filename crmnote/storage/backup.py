"""Consistent backups through SQLite's online backup API, never a file copy of a live database."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

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
            # A backup is one self-contained file, not a WAL database with side files.
            out.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.close()
    finally:
        src.close()
    if not integrity_ok(dest):
        raise DatabaseError(f"the backup written to {dest} failed its integrity check")
    return dest


def timestamped_backup(
    source: Path,
    folder: Path,
    reason: str,
    now: datetime,
    copy: Callable[[Path, Path], Path] = backup_file,
) -> Path:
    """A backup named after the database, the time and the reason (e.g. `pre-migration`);
    `copy` makes it (an encrypted database passes its keyed copy)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    dest = folder / f"{source.stem}-{stamp}-{reason}.sqlite3"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"{source.stem}-{stamp}-{reason}-{n}.sqlite3"
    return copy(source, dest)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_STAMP = re.compile(r"-(\d{8}-\d{6})-")


def backup_time(path: Path) -> datetime | None:
    """The time a backup was taken, read from its name."""
    match = _STAMP.search(path.name)
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S") if match else None


def list_backups(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """Backups of the database named `stem` in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{stem}-*.sqlite3"):
        when = backup_time(path)
        if when is not None:
            found.append((when, path))
    return sorted(found)


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stamped in a database file, or None if it has none."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return revision_on(con)
    finally:
        con.close()


def revision_on(con: Any) -> str | None:
    """The Alembic revision on an open DB-API connection (plain or SQLCipher)."""
    row = con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if row is None:
        return None
    found = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if found is None else str(found[0])


def content_digest(con: Any) -> str:
    """SHA-256 of the schema and every table's rows, read through an open connection.

    Two backups of an unchanged encrypted database differ in every byte (each page gets a fresh
    IV), so "did anything change" is asked of the content. Backups copy pages as they are, so
    an unchanged database scans its rows in the same order.
    """
    digest = hashlib.sha256()
    schema = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
    names = []
    for kind, name, sql in schema.fetchall():
        digest.update(repr((kind, name, sql)).encode("utf-8", "surrogatepass"))
        if kind == "table" and not str(sql or "").upper().startswith("CREATE VIRTUAL"):
            names.append(str(name))
    for name in names:
        quoted = name.replace('"', '""')
        for row in con.execute(f'SELECT * FROM "{quoted}"'):
            digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def copy_into(source: Path, target: Path) -> None:
    """Replace the content of `target` (no connection may be open on it) with `source`'s."""
    if not target.exists():
        create_owner_only(target)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(target)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()


def check_file(path: Path) -> list[str]:
    """Problems SQLite finds in a database file: integrity, references, the indexes."""
    return _check(path, references=True)


def file_damage(path: Path) -> list[str]:
    """Damage to the file itself (integrity, the indexes' own structure): what a backup mends
    and a logical repair cannot. Broken references, and the filter index out of step with its
    texts, are left to `storage.consistency`."""
    return _check(path, references=False)


def _check(path: Path, *, references: bool) -> list[str]:
    try:
        # Read-write: FTS5's integrity check is spelled as an INSERT (it writes nothing).
        con = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    except sqlite3.DatabaseError as exc:
        return [f"cannot open: {exc}"]
    try:
        return check_connection(con, sqlite3.DatabaseError, references=references)
    finally:
        con.close()


def check_connection(con: Any, error: type[Exception], *, references: bool = True) -> list[str]:
    """`check_file` (or `file_damage`, without `references`) on an open DB-API connection;
    `error` is its module's DatabaseError."""
    problems: list[str] = []
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems += [f"integrity: {r}" for r in rows[:20]]
        if references:
            for table, rowid, parent, _ in con.execute("PRAGMA foreign_key_check"):
                problems.append(f"reference: {table} row {rowid} points to a missing {parent} row")
        for index, what, external in (
            ("search_index", "search index", False),
            ("customer_text_index", "customer filter index", True),
        ):
            # Rank 1 also compares an index with its content. The filter index keeps no copy of
            # its texts: a disagreement with customer_text is a logical problem that a rebuild
            # mends (storage.filter_sources), so damage is only its own structure (rank 0).
            rank = 0 if external and not references else 1
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (index,)).fetchone():
                try:
                    con.execute(
                        f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', {rank})"
                    )
                except error as exc:
                    problems.append(f"{what}: {exc}")
    except error as exc:
        problems.append(f"not a usable database: {exc}")
    return problems


SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty file (SQLite will create one) or one with the SQLite header."""
    with path.open("rb") as f:
        head = f.read(len(SQLITE_HEADER))
    return head in (b"", SQLITE_HEADER)


def readable(path: Path) -> bool:
    """The schema can be read: cheap enough for every start-up, unlike a full check."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
