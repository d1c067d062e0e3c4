"""What the signed-in person may do in the main window: a viewer of a team book or a read-only
file only reads; staff of a team book leave erasing, demo data and restoring to its owner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from crmnote.domain.team import Member
from crmnote.ui.actions import ActionId
from crmnote.ui.labels import access_label

# Commands that change the book: off for someone who may only read it.
WRITING_ACTIONS = (
    ActionId.NEW_CUSTOMER,
    ActionId.EDIT_CUSTOMER,
    ActionId.DELETE_CUSTOMER,
    ActionId.QUICK_LOG,
    ActionId.NEW_INTERACTION,
    ActionId.NEW_PROMISE,
    ActionId.NEW_CLAIM,
    ActionId.NEW_REQUEST,
    ActionId.NEW_MONEY,
    ActionId.NEW_EFFORT,
    ActionId.IMPORT,
    ActionId.LOAD_DEMO,
    ActionId.RESTORE_BACKUP,
    ActionId.JOIN_TEAM,
)
# ... and those only the book's owner may take on a team book (they erase or rewrite).
OWNER_ACTIONS = (ActionId.DELETE_CUSTOMER, ActionId.LOAD_DEMO, ActionId.RESTORE_BACKUP)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def read_only_reason(member: Member, editable: bool) -> str:
    """Why nothing may be changed ("" when it may)."""
    if not editable:
        return _tr("This book is read-only: you can read it but not change it.")
    if not member.access.can_write:
        return _tr(
            "You are signed in as {0}, a viewer of this team book: you can read it but not "
            "change it."
        ).format(member.role)
    return ""


def not_allowed(member: Member, read_only: bool) -> tuple[ActionId, ...]:
    """The commands the signed-in person may not use."""
    if read_only:
        return WRITING_ACTIONS
    return () if member.access.is_owner else OWNER_ACTIONS


def signed_in_label(member: Member) -> QLabel | None:
    """The status bar's "Signed in as Bob (staff)" on a team book; None for a file."""
    if not member.role:
        return None
    label = QLabel(
        _tr("Signed in as {0} ({1})").format(
            member.staff_name or member.role, access_label(member.access)
        )
    )
    label.setObjectName("signed_in")
    return label
