"""A customer's history in one chronological list, every kind of record together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from crmnote.services.base import ServiceBase
from crmnote.storage.timeline_queries import TIMELINE_KINDS, timeline_rows


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of the timeline: which record, when, its title and state."""

    kind: str
    id: int
    at: datetime
    title: str
    status: str
    minutes: int | None = None
    amount: Decimal | None = None


def _entry(row: tuple[str, int, str, str, str, int | None]) -> TimelineEntry:
    kind, record_id, at, title, status, number = row
    minutes = number if kind in ("interaction", "effort") else None
    amount = Decimal(number).scaleb(-2) if kind == "money" and number is not None else None
    when = datetime.fromisoformat(str(at))
    return TimelineEntry(kind, record_id, when, title or "", status or "", minutes, amount)


class TimelineService(ServiceBase):
    kinds: tuple[str, ...] = TIMELINE_KINDS

    def entries(
        self,
        customer_id: int,
        kinds: Sequence[str] = (),
        limit: int | None = None,
        offset: int = 0,
    ) -> list[TimelineEntry]:
        """Newest first; `kinds` empty means every kind."""
        with self.reading() as repo:
            rows = timeline_rows(repo.session, customer_id, kinds, limit, offset)
        return [_entry(r) for r in rows]
