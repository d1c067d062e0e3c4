"""The first screen of a SQLite book read with plain SQL: no SQLAlchemy, no Alembic.

Importing SQLAlchemy's ORM and mapping the rows takes several times as long as starting Qt.
The main window's first screen needs only a handful of reads: a page of the customer list in
some order, the number of customers, the tags, and Today's agenda. They are read here with the
standard `sqlite3` module, on a read-only connection of their own, so the window can paint
while the ORM loads on a worker (`services/first_screen.py`). The statements are the ones
`storage/list_queries.py`, `today_queries.py` and `report_queries.py` build for SQLite, and
values come back as those give them (`tests/unit/storage/test_first_screen.py` compares them).

Only a plain (not encrypted) file whose schema is this version's head is read here; anything
else opens the usual way.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crmnote.domain.settings import Setting
from crmnote.domain.types import CustomerId, CustomerStatus
from crmnote.domain.views import CustomerSummary
from crmnote.storage.book_shape import HEAD_REVISION, Shape, shape_on
from crmnote.storage.sqlite_files import connect_read_only, database_writable

SQLITE_HEADER = b"SQLite format 3\x00"

# The list's sort keys (services.list_query.SortKey values) and their columns.
SORT_COLUMNS = {
    "name": "name",
    "company": "company",
    "status": "status",
    "difficulty": "difficulty",
    "trust": "trust",
    "last_contact": "last_contact_at",
    "open_promises": "open_promises",
    "overdue": "next_due",
}

_SUMMARY = (
    "SELECT id, name, company, status, difficulty, trust, last_contact_at, open_promises, "
    "next_due FROM customers"
)
_PROMISES_DUE = (
    "SELECT p.id, c.id, c.name, p.text, p.due FROM promises p "
    "JOIN customers c ON c.id = p.customer_id "
    "WHERE p.status = 'open' AND p.due <= :until{after} ORDER BY p.due, p.id LIMIT :limit"
)
_PROMISE_IDS_DUE = (
    "SELECT id FROM promises WHERE status = 'open' AND due <= ? ORDER BY due, id LIMIT ?"
)
# The first `limit` entries of the (state, raised_at, id) index in order (migration 0014): no
# sort, a customer looked up for each row shown only.
_PENDING = (
    "SELECT r.id, c.id, c.name, r.text, r.raised_at FROM {table} r "
    "JOIN customers c ON c.id = r.customer_id WHERE r.{column} = 'pending' "
    "ORDER BY r.raised_at, r.id LIMIT ?"
)
# Decisions to fix our side whose follow-up is not done (services.agenda's `our_side`).
_OUR_SIDE = (
    "SELECT d.id, c.id, c.name, d.follow_up, d.follow_up_due FROM decisions d "
    "JOIN customers c ON c.id = d.customer_id "
    "WHERE d.follow_up_due IS NOT NULL AND d.follow_up_done_at IS NULL "
    "ORDER BY d.follow_up_due, d.id LIMIT ?"
)

# The distinct tags in order, one step of the tag index per tag (a recursive walk of
# ix_customer_tags_tag): DISTINCT reads every customer's tags (8-16 ms at 100,000 customers).
DISTINCT_TAGS = (
    "WITH RECURSIVE t(tag) AS (SELECT min(tag) FROM customer_tags UNION ALL "
    "SELECT (SELECT min(tag) FROM customer_tags WHERE tag > t.tag) FROM t "
    "WHERE t.tag IS NOT NULL) SELECT tag FROM t WHERE tag IS NOT NULL"
)

Row = tuple[int, int, str, str, Any]


def _datetime(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


class FirstScreenReader:
    """Reads of the first screen on one read-only connection (any thread, one at a time)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con
        self._lock = threading.Lock()
        # Today and the reminders ask several of the same questions at start-up: each is read
        # once while nobody commits (the memo is dropped when the data version moves).
        self._memo: dict[tuple[Any, ...], Any] = {}
        self._memo_version: int | None = None

    @staticmethod
    def open(path: Path) -> FirstScreenReader | None:
        """A reader for `path` if it is a plain, writable crmnote book at this version's head;
        None for anything else (a new, empty, encrypted, older, newer, foreign, damaged or
        read-only file), which is then opened the usual way."""
        try:
            if not path.is_file() or path.stat().st_size == 0:
                return None
            with path.open("rb") as f:
                if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    return None
            if not database_writable(path):
                return None
            con = connect_read_only(path, check_same_thread=False)
        except (OSError, sqlite3.Error):
            return None
        try:
            found = shape_on(con)
            if found.shape is not Shape.BOOK or found.revision != HEAD_REVISION:
                con.close()
                return None
        except sqlite3.Error:
            con.close()
            return None
        return FirstScreenReader(con)

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def _all(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            return self._con.execute(sql, params).fetchall()

    def data_version(self) -> int:
        """SQLite's `PRAGMA data_version` on this connection: moves when another commits."""
        return int(self._all("PRAGMA data_version")[0][0])

    def _remembered(self, key: tuple[Any, ...], read: Any) -> Any:
        version = self.data_version()
        if version != self._memo_version:
            self._memo, self._memo_version = {}, version
        if key not in self._memo:
            self._memo[key] = read()
        return self._memo[key]

    # -- the customer list ---------------------------------------------------------------

    def page(
        self, order_by: str, descending: bool, offset: int, limit: int
    ) -> list[CustomerSummary]:
        """The whole list, unfiltered, in the list's order (empty values last)."""
        column = SORT_COLUMNS[order_by]
        way = "DESC" if descending else "ASC"
        sql = f"{_SUMMARY} ORDER BY {column} {way} NULLS LAST, name, id LIMIT ? OFFSET ?"
        return [
            CustomerSummary(
                CustomerId(r[0]),
                r[1],
                r[2],
                CustomerStatus(r[3]),
                r[4],
                r[5],
                _datetime(r[6]),
                r[7],
                _date(r[8]),
            )
            for r in self._all(sql, (limit, offset))
        ]

    def count(self) -> int:
        return int(self._all("SELECT count(*) FROM customers")[0][0])

    def tags(self) -> list[str]:
        return [r[0] for r in self._all(DISTINCT_TAGS)]

    # -- Today (services.agenda.AgendaRows) ------------------------------------------------

    def setting(self, setting: Setting) -> Any:
        found = self._all("SELECT value FROM settings WHERE key = ?", (setting.key,))
        return setting.default if not found else json.loads(found[0][0])

    def promises_due(self, before: date | None, until: date, limit: int) -> list[Row]:
        key = ("promises_due", before, until, limit)
        return list(self._remembered(key, lambda: self._promises_due(before, until, limit)))

    def _promises_due(self, before: date | None, until: date, limit: int) -> list[Row]:
        after = "" if before is None else " AND p.due >= :before"
        params = {"until": until.isoformat(), "limit": limit}
        if before is not None:
            params["before"] = before.isoformat()
        rows = self._all(_PROMISES_DUE.format(after=after), params)
        return [(r[0], r[1], r[2], r[3], _date(r[4])) for r in rows]

    def promise_ids_due(self, until: date, limit: int) -> list[int]:
        return [r[0] for r in self._all(_PROMISE_IDS_DUE, (until.isoformat(), limit))]

    def pending_claims(self, limit: int) -> list[Row]:
        key = ("claims", limit)
        return list(self._remembered(key, lambda: self._pending("claims", "verdict", limit)))

    def claims_pending_before(self, cutoff: datetime, limit: int) -> list[Row]:
        # The first `limit` pending claims raised before `cutoff` are those of the first
        # `limit` pending claims (same order) raised before it: one read serves both.
        return [r for r in self.pending_claims(limit) if r[4] < cutoff]

    def pending_requests(self, limit: int) -> list[Row]:
        key = ("requests", limit)
        return list(self._remembered(key, lambda: self._pending("requests", "judgment", limit)))

    def our_follow_ups(self, limit: int) -> list[Row]:
        key = ("our_side", limit)
        return list(self._remembered(key, lambda: self._our_follow_ups(limit)))

    def _our_follow_ups(self, limit: int) -> list[Row]:
        return [(r[0], r[1], r[2], r[3], _date(r[4])) for r in self._all(_OUR_SIDE, (limit,))]

    def _pending(self, table: str, column: str, limit: int) -> list[Row]:
        sql = _PENDING.format(table=table, column=column)
        return [(r[0], r[1], r[2], r[3], _datetime(r[4])) for r in self._all(sql, (limit,))]
