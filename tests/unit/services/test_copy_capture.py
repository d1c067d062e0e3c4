"""`crmnote copy` writes the copied records into sync's change log itself, in its own
transaction, parents first (services/book_copy.py, `capture.capture_copied`).

Before, the copy marked every record and the first writes afterwards captured the marks, at most
100,000 a transaction, taken by kind name (claims before the customers they name). The
reference here is that older way, run to its end on a copy made without logging: the same
changes in the same order, nothing left marked but what the tamper check holds back.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.services.book_copy import CopyProgress
from crmnote.services.sync.capture import capture
from crmnote.storage import sync_store as store
from crmnote.storage.engine import database_url, make_engine
from crmnote.storage.sync_rows import SYNCED_TABLES

TARGETS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture
def source(tmp_path: Path) -> Iterator[OpenDatabase]:
    """A demo book whose records sync never looked at (as a book from before sync, or the
    bench's), but for a few, and one interaction changed behind the tamper-evident log."""
    path = tmp_path / "source.sqlite3"
    opened = open_database(str(path))
    opened.demo().generate(customers=12, seed=3)
    opened.services.audit.baseline()
    opened.close()
    con = sqlite3.connect(path)
    with con:
        keep = con.execute("SELECT uuid FROM customers ORDER BY id LIMIT 2").fetchall()
        con.execute("DELETE FROM sync_shadow WHERE record_uuid NOT IN (?, ?)", [k[0] for k in keep])
        con.execute("DELETE FROM sync_changes")
        con.execute("UPDATE interactions SET notes = 'changed around crmnote' WHERE id = 3")
    con.close()
    opened = open_database(str(path))
    yield opened
    opened.close()


def logged(where: str) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, int]]]:
    """The change log in order as (kind, record, op, fields), and the records left marked."""
    engine = make_engine(database_url(where))
    try:
        with engine.connect() as conn:
            changes = conn.execute(
                text("SELECT kind, record_uuid, op, fields FROM sync_changes ORDER BY id")
            ).all()
            marked = conn.execute(
                text("SELECT kind, record_id FROM sync_dirty ORDER BY kind, record_id")
            ).all()
    finally:
        engine.dispose()
    return [tuple(c) for c in changes], [tuple(m) for m in marked]  # type: ignore[misc]


def the_old_way(where: str) -> None:
    """Every record marked as the copy used to, then captured until only held-back marks stay."""
    engine = make_engine(database_url(where))
    try:
        with Session(engine) as session, session.begin():
            store.clear_all_dirty(session)
            for kind, table in SYNCED_TABLES.items():
                session.execute(
                    text(
                        "INSERT INTO sync_dirty (kind, record_id, record_uuid, mark, at_ms) "
                        f"SELECT '{kind}', id, uuid, 1, 0 FROM {table}"
                    )
                )
            while capture(session):
                pass
    finally:
        engine.dispose()


@pytest.mark.parametrize("target_kind", TARGETS)
def test_the_copy_logs_its_records_as_capturing_every_mark_would(
    source: OpenDatabase, place: Callable[[str], str], target_kind: str
) -> None:
    logged_copy, reference = place(target_kind), place(target_kind)
    seen: list[CopyProgress] = []
    source.services.book_copy.copy_to(logged_copy, seen.append, batch=40)
    source.services.book_copy.copy_to(reference, log=False)
    the_old_way(reference)

    changes, marked = logged(logged_copy)
    expected, expected_marked = logged(reference)
    assert changes == expected
    assert marked == expected_marked == [("interaction", 3)]  # held back, still marked
    kinds = [c[0] for c in changes]
    assert kinds.count("customer") == 10  # two customers had been logged: no change for them
    assert {c[2] for c in changes} == {"create"}
    assert seen[-1].stage == "log" and seen[-1].fraction == 1.0
    assert all(a.fraction <= b.fraction for a, b in itertools.pairwise(seen))


@pytest.mark.parametrize("target_kind", TARGETS)
def test_records_come_after_the_records_they_name(
    source: OpenDatabase, place: Callable[[str], str], target_kind: str
) -> None:
    """A round cut off after any change never holds a record whose customer it lacks."""
    target = place(target_kind)
    source.services.book_copy.copy_to(target)
    changes, _ = logged(target)
    made_at = {record: n for n, (_k, record, _op, _f) in enumerate(changes)}
    named = 0
    for n, (_kind, _record, _op, fields) in enumerate(changes):
        for old_new in json.loads(fields).values():
            value: Any = old_new[1]
            if isinstance(value, str) and value in made_at and value != _record:
                assert made_at[value] < n
                named += 1
    assert named > 100
    copy = open_database(target)
    try:
        with copy.services.customer_list.reading() as repo:
            assert capture(repo.session) == []  # nothing left for the first write to take
    finally:
        copy.close()


@pytest.mark.postgres
def test_the_log_step_on_a_server_is_planned_with_the_copied_rows(
    source: OpenDatabase, place: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The change log's look-ups after the copy run inside its transaction; the planner must
    know the rows are there (a copy of 100,000 customers took 0.1–0.5 s a batch of 500 with
    tables it took for empty)."""
    from crmnote.services import book_copy

    known: dict[str, float] = {}
    real = book_copy.capture_copied

    def watched(session: Session, told: Any) -> None:
        rows = session.execute(
            text(
                "SELECT relname, reltuples FROM pg_class "
                "WHERE relname IN ('customers', 'interactions')"
            )
        )
        known.update({name: float(tuples) for name, tuples in rows})
        real(session, told)

    monkeypatch.setattr(book_copy, "capture_copied", watched)
    source.services.book_copy.copy_to(place("postgresql"))
    assert known["customers"] >= 10 and known["interactions"] >= 3, known


@pytest.mark.postgres
def test_a_copy_to_a_server_leaves_nothing_in_its_indexes_pending_lists(
    source: OpenDatabase, place: Callable[[str], str]
) -> None:
    """What the bulk fill put in the GIN indexes' pending lists is merged after the copy: a
    pending list makes the planner read the filter's texts one by one instead of the index."""
    target = place("postgresql")
    source.services.book_copy.copy_to(target)
    engine = make_engine(database_url(target))
    try:
        with engine.connect() as conn:
            indexes = (
                conn.execute(
                    text(
                        "SELECT c.relname FROM pg_class c JOIN pg_am a ON a.oid = c.relam "
                        "WHERE a.amname = 'gin' AND c.relnamespace = current_schema()::regnamespace"
                    )
                )
                .scalars()
                .all()
            )
            assert "ix_customer_text_trigram" in indexes
            left = {
                name: conn.execute(
                    text("SELECT gin_clean_pending_list(CAST(:i AS regclass))"), {"i": name}
                ).scalar_one()
                for name in indexes
            }
    finally:
        engine.dispose()
    assert set(left.values()) == {0}, left
