"""Aggregates for the standards report and the claim dossier: column tuples, grouped in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crmnote.domain import entities as e
from crmnote.domain.types import PromiseStatus, Verdict
from crmnote.storage.repository import to_domain
from crmnote.storage.rows import (
    ClaimRow,
    CustomerRow,
    InteractionRow,
    PromiseRow,
    StaffRow,
    StandardRow,
)


def standards(session: Session) -> list[e.Standard]:
    """The whole catalogue, every version (a few dozen rows in practice)."""
    stmt = select(StandardRow).order_by(StandardRow.series_id, StandardRow.valid_from)
    return [to_domain("standard", r) for r in session.scalars(stmt)]


def _made_between(column: Any, start: date | None, end: date | None) -> list[Any]:
    where = []
    if start is not None:
        where.append(column >= datetime.combine(start, datetime.min.time()))
    if end is not None:
        where.append(column <= datetime.combine(end, datetime.max.time()))
    return where


def promise_counts(
    session: Session, start: date | None, end: date | None
) -> dict[int, dict[PromiseStatus, int]]:
    """Promises linked to each series (any version), by status, made within the period."""
    stmt = (
        select(StandardRow.series_id, PromiseRow.status, func.count(PromiseRow.id))
        .join(StandardRow, StandardRow.id == PromiseRow.standard_id)
        .where(*_made_between(PromiseRow.made_at, start, end))
        .group_by(StandardRow.series_id, PromiseRow.status)
    )
    out: dict[int, dict[PromiseStatus, int]] = {}
    for series, status, n in session.execute(stmt):
        out.setdefault(series, {})[PromiseStatus(status)] = int(n)
    return out


def claim_counts(
    session: Session, start: date | None, end: date | None
) -> dict[int, dict[Verdict, int]]:
    """Claims against promises linked to each series, by verdict, raised within the period."""
    stmt = (
        select(StandardRow.series_id, ClaimRow.verdict, func.count(ClaimRow.id))
        .join(PromiseRow, PromiseRow.id == ClaimRow.promise_id)
        .join(StandardRow, StandardRow.id == PromiseRow.standard_id)
        .where(*_made_between(ClaimRow.raised_at, start, end))
        .group_by(StandardRow.series_id, ClaimRow.verdict)
    )
    out: dict[int, dict[Verdict, int]] = {}
    for series, verdict, n in session.execute(stmt):
        out.setdefault(series, {})[Verdict(verdict)] = int(n)
    return out


def related_interactions(
    session: Session,
    customer_id: int,
    start: datetime,
    end: datetime,
    linked: Sequence[int],
    limit: int,
) -> list[e.Interaction]:
    """A customer's interactions in a window (indexed by customer and time) or linked by id."""
    in_window = InteractionRow.at.between(start, end)
    where = or_(in_window, InteractionRow.id.in_(list(linked))) if linked else in_window
    stmt = (
        select(InteractionRow)
        .where(InteractionRow.customer_id == customer_id, where)
        .order_by(InteractionRow.at, InteractionRow.id)
        .limit(limit)
    )
    return [to_domain("interaction", r) for r in session.scalars(stmt)]


def staff_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    stmt = select(StaffRow.id, StaffRow.name).where(StaffRow.id.in_(ids))
    return {int(i): str(n) for i, n in session.execute(stmt)}


def claims_pending_before(
    session: Session, before: datetime, limit: int
) -> list[tuple[int, int, str, str, datetime]]:
    """Pending claims raised before a time: (claim id, customer id, name, text, raised at)."""
    stmt = (
        select(ClaimRow.id, CustomerRow.id, CustomerRow.name, ClaimRow.text, ClaimRow.raised_at)
        .join(CustomerRow, CustomerRow.id == ClaimRow.customer_id)
        .where(ClaimRow.verdict == Verdict.PENDING, ClaimRow.raised_at < before)
        .order_by(ClaimRow.raised_at, ClaimRow.id)
        .limit(limit)
    )
    return [(int(a), int(b), str(c), str(d), e_) for a, b, c, d, e_ in session.execute(stmt)]
