"""The customer map's dots: scored customers grouped by the database, and each quadrant's count."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from crmnote.domain.types import CustomerStatus
from crmnote.storage.among import dialect_of
from crmnote.storage.rows import CustomerRow


def map_dots(
    session: Session, statuses: Sequence[CustomerStatus], cell: float
) -> list[tuple[int, str, float, float, int]]:
    """(id, name, difficulty, trust, size) of each dot's first customer by id, by id: the
    scored customers grouped into cells `cell` wide on both scores, counted in SQL, so a
    book of 100,000 customers hands over ~6,000 rows instead of a tuple a customer (which
    left ~15 MB of freed objects behind in the process)."""
    c = CustomerRow
    floor = _floor_for(session)
    dots = (
        select(func.min(c.id).label("id"), func.count().label("size"))
        .where(*_scored(statuses))
        .group_by(floor(c.difficulty / cell), floor(c.trust / cell))
        .subquery()
    )
    stmt = (
        select(c.id, c.name, c.difficulty, c.trust, dots.c.size)
        .join(dots, dots.c.id == c.id)
        .order_by(c.id)
    )
    return [(cid, name, d, t, n) for cid, name, d, t, n in session.execute(stmt)]


def quadrant_counts(
    session: Session, statuses: Sequence[CustomerStatus], difficult: float, trusting: float
) -> dict[tuple[bool, bool], int]:
    """How many scored customers are (difficulty >= `difficult`, trust >= `trusting`)."""
    c = CustomerRow
    hard, trusts = c.difficulty >= difficult, c.trust >= trusting
    stmt = select(hard, trusts, func.count()).where(*_scored(statuses)).group_by(hard, trusts)
    return {(bool(h), bool(t)): n for h, t, n in session.execute(stmt)}


def _scored(statuses: Sequence[CustomerStatus]) -> list[Any]:
    c = CustomerRow
    where = [c.difficulty.is_not(None), c.trust.is_not(None)]
    if statuses:
        where.append(c.status.in_(list(statuses)))
    return where


def _floor_for(session: Session) -> Any:
    """floor() for this back end: SQLite has it only when built with its math functions,
    and a CAST to integer truncates toward zero (one less below zero gives the floor)."""
    if dialect_of(session) != "sqlite":
        return func.floor

    def floor(value: Any) -> Any:
        whole = cast(value, Integer)
        return whole - cast(value < whole, Integer)

    return floor
