"""Consistent backups through SQLite's online backup API, never a file copy of a live database.

A backup is written under a temporary name beside its destination, checked (integrity, and a
crmnote book of a known revision with the tables that revision has), synced, and only then
given its name, atomically: a killed process, a full disk or a damaged source never leaves a
file that looks like a backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from crmnote.domain.errors import DatabaseError, StorageError
from crmnote.domain.reasons import say
from crmnote.storage.book_shape import BookShape, Shape, revision_on, shape_on
from crmnote.storage.file_sentences import cannot_back_up, failed_check, not_restored, not_written
from crmnote.storage.private_files import (
    create_owner_only,
    private_dirs,
    publish,
    stale_partials,
    temporary_beside,
)
from crmnote.storage.sqlite_errors import explain
from crmnote.storage.sqlite_files import (
    connect,
    connect_read_only,
    connect_reader,
    database_writable,
)
from crmnote.storage.table_words import heading

__all__ = ["revision_on"]


def integrity_ok(path: Path) -> bool:
    """True when `PRAGMA integrity_check` passes on the file (an empty file passes: SQLite
    reads it as an empty database; `backup_problem` asks more)."""
    try:
        con = connect_reader(path)
        try:
            return bool(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def book_problem(con: Any, error: type[Exception]) -> str | None:
    """Why the database on `con` is not a sound crmnote book of a known revision (None: it
    is one): integrity, then its schema."""
    try:
        rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            return say("file.integrity", "integrity: {detail}", detail=str(rows[0]))
        found = shape_on(con)
    except error as exc:
        return explain(exc)
    if found.shape is Shape.BOOK:
        return None
    if found.shape is Shape.EMPTY:
        return say("file.no_book", "it holds no crmnote book (no tables)")
    return found.describe(None)


def backup_problem(path: Path) -> str | None:
    """Why the plain file at `path` is not a good backup (None: it is one)."""
    if not path.is_file():
        return say("file.none", "there is no such file")
    if path.stat().st_size == 0:
        return say("file.empty", "it is empty (0 bytes)")
    try:
        con = connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        return explain(exc)
    try:
        return book_problem(con, sqlite3.DatabaseError)
    finally:
        con.close()


@contextlib.contextmanager
def written_aside(dest: Path) -> Iterator[Path]:
    """A private temporary file beside `dest` to write into; published as `dest` when the
    block ends normally, removed (with any journal SQLite left) when it does not."""
    if dest.exists():
        raise DatabaseError(
            say("backup.target_exists", "backup target {path} already exists", path=str(dest))
        )
    tmp = temporary_beside(dest)
    try:
        try:
            private_dirs(dest.parent)
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except OSError as exc:
            raise StorageError(not_written(explain(exc))) from None
        yield tmp
        try:
            publish(tmp, dest)
        except OSError as exc:
            raise StorageError(not_written(explain(exc))) from None
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def refuse_unless_book(source: Path) -> None:
    """Raise unless `source` is a crmnote book of a known revision, read read-only: another
    application's file is not copied (closing a read-write connection could change it)."""
    try:
        found = file_shape(source)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(cannot_back_up(source, explain(exc))) from None
    if found.shape is not Shape.BOOK:
        reason = (
            say("backup.it_is_empty", "it is empty")
            if found.shape is Shape.EMPTY
            else found.describe(source)
        )
        raise DatabaseError(cannot_back_up(source, reason))


def backup_file(source: Path, dest: Path) -> Path:
    """Copy a SQLite database page by page into `dest` (owner-only) and verify the copy."""
    dest = Path(os.path.abspath(dest))
    refuse_unless_book(source)
    with written_aside(dest) as tmp:
        try:
            src = connect_reader(source)
            try:
                out = connect(tmp, "rw")
                try:
                    src.backup(out)
                    # A backup is one self-contained file, not a WAL database with side files.
                    out.execute("PRAGMA journal_mode = DELETE")
                finally:
                    out.close()
            finally:
                src.close()
        except sqlite3.DatabaseError as exc:
            raise StorageError(not_written(explain(exc), source)) from None
        problem = backup_problem(tmp)
        if problem is not None:
            raise DatabaseError(not_written(failed_check(problem), source))
    return dest


