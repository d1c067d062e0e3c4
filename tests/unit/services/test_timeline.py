"""A customer's timeline: every kind in one list, newest first, paged, with minutes and money."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from crmnote.domain.types import MoneyKind
from crmnote.services.book_services import Services


def test_every_kind_newest_first_with_its_numbers(services: Services) -> None:
    add = services.records.add
    cid = add("customer", {"name": "Ann"})[0].id
    call = add("interaction", {"at": datetime(2026, 3, 2, 9, 30), "minutes": 12}, cid)[0]
    promise = add("promise", {"text": "deliver", "made_at": datetime(2026, 3, 3, 8, 0)}, cid)[0]
    sale = add(
        "money",
        {"at": date(2026, 3, 3), "amount": Decimal("19.90"), "kind": MoneyKind.SALE},
        cid,
    )[0]
    work = add("effort", {"at": datetime(2026, 3, 4, 15, 0), "minutes": 45, "text": "fix"}, cid)[0]
    entries = services.timeline.entries(cid)
    assert [(e.kind, e.id) for e in entries] == [
        ("effort", work.id),
        ("promise", promise.id),
        ("money", sale.id),  # a date alone is the start of its day
        ("interaction", call.id),
    ]
    assert entries[0].minutes == 45 and entries[0].at == datetime(2026, 3, 4, 15, 0)
    assert entries[2].amount == Decimal("19.90") and entries[2].at == datetime(2026, 3, 3)
    assert entries[3].minutes == 12 and entries[1].status == "open"
    page = services.timeline.entries(cid, limit=2, offset=1)
    assert [(e.kind, e.id) for e in page] == [("promise", promise.id), ("money", sale.id)]
    assert [e.kind for e in services.timeline.entries(cid, kinds=("money",))] == ["money"]
