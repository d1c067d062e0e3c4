"""The records the change log covers (interactions, promises, claims, evidence files), read by
kind as the log states them: for logging them in bulk and for verifying the log against them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from crmnote.storage import audit_store
from crmnote.storage.attachment_store import LOGGED_ROWS, logged_record
from crmnote.storage.rows import ROW_BY_KIND

# Every kind a logged record may refer to, the logged ones included.
_ROW_BY_KIND: dict[str, Any] = {**ROW_BY_KIND, **LOGGED_ROWS}


def records_after(session: Session, kind: str, after: int, limit: int) -> list[Any]:
    """Records of a logged kind with id above `after`, in id order, at most `limit`."""
    row_cls: Any = LOGGED_ROWS[kind]
    stmt = select(row_cls).where(row_cls.id > after).order_by(row_cls.id).limit(limit)
    return [logged_record(kind, r) for r in session.scalars(stmt)]


def records_with_ids(session: Session, kind: str, ids: Sequence[int]) -> dict[int, Any]:
    """The records of a logged kind that still exist among `ids`, by id (in id order)."""
    row_cls: Any = LOGGED_ROWS[kind]
    stmt = select(row_cls).where(row_cls.id.in_(ids)).order_by(row_cls.id)
    return {r.id: logged_record(kind, r) for r in session.scalars(stmt)}


def records_present(
    session: Session, kind: str, ids: Sequence[int], present: Collection[int]
) -> dict[int, Any]:
    """`records_with_ids`, where `present` are the ids among `ids` whose rows this transaction
    has just read (the others are gone). A row the session holds (`hold`: the record just
    written) is taken as the session holds it, without reading it again: the same object and
    attributes `records_with_ids` gives, which does not overwrite what the session holds
    either. With changes not flushed yet it reads, as that one would after its autoflush."""
    if session.new or session.dirty or session.deleted:
        return records_with_ids(session, kind, [i for i in ids if i in present])
    row_cls: Any = LOGGED_ROWS[kind]
    held: dict[int, Any] = {}
    for record_id in ids:
        if record_id in present:
            row = session.identity_map.get(session.identity_key(row_cls, record_id))
            if row is not None and not inspect(row).expired_attributes:
                held[record_id] = row
    rest = [i for i in ids if i in present and i not in held]
    found = records_with_ids(session, kind, rest) if rest else {}
    found |= {i: logged_record(kind, r) for i, r in held.items()}
    return dict(sorted(found.items()))


def logged_record_of(session: Session, kind: str, record_id: int) -> Any | None:
    """One record of a logged kind, or None when there is none."""
    row = session.get(LOGGED_ROWS[kind], record_id)
    return None if row is None else logged_record(kind, row)


def record_exists(session: Session, kind: str, record_id: int) -> bool:
    """Whether a record of any kind (logged or not) is there."""
    return session.get(_ROW_BY_KIND[kind], record_id) is not None


def unlogged_count(session: Session, kind: str) -> int:
    """How many records of a logged kind have no log entry."""
    return audit_store.unlogged_count(session, kind, LOGGED_ROWS[kind])


def unlogged_ids(session: Session, kind: str, after: int, limit: int) -> list[int]:
    """Ids above `after` of records of a logged kind without a log entry, in order."""
    return audit_store.unlogged_ids(session, kind, LOGGED_ROWS[kind], after, limit)
