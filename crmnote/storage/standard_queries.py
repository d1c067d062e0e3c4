"""The versions of one standard (a series), as domain records."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmnote.domain import entities as e
from crmnote.storage.repository import to_domain
from crmnote.storage.rows import StandardRow


def standard_series(session: Session, series_id: int) -> list[e.Standard]:
    """Every version of one standard, oldest first."""
    stmt = (
        select(StandardRow)
        .where(StandardRow.series_id == series_id)
        .order_by(StandardRow.valid_from, StandardRow.id)
    )
    return [to_domain("standard", r) for r in session.scalars(stmt)]