def timestamped_backup(
    source: Path,
    folder: Path,
    reason: str,
    now: datetime,
    copy: Callable[[Path, Path], Path] = backup_file,
) -> Path:
    """A backup named after the database, the time and the reason (e.g. `pre-migration`);
    `copy` makes it (an encrypted database passes its keyed copy). Temporary files left by
    a backup that was killed are removed first."""
    private_dirs(folder)
    for leftover in stale_partials(folder):
        leftover.unlink(missing_ok=True)
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
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:  # digits that are no time (month 13)
        return None


def list_backups(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """Backups of the database named `stem` in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{_glob_escape(stem)}-*.sqlite3"):
        when = backup_time(path)
        if when is not None and path.name.startswith(f"{stem}-"):
            found.append((when, path))
    return sorted(found)


def _glob_escape(text: str) -> str:
    """`text` matched literally by glob (a stem may hold `*`, `?` or `[`)."""
    return re.sub(r"([*?\[])", r"[\1]", text)


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stamped in a database file, or None if it has none."""
    con = connect_reader(path)
    try:
        return revision_on(con)
    finally:
        con.close()


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
    try:
        if not target.exists():
            create_owner_only(target)
        src = connect_reader(source)
        try:
            out = connect(target, "rw")
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
    except (OSError, sqlite3.DatabaseError) as exc:
        raise StorageError(not_restored(target, explain(exc))) from None


def check_file(path: Path) -> list[str]:
    """Problems SQLite finds in a database file: integrity, references, the indexes."""
    return _check(path, references=True)


def file_damage(path: Path) -> list[str]:
    """Damage to the file itself (integrity, the indexes' own structure): what a backup mends
    and a logical repair cannot. Broken references, and the filter index out of step with its
    texts, are left to `storage.consistency`."""
    return _check(path, references=False)


def _check(path: Path, *, references: bool) -> list[str]:
    writable = database_writable(path)
    try:
        # Read-write: FTS5's integrity check is spelled as an INSERT (it writes nothing). A
        # read-only file is read read-only, without the index checks.
        con = connect(path, "rw") if writable else connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        return [say("check.cannot_open", "cannot open: {why}", why=explain(exc))]
    try:
        return check_connection(con, sqlite3.DatabaseError, references=references, fts=writable)
    finally:
        con.close()


def check_connection(
    con: Any, error: type[Exception], *, references: bool = True, fts: bool = True
) -> list[str]:
    """`check_file` (or `file_damage`, without `references`) on an open DB-API connection;
    `error` is its module's DatabaseError; `fts` False leaves out the index checks, which need
    a connection that may write."""
    problems: list[str] = []
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems += [
                say("file.integrity", "integrity: {detail}", detail=str(r)) for r in rows[:20]
            ]
        if references:
            for table, rowid, parent, _ in con.execute("PRAGMA foreign_key_check"):
                problems.append(
                    say(
                        "check.reference",
                        "reference: {table} row {row} points to a missing {parent} row",
                        table=heading(table),
                        row=rowid,
                        parent=heading(parent),
                    )
                )
        for index, what, external in (
            ("search_index", heading("search_index"), False),
            ("customer_text_index", heading("customer_text_index"), True),
        ):
            # Rank 1 also compares an index with its content. The filter index keeps no copy of
            # its texts: a disagreement with customer_text is a logical problem that a rebuild
            # mends (storage.filter_sources), so damage is only its own structure (rank 0).
            rank = 0 if external and not references else 1
            if not fts:
                continue
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (index,)).fetchone():
                try:
                    con.execute(
                        f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', {rank})"
                    )
                except error as exc:
                    problems.append(
                        say("check.index", "{index}: {detail}", index=what, detail=str(exc))
                    )
    except error as exc:
        problems.append(say("check.unusable", "not a usable database: {why}", why=explain(exc)))
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
        con = connect_reader(path)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def file_shape(path: Path) -> BookShape:
    """`book_shape.shape_on` of a plain file, read read-only (nothing written, not even WAL)."""
    con = connect_read_only(path)
    try:
        return shape_on(con)
    finally:
        con.close()
