"""`crmnote demo` writes what it generated into sync's change log itself, in its own
transaction (`capture.capture_added`), and leaves no dirty marks behind.

Before, the demo's records were marked (set-wise, after the inserts) and each transaction,
the demo's own included, captured at most 100,000 of them: a 100,000-customer demo left about a
million marks, and the first ten to twenty writes afterwards each took a slice of them. Here
the bound is made small (a few marks per transaction), so a small demo stands for a big one:
the old way leaves marks, the new one none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.demo.service import DemoService
from crmnote.domain.types import Channel, CustomerId
from crmnote.storage import sync_store as store
from crmnote.storage.engine import make_engine, make_sessionmaker
from crmnote.storage.sync_rows import SYNCED_TABLES

BOUND = 40  # marks a transaction captures, here: far fewer than a small demo writes


@pytest.fixture
def bounded(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[list[store.Dirty]]]:
    """Every capture takes at most BOUND marks, and what it was given is kept."""
    real = store.dirty
    seen: list[list[store.Dirty]] = []

    def dirty(session: object, limit: int = 100_000) -> list[store.Dirty]:
        found = real(session, min(limit, BOUND))  # type: ignore[arg-type]
        seen.append(found)
        return found

    monkeypatch.setattr(store, "dirty", dirty)
    yield seen


@pytest.fixture
def book(tmp_path: Path) -> Iterator[OpenDatabase]:
    opened = open_database(str(tmp_path / "demo.sqlite3"))
    yield opened
    opened.close()


def _count(opened: OpenDatabase, sql: str) -> int:
    with opened.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def _records(opened: OpenDatabase) -> Counter[str]:
    """How many records of each synced kind the book holds."""
    return Counter(
        {
            kind: _count(opened, f"SELECT count(*) FROM {table}")
            for kind, table in SYNCED_TABLES.items()
        }
    )


def _logged(opened: OpenDatabase) -> Counter[str]:
    """How many records of each kind the change log has a create for."""
    with opened.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT kind, count(DISTINCT record_uuid) FROM sync_changes "
                "WHERE op = 'create' GROUP BY kind"
            )
        )
        return Counter({kind: int(n) for kind, n in rows})


def test_a_demo_leaves_no_marks_and_logs_every_record_it_wrote(
    book: OpenDatabase, bounded: list[list[store.Dirty]]
) -> None:
    report = book.demo().generate(customers=15, seed=2)
    assert report.total > 5 * BOUND  # far more records than one capture takes
    assert _count(book, "SELECT count(*) FROM sync_dirty") == 0
    records = _records(book)
    assert _logged(book) == +records
    assert _count(book, "SELECT count(*) FROM sync_shadow") == sum(records.values())
    assert _count(book, "SELECT count(*) FROM sync_changes") == sum(records.values())
    # parents first: no record is logged before the customer it belongs to
    with book.engine.connect() as conn:
        first_customer = conn.execute(
            text("SELECT min(id) FROM sync_changes WHERE kind = 'customer'")
        ).scalar_one()
        last_staff = conn.execute(
            text("SELECT max(id) FROM sync_changes WHERE kind IN ('staff', 'standard')")
        ).scalar_one()
        first_record = conn.execute(
            text(
                "SELECT min(id) FROM sync_changes "
                "WHERE kind NOT IN ('staff', 'standard', 'customer')"
            )
        ).scalar_one()
    assert last_staff < first_customer < first_record
    assert book.services.audit.verify().ok


def test_the_first_log_after_a_demo_captures_only_its_own_record(
    book: OpenDatabase, bounded: list[list[store.Dirty]]
) -> None:
    book.demo().generate(customers=15, seed=2)
    before = _count(book, "SELECT count(*) FROM sync_changes")
    bounded.clear()
    interaction, _ = book.services.interactions.log(
        CustomerId(3), channel=Channel.CALL, minutes=5, notes="Asked about the delivery."
    )
    marks = [m for found in bounded for m in found]
    assert [(m.kind, m.record_id) for m in marks] == [("interaction", interaction.id)]
    with book.engine.connect() as conn:
        made = conn.execute(
            text("SELECT kind, op FROM sync_changes WHERE id > :n ORDER BY id"), {"n": before}
        ).all()
    assert [tuple(r) for r in made] == [("interaction", "create")]
    assert _count(book, "SELECT count(*) FROM sync_dirty") == 0
    assert book.services.audit.verify().ok


def test_a_second_demo_logs_only_what_it_added(book: OpenDatabase) -> None:
    book.demo().generate(customers=6, seed=1)
    first = _count(book, "SELECT count(*) FROM sync_changes")
    book.demo().generate(customers=6, seed=5)
    assert _count(book, "SELECT count(*) FROM sync_dirty") == 0
    records = _records(book)
    assert _logged(book) == +records  # each record created once: none logged twice
    assert _count(book, "SELECT count(*) FROM sync_changes") == sum(records.values()) > first


@pytest.mark.postgres
def test_a_demo_on_postgresql_leaves_no_marks(
    request: pytest.FixtureRequest, bounded: list[list[store.Dirty]]
) -> None:
    """There the triggers mark every row as it is inserted; the demo clears them all."""
    server = request.getfixturevalue("pg_server")
    url = server.fresh()
    engine = make_engine(url)
    try:
        report = DemoService(make_sessionmaker(engine)).generate(customers=8, seed=4)
        with engine.connect() as conn:
            marks = conn.execute(text("SELECT count(*) FROM sync_dirty")).scalar_one()
            logged = conn.execute(
                text("SELECT count(DISTINCT record_uuid) FROM sync_changes WHERE op = 'create'")
            ).scalar_one()
        assert marks == 0
        assert logged == report.total  # every record it wrote, each once
    finally:
        engine.dispose()
        server.drop(url)
