"""The customer map's points: every scored customer as one column tuple."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmnote.domain.types import CustomerStatus
from crmnote.storage.rows import CustomerRow


def scored_customers(
    session: Session, statuses: Sequence[CustomerStatus] = ()
) -> list[tuple[int, str, float, float]]:
    """(id, name, difficulty, trust) of customers with both scores, by id; one table scan."""
    c = CustomerRow
    stmt = select(c.id, c.name, c.difficulty, c.trust).where(
        c.difficulty.is_not(None), c.trust.is_not(None)
    )
    if statuses:
        stmt = stmt.where(c.status.in_(list(statuses)))
    rows = session.execute(stmt.order_by(c.id))
    return [(cid, name, d, t) for cid, name, d, t in rows if d is not None and t is not None]
