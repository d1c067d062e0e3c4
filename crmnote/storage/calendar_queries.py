"""The records a calendar export shows: open ones with a day, and those settled recently."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crmnote.domain.types import Judgment, PromiseStatus, Verdict
from crmnote.storage.rows import ClaimRow, CustomerRow, PromiseRow, RequestRow

# (id, customer name, text, day or raised time, open?, updated at)
Row = tuple[int, str, str, Any, bool, datetime]


def calendar_promises(session: Session, settled_since: datetime) -> list[Row]:
    """Promises with a due day: open, or settled (updated) at or after `settled_since`."""
    is_open = PromiseRow.status == PromiseStatus.OPEN
    stmt = (
        select(
            PromiseRow.id,
            CustomerRow.name,
            PromiseRow.text,
            PromiseRow.due,
            is_open,
            PromiseRow.updated_at,
        )
        .join(CustomerRow, CustomerRow.id == PromiseRow.customer_id)
        .where(PromiseRow.due.is_not(None))
        .where(or_(is_open, PromiseRow.updated_at >= settled_since))
        .order_by(PromiseRow.due, PromiseRow.id)
    )
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]


def calendar_claims(session: Session, settled_since: datetime) -> list[Row]:
    """Claims awaiting a verdict, or given one at or after `settled_since`."""
    pending = ClaimRow.verdict == Verdict.PENDING
    stmt = (
        select(
            ClaimRow.id,
            CustomerRow.name,
            ClaimRow.text,
            ClaimRow.raised_at,
            pending,
            ClaimRow.updated_at,
        )
        .join(CustomerRow, CustomerRow.id == ClaimRow.customer_id)
        .where(or_(pending, ClaimRow.updated_at >= settled_since))
        .order_by(ClaimRow.raised_at, ClaimRow.id)
    )
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]


def calendar_requests(session: Session, settled_since: datetime) -> list[Row]:
    """Requests awaiting a judgment, or judged at or after `settled_since`."""
    pending = RequestRow.judgment == Judgment.PENDING
    stmt = (
        select(
            RequestRow.id,
            CustomerRow.name,
            RequestRow.text,
            RequestRow.raised_at,
            pending,
            RequestRow.updated_at,
        )
        .join(CustomerRow, CustomerRow.id == RequestRow.customer_id)
        .where(or_(pending, RequestRow.updated_at >= settled_since))
        .order_by(RequestRow.raised_at, RequestRow.id)
    )
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]
