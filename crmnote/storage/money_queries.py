"""Money across currencies: which are in the book, and amounts without a home value."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, func, or_, select, update
from sqlalchemy.orm import Session

from crmnote.storage.rows import MoneyRow

_MONEY = cast(Table, MoneyRow.__table__)


def currencies(session: Session) -> list[str]:
    """Every currency the book's money is in, upper case, sorted."""
    stmt = select(func.upper(MoneyRow.currency)).distinct()
    return sorted(str(c) for c in session.scalars(stmt))


def rebase(session: Session, home: str) -> tuple[int, list[int]]:
    """Money in `home` counts at rate 1 (its home amount is the amount); returns the rows
    changed and the customers whose home amounts changed (their kept cost-to-serve sums and
    scores must be rebuilt), in id order."""
    in_home = func.upper(_MONEY.c.currency) == home
    moved = or_(_MONEY.c.home_amount.is_(None), _MONEY.c.home_amount != _MONEY.c.amount)
    customers = session.scalars(
        select(_MONEY.c.customer_id).where(in_home, moved).distinct().order_by(_MONEY.c.customer_id)
    ).all()
    result: Any = session.execute(
        update(_MONEY).where(in_home).values(rate="1", home_amount=_MONEY.c.amount),
    )
    return int(result.rowcount or 0), [int(c) for c in customers]


def unconverted(session: Session) -> int:
    """Amounts in another currency with no rate: left out of every sum until one is entered."""
    return int(
        session.scalar(select(func.count(MoneyRow.id)).where(MoneyRow.home_amount.is_(None))) or 0
    )
