"""The decision dialog, and recording a decision with its status as one undoable step."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.types import CustomerStatus, DecisionAction
from crmnote.ui.dialogs.decision import DecisionDialog
from crmnote.ui.editing import Editing


def record_decision(
    editing: Editing,
    customer_id: int,
    values: Mapping[str, Any],
    status: CustomerStatus | None = None,
) -> e.Decision:
    """Add a Decision and optionally set the customer's status; one undo takes back both.

    Raises ValidationError (nothing written) when the decision is not acceptable.
    """
    decisions = editing.services.decisions
    decision, before, changes = decisions.record(customer_id, values, status)
    text = QCoreApplication.translate("Editing", "Record decision")
    editing.push(
        text,
        changes,
        lambda: decisions.put_again(decision, status),
        lambda: decisions.take_back(decision, before),
    )
    return decision


def open_decision(
    editing: Editing,
    customer_id: int,
    action: DecisionAction,
    reason: str,
    parent: QWidget | None,
) -> DecisionDialog:
    """Open the decision dialog; saving records the decision through the undo stack."""
    services = editing.services
    customer: e.Customer = services.records.get("customer", customer_id)
    business = str(services.settings.get(declared.BUSINESS_NAME) or "")

    def submit(values: dict[str, object], status: CustomerStatus | None) -> None:
        record_decision(editing, customer_id, values, status)

    staff = [(s.name, int(s.id)) for s in services.records.list("staff") if s.active]
    dialog = DecisionDialog(
        action,
        customer_name=customer.name,
        business_name=business,
        reason=reason,
        status=customer.status,
        submit=submit,
        staff=staff,
        current_staff=services.customers.current_staff(),
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
