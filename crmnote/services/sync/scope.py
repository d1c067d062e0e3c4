"""Field copies of one's own customers only (`crmnote team join URL --mine`, docs/sync.md):
the copy holds the customers its staff member owns or served, with all their records, and
every record that belongs to no customer (staff, standards). A pull brings the changes of
those; the changes of everyone else's customers are passed over, never stored. A customer who
becomes theirs — made their own (owner) or served by them (a call logged in their name at the
office) — arrives whole: the customer's changes and every record's of theirs are read from the
team book at once, whenever they happened.
"""

from __future__ import annotations

from collections.abc import Sequence

from crmnote.domain.sync.change import Change
from crmnote.storage import sync_records as records
from crmnote.storage import sync_store as store
from crmnote.storage.sessions import Session
from crmnote.storage.sync_scope import customer_kinds

SCOPE = "scope_staff"  # sync_state: the staff member (uuid) whose customers this copy holds


def scope_of(session: Session) -> str | None:
    """The staff member whose customers this copy holds; None: it holds the whole book."""
    return store.get_state(session, SCOPE)


def narrow(mine: Session, theirs: Session, changes: Sequence[Change], staff: str) -> list[Change]:
    """Of `changes` read from the team book, the ones this copy keeps, and with them every
    change of a customer who becomes `staff`'s in them (and of their records)."""
    bound = customer_kinds()
    known = set(store.shadows(mine, [c.record_uuid for c in changes]))
    held: set[str] = set()  # customers this copy holds or takes in now
    customer_refs = {c.record_uuid for c in changes if c.kind == "customer"}
    customer_refs |= {str(v) for c in changes if (v := _new(c, "customer_id"))}
    held |= set(store.shadows(mine, sorted(customer_refs)))
    arriving: list[str] = []
    kept: list[Change] = []
    for c in changes:
        if (c.kind != "customer" and c.kind not in bound) or c.record_uuid in known:
            kept.append(c)
            continue
        customer = c.record_uuid if c.kind == "customer" else _new(c, "customer_id")
        if customer is None:
            continue  # a record of a customer this copy does not hold
        if customer in held:
            kept.append(c)
        elif _new(c, "owner_id" if c.kind == "customer" else "staff_id") == staff:
            held.add(customer)
            arriving.append(customer)
    return kept + _whole(theirs, arriving)


def _new(change: Change, name: str) -> str | None:
    found = change.fields.get(name)
    return None if found is None or found.new is None else str(found.new)


def _whole(theirs: Session, customers: list[str]) -> list[Change]:
    """Every change of these customers and of every record the team book has of theirs."""
    uuids = list(customers)
    for customer in customers:
        uuids += [u for _kind, u in records.children(theirs, customer)]
    found = store.of_records(theirs, uuids)
    return [c for u in uuids for c in found.get(u, [])]
