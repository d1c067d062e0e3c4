"""The customer list's summary columns (last contact, open promises, next due), kept on write."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Integer, bindparam, func, select, update
from sqlalchemy.orm import Session

from crmnote.domain.types import CustomerId, PromiseStatus
from crmnote.storage.rows import CustomerRow, InteractionRow, PromiseRow
from crmnote.storage.score_store import forget

_CUSTOMER: Any = bindparam("customer_id", type_=Integer)
_CUSTOMERS: Any = CustomerRow.__table__
_ID: Any = _CUSTOMERS.c.id


def _refresh(customer: Any, which: Any) -> Any:
    """The UPDATE of the customers `which` selects, each from its own records (`customer`:
    the customer's id as the subqueries see it). Core: the ORM would evaluate it against the
    session's objects."""
    open_ = (PromiseRow.customer_id == customer, PromiseRow.status == PromiseStatus.OPEN)
    return (
        update(_CUSTOMERS)
        .where(which)
        .values(
            last_contact_at=select(func.max(InteractionRow.at))
            .where(InteractionRow.customer_id == customer)
            .scalar_subquery(),
            open_promises=select(func.count(PromiseRow.id)).where(*open_).scalar_subquery(),
            next_due=select(func.min(PromiseRow.due)).where(*open_).scalar_subquery(),
        )
    )


# Built once: logging runs it every time, and building it costs more than running it.
_REFRESH = _refresh(_CUSTOMER, _ID == _CUSTOMER)
# Many customers in one statement (sync's batches): on PostgreSQL the customers table's
# statement-level triggers then run once, not once per customer.
_REFRESH_MANY = _refresh(_ID, _ID.in_(bindparam("ids", expanding=True)))
_MANY = 500  # customers a statement


def refresh_summaries(session: Session, customer_ids: Sequence[CustomerId]) -> None:
    """`refresh_summary` of many customers, a statement per 500."""
    for start in range(0, len(customer_ids), _MANY):
        part = list(customer_ids[start : start + _MANY])
        session.execute(_REFRESH_MANY, {"ids": part})
        for customer_id in part:
            forget(session, customer_id, "last_contact_at", "open_promises", "next_due")


def refresh_summary(session: Session, customer_id: CustomerId) -> None:
    """Recompute the list columns of one customer from its records (indexed aggregates), in
    one statement."""
    session.execute(_REFRESH, {"customer_id": customer_id})
    forget(session, customer_id, "last_contact_at", "open_promises", "next_due")
