"""What needs attention today across all customers: due promises, pending claims and requests."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmnote.domain.types import Judgment, PromiseStatus, Verdict
from crmnote.storage.rows import ClaimRow, CustomerRow, DecisionRow, PromiseRow, RequestRow

Row = tuple[int, int, str, str, Any]


def promises_due(session: Session, before: date | None, until: date, limit: int) -> list[Row]:
    """Open promises due on or before `until` (and on or after `before`), earliest first.

    Rows are (promise id, customer id, customer name, text, due date).
    """
    stmt = (
        select(PromiseRow.id, CustomerRow.id, CustomerRow.name, PromiseRow.text, PromiseRow.due)
        .join(CustomerRow, CustomerRow.id == PromiseRow.customer_id)
        .where(PromiseRow.status == PromiseStatus.OPEN, PromiseRow.due <= until)
        .order_by(PromiseRow.due, PromiseRow.id)
        .limit(limit)
    )
    if before is not None:
        stmt = stmt.where(PromiseRow.due >= before)
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]


def promise_ids_due(session: Session, until: date, limit: int) -> list[int]:
    """The ids of the open promises due on or before `until`, earliest first (from the
    status-and-due index alone: no customer, no text)."""
    stmt = (
        select(PromiseRow.id)
        .where(PromiseRow.status == PromiseStatus.OPEN, PromiseRow.due <= until)
        .order_by(PromiseRow.due, PromiseRow.id)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def pending_claims(session: Session, limit: int) -> list[Row]:
    stmt = (
        select(ClaimRow.id, CustomerRow.id, CustomerRow.name, ClaimRow.text, ClaimRow.raised_at)
        .join(CustomerRow, CustomerRow.id == ClaimRow.customer_id)
        .where(ClaimRow.verdict == Verdict.PENDING)
        .order_by(ClaimRow.raised_at, ClaimRow.id)
        .limit(limit)
    )
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]


def pending_requests(session: Session, limit: int) -> list[Row]:
    stmt = (
        select(
            RequestRow.id, CustomerRow.id, CustomerRow.name, RequestRow.text, RequestRow.raised_at
        )
        .join(CustomerRow, CustomerRow.id == RequestRow.customer_id)
        .where(RequestRow.judgment == Judgment.PENDING)
        .order_by(RequestRow.raised_at, RequestRow.id)
        .limit(limit)
    )
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]


def our_follow_ups(session: Session, limit: int) -> list[Row]:
    """Decisions to fix our side whose follow-up is not done, by due date: (decision id,
    customer id, customer name, what we will put right, due date)."""
    stmt = (
        select(
            DecisionRow.id,
            CustomerRow.id,
            CustomerRow.name,
            DecisionRow.follow_up,
            DecisionRow.follow_up_due,
        )
        .join(CustomerRow, CustomerRow.id == DecisionRow.customer_id)
        .where(DecisionRow.follow_up_due.is_not(None), DecisionRow.follow_up_done_at.is_(None))
        .order_by(DecisionRow.follow_up_due, DecisionRow.id)
        .limit(limit)
    )
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]
