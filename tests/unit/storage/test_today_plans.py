"""Today's reads walk an index in Today's order (migration 0014): the pending claims and
requests and the open follow-ups stop after the rows shown, with no sort of every match and no
table read of the rows not shown, on SQLite (EXPLAIN QUERY PLAN, the ORM's statements and the
first screen's) and PostgreSQL (EXPLAIN); the rows are still the oldest, in order."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from crmnote.bootstrap import OpenDatabase
from crmnote.storage import today_queries
from crmnote.storage.first_screen import FirstScreenReader

# The book filled once for this module is filled once per run: its tests share a worker.
pytestmark = pytest.mark.xdist_group("today_plans")

CUSTOMERS = 50
ROWS = 12000  # claims and requests each; one in eight pending
FOLLOW_UPS = 8000  # three in four done
LIMIT = 500
START = datetime(2024, 1, 1, 9)
DAY = date(2026, 11, 2)
PENDING_INDEXES = {
    "claims": "ix_claims_verdict_raised_at",
    "requests": "ix_requests_judgment_raised_at",
}
FOLLOW_UP_INDEX = "ix_decisions_follow_up_open"
PROMISE_INDEX = "ix_promises_status_due_id"


def _rows(opened: OpenDatabase) -> None:
    """Customers, claims, requests and decisions written with plain SQL, then analysed."""
    rng = random.Random(7)
    stamp = {"created_at": START, "updated_at": START}
    claims, requests, decisions, promises = [], [], [], []
    for i in range(ROWS):
        customer = rng.randrange(CUSTOMERS) + 1
        raised = START + timedelta(minutes=rng.randrange(1_000_000))
        pending = i % 8 == 0
        claims.append(
            {"c": customer, "at": raised, "t": f"claim {i}",
             "v": "pending" if pending else "partly", **stamp}
        )  # fmt: skip
        requests.append(
            {"c": customer, "at": raised, "t": f"request {i}",
             "j": "pending" if pending else "within_standard", **stamp}
        )  # fmt: skip
    for i in range(ROWS):
        due = DAY + timedelta(days=rng.randrange(-400, 400))
        promises.append(
            {"c": rng.randrange(CUSTOMERS) + 1, "t": f"promise {i}", "due": due,
             "s": "open" if i % 4 == 0 else "kept", **stamp}
        )  # fmt: skip
    for i in range(FOLLOW_UPS):
        due = DAY - timedelta(days=rng.randrange(-60, 700))
        done = START if i % 4 else None
        decisions.append(
            {"c": rng.randrange(CUSTOMERS) + 1, "at": START, "f": f"fix {i}", "due": due,
             "done": done, **stamp}
        )  # fmt: skip
    with opened.engine.begin() as conn:
        if opened.engine.dialect.name == "postgresql":
            # The rows' side effects (search vectors, filter texts, sync marks) are not what
            # these tests read, and the row triggers are most of a fill (8 s -> 1.4 s): off
            # for this transaction (the test server's setup role is a superuser).
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        conn.execute(
            text(
                "INSERT INTO customers (name, company, address, status, source, notes, "
                "open_promises, created_at, updated_at) VALUES "
                "(:n, '', '', 'active', '', '', 0, :created_at, :updated_at)"
            ),
            [{"n": f"Customer {i:03}", **stamp} for i in range(CUSTOMERS)],
        )
        conn.execute(
            text(
                "INSERT INTO claims (customer_id, raised_at, category, text, verdict, "
                "verdict_note, created_at, updated_at) VALUES "
                "(:c, :at, 'quality', :t, :v, '', :created_at, :updated_at)"
            ),
            claims,
        )
        conn.execute(
            text(
                "INSERT INTO requests (customer_id, raised_at, kind, text, judgment, "
                "judgment_note, insight, unit, created_at, updated_at) VALUES "
                "(:c, :at, 'extra', :t, :j, '', false, '', :created_at, :updated_at)"
            ),
            requests,
        )
        conn.execute(
            text(
                "INSERT INTO decisions (customer_id, at, action, reason, referral_to, message, "
                "follow_up, follow_up_due, follow_up_done_at, created_at, updated_at) VALUES "
                "(:c, :at, 'fix_our_side', '', '', '', :f, :due, :done, :created_at, :updated_at)"
            ),
            decisions,
        )
        conn.execute(
            text(
                "INSERT INTO promises (customer_id, text, category, made_at, due, status, "
                "evidence, unit, created_at, updated_at) VALUES "
                "(:c, :t, 'speed', :created_at, :due, :s, '', '', :created_at, :updated_at)"
            ),
            promises,
        )
    with opened.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")


@pytest.fixture
def book(module_book: tuple[OpenDatabase, bool]) -> OpenDatabase:
    """The book these tests read: ~45,000 rows written through the triggers cost seconds a
    book, so it is filled once per back end."""
    opened, new = module_book
    if new:
        _rows(opened)
    return opened


def _plans(opened: OpenDatabase, read: Callable[[Session], Any]) -> list[str]:
    """The plan of each SELECT `read` makes, one line per step."""
    statements: list[tuple[str, Any]] = []

    def seen(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, params))

    event.listen(opened.engine, "before_cursor_execute", seen)
    try:
        with Session(opened.engine) as session:
            read(session)
    finally:
        event.remove(opened.engine, "before_cursor_execute", seen)
    on_sqlite = opened.engine.dialect.name == "sqlite"
    explain = "EXPLAIN QUERY PLAN " if on_sqlite else "EXPLAIN "
    plans = []
    with opened.engine.connect() as conn:
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        for statement, params in statements:
            cursor.execute(explain + statement, params)
            # SQLite: (id, parent, notused, detail); PostgreSQL: one line of text a row.
            plans.append("\n".join(str(row[-1]) for row in cursor.fetchall()))
    return plans


def _walks(plan: str, index: str, dialect: str) -> bool:
    """Whether `plan` reads `index` in order and stops: no sort, no bitmap of every match."""
    if dialect == "sqlite":
        return f"USING INDEX {index} " in plan and "TEMP B-TREE" not in plan
    return f"Index Scan using {index} " in plan and "Sort" not in plan and "Bitmap" not in plan


def test_pending_claims_and_requests_walk_their_index(book: OpenDatabase) -> None:
    dialect = book.engine.dialect.name
    for table, read in (
        ("claims", today_queries.pending_claims),
        ("requests", today_queries.pending_requests),
    ):
        plans = _plans(book, lambda session, read=read: read(session, LIMIT))
        assert len(plans) == 1 and _walks(plans[0], PENDING_INDEXES[table], dialect), plans
        with Session(book.engine) as session:
            rows = read(session, LIMIT)
        with book.engine.connect() as conn:
            state = "verdict" if table == "claims" else "judgment"
            oldest = conn.execute(
                text(f"SELECT id FROM {table} WHERE {state} = 'pending' ORDER BY raised_at, id")
            ).scalars()
            assert [r[0] for r in rows] == list(oldest)[:LIMIT]


def test_open_follow_ups_walk_the_partial_index(book: OpenDatabase) -> None:
    plans = _plans(book, lambda session: today_queries.our_follow_ups(session, LIMIT))
    assert len(plans) == 1 and _walks(plans[0], FOLLOW_UP_INDEX, book.engine.dialect.name), plans
    with Session(book.engine) as session:
        rows = today_queries.our_follow_ups(session, LIMIT)
    with book.engine.connect() as conn:
        open_ones = conn.execute(
            text(
                "SELECT id FROM decisions WHERE follow_up_done_at IS NULL "
                "ORDER BY follow_up_due, id"
            )
        ).scalars()
        assert [r[0] for r in rows] == list(open_ones)[:LIMIT]


def test_overdue_and_due_promises_walk_their_index(book: OpenDatabase) -> None:
    dialect = book.engine.dialect.name
    late = DAY - timedelta(days=1)
    reads = (
        lambda session: today_queries.promises_due(session, None, late, LIMIT),
        lambda session: today_queries.promises_due(session, DAY, DAY + timedelta(days=300), LIMIT),
    )
    for read in reads:
        plans = _plans(book, read)
        assert len(plans) == 1 and _walks(plans[0], PROMISE_INDEX, dialect), plans
    with Session(book.engine) as session:
        rows = today_queries.promises_due(session, None, late, LIMIT)
    assert len(rows) == LIMIT and all(r[4] <= late for r in rows)
    assert [(r[4], r[0]) for r in rows] == sorted((r[4], r[0]) for r in rows)


@pytest.mark.sqlite_only  # the first screen reads SQLite books only
def test_the_first_screen_walks_the_same_indexes(book: OpenDatabase) -> None:
    assert book.engine.url.database is not None
    db_path = Path(book.engine.url.database)
    reader = FirstScreenReader.open(db_path)
    assert reader is not None
    statements: list[str] = []
    reader._con.set_trace_callback(statements.append)
    try:
        assert len(reader.pending_claims(LIMIT)) == LIMIT
        assert len(reader.pending_requests(LIMIT)) == LIMIT
        assert len(reader.our_follow_ups(LIMIT)) == LIMIT
    finally:
        reader.close()
    reads = [s for s in statements if s.startswith("SELECT") and "LIMIT" in s]
    con = sqlite3.connect(db_path)
    try:
        plans = ["\n".join(r[3] for r in con.execute("EXPLAIN QUERY PLAN " + s)) for s in reads]
    finally:
        con.close()
    indexes = [*PENDING_INDEXES.values(), FOLLOW_UP_INDEX]
    assert len(plans) == 3, reads
    for plan, index in zip(plans, indexes, strict=True):
        assert _walks(plan, index, "sqlite"), plan
