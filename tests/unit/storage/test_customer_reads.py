"""storage/customer_reads.py: every customer from column tuples, the same records the ORM gives."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from crmnote.bootstrap import OpenDatabase
from crmnote.domain import entities as e
from crmnote.domain.types import CustomerStatus
from crmnote.importers import csv_write
from crmnote.importers.export import export_to
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


def test_a_whole_book_csv_export_written_in_parts_is_the_one_text(
    opened: OpenDatabase, clock: Callable[[], datetime], tmp_path: Path
) -> None:
    transfer = TransferService(make_sessionmaker(opened.engine), clock)
    people = [
        e.Customer(name=f"=Risky {i}" if i == 3 else f"Person {i}", tags=("a, b",) * (i % 2))
        for i in range(7)
    ]
    assert transfer.import_customers([ImportItem(i + 2, c) for i, c in enumerate(people)]).committed
    whole = transfer.customers()
    names = {int(s.id): s.name for s in transfer.staff()}
    chunks = [whole[:3], whole[3:5], whole[5:]]
    assert "".join(csv_write.customers_csv_parts(chunks, names)) == csv_write.customers_csv(
        whole, names
    )
    result = export_to(tmp_path / "all.csv", transfer)
    written = (tmp_path / "all.csv").read_bytes()
    assert result.counts == {"customer": 7}
    assert written.count(codecs.BOM_UTF8) == 1 and written.startswith(codecs.BOM_UTF8)
    text = written.decode(csv_write.ENCODING)
    assert text == csv_write.customers_csv(whole, names)
    assert "'=Risky 3" in text  # neutralised in every part, not only the first
