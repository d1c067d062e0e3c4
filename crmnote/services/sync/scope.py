"""Field copies of one's own customers only (`crmnote team join URL --mine`, docs/sync.md):
the copy holds the customers its staff member owns or served, with all their records, and
every record that belongs to no customer (staff, standards). A pull brings the changes of
those; the changes of everyone else's customers are passed over, never stored. A customer who
becomes theirs — made their own (owner) or served by them (a call logged in their name at the
office) — arrives whole: the customer's changes and every record's of theirs are read from the
team book at once, whenever they happened.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from crmnote.domain.sync.change import Change, Op
from crmnote.storage import sync_records as records
from crmnote.storage import sync_scope
from crmnote.storage import sync_store as store
from crmnote.storage.sessions import Session
from crmnote.storage.sync_scope import customer_kinds

SCOPE = "scope_staff"  # sync_state: the staff member (uuid) whose customers this copy holds
# sync_state: customers handed on to someone else that stay until what was done to them here
# has reached the other side (JSON list of uuids)
LEAVING = "scope_leaving"


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
    return kept + _whole(theirs, arriving) + _earlier(theirs, kept, known, bound)


def _earlier(
    theirs: Session, kept: list[Change], known: set[str], bound: frozenset[str]
) -> list[Change]:
    """Every change of the records kept that this copy has never had and whose history began
    before these changes: a record moved onto a customer the copy holds (a call filed under the
    wrong customer, moved at the office) arrives whole, not as a lone edit of its customer."""
    begun = {c.record_uuid for c in kept if c.op in (Op.CREATE, Op.RESTORE)}
    strangers = {
        c.record_uuid
        for c in kept
        if c.kind in bound and c.record_uuid not in known and c.record_uuid not in begun
    }
    if not strangers:
        return []
    found = store.of_records(theirs, sorted(strangers))
    return [c for u in sorted(strangers) for c in found.get(u, [])]


def handed_on(changes: Sequence[Change], staff: str) -> set[str]:
    """The customers these changes hand from `staff` to another staff member."""
    out = set()
    for c in changes:
        owner = c.fields.get("owner_id") if c.kind == "customer" else None
        if owner is not None and owner.old == staff and owner.new not in (None, staff):
            out.add(c.record_uuid)
    return out


@dataclass
class LetGo:
    """Customers handed on: those that left this copy, those kept (changes made here wait)."""

    left: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def let_go(session: Session, handed: set[str], staff: str, cursor: int, now: datetime) -> LetGo:
    """Customers handed on to someone else leave the copy as a `--mine` join leaves them out,
    unless something done to them here has not reached the other side yet (after the push
    `cursor`): those stay, and leave after a later round. A customer handed back (or to
    nobody) stays for good. Runs inside the caller's transaction."""
    pending = set(json.loads(store.get_state(session, LEAVING) or "[]")) | handed
    out = LetGo()
    if not pending:
        return out
    facts = sync_scope.customers_by_uuid(session, sorted(pending))
    leaving: list[tuple[int, str]] = []
    waiting: list[str] = []
    for customer, (local, name, owner) in sorted(facts.items(), key=lambda f: f[1][1]):
        if owner in (None, staff):
            continue  # handed back, or to nobody: theirs again
        if sync_scope.unsynced(session, local, customer, cursor):
            out.kept.append(name)
            waiting.append(customer)
        else:
            out.left.append(name)
            leaving.append((local, customer))
    if leaving:
        held = store.dirty(session)  # the deletes are no edits: what they mark is cleared
        me = records.id_of(session, "staff", staff)
        sync_scope.remove_customers(session, leaving, now, me)
        store.clear_dirty_but(session, held)
    store.set_state(session, LEAVING, json.dumps(sorted(waiting)))
    return out


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
