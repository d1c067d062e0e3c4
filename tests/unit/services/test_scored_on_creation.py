"""Every path that creates customers leaves them scored (issue 17, item 2): the list shows
their scores at once and the database check finds no customer without stored scores."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.demo.service import DemoService
from crmnote.domain import entities as e
from crmnote.domain.types import Channel, CustomerId
from crmnote.services.book_services import Services
from crmnote.services.customer_list import ListQuery
from crmnote.services.transfer_finders import CustomerKeys
from crmnote.services.transfer_interactions import InteractionItem
from crmnote.services.transfer_report import ImportItem
from crmnote.storage.engine import make_sessionmaker
from tests.conftest import TickingClock


@pytest.fixture
def other(tmp_path: Path, clock: TickingClock) -> Iterator[Services]:
    """A second, empty book to copy into."""
    db = open_database(str(tmp_path / "other.sqlite3"))
    yield Services.over(db.engine, clock)
    db.close()


def unscored(services: Services) -> list[str]:
    """The check's findings about missing scores (none once every path scores)."""
    return [f.message for f in services.consistency.find() if "score" in f.message]


def listed_scores(services: Services) -> set[tuple[int | None, int | None]]:
    rows = services.customer_list.page(ListQuery(), 0, 100)
    return {(r.difficulty, r.trust) for r in rows}


def test_imported_customers_are_scored(services: Services) -> None:
    report = services.transfer.import_customers(
        [ImportItem(2, e.Customer(name="Ann Imported")), ImportItem(3, e.Customer(name="Bo"))]
    )
    assert report.committed
    assert unscored(services) == []
    assert None not in {v for pair in listed_scores(services) for v in pair}


def test_customers_created_by_an_interaction_import_are_scored(services: Services) -> None:
    call = e.Interaction(
        customer_id=CustomerId(0), channel=Channel.CALL, at=datetime(2026, 10, 1, 10)
    )
    report = services.transfer.import_interactions(
        [InteractionItem(2, CustomerKeys(name="New Prospect"), interaction=call)],
        create_customers=True,
    )
    assert report.committed
    assert unscored(services) == []


def test_a_copied_customer_arrives_scored(services: Services, other: Services) -> None:
    cid = services.records.add("customer", {"name": "Copied"})[0].id
    snapshot = services.transfer.snapshot([cid])
    report = other.transfer.import_snapshot(snapshot)
    assert report.committed
    assert unscored(other) == []


def test_a_deleted_customer_put_back_is_scored(services: Services) -> None:
    cid = services.records.add("customer", {"name": "Back Again"})[0].id
    removal, _ = services.records.delete_keeping("customer", cid)
    services.records.put_back(removal)
    assert unscored(services) == []


def test_demo_customers_are_scored(services: Services, opened: OpenDatabase) -> None:
    DemoService(make_sessionmaker(opened.engine)).generate(customers=5, interactions_per_customer=2)
    assert unscored(services) == []
