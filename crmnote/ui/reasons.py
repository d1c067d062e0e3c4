"""Reasons from the rules in the user's language (crmnote/messages.py does the work: each
`Reason` carries its message id and typed parameters, translated in the "reasons" context)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from crmnote import messages
from crmnote.domain.errors import ValidationError
from crmnote.ui.labels import field_label

# Fields the rules name that are no record's field (the others come from the entities).
FIELDS = (
    QT_TRANSLATE_NOOP("fields", "File"),
    QT_TRANSLATE_NOOP("fields", "Exchange rates"),
    QT_TRANSLATE_NOOP("fields", "Customer name"),
    QT_TRANSLATE_NOOP("fields", "Business name"),
    QT_TRANSLATE_NOOP("fields", "Alternative"),
)


def reason_text(reason: str) -> str:
    """The reason in the user's language; a plain `str` (data) as it is."""
    return messages.text(reason)


def reasons_text(reasons: Iterable[str], bullet: str = "• ") -> str:
    return messages.lines(reasons, bullet)


def error_text(exc: Exception) -> str:
    """An error in one line: a refused value as `Field: what the rule says`, translated."""
    if isinstance(exc, ValidationError):
        return f"{field_label(exc.field)}: {reason_text(exc.message)}"
    if len(exc.args) == 1 and isinstance(exc.args[0], str):  # a Reason, or a plain sentence
        return reason_text(exc.args[0])
    return str(exc)
