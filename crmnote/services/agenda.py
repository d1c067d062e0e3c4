"""Today's agenda and follow-ups as values, made from rows wherever those were read.

`TodayService` and `FollowUpService` read the rows through the ORM; at start-up the first
screen reads the same rows with plain SQL (`services/first_screen.py`). Both hand them to the
functions here, so the agenda is assembled one way. No database here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from crmnote.domain import settings as declared
from crmnote.domain.settings import Setting

CLAIM_PENDING_DAYS = 7  # a claim without a verdict for longer than this needs chasing

# (record id, customer id, customer name, text, when)
Row = tuple[int, int, str, str, Any]


class AgendaRows(Protocol):
    """The reads the agenda is made of, earliest first within each."""

    def setting(self, setting: Setting) -> Any:
        """A setting's stored value, or its default."""

    def promises_due(self, before: date | None, until: date, limit: int) -> list[Row]:
        """Open promises due on or before `until` (and on or after `before`)."""

    def promise_ids_due(self, until: date, limit: int) -> list[int]:
        """The ids of the open promises due on or before `until`."""

    def pending_claims(self, limit: int) -> list[Row]:
        """Claims without a verdict."""

    def claims_pending_before(self, cutoff: datetime, limit: int) -> list[Row]:
        """Claims without a verdict raised before `cutoff`."""

    def pending_requests(self, limit: int) -> list[Row]:
        """Requests without a judgment."""

    def our_follow_ups(self, limit: int) -> list[Row]:
        """Decisions to fix our side whose follow-up is not done, by its due date."""


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """A record that needs attention, with its customer's name for display."""

    kind: str
    id: int
    customer_id: int
    customer_name: str
    text: str
    when: date | datetime | None


@dataclass(frozen=True)
class Agenda:
    overdue: tuple[AgendaItem, ...]
    due_soon: tuple[AgendaItem, ...]
    claims: tuple[AgendaItem, ...]
    requests: tuple[AgendaItem, ...]


@dataclass(frozen=True, slots=True)
class FollowUp:
    """One record to follow up; `days` is how overdue, how soon due, or how long pending."""

    kind: str
    id: int
    customer_id: int
    customer_name: str
    text: str
    when: date | datetime | None
    days: int


@dataclass(frozen=True)
class FollowUps:
    today: date
    overdue: tuple[FollowUp, ...]
    due_soon: tuple[FollowUp, ...]
    stale_claims: tuple[FollowUp, ...]
    awaiting_judgment: tuple[FollowUp, ...]
    # Decisions to fix our side: what we will put right, by when (days past it, or negative).
    our_side: tuple[FollowUp, ...] = ()

    def __len__(self) -> int:
        groups = (
            self.overdue,
            self.due_soon,
            self.stale_claims,
            self.awaiting_judgment,
            self.our_side,
        )
        return sum(map(len, groups))


def agenda(rows: AgendaRows, day: date, limit: int = 500) -> Agenda:
    """Overdue and due-soon promises (DUE_SOON_DAYS ahead), claims and requests pending."""
    soon = int(rows.setting(declared.DUE_SOON_DAYS) or 3)
    return Agenda(
        overdue=_items("promise", rows.promises_due(None, day - timedelta(days=1), limit)),
        due_soon=_items("promise", rows.promises_due(day, day + timedelta(days=soon), limit)),
        claims=_items("claim", rows.pending_claims(limit)),
        requests=_items("request", rows.pending_requests(limit)),
    )


def due_by(rows: AgendaRows, day: date, limit: int = 1000) -> tuple[AgendaItem, ...]:
    """Open promises due on `day` or earlier (for reminders)."""
    return _items("promise", rows.promises_due(None, day, limit))


def due_ids(rows: AgendaRows, day: date, limit: int = 1000) -> frozenset[int]:
    """The ids of `due_by`'s promises (what the reminders already know is due): one read of
    an index, where `due_by` also reads each promise's customer and text."""
    return frozenset(rows.promise_ids_due(day, limit))


def followups(
    rows: AgendaRows, day: date, claims_older_than: int = CLAIM_PENDING_DAYS, limit: int = 500
) -> FollowUps:
    """Everything to chase as of `day`, oldest first within each group.

    Due soon: open promises due from `day` to `day` + DUE_SOON_DAYS (a setting); overdue:
    open promises due before `day`; stale claims: pending longer than `claims_older_than`
    days; awaiting judgment: every request still pending; our side: decisions to fix our
    side whose follow-up is not done yet.
    """
    soon = int(rows.setting(declared.DUE_SOON_DAYS) or 0)
    late = rows.promises_due(None, day - timedelta(days=1), limit)
    due = rows.promises_due(day, day + timedelta(days=soon), limit)
    cutoff = datetime.combine(day - timedelta(days=claims_older_than), time())
    claims = rows.claims_pending_before(cutoff, limit)
    requests = rows.pending_requests(limit)
    ours = rows.our_follow_ups(limit)
    return FollowUps(
        today=day,
        overdue=_follow("promise", late, day, since=True),
        due_soon=_follow("promise", due, day, since=False),
        stale_claims=_follow("claim", claims, day, since=True),
        awaiting_judgment=_follow("request", requests, day, since=True),
        our_side=_follow("decision", ours, day, since=True),
    )


def _items(kind: str, rows: Sequence[Row]) -> tuple[AgendaItem, ...]:
    return tuple(AgendaItem(kind, r[0], r[1], r[2], r[3], r[4]) for r in rows)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _follow(kind: str, rows: Sequence[Row], day: date, *, since: bool) -> tuple[FollowUp, ...]:
    """Rows of (id, customer id, name, text, when); days since `when`, or until it."""
    out = []
    for rid, cid, name, text, when in rows:
        delta = (day - _day(when)).days
        out.append(FollowUp(kind, rid, cid, name, text, when, delta if since else -delta))
    return tuple(out)
