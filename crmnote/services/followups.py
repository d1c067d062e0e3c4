"""Follow-ups: promises due soon and overdue, claims pending too long, requests to judge."""

from __future__ import annotations

from datetime import date

from crmnote.services.agenda import CLAIM_PENDING_DAYS, FollowUp, FollowUps, followups
from crmnote.services.base import ServiceBase
from crmnote.services.today import SessionRows

__all__ = ["CLAIM_PENDING_DAYS", "FollowUp", "FollowUpService", "FollowUps"]


class FollowUpService(ServiceBase):
    def list(
        self,
        today: date | None = None,
        claims_older_than: int = CLAIM_PENDING_DAYS,
        limit: int = 500,
    ) -> FollowUps:
        """Everything to chase as of `today`, oldest first within each group
        (`services.agenda.followups`)."""
        day = today or self.now().date()
        with self.reading() as repo:
            return followups(SessionRows(repo.session), day, claims_older_than, limit)
