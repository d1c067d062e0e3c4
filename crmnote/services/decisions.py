"""Recording a decision about a customer: the letter drafted, the status set, in one action."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.errors import ValidationError
from crmnote.domain.letters import decline_message, referral_message
from crmnote.domain.types import CustomerStatus, DecisionAction, StaffId
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.records import RecordService
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
            raise ValidationError("referral_to", "name who you refer them to")
        return referral_message(customer, sign, alternative, why)
    if action is DecisionAction.DECLINE:
        return decline_message(customer, sign, why, alternative)
    return ""


class DecisionService(ServiceBase):
    """Decisions as the desktop app and the command line record them, the same way."""

    def draft(
        self, customer_id: int, action: DecisionAction, alternative: str = "", why: str = ""
    ) -> str:
        with self.reading() as repo:
            customer: e.Customer = repo.get("customer", customer_id)
            business = str(read_setting(repo.session, declared.BUSINESS_NAME) or "")
        return draft_letter(action, customer.name, business, alternative, why)

    def decide(
        self,
        customer_id: int,
        values: Mapping[str, Any],
        *,
        why: str = "",
        status: CustomerStatus | bool = True,
    ) -> tuple[e.Decision, Changes]:
        """Record a decision in one transaction.

        Referring and declining draft their letter when no `message` is given (`why` is the
        customer-facing reason it gives); fixing our side needs its follow-up (who defaults to
        the current staff member). `status`: True sets the status the action implies
        (`STATUS_FOR`), False leaves it, a CustomerStatus sets that one.
        """
        with self.transaction() as repo:
            return self.decide_in(repo, customer_id, values, why=why, status=status)

    def decide_in(
        self,
        repo: Repository,
        customer_id: int,
        values: Mapping[str, Any],
        *,
        why: str = "",
        status: CustomerStatus | bool = True,
    ) -> tuple[e.Decision, Changes]:
        fields = dict(values)
        action = DecisionAction(fields.get("action") or "")
        customer: e.Customer = repo.get("customer", customer_id)
        if action in LETTERS and not str(fields.get("message") or "").strip():
            business = str(read_setting(repo.session, declared.BUSINESS_NAME) or "")
            alternative = str(fields.get("referral_to") or "")
            fields["message"] = draft_letter(action, customer.name, business, alternative, why)
        if action is DecisionAction.REFER and not str(fields.get("referral_to") or "").strip():
            raise ValidationError("referral_to", "name who you refer them to")
        if action is DecisionAction.FIX_OUR_SIDE and fields.get("follow_up_by") is None:
            current = read_setting(repo.session, declared.CURRENT_STAFF)
            fields["follow_up_by"] = None if current is None else StaffId(int(current))
        records = RecordService.beside(self)
        decision, changes = records.add_in(repo, "decision", fields, customer_id)
        new_status = STATUS_FOR[action] if status is True else status
        if isinstance(new_status, CustomerStatus) and new_status != customer.status:
            repo.update(dataclasses.replace(customer, status=new_status, updated_at=self.now()))
            changes |= Changes.of("customer", customer_id, customer_id)
        return decision, changes

    def follow_up_done(self, decision_id: int, done: bool = True) -> Changes:
        """Mark what we set out to put right as done (or not done after all)."""
        with self.transaction() as repo:
            old: e.Decision = repo.get("decision", decision_id)
            if not old.follow_up.strip():
                raise ValidationError("follow_up", f"decision {decision_id} has no follow-up")
            when = self.now() if done else None
            repo.update(dataclasses.replace(old, follow_up_done_at=when, updated_at=self.now()))
            return Changes.of("decision", decision_id, old.customer_id)
