"""Recording a decision (and the status that goes with it) as one undoable step."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from crmnote.domain import entities as e
from crmnote.domain.types import CustomerStatus
from crmnote.services.changes import Changes
from crmnote.ui.editing import Editing
from crmnote.ui.undo import delete_all, restore_all


def record_decision(
    editing: Editing,
    customer_id: int,
    values: Mapping[str, Any],
    status: CustomerStatus | None = None,
) -> e.Decision:
    """Add a Decision and optionally set the customer's status; one undo takes back both.

    Raises ValidationError (nothing written) when the decision is not acceptable.
    """
    services = editing.services
    old: e.Customer = services.records.get("customer", customer_id)
    decision: e.Decision
    # One transaction, as `crmnote add decision` records it (services/decisions.py).
    decision, changes = services.decisions.decide(
        customer_id, values, status=status if status is not None else False
    )
    made = [decision]

    def do() -> Changes:
        c = restore_all(services, made)
        if status is not None and status != old.status:
            c |= services.customers.set_status(customer_id, status)
        return c

    def undo() -> Changes:
        c = delete_all(services, made)
        if status is not None and status != old.status:
            c |= services.customers.set_status(customer_id, old.status)
        return c

    text = QCoreApplication.translate("Editing", "Record decision")
    editing.push(text, changes, do, undo)
    return decision
