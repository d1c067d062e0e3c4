"""storage/customer_reads.py: every customer from column tuples, the same records the ORM gives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from crmnote.bootstrap import OpenDatabase
from crmnote.domain import entities as e
from crmnote.domain.types import CustomerStatus
from crmnote.services.transfer import TransferService
from crmnote.services.transfer_report import ImportItem
from crmnote.storage.customer_reads import customers_by_name
from crmnote.storage.engine import make_sessionmaker
from crmnote.storage.repository import Repository


def cp(value: str, label: str = "") -> e.ContactPoint:
    return e.ContactPoint(value=value, label=label)


def test_chunks_of_column_tuples_give_the_orm_s_records_in_its_order(
    opened: OpenDatabase, clock: Callable[[], datetime]
) -> None:
    sessions = make_sessionmaker(opened.engine)
    transfer = TransferService(sessions, clock)
    people = [
        e.Customer(
            name=f"{'Zed' if i % 3 else 'Amy'} {i}",  # name order is not id order
            company=f"Firm {i}",
            emails=(cp(f"p{i}@x.example", "work"), cp(f"q{i}@y.example")) if i % 2 else (),
            phones=(cp(f"+49 30 {1000 + i}", "mobile"),) if i % 5 == 0 else (),
            tags=("vip", "late payer") if i % 3 == 0 else (),
            status=CustomerStatus.WATCH if i == 7 else CustomerStatus.ACTIVE,
            notes=f"note {i}",
        )
        for i in range(23)
    ]
    report = transfer.import_customers([ImportItem(i + 2, c) for i, c in enumerate(people)])
    assert report.committed
    with sessions() as session:
        orm = list(Repository(session).list("customer"))
        chunks = list(customers_by_name(session, chunk=5))
    assert [len(c) for c in chunks] == [5, 5, 5, 5, 3]
    read = [c for chunk in chunks for c in chunk]
    assert read == orm and len(read) == 23
    assert any(c.emails and c.tags for c in read) and any(c.phones for c in read)
    assert transfer.customers() == orm
