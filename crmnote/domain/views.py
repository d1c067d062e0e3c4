"""Read-only row shapes for lists: plain tuples of columns, cheap to load and hold in a model."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from crmnote.domain.types import CustomerId, CustomerStatus


@dataclass(frozen=True, slots=True)
class CustomerSummary:
    """One line of the customer list."""

    id: CustomerId
    name: str
    company: str
    status: CustomerStatus
    difficulty: float | None
    trust: float | None
    last_contact_at: datetime | None
    open_promises: int
    next_due: date | None

    def overdue(self, today: date) -> bool:
        return self.next_due is not None and self.next_due < today


@dataclass(frozen=True)
class Insight:
    """A theme promoted to an insight, and whether (and how) the business acted on it."""

    key: str
    label: str
    source: str
    note: str
    promoted_at: datetime
    acted_at: datetime | None
    acted_note: str
