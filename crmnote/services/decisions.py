"""Recording a decision about a customer, with the status that goes with it, as one action:
referring and declining draft their letter, fixing our side takes its follow-up."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain import rule_messages as rm
from crmnote.domain import settings as declared
from crmnote.domain.errors import ValidationError
from crmnote.domain.letters import decline_message, referral_message
from crmnote.domain.reasons import Reason, say
from crmnote.domain.types import CustomerStatus, DecisionAction, StaffId
from crmnote.services.changes import Changes
from crmnote.services.records import RecordService, coerce_values
from crmnote.storage.repository import Repository
from crmnote.storage.settings_store import read_setting

# The status a decision puts the customer in (None: leave it as it is).
STATUS_FOR: dict[DecisionAction, CustomerStatus | None] = {
    DecisionAction.KEEP: CustomerStatus.ACTIVE,
    DecisionAction.FIX_OUR_SIDE: None,
    DecisionAction.WATCH: CustomerStatus.WATCH,
    DecisionAction.REPRICE: None,
    DecisionAction.REFER: CustomerStatus.REFERRED,
    DecisionAction.DECLINE: CustomerStatus.DECLINED,
}
# Actions that come with a letter to the customer.
LETTERS = frozenset({DecisionAction.REFER, DecisionAction.DECLINE})
UNSIGNED = "[your business name]"


def draft_letter(
    action: DecisionAction, customer: str, business: str, alternative: str = "", why: str = ""
) -> str:
    """The courteous letter that goes with referring or declining; '' for other actions.

    An empty business name signs with a placeholder to replace (set it in Settings).
    """
    sign = business.strip() or UNSIGNED
    if action is DecisionAction.REFER:
        if not alternative.strip():
            raise ValidationError("referral_to", Reason(rm.REFER_TO))
        return referral_message(customer, sign, alternative, why)
    if action is DecisionAction.DECLINE:
        return decline_message(customer, sign, why, alternative)
    return ""


class DecisionService(RecordService):
    """A decision and the customer's new status are written, and taken back, together."""

    def draft(
        self, customer_id: int, action: DecisionAction, alternative: str = "", why: str = ""
    ) -> str:
        with self.reading() as repo:
            customer: e.Customer = repo.get("customer", customer_id)
            business = str(read_setting(repo.session, declared.BUSINESS_NAME) or "")
        return draft_letter(action, customer.name, business, alternative, why)

    def record(
        self,
        customer_id: int,
        values: Mapping[str, Any],
        status: CustomerStatus | None = None,
        *,
        why: str = "",
    ) -> tuple[e.Decision, CustomerStatus, Changes]:
        """Add a decision and set the customer's status in one transaction.

        Referring and declining draft their letter when no `message` is given (`why` is the
        customer-facing reason it gives); fixing our side needs its follow-up (who defaults to
        the current staff member). Returns the decision, the status the customer had before
        (for undo) and the changes. Raises ValidationError, nothing written, when the decision
        is not acceptable.
        """
        spec = self.kind("decision")
        with self.transaction() as repo:
            customer: e.Customer = repo.get("customer", customer_id)
            fields = self._prepared(repo, customer, coerce_values(spec, values), why)
            decision = self._store(repo, self._build(repo, spec, fields, customer_id))
            changes = Changes.of("decision", decision.id, customer_id, new=True)
            changes |= self._set_status(repo, customer, status)
            return decision, customer.status, changes

    def decide(
        self,
        customer_id: int,
        values: Mapping[str, Any],
        *,
        why: str = "",
        status: CustomerStatus | bool = True,
    ) -> tuple[e.Decision, Changes]:
        """`record` as the command line asks for it: `status` True sets the status the action
        implies (`STATUS_FOR`), False leaves it, a CustomerStatus sets that one."""
        action = DecisionAction(dict(values).get("action") or "")
        chosen = STATUS_FOR[action] if status is True else status or None
        decision, _before, changes = self.record(customer_id, values, chosen, why=why)
        return decision, changes

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

    def follow_up_done(self, decision_id: int, done: bool = True) -> Changes:
        """Mark what we set out to put right as done (or not done after all)."""
        with self.transaction() as repo:
            old: e.Decision = repo.get("decision", decision_id)
            if not old.follow_up.strip():
                raise ValidationError(
                    "follow_up",
                    say("svc.no_follow_up", "decision {id} has no follow-up", id=decision_id),
                )
            when = self.now() if done else None
            repo.update(dataclasses.replace(old, follow_up_done_at=when, updated_at=self.now()))
            return Changes.of("decision", decision_id, old.customer_id)

    def _prepared(
        self, repo: Repository, customer: e.Customer, fields: dict[str, Any], why: str
    ) -> dict[str, Any]:
        """The letter drafted, the referral named, the follow-up's owner filled in."""
        action = DecisionAction(fields.get("action") or "")
        if action in LETTERS and not str(fields.get("message") or "").strip():
            business = str(read_setting(repo.session, declared.BUSINESS_NAME) or "")
            alternative = str(fields.get("referral_to") or "")
            fields["message"] = draft_letter(action, customer.name, business, alternative, why)
        if action is DecisionAction.REFER and not str(fields.get("referral_to") or "").strip():
            raise ValidationError("referral_to", Reason(rm.REFER_TO))
        if action is DecisionAction.FIX_OUR_SIDE and fields.get("follow_up_by") is None:
            current = read_setting(repo.session, declared.CURRENT_STAFF)
            fields["follow_up_by"] = None if current is None else StaffId(int(current))
        return fields

    def _set_status(
        self, repo: Repository, customer: e.Customer, status: CustomerStatus | None
    ) -> Changes:
        if status is None or status == customer.status:
            return Changes()
        repo.update(dataclasses.replace(customer, status=status, updated_at=self.now()))
        return Changes.of("customer", customer.id, customer.id)
