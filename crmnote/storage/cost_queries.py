"""Cost to serve in SQL: minutes and revenue per customer and per month over a period."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import String, case, cast, func, literal, literal_column, or_, select, union_all
from sqlalchemy.orm import Session

from crmnote.domain.types import MoneyKind
from crmnote.storage.rows import CustomerRow, EffortRow, InteractionRow, MoneyRow

# Revenue counts sales in, refunds and credits out (returns and discounts are not money paid),
# at their home-currency values: an amount with no rate (NULL) adds nothing, never its face value.
_SIGNED = case(
    (MoneyRow.kind == MoneyKind.SALE, func.coalesce(MoneyRow.home_amount, 0)),
    (
        MoneyRow.kind.in_([MoneyKind.REFUND, MoneyKind.CREDIT]),
        -func.coalesce(MoneyRow.home_amount, 0),
    ),
    else_=0,
)


def _money(value: Any) -> Decimal:
    """A summed amount: the Cents column type already reads it back as a Decimal."""
    return Decimal(value or 0).quantize(Decimal("0.01"))


def _month(column: Any) -> Any:
    """`YYYY-MM` from a date or time column, the same text on SQLite and PostgreSQL."""
    # Literal bounds: a GROUP BY of it must be the very same expression to PostgreSQL.
    return func.substr(cast(column, String), literal_column("1"), literal_column("7"))


def _span(column: Any, start: date | None, end: date | None, timed: bool) -> list[Any]:
    where = []
    if start is not None:
        where.append(column >= (datetime.combine(start, datetime.min.time()) if timed else start))
    if end is not None:
        where.append(column <= (datetime.combine(end, datetime.max.time()) if timed else end))
    return where


def _minutes(start: date | None, end: date | None, customer_id: int | None) -> Any:
    """(customer id, month, minutes, talk minutes) rows of interactions and effort."""
    parts = []
    for row, talk in ((InteractionRow, True), (EffortRow, False)):
        where = _span(row.at, start, end, True)
        if customer_id is not None:
            where.append(row.customer_id == customer_id)
        parts.append(
            select(
                row.customer_id.label("customer_id"),
                _month(row.at).label("month"),
                row.minutes.label("minutes"),
                (row.minutes if talk else literal(0)).label("talk"),
            ).where(*where)
        )
    return union_all(*parts).subquery()


def months(
    session: Session, customer_id: int, start: date | None, end: date | None
) -> dict[str, tuple[int, int, Decimal]]:
    """Per month: (minutes in interactions, minutes of effort, revenue) of one customer."""
    spent = _minutes(start, end, customer_id)
    out: dict[str, tuple[int, int, Decimal]] = {}
    stmt = select(spent.c.month, func.sum(spent.c.talk), func.sum(spent.c.minutes)).group_by(
        spent.c.month
    )
    for month, talk, total in session.execute(stmt):
        out[month] = (int(talk or 0), int(total or 0) - int(talk or 0), Decimal(0))
    where = [MoneyRow.customer_id == customer_id, *_span(MoneyRow.at, start, end, False)]
    money = (
        select(_month(MoneyRow.at), func.sum(_SIGNED)).where(*where).group_by(_month(MoneyRow.at))
    )
    for month, amount in session.execute(money):
        talk, work, _ = out.get(month, (0, 0, Decimal(0)))
        out[month] = (talk, work, _money(amount))
    return dict(sorted(out.items()))


def ranking(
    session: Session,
    start: date | None,
    end: date | None,
    hourly: float,
    limit: int,
    offset: int,
) -> list[tuple[int, str, int, Decimal, float | None]]:
    """(customer id, name, minutes, revenue, ratio) with any cost or revenue, by ratio, paged.

    Customers who cost time and brought no revenue come first (no ratio), then the highest
    ratio; customers with revenue and no cost last.
    """
    spent = _minutes(start, end, None)
    minutes = (
        select(spent.c.customer_id, func.sum(spent.c.minutes).label("minutes"))
        .group_by(spent.c.customer_id)
        .subquery()
    )
    paid = (
        select(MoneyRow.customer_id, func.sum(_SIGNED).label("cents"))
        .where(*_span(MoneyRow.at, start, end, False))
        .group_by(MoneyRow.customer_id)
        .subquery()
    )
    mins = func.coalesce(minutes.c.minutes, 0)
    cents = func.coalesce(paid.c.cents, 0)
    cost_cents = mins * (hourly * 100 / 60)
    ratio = case((cents > 0, cost_cents / cents), else_=None)
    unpaid = case((cents <= 0, 1), else_=0)
    stmt = (
        select(CustomerRow.id, CustomerRow.name, mins, cents, ratio)
        .outerjoin(minutes, minutes.c.customer_id == CustomerRow.id)
        .outerjoin(paid, paid.c.customer_id == CustomerRow.id)
        .where(or_(minutes.c.minutes > 0, paid.c.cents != 0))
        .order_by(unpaid.desc(), ratio.desc(), mins.desc(), CustomerRow.id)
        .limit(limit)
        .offset(offset)
    )
    return [
        (int(i), str(n), int(m), _money(c), None if r is None else float(r))
        for i, n, m, c, r in session.execute(stmt)
    ]
