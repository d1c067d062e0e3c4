"""Revising a standard: the current version is closed and a new dated version takes over."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain.rules import validate
from crmnote.domain.standards import plan_revision
from crmnote.services.changes import Changes
from crmnote.storage.repository import Repository
from crmnote.storage.standard_queries import standard_series


def series(repo: Repository, series_id: int) -> list[e.Standard]:
    """Every version of one standard, oldest first."""
    return standard_series(repo.session, series_id)


def default_effective(current: e.Standard, today: date) -> date:
    """Today, or the day after the current version started when that is later."""
    return max(today, current.valid_from + timedelta(days=1))


def revise_standard(
    repo: Repository,
    current: e.Standard,
    changes: dict[str, Any],
    now: datetime,
    effective: date | None = None,
) -> tuple[e.Standard, Changes]:
    """Close `current` the day before `effective` and add the new version; returns the new one.

    `changes` may carry `valid_from`, read as the effective date when none is given.
    """
    fields = dict(changes)
    start = fields.pop("valid_from", None)
    day = effective or start or default_effective(current, now.date())
    later = [v for v in series(repo, current.series_id) if v.valid_from > current.valid_from]
    closed, fresh = plan_revision(current, later[0] if later else None, fields, day, now)
    validate(closed)
    validate(fresh)
    repo.update(closed)
    saved: e.Standard = repo.add(fresh)
    changes_out = Changes.of("standard", closed.id, None) | Changes.of(
        "standard", saved.id, None, new=True
    )
    return saved, changes_out
