"""The customer list's summary columns (last contact, open promises, next due), kept on write."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmnote.domain.types import CustomerId, PromiseStatus
from crmnote.storage.rows import CustomerRow, InteractionRow, PromiseRow


def refresh_summary(session: Session, customer_id: CustomerId) -> None:
    """Recompute the list columns of one customer from its records (indexed aggregates), in
    one statement: logging runs it every time."""
    last = select(func.max(InteractionRow.at)).where(InteractionRow.customer_id == customer_id)
    still_open = (PromiseRow.customer_id == customer_id, PromiseRow.status == PromiseStatus.OPEN)
    session.execute(
        update(CustomerRow)
        .where(CustomerRow.id == customer_id)
        .values(
            last_contact_at=last.scalar_subquery(),
            open_promises=select(func.count(PromiseRow.id)).where(*still_open).scalar_subquery(),
            next_due=select(func.min(PromiseRow.due)).where(*still_open).scalar_subquery(),
        )
    )
