"""A field copy of only one's own customers in SQL (services/sync/scope.py): which customers a
staff member owns or served, and leaving everyone else's out of a fresh copy — their records,
their changes and shadows, and the personal data of their change-log entries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache

from sqlalchemy import Table, delete, exists, or_, select, update
from sqlalchemy.orm import Session

from crmnote.domain.audit import Action
from crmnote.storage import audit_store
from crmnote.storage.audit_rows import ChangeLogRow
from crmnote.storage.base import Base
from crmnote.storage.book_tables import plain
from crmnote.storage.sync_rows import (
    SYNCED_TABLES,
    SyncChangeRow,
    SyncConflictRow,
    SyncDirtyRow,
    SyncShadowRow,
)
from crmnote.storage.sync_store import Dirty

CHUNK = 500  # values per IN (…): well under SQLite's limit of bound parameters


def _table(kind: str) -> Table:
    return plain(Base.metadata.tables[SYNCED_TABLES[kind]])


@lru_cache(maxsize=1)
def customer_kinds() -> frozenset[str]:
    """The synced kinds whose records belong to one customer (they have a customer_id)."""
    return frozenset(
        k for k in SYNCED_TABLES if k != "customer" and "customer_id" in _table(k).columns
    )


def owned_or_served(session: Session, staff_uuid: str) -> set[str]:
    """The uuids of the customers the staff member owns, or served: a record of theirs (a
    call, a claim, a request, feedback, effort…) names that staff member."""
    staff = _table("staff")
    customers = _table("customer")
    me = select(staff.c.id).where(staff.c.uuid == staff_uuid).scalar_subquery()
    served = [
        exists().where(t.c.customer_id == customers.c.id, t.c.staff_id == me)
        for t in (_table(k) for k in sorted(customer_kinds()))
        if "staff_id" in t.columns
    ]
    stmt = select(customers.c.uuid).where(or_(customers.c.owner_id == me, *served))
    return {str(u) for u in session.execute(stmt).scalars() if u}


def _chunks(values: Sequence[object]) -> Iterable[Sequence[object]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def leave_out(session: Session, keep: set[str], at: datetime, staff_id: int | None) -> int:
    """Delete every customer not in `keep` with their records (the foreign keys cascade), the
    changes, shadows and conflicts of those records, and strip their change-log entries of
    personal data as an erasure does (an erasure entry names each customer, so the hash
    chain and `crmnote verify-log` still hold). Returns how many customers went."""
    customers = _table("customer")
    rows = session.execute(select(customers.c.id, customers.c.uuid)).all()
    leaving = [(int(i), str(u)) for i, u in rows if str(u) not in keep]
    return remove_customers(session, leaving, at, staff_id)


def remove_customers(
    session: Session, leaving: Sequence[tuple[int, str]], at: datetime, staff_id: int | None
) -> int:
    """Delete these customers (local id, uuid) from the copy as `leave_out` does."""
    if not leaving:
        return 0
    customers = _table("customer")
    ids = [i for i, _u in leaving]
    uuids: list[str] = [u for _i, u in leaving]
    for kind in sorted(customer_kinds()):
        t = _table(kind)
        for part in _chunks(ids):
            found = session.execute(select(t.c.uuid).where(t.c.customer_id.in_(part)))
            uuids += [str(u) for u in found.scalars() if u]
    for part in _chunks(uuids):
        for row in (SyncChangeRow, SyncShadowRow, SyncConflictRow):
            session.execute(delete(row).where(row.record_uuid.in_(part)))
    for part in _chunks(ids):
        session.execute(delete(customers).where(customers.c.id.in_(part)))
        session.execute(
            update(ChangeLogRow)
            .where(ChangeLogRow.customer_id.in_(part), ChangeLogRow.action != Action.ERASE)
            .values(changes=None, salt=None)
        )
    erased = set(audit_store.erased_customers(session))
    logged: set[int] = set()
    for part in _chunks(ids):
        stmt = select(ChangeLogRow.customer_id).where(ChangeLogRow.customer_id.in_(part))
        logged |= {int(c) for c in session.execute(stmt.distinct()).scalars() if c is not None}
    entries = [
        {
            "at": at,
            "staff_id": staff_id,
            "kind": "customer",
            "record_id": i,
            "customer_id": i,
            "action": Action.ERASE,
        }
        for i in ids
        if i in logged and i not in erased
    ]
    audit_store.append_many(session, entries)
    return len(leaving)


def customers_by_uuid(
    session: Session, uuids: Sequence[str]
) -> dict[str, tuple[int, str, str | None]]:
    """(local id, name, owner's uuid) of the customers among `uuids` this book has."""
    customers, staff = _table("customer"), _table("staff")
    out: dict[str, tuple[int, str, str | None]] = {}
    for part in _chunks(list(uuids)):
        stmt = (
            select(customers.c.uuid, customers.c.id, customers.c.name, staff.c.uuid)
            .outerjoin(staff, staff.c.id == customers.c.owner_id)
            .where(customers.c.uuid.in_(part))
        )
        for u, i, name, owner in session.execute(stmt):
            out[str(u)] = (int(i), str(name), None if owner is None else str(owner))
    return out


def still_there(session: Session, marks: Sequence[Dirty]) -> list[Dirty]:
    """Of these marks, those of records the book still has."""
    out = []
    for kind in sorted({d.kind for d in marks}):
        t = _table(kind)
        ids = [d.record_id for d in marks if d.kind == kind]
        found: set[int] = set()
        for part in _chunks(ids):
            found |= {
                int(i) for i in session.execute(select(t.c.id).where(t.c.id.in_(part))).scalars()
            }
        out += [d for d in marks if d.kind == kind and d.record_id in found]
    return out


def forget_marks_of_gone(session: Session) -> None:
    """Forget the dirty marks of records this book no longer has (they left it: nothing of
    theirs is to be captured), each kind in one statement however many went; the marks of
    records still here (one whose reference to a record that left the database cleared) stay."""
    for kind in sorted(SYNCED_TABLES):
        t = _table(kind)
        present = exists().where(t.c.id == SyncDirtyRow.record_id)
        session.execute(
            delete(SyncDirtyRow)
            .where(SyncDirtyRow.kind == kind, ~present)
            .execution_options(synchronize_session=False)
        )


def files_of(session: Session, kind: str, record_id: int) -> list[str]:
    """The uuids of the evidence files attached to one record (they go with it)."""
    files = _table("attachment")
    link = f"{kind}_id"
    if link not in files.columns or kind == "customer":
        return []
    found = session.execute(select(files.c.uuid).where(files.c[link] == record_id))
    return [str(u) for u in found.scalars() if u]


def record_unsynced(session: Session, record_uuid: str, cursor: int) -> bool:
    """Whether the record has a change made here that the other side has not acknowledged
    (after the push `cursor`), or a mark not yet turned into a change."""
    made = select(SyncChangeRow.id).where(
        SyncChangeRow.record_uuid == record_uuid,
        SyncChangeRow.id > cursor,
        SyncChangeRow.source.is_(None),
    )
    marked = select(SyncDirtyRow.kind).where(SyncDirtyRow.record_uuid == record_uuid)
    return bool(session.execute(made.limit(1)).first() or session.execute(marked.limit(1)).first())


def unsynced(session: Session, customer_id: int, customer_uuid: str, cursor: int) -> bool:
    """Whether the customer, or a record of theirs, has a change made here that the other side
    has not acknowledged (after the push `cursor`), or a mark not yet turned into a change."""
    uuids = [customer_uuid]
    for kind in sorted(customer_kinds()):
        t = _table(kind)
        found = session.execute(select(t.c.uuid).where(t.c.customer_id == customer_id))
        uuids += [str(u) for u in found.scalars() if u]
    for part in _chunks(uuids):
        made = select(SyncChangeRow.id).where(
            SyncChangeRow.record_uuid.in_(part),
            SyncChangeRow.id > cursor,
            SyncChangeRow.source.is_(None),
        )
        marked = select(SyncDirtyRow.kind).where(SyncDirtyRow.record_uuid.in_(part))
        if session.execute(made.limit(1)).first() or session.execute(marked.limit(1)).first():
            return True
    own = select(SyncDirtyRow.kind).where(  # a contact or tag written: the customer's mark
        SyncDirtyRow.kind == "customer", SyncDirtyRow.record_id == customer_id
    )
    return session.execute(own.limit(1)).first() is not None
