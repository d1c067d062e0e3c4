"""Reasons from the rules in the user's language (crmnote/messages.py does the work: each
`Reason` carries its message id and typed parameters, translated in the "reasons" context)."""

from __future__ import annotations

from collections.abc import Iterable

from crmnote import messages
from crmnote.domain.errors import ValidationError
from crmnote.ui.labels import field_label


def reason_text(reason: str) -> str:
    """The reason in the user's language; a plain `str` (data) as it is."""
    return messages.text(reason)


def reasons_text(reasons: Iterable[str], bullet: str = "• ") -> str:
    return messages.lines(reasons, bullet)


def error_text(exc: Exception) -> str:
    """An error in one line: a refused value as `Field: what the rule says`, translated."""
    if isinstance(exc, ValidationError):
        return f"{field_label(exc.field)}: {reason_text(exc.message)}"
    return str(exc)
