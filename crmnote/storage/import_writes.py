"""What an import writes in bulk: Core INSERTs of customers (with their contacts and tags)
and of interactions, and the last-contact column the interactions move.

Per-object ORM inserts cost about a millisecond a row; a 10,000-row file would take ten
seconds instead of well under one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from crmnote.domain import entities as e
from crmnote.domain.sync.identity import new_uuid
from crmnote.domain.types import ContactKind, InteractionId
from crmnote.storage.bulk_triggers import indexes_after
from crmnote.storage.many_rows import insert_rows
from crmnote.storage.rows import ContactRow, CustomerRow, InteractionRow, TagRow

# Customers per set of bulk statements: the parameter dicts of a 100,000-row file at once
# would hold about 150 MB.
CHUNK = 2_000
# Tables whose per-row triggers (search entry, filter text, sync mark) wait for the end.
_CUSTOMER_TABLES = ("customer_contacts", "customer_tags", "customers")


# A customer as inserted: its columns (with its id and uuid), and its contacts ([kind, value,
# label] in order) and tags (sorted) as sync's state of it holds them.
Inserted = tuple[dict[str, Any], dict[str, Any]]


def insert_customers(
    session: Session, customers: Sequence[e.Customer], inserted: list[Inserted] | None = None
) -> list[int]:
    """Insert new customers with their contacts and tags in bulk statements of `CHUNK`
    customers; returns their ids in the order given. `inserted`, if given, receives what was
    inserted for each (sync's capture makes their changes from it)."""
    ids: list[int] = []
    with indexes_after(session, _CUSTOMER_TABLES):
        for start in range(0, len(customers), CHUNK):
            ids += _insert_chunk(session, customers[start : start + CHUNK], inserted)
    return ids


def _values(c: e.Customer) -> dict[str, Any]:
    return {
        "name": c.name,
        "company": c.company,
        "address": c.address,
        "status": c.status,
        "owner_id": c.owner_id,
        "source": c.source,
        "notes": c.notes,
        "created_at": c.created_at,
        "updated_at": c.updated_at,
        "open_promises": 0,
        # Its sync identity now, as a customer added by hand: capture would otherwise give
        # it one with an UPDATE per row (and mark it again for the next capture).
        "uuid": c.uuid or new_uuid(),
    }


def _insert_chunk(
    session: Session, customers: Sequence[e.Customer], inserted: list[Inserted] | None
) -> list[int]:
    # Core statements on the tables: the ORM's bulk path costs twice as much per row.
    table: Table = cast(Table, CustomerRow.__table__)
    if session.get_bind().dialect.name != "sqlite":
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        rows = [_values(c) for c in customers]
        ids = [int(i) for i in session.execute(stmt, rows).scalars()]
        _insert_parts(session, ids, customers)
        if inserted is not None:
            inserted += [
                (dict(row, id=cid), _parts(c))
                for row, cid, c in zip(rows, ids, customers, strict=True)
            ]
        return ids
    # SQLite's triggers rebuild a customer's filter text (name, contacts, tags) on every
    # contact and tag inserted after it: four rebuilds for a customer with an email, a phone
    # and two tags. Written first, with the ids SQLite would give (the largest one + 1, the
    # transaction holds the write lock) and the foreign keys checked at COMMIT, the contacts
    # and tags find no customer to rebuild, and the customer's own insert builds it once.
    first = int(session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
    ids = list(range(first, first + len(customers)))
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    try:
        _insert_parts(session, ids, customers)
        values = [dict(_values(c), id=cid) for c, cid in zip(customers, ids, strict=True)]
        _insert_plain(session, table, values)
    finally:
        session.execute(text("PRAGMA defer_foreign_keys = OFF"))
    if inserted is not None:
        inserted += [(row, _parts(c)) for row, c in zip(values, customers, strict=True)]
    return ids


def _points(c: e.Customer) -> list[tuple[ContactKind, e.ContactPoint]]:
    """A customer's contacts in their positions: the emails, then the phones."""
    return [(ContactKind.EMAIL, p) for p in c.emails] + [(ContactKind.PHONE, p) for p in c.phones]


def _parts(c: e.Customer) -> dict[str, Any]:
    """The contacts and tags of a customer as sync's state holds them (read back, the same)."""
    contacts = [[kind, p.value, p.label] for kind, p in _points(c)]
    return {"contacts": contacts, "tags": sorted(set(c.tags))}


def _insert_parts(session: Session, ids: Sequence[int], customers: Sequence[e.Customer]) -> None:
    """The contacts and tags of new customers, in two bulk statements."""
    contacts: list[dict[str, Any]] = []
    tags: list[dict[str, Any]] = []
    for cid, c in zip(ids, customers, strict=True):
        contacts += [
            {"customer_id": cid, "kind": k, "value": p.value, "label": p.label, "position": n}
            for n, (k, p) in enumerate(_points(c))
        ]
        tags += [{"customer_id": cid, "tag": tag} for tag in sorted(set(c.tags))]
    if contacts:
        _insert_plain(session, cast(Table, ContactRow.__table__), contacts)
    if tags:
        _insert_plain(session, cast(Table, TagRow.__table__), tags)


def _insert_plain(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """One executemany of rows (all with the same keys), on SQLite through the driver itself."""
    insert_rows(session.connection(), table, rows)


def insert_interactions(session: Session, records: Sequence[e.Interaction]) -> list[e.Interaction]:
    """Core inserts of `CHUNK` interactions each; returns them with their ids (and a uuid
    each)."""
    table = cast(Table, InteractionRow.__table__)
    # The id comes from the database, and so does the version of a new row (1).
    names = [f.name for f in dataclasses.fields(e.Interaction) if f.name not in ("id", "version")]
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    saved: list[e.Interaction] = []
    with indexes_after(session, ("interactions",)):
        for start in range(0, len(records), CHUNK):
            chunk = [
                r if r.uuid else dataclasses.replace(r, uuid=new_uuid())
                for r in records[start : start + CHUNK]
            ]
            values = [{n: getattr(r, n) for n in names} for r in chunk]
            ids = session.execute(stmt, values).scalars()
            saved += [
                dataclasses.replace(r, id=InteractionId(i), version=1)
                for r, i in zip(chunk, ids, strict=True)
            ]
    return saved


def refresh_last_contact(session: Session, customer_ids: Sequence[int]) -> None:
    """Set the list's last-contact column of these customers from their interactions."""
    last = (
        select(func.max(InteractionRow.at))
        .where(InteractionRow.customer_id == CustomerRow.id)
        .scalar_subquery()
    )
    session.execute(
        update(CustomerRow).where(CustomerRow.id.in_(customer_ids)).values(last_contact_at=last),
        execution_options={"synchronize_session": False},
    )
