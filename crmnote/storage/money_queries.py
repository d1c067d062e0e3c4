"""Money across currencies: which are in the book, and amounts without a home value."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from crmnote.storage.rows import MoneyRow

_MONEY = cast(Table, MoneyRow.__table__)


def currencies(session: Session) -> list[str]:
    """Every currency the book's money is in, upper case, sorted."""
    stmt = select(func.upper(MoneyRow.currency)).distinct()
    return sorted(str(c) for c in session.scalars(stmt))


def rebase(session: Session, home: str) -> int:
    """Money in `home` counts at rate 1 (its home amount is the amount); returns rows changed."""
    result: Any = session.execute(
        update(_MONEY)
        .where(func.upper(_MONEY.c.currency) == home)
        .values(rate="1", home_amount=_MONEY.c.amount),
    )
    return int(result.rowcount or 0)


def unconverted(session: Session) -> int:
    """Amounts in another currency with no rate: left out of every sum until one is entered."""
    return int(
        session.scalar(select(func.count(MoneyRow.id)).where(MoneyRow.home_amount.is_(None))) or 0
    )
