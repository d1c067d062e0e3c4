"""The customer list's summary columns (last contact, open promises, next due), kept on write."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmnote.domain.types import CustomerId, PromiseStatus
from crmnote.storage.rows import CustomerRow, InteractionRow, PromiseRow


def refresh_summary(session: Session, customer_id: CustomerId) -> None:
    """Recompute the list columns of one customer from its records (indexed aggregates)."""
    last = session.scalar(
        select(func.max(InteractionRow.at)).where(InteractionRow.customer_id == customer_id)
    )
    open_count, next_due = session.execute(
        select(func.count(PromiseRow.id), func.min(PromiseRow.due)).where(
            PromiseRow.customer_id == customer_id, PromiseRow.status == PromiseStatus.OPEN
        )
    ).one()
    session.execute(
        update(CustomerRow)
        .where(CustomerRow.id == customer_id)
        .values(last_contact_at=last, open_promises=open_count, next_due=next_due)
    )
