"""Customers written in bulk by an import (storage/import_writes.py): the same rows, filter text,
search entries and sync marks as customers added one by one, whatever order the statements run
in (on SQLite contacts and tags go first, under foreign keys checked at COMMIT)."""

from __future__ import annotations

import json

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.bootstrap import OpenDatabase
from crmnote.domain import entities as e
from crmnote.services.book_services import Services
from crmnote.services.transfer_report import ImportItem, RowAction
from crmnote.storage.consistency import CHECKS, offending

PEOPLE = [
    ("Ada Import", "Engines Ltd", ["ada@example.com"], ["+49 30 1234567"], ["lead", "fair"]),
    ("Bob Import", "", [], ["+49 30 7654321", "+49 171 5550000"], ["vip"]),
    ("Cem Import", "Cem & Co", ["cem@example.com", "c@example.org"], [], []),
    ("Dora Import", "", [], [], []),
]


def _customer(name: str, company: str, emails: list[str], phones: list[str], tags: list[str]):
    return e.Customer(
        name=name,
        company=company,
        emails=tuple(e.ContactPoint(value=v) for v in emails),
        phones=tuple(e.ContactPoint(value=v) for v in phones),
        tags=tuple(tags),
    )


def _texts(opened: OpenDatabase, ids: list[int]) -> list[str]:
    with Session(opened.engine) as session:
        found = dict(session.execute(text("SELECT id, text FROM customer_text")).all())
    return [found[i] for i in ids]


def _captured(opened: OpenDatabase, ids: list[int]) -> list[list[tuple[str, list[str]]]]:
    """Each customer's sync changes: the operation and the fields it carries."""
    with Session(opened.engine) as session:
        rows = session.execute(
            text(
                "SELECT c.id, s.op, s.fields FROM sync_changes s "
                "JOIN customers c ON c.uuid = s.record_uuid ORDER BY s.id"
            )
        )
        found: dict[int, list[tuple[str, list[str]]]] = {}
        for cid, op, fields in rows:
            found.setdefault(int(cid), []).append((op, sorted(json.loads(fields))))
        left = session.execute(text("SELECT count(*) FROM sync_dirty")).scalar_one()
    assert left == 0
    return [found.get(i, []) for i in ids]


def test_imported_customers_are_stored_as_customers_added_one_by_one(
    services: Services, opened: OpenDatabase, backend: str
) -> None:
    # A book with customers already (one deleted): the import's ids follow the largest.
    services.records.add("customer", {"name": "Kept Before"})
    gone, _ = services.records.add("customer", {"name": "Gone Before"})
    services.transfer.erase_customer(int(gone.id))
    items = [ImportItem(n, _customer(*p)) for n, p in enumerate(PEOPLE, 2)]

    report = services.transfer.import_customers(items)
    # The same people added by hand afterwards (an import would match them).
    by_hand = []
    for name, company, emails, phones, tags in PEOPLE:
        record, _ = services.records.add(
            "customer",
            {
                "name": name.replace("Import", "Hand"),
                "company": company,
                "emails": [e.ContactPoint(value=v) for v in emails],
                "phones": [e.ContactPoint(value=v) for v in phones],
                "tags": tags,
            },
        )
        by_hand.append(int(record.id))

    assert report.committed
    assert [r.action for r in report.rows] == [RowAction.CREATED] * len(PEOPLE)
    ids = [int(r.customer_id or 0) for r in report.rows]
    if backend == "sqlite":
        assert ids == list(range(2, 2 + len(PEOPLE)))  # after the largest id, as SQLite gives
    else:  # PostgreSQL's sequence never gives the deleted id again
        assert ids == list(range(3, 3 + len(PEOPLE)))
    for cid, (name, company, emails, phones, tags) in zip(ids, PEOPLE, strict=True):
        stored = services.records.get("customer", cid)
        assert (stored.name, stored.company) == (name, company)
        assert [c.value for c in stored.emails] == emails
        assert [c.value for c in stored.phones] == phones
        assert sorted(stored.tags) == sorted(tags)
    # The list filter's text: as the triggers build it for a customer added by hand.
    hand_texts = [t.replace("Hand", "Import") for t in _texts(opened, by_hand)]
    assert _texts(opened, ids) == hand_texts
    assert {s.name for s in services.customers.summaries(search="7654321")} == {
        "Bob Hand",
        "Bob Import",
    }
    assert {s.name for s in services.customers.summaries(search="Cem & Co")} == {
        "Cem Hand",
        "Cem Import",
    }
    # Full-text search finds the new customers by name.
    assert any(hit.customer_id == ids[0] for hit in services.search.search("Ada Import"))
    # Captured for sync as a customer added by hand: one change creating it, same fields.
    assert _captured(opened, ids) == _captured(opened, by_hand)
    assert all(changes and changes[0][0] == "create" for changes in _captured(opened, ids))
    if backend == "sqlite":  # the consistency rules read SQLite's rowid
        with Session(opened.engine) as session:
            found = {c.name: offending(session, c) for c in CHECKS if offending(session, c)}
        assert found == {}


def test_a_rejected_import_leaves_no_contacts_or_tags_behind(
    services: Services, opened: OpenDatabase
) -> None:
    services.records.add("customer", {"name": "Kept Before"})
    items = [
        ImportItem(2, _customer(*PEOPLE[0])),
        ImportItem(3, None, "email", "is not an email address"),
    ]

    report = services.transfer.import_customers(items)

    assert not report.committed
    with Session(opened.engine) as session:
        counts = [
            session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("customers", "customer_contacts", "customer_tags", "customer_text")
        ]
    assert counts == [1, 0, 0, 1]
