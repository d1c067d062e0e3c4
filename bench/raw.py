"""The baselines' raw SQL on either back end: a plain DB-API connection to the bench book
(sqlite3 read-only on the file, or psycopg on the server), no ORM, no domain objects.

Queries are written with `:name` parameters (sqlite3's style) and turned into psycopg's
`%(name)s` on a server.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crmnote.storage.sqlite_files import sqlite_uri

_PARAM = re.compile(r"(?<![:\w]):(\w+)")


@dataclass(frozen=True)
class Book:
    """The book a benchmark runs on: `db` as crmnote takes it (a path or a URL), the SQLite
    data set it was made from, and its back end."""

    db: str
    file: Path
    backend: str = "sqlite"

    @property
    def server(self) -> bool:
        return self.backend == "postgresql"

    @property
    def label(self) -> str:
        return "PostgreSQL" if self.server else "sqlite3"


class Raw:
    """Raw reads (and, with `write=True`, writes) on the book."""

    def __init__(self, book: Book, *, write: bool = False) -> None:
        self.book = book
        if book.server:
            import psycopg
            from sqlalchemy import make_url

            url = make_url(book.db).set(drivername="postgresql")
            self.con: Any = psycopg.connect(url.render_as_string(hide_password=False))
            self.con.autocommit = not write
        else:
            mode = "rw" if write else "ro"
            self.con = sqlite3.connect(sqlite_uri(Path(book.db), mode=mode), uri=True)
            if write:
                self.con.isolation_level = None

    def _sql(self, sql: str) -> str:
        if not self.book.server:
            return sql
        return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))

    def rows(self, sql: str, params: dict[str, Any] | Sequence[Any] = ()) -> list[Any]:
        cursor = self.con.cursor()
        try:
            cursor.execute(self._sql(sql), params)
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def one(self, sql: str, params: dict[str, Any] | Sequence[Any] = ()) -> Any:
        found = self.rows(sql, params)
        return found[0] if found else None

    def execute(self, sql: str, params: dict[str, Any] | Sequence[Any] = ()) -> None:
        cursor = self.con.cursor()
        try:
            cursor.execute(self._sql(sql), params)
        finally:
            cursor.close()

    def commit(self) -> None:
        if self.book.server:
            self.con.commit()
        else:
            self.con.execute("COMMIT")

    def close(self) -> None:
        self.con.close()
