"""Follow-ups: promises due soon and overdue, claims pending too long, requests to judge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from crmnote.domain import settings as declared
from crmnote.services.base import ServiceBase
from crmnote.storage.report_queries import claims_pending_before
from crmnote.storage.settings_store import read_setting
from crmnote.storage.today_queries import our_follow_ups, pending_requests, promises_due

CLAIM_PENDING_DAYS = 7  # a claim without a verdict for longer than this needs chasing


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


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


class FollowUpService(ServiceBase):
    def list(
        self,
        today: date | None = None,
        claims_older_than: int = CLAIM_PENDING_DAYS,
        limit: int = 500,
    ) -> FollowUps:
        """Everything to chase as of `today`, oldest first within each group.

        Due soon: open promises due from today to today + DUE_SOON_DAYS (a setting); overdue:
        open promises due before today; stale claims: pending longer than `claims_older_than`
        days; awaiting judgment: every request still pending; our side: decisions to fix our
        side whose follow-up is not done yet.
        """
        day = today or self.now().date()
        with self.reading() as repo:
            s = repo.session
            soon = int(read_setting(s, declared.DUE_SOON_DAYS) or 0)
            late = promises_due(s, None, day - timedelta(days=1), limit)
            due = promises_due(s, day, day + timedelta(days=soon), limit)
            cutoff = datetime.combine(day - timedelta(days=claims_older_than), time())
            claims = claims_pending_before(s, cutoff, limit)
            requests = pending_requests(s, limit)
            ours = our_follow_ups(s, limit)
        return FollowUps(
            today=day,
            overdue=_items("promise", late, day, since=True),
            due_soon=_items("promise", due, day, since=False),
            stale_claims=_items("claim", claims, day, since=True),
            awaiting_judgment=_items("request", requests, day, since=True),
            our_side=_items("decision", ours, day, since=True),
        )


def _items(kind: str, rows: Sequence[Any], day: date, *, since: bool) -> tuple[FollowUp, ...]:
    """Rows of (id, customer id, name, text, when); days since `when`, or until it."""
    out = []
    for rid, cid, name, text, when in rows:
        delta = (day - _day(when)).days
        out.append(FollowUp(kind, rid, cid, name, text, when, delta if since else -delta))
    return tuple(out)
