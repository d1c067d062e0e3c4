"""What the customer list shows: a search, filters and an order (a value, no database)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crmnote.domain.types import CustomerStatus


class SortKey(StrEnum):
    NAME = "name"
    COMPANY = "company"
    STATUS = "status"
    DIFFICULTY = "difficulty"
    TRUST = "trust"
    LAST_CONTACT = "last_contact"
    OPEN_PROMISES = "open_promises"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: a search, status and tag filters, and an order."""

    search: str = ""
    statuses: tuple[CustomerStatus, ...] = ()
    tag: str | None = None
    order_by: SortKey = SortKey.NAME
    descending: bool = False


def is_plain(query: ListQuery) -> bool:
    """The whole list in some order: no search text, no status or tag filter."""
    return not query.search.strip() and not query.statuses and not query.tag
