"""Opening SQLite files by path: quoted URIs, read-only opens, and whether a file can be written.

A path is never pasted into a `file:` URI as it is: `#`, `?` and `%` end or change it, and SQLite
then opens a different, newly created file. Every byte of the path is percent-encoded instead
(https://www.sqlite.org/uri.html), so a folder named "Kunden #2" or "C# projects" is the one
opened.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote_from_bytes, urlencode

# A SQLAlchemy URL starts with its dialect's name and `://`; a path that merely contains
# `://` (a folder named "a:", then "//b") is still a path.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def file_named(db: str | os.PathLike[str]) -> Path | None:
    """The SQLite file `--db` names (absolute), or None when it is a URL (or looks like one
    missing its scheme: "://db" is a typo, not a path)."""
    text = os.fspath(db)
    if _URL.match(text) or text.startswith("://"):
        return None
    return Path(os.path.abspath(Path(text).expanduser()))


def sqlite_uri(path: Path | str, **params: str) -> str:
    """A `file:` URI naming exactly `path` (made absolute), with query `params` (mode=ro…)."""
    absolute = os.path.abspath(os.fspath(path))
    if os.name == "nt":  # file:///C:/… on Windows
        absolute = "/" + absolute.replace("\\", "/")
    encoded = quote_from_bytes(os.fsencode(absolute), safe="/")
    query = urlencode(params)
    return f"file:{encoded}" + (f"?{query}" if query else "")


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def connect(path: Path, mode: str = "rw", module: Any = sqlite3, **kwargs: Any) -> Any:
    """A connection to `path` through its quoted URI; `mode` is ro, rw or rwc."""
    return module.connect(sqlite_uri(path, mode=mode), uri=True, **kwargs)


def connect_read_only(
    path: Path, module: Any = sqlite3, prepare: Callable[[Any], None] | None = None, **kwargs: Any
) -> Any:
    """A read-only connection that changes nothing in the file.

    A WAL database on read-only media (a CD, a read-only mount, a folder one may not write)
    cannot be opened `mode=ro` when its -shm file is missing and cannot be created. With no
    -wal file there is nothing beyond the main file to read and nobody can write it, so it is
    opened `immutable=1`. A -wal file there holds commits only a writable copy can read.
    `prepare` runs on the connection before its first read (SQLCipher's key).
    """
    con = None
    try:
        con = module.connect(sqlite_uri(path, mode="ro"), uri=True, **kwargs)
        if prepare is not None:
            prepare(con)
        con.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return con
    except module.DatabaseError as exc:
        if con is not None:
            con.close()
        unopenable = isinstance(exc, module.OperationalError) and path.is_file()
        if not unopenable or _wal_content(path) or folder_writable(path.parent):
            raise
    con = module.connect(sqlite_uri(path, mode="ro", immutable="1"), uri=True, **kwargs)
    if prepare is not None:
        prepare(con)
    return con


def connect_reader(
    path: Path, module: Any = sqlite3, prepare: Callable[[Any], None] | None = None, **kwargs: Any
) -> Any:
    """A connection for reading a file that is (or may be) a crmnote book: read-write when the
    file can be written, else read-only.

    A read-only connection cannot remove the -wal and -shm files it makes beside a WAL
    database when it closes; a read-write one, the last to close, does (as SQLite always
    does), so reading a book leaves nothing beside it. It writes nothing unless asked, but
    closing it checkpoints the WAL: files that may be someone else's are read with
    `connect_read_only` instead.
    """
    if not database_writable(path):
        return connect_read_only(path, module, prepare, **kwargs)
    con = module.connect(sqlite_uri(path, mode="rw"), uri=True, **kwargs)
    if prepare is not None:
        try:
            prepare(con)
        except BaseException:
            con.close()
            raise
    return con


def _wal_content(path: Path) -> bool:
    wal = side_file(path, "-wal")
    return wal.exists() and wal.stat().st_size > 0


def folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def file_writable(path: Path) -> bool:
    """The file can be opened for writing: not on read-only media, not immutable, not
    without write permission (tried, not guessed from the mode bits, which root ignores)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    os.close(fd)
    return True


def database_writable(path: Path) -> bool:
    """crmnote can write the database: the file, and its -wal and -shm files (which SQLite
    creates beside it unless they are already there and writable)."""
    if not file_writable(path):
        return False
    if folder_writable(path.parent):
        return True
    sides = [side_file(path, s) for s in ("-wal", "-shm")]
    return all(s.exists() and file_writable(s) for s in sides)
