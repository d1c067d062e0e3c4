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
from crmnote.services.sync.apply import let_go_of
from crmnote.storage import sync_records as records
from crmnote.storage import sync_scope
from crmnote.storage import sync_store as store
from crmnote.storage.sessions import Session
from crmnote.storage.sync_scope import customer_kinds

SCOPE = "scope_staff"  # sync_state: the staff member (uuid) whose customers this copy holds
# sync_state: customers handed on to someone else that stay until what was done to them here
# has reached the other side (JSON list of uuids)
LEAVING = "scope_leaving"
# sync_state: records moved onto customers this copy does not hold that stay until what was
# done to them here has reached the other side (JSON object: uuid → kind)
MOVING = "scope_moving"


def scope_of(session: Session) -> str | None:
    """The staff member whose customers this copy holds; None: it holds the whole book."""
    return store.get_state(session, SCOPE)


@dataclass
class Narrowed:
    """What a pull keeps of a batch, and the records it moves onto customers this copy does
    not hold: those leave the copy (`let_go`), the team book keeps them."""

    changes: list[Change]
    moved_off: dict[str, str] = field(default_factory=dict)  # record uuid → kind


def narrow(mine: Session, theirs: Session, changes: Sequence[Change], staff: str) -> Narrowed:
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
    moving: list[tuple[int, Change]] = []  # records held here, moved onto another customer
    for c in changes:
        if c.kind in bound and c.record_uuid in known and _new(c, "customer_id"):
            moving.append((len(kept), c))  # decided below: its customer may arrive later on
            continue
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
    out = Narrowed([])
    for n, c in reversed(moving):  # back into their places, onto a customer held here
        if _new(c, "customer_id") in held:
            kept.insert(n, c)
        else:
            out.moved_off[c.record_uuid] = c.kind
    for c in kept:  # moved back in the same batch: it stays
        out.moved_off.pop(c.record_uuid, None)
    out.changes = kept + _whole(theirs, arriving) + _earlier(theirs, kept, known, bound)
    return out


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
    """Customers handed on: those that left this copy, those kept (changes made here wait);
    records moved onto customers this copy does not hold: how many left, how many wait."""

    left: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    records_left: int = 0
    records_kept: int = 0


def let_go(
    session: Session,
    handed: set[str],
    staff: str,
    cursor: int,
    now: datetime,
    moved: dict[str, str] | None = None,
) -> LetGo:
    """Customers handed on to someone else leave the copy as a `--mine` join leaves them out,
    unless something done to them here has not reached the other side yet (after the push
    `cursor`): those stay, and leave after a later round. A customer handed back (or to
    nobody) stays for good. Records `moved` onto customers this copy does not hold (uuid →
    kind) leave it the same way. Runs inside the caller's transaction."""
    out = LetGo()
    _let_records_go(session, moved or {}, cursor, now, out)
    pending = set(json.loads(store.get_state(session, LEAVING) or "[]")) | handed
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
        _clear_removal_marks(session, held)
    store.set_state(session, LEAVING, json.dumps(sorted(waiting)))
    return out


def _let_records_go(
    session: Session, moved: dict[str, str], cursor: int, now: datetime, out: LetGo
) -> None:
    """The records moved off this copy's customers leave it: deleted here as a pulled delete
    deletes them (the change log says so), their changes and shadow forgotten, so nothing of
    it is pushed; the team book keeps them. One with an edit made here that has not reached
    the team book yet (a viewer's copy) stays until it has, asked again at every round."""
    pending = json.loads(store.get_state(session, MOVING) or "{}") | moved
    if not pending:
        return
    waiting: dict[str, str] = {}
    held = store.dirty(session)  # the deletes are no edits: what they mark is cleared
    for record_uuid, kind in sorted(pending.items()):
        if sync_scope.record_unsynced(session, record_uuid, cursor):
            waiting[record_uuid] = kind
            out.records_kept += 1
        elif let_go_of(session, kind, record_uuid, now):
            out.records_left += 1
    _clear_removal_marks(session, held)
    store.set_state(session, MOVING, json.dumps(waiting, sort_keys=True))


def _clear_removal_marks(session: Session, held: Sequence[store.Dirty]) -> None:
    """Forget the marks that letting records go made (they are no edits), but not those of
    records this copy still holds whose reference to one of them the database cleared (a
    promise made in a call that moved onto another staff member's customer): capture logs
    that as an ordinary edit of this copy and the next round pushes it, so the team book
    and the copy agree on it and both change logs say so. `held`: the marks from before."""
    before = {(d.kind, d.record_id, d.mark) for d in held}
    made = [d for d in store.dirty(session) if (d.kind, d.record_id, d.mark) not in before]
    cleared = sync_scope.still_there(session, made)
    again = {(d.kind, d.record_id) for d in cleared}
    store.clear_dirty_but(
        session, [d for d in held if (d.kind, d.record_id) not in again] + cleared
    )


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
