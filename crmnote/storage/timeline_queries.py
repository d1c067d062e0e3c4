"""One customer's history across every kind of record, as plain tuples in one SQL union."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Integer, String, cast, literal, select, type_coerce, union_all
from sqlalchemy.orm import Session

from crmnote.storage.rows import (
    ClaimRow,
    DecisionRow,
    EffortRow,
    FeedbackRow,
    InteractionRow,
    MoneyRow,
    PromiseRow,
    RequestRow,
)

# kind → (row, time column, title column, status column, number column)
_SOURCES: dict[str, tuple[Any, Any, Any, Any, Any]] = {
    "interaction": (
        InteractionRow,
        InteractionRow.at,
        InteractionRow.summary,
        InteractionRow.channel,
        InteractionRow.minutes,
    ),
    "promise": (PromiseRow, PromiseRow.made_at, PromiseRow.text, PromiseRow.status, None),
    "claim": (ClaimRow, ClaimRow.raised_at, ClaimRow.text, ClaimRow.verdict, None),
    "request": (RequestRow, RequestRow.raised_at, RequestRow.text, RequestRow.judgment, None),
    "feedback": (FeedbackRow, FeedbackRow.at, FeedbackRow.text, FeedbackRow.kind, None),
    "money": (MoneyRow, MoneyRow.at, MoneyRow.reference, MoneyRow.kind, MoneyRow.amount),
    "effort": (EffortRow, EffortRow.at, EffortRow.text, None, EffortRow.minutes),
    "decision": (DecisionRow, DecisionRow.at, DecisionRow.reason, DecisionRow.action, None),
}
TIMELINE_KINDS = tuple(_SOURCES)


def _select(kind: str, customer_id: int, first: int | None, server: bool) -> Any:
    """One kind's rows; with `first`, only its newest `first` (a page cannot need more)."""
    row, at, title, status, number = _SOURCES[kind]
    stmt = select(
        literal(kind, String).label("kind"),
        row.id.label("id"),
        # Dates and times as their stored text, so one column sorts and carries both (on
        # PostgreSQL, which stores them typed, their text form, which sorts the same way).
        (cast(at, String) if server else type_coerce(at, String)).label("at"),
        type_coerce(title, String).label("title"),
        type_coerce(status, String).label("status") if status is not None else literal(""),
        type_coerce(number, Integer).label("number")
        if number is not None
        else literal(None, Integer),
    ).where(row.customer_id == customer_id)
    if first is None:
        return stmt
    # Sorted and cut per kind (over the customer_id, at indexes where there are), so a page of
    # a customer with 10k interactions does not sort all of them (bench/open_customer_bench).
    newest = stmt.order_by(at.desc(), row.id.desc()).limit(first).subquery()
    return select(newest)


def timeline_rows(
    session: Session,
    customer_id: int,
    kinds: Sequence[str] = (),
    limit: int | None = None,
    offset: int = 0,
) -> list[tuple[str, int, str, str, str, int | None]]:
    """(kind, id, at, title, status, number) newest first; `number` is minutes or cents."""
    chosen = [k for k in TIMELINE_KINDS if not kinds or k in kinds]
    if not chosen:
        return []
    first = None if limit is None else offset + limit
    server = session.get_bind().dialect.name == "postgresql"
    union = union_all(*(_select(k, customer_id, first, server) for k in chosen)).subquery()
    stmt = select(union).order_by(union.c.at.desc(), union.c.kind, union.c.id.desc())
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [tuple(r) for r in session.execute(stmt)]
