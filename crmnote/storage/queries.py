"""Queries for lists and summaries: column tuples, no ORM objects, paged in SQL."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmnote.domain.types import CustomerId, PromiseStatus
from crmnote.storage.rows import CustomerRow, InteractionRow, PromiseRow


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally."""
    # SQLite refuses patterns over 50,000 bytes. No searched column holds more than 500
    # characters, so a needle cut to 1,000 matches exactly what the whole one would: nothing.
    text = text[:1000]
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def customers_named(session: Session, name: str) -> list[tuple[int, str]]:
    """Customers whose name is `name` (case-insensitive), else whose name contains it."""
    exact = session.execute(
        select(CustomerRow.id, CustomerRow.name).where(
            func.lower(CustomerRow.name) == name.strip().lower()
        )
    ).all()
    if exact:
        return [(r[0], r[1]) for r in exact]
    partial = session.execute(
        select(CustomerRow.id, CustomerRow.name)
        .where(CustomerRow.name.like(like_pattern(name.strip()), escape="\\"))
        .limit(10)
    ).all()
    return [(r[0], r[1]) for r in partial]


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
