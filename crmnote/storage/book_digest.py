"""The content checksum of a book, computed the same way on SQLite and on PostgreSQL.

Each row is one line of JSON: an array of its columns in the models' order, with the values as
stored (text as it is, whole numbers and booleans as JSON's, real numbers in their shortest
exact form, times `YYYY-MM-DDTHH:MM:SS[.ffffff]`, dates `YYYY-MM-DD`, NULL as null). A table's
digest is the SHA-256 of its lines in primary-key order (text keys by code point); the book's
checksum is the SHA-256 of one line `table rows digest` per copied table, by table name.
Derived tables (the search index, the filter texts) are left out: each back end builds its
own. docs/team.md#moving-a-book tells how to recompute it by hand.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from crmnote.domain.reasons import say
from crmnote.storage.book_tables import copied_tables, ordered_rows
from crmnote.storage.table_words import heading


def _other(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"no canonical form for {type(value).__name__}")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_other)


def _encoder() -> Callable[[Sequence[Any]], str]:
    """One row's line. The standard library's C encoder, made once and called directly,
    when there is one (`JSONEncoder.encode` makes one per call): the same text as
    `_ENCODER.encode`, a third less time when every row of a book passes."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return _ENCODER.encode
    chunks = make(None, _other, json.encoder.encode_basestring, None, ":", ",", False, False, True)
    return lambda row: "".join(chunks(row, 0))


_line = _encoder()


class TableDigest:
    """The running digest of one table's rows, fed in primary-key order."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.rows = 0

    def update(self, rows: Iterable[Sequence[Any]]) -> None:
        lines = [_line(row) for row in rows]  # (a tuple is a JSON array, as a list is)
        if lines:
            lines.append("")
            self._hash.update("\n".join(lines).encode())
            self.rows += len(lines) - 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


@dataclass(frozen=True)
class BookDigest:
    """Rows and digest per table, and the checksum over them."""

    tables: Mapping[str, tuple[int, str]]

    @property
    def checksum(self) -> str:
        lines = "".join(f"{name} {n} {d}\n" for name, (n, d) in sorted(self.tables.items()))
        return hashlib.sha256(lines.encode()).hexdigest()

    @property
    def rows(self) -> int:
        return sum(n for n, _ in self.tables.values())

    def differences(self, other: BookDigest) -> list[str]:
        """Tables whose count or content differ, in words (`Reason`s; empty when they agree)."""
        out: list[str] = []
        for name in sorted(set(self.tables) | set(other.tables)):
            (n, d), (m, e) = self.tables.get(name, (0, "")), other.tables.get(name, (0, ""))
            if n != m:
                out.append(
                    say(
                        "copy.count_differs",
                        "{table}: %n row(s), {copied} in the copy",
                        table=heading(name),
                        n=n,
                        copied=m,
                    )
                )
            elif d != e:
                out.append(
                    say(
                        "copy.content_differs",
                        "{table}: the same %n row(s), different content",
                        table=heading(name),
                        n=n,
                    )
                )
        return out


def book_digest(
    conn: Connection, batch: int = 5000, read: Callable[[str, int], None] | None = None
) -> BookDigest:
    """The digest of every copied table as `conn` sees them (one snapshot: call it inside a
    transaction); `read(table, rows)` is told after each batch."""
    tables = {}
    for table in copied_tables():
        digest = TableDigest()
        with closing(ordered_rows(conn, table, batch)) as batches:
            for rows in batches:
                digest.update(rows)
                if read is not None:
                    read(table.name, len(rows))
        tables[table.name] = (digest.rows, digest.hexdigest())
    return BookDigest(tables)
