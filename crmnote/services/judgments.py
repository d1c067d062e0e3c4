"""Suggested judgments for requests: the standards in force and the customer's deal, read once."""

from __future__ import annotations

from crmnote.domain import entities as e
from crmnote.domain.judgments import SuggestedJudgment, suggest_judgment
from crmnote.services.base import ServiceBase
from crmnote.storage import report_queries as q


class JudgmentService(ServiceBase):
    def suggest(self, request_id: int) -> SuggestedJudgment:
        """What the facts suggest for a request; a person confirms it or records another."""
        with self.reading() as repo:
            request: e.Request = repo.get("request", request_id)
            earlier = repo.list("request", request.customer_id)
            return suggest_judgment(request, q.standards(repo.session), earlier)
