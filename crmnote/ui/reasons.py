"""Reasons from the rules in the user's language: each `Reason` carries its message id and
parameters, and its English template is looked up in the "reasons" translation context."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from crmnote.domain.reasons import MESSAGES, Reason


def reason_text(reason: str) -> str:
    """The reason translated when a translation of its template exists, else as written."""
    if not isinstance(reason, Reason):
        return reason
    template = MESSAGES[reason.msg_id]
    translated = QCoreApplication.translate("reasons", template)
    if translated == template:
        return str(reason)
    try:
        return reason.render(translated)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong field: English
        return str(reason)


def reasons_text(reasons: Iterable[str], bullet: str = "• ") -> str:
    return "\n".join(f"{bullet}{reason_text(r)}" for r in reasons)
