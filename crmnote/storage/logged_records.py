"""The records the change log covers (interactions, promises, claims, evidence files), read by
kind as the log states them: for logging them in bulk and for verifying the log against them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
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
