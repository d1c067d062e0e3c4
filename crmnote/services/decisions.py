"""Recording a decision about a customer, with the status that goes with it, as one action."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain.types import CustomerStatus
from crmnote.services.changes import Changes
from crmnote.services.records import RecordService, coerce_values
from crmnote.storage.repository import Repository


class DecisionService(RecordService):
    """A decision and the customer's new status are written, and taken back, together."""

    def record(
        self,
        customer_id: int,
        values: Mapping[str, Any],
        status: CustomerStatus | None = None,
    ) -> tuple[e.Decision, CustomerStatus, Changes]:
        """Add a decision and set the customer's status in one transaction.

        Returns the decision, the status the customer had before (for undo) and the changes.
        Raises ValidationError, nothing written, when the decision is not acceptable.
        """
        spec = self.kind("decision")
        with self.transaction() as repo:
            customer: e.Customer = repo.get("customer", customer_id)
            decision = self._store(
                repo, self._build(repo, spec, coerce_values(spec, values), customer_id)
            )
            changes = Changes.of("decision", decision.id, customer_id, new=True)
            changes |= self._set_status(repo, customer, status)
            return decision, customer.status, changes

    def take_back(self, decision: e.Decision, status: CustomerStatus) -> Changes:
        """Undo of `record`: the decision deleted and the customer's earlier status back."""
        with self.transaction() as repo:
            customer: e.Customer = repo.get("customer", decision.customer_id)
            changes = self._delete(repo, "decision", decision.id)
            return changes | self._set_status(repo, customer, status)

    def put_again(self, decision: e.Decision, status: CustomerStatus | None) -> Changes:
        """Redo of `record`: the same decision (same id) and status again."""
        with self.transaction() as repo:
            customer: e.Customer = repo.get("customer", decision.customer_id)
            changes = self._restore(repo, decision)
            return changes | self._set_status(repo, customer, status)

    def _set_status(
        self, repo: Repository, customer: e.Customer, status: CustomerStatus | None
    ) -> Changes:
        if status is None or status == customer.status:
            return Changes()
        repo.update(dataclasses.replace(customer, status=status, updated_at=self.now()))
        return Changes.of("customer", customer.id, customer.id)
