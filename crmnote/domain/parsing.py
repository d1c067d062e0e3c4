"""Turning text typed by a user (command line, import) into typed field values."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from crmnote.domain import rule_messages as m
from crmnote.domain.bounds import check_amount, check_day, check_int, check_number
from crmnote.domain.entities import ContactPoint
from crmnote.domain.errors import ValidationError
from crmnote.domain.kinds import FieldSpec
from crmnote.domain.reasons import Reason

_TRUE = {"1", "true", "yes", "y", "on"}
_FALSE = {"0", "false", "no", "n", "off"}


def parse_date(field: str, text: str) -> date:
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, Reason(m.NOT_DATE, value=repr(text))) from None
    check_day(field, value)
    return value


def parse_datetime(field: str, text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, Reason(m.NOT_DATETIME, value=repr(text))) from None
    check_day(field, value)
    # Stored as local wall-clock time: an explicit offset is converted to local time.
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def parse_contact(text: str) -> ContactPoint:
    """`work:ann@example.com` or `ann@example.com`."""
    label, sep, value = text.partition(":")
    if sep and label.isalpha() and value.strip():
        return ContactPoint(value=value.strip(), label=label.strip().lower())
    return ContactPoint(value=text.strip())


def parse_value(spec: FieldSpec, text: str) -> Any:
    """Parse one field's text; empty text means "no value" for optional fields."""
    name = spec.name
    if spec.many:
        items = [t.strip() for t in text.split(",") if t.strip()]
        if spec.type is ContactPoint:
            return tuple(parse_contact(t) for t in items)
        return tuple(items)
    stripped = text.strip()
    if stripped == "" and spec.optional:
        return None
    tp = spec.type
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(stripped.lower())
        except ValueError:
            allowed = ", ".join(spec.choices)
            raise ValidationError(
                name, Reason(m.NOT_ONE_OF, value=repr(text), allowed=allowed)
            ) from None
    if tp is bool:
        low = stripped.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValidationError(name, Reason(m.NOT_YES_NO, value=repr(text)))
    if tp is int:
        try:
            return check_int(name, int(stripped))
        except ValueError:
            raise ValidationError(name, Reason(m.NOT_WHOLE, value=repr(text))) from None
    if tp is float:
        try:
            return check_number(name, float(stripped))
        except ValueError:
            raise ValidationError(name, Reason(m.NOT_NUMBER, value=repr(text))) from None
    if tp is Decimal:
        try:
            value = Decimal(stripped.replace(",", "."))
        except InvalidOperation:
            raise ValidationError(name, Reason(m.NOT_AMOUNT, value=repr(text))) from None
        if not value.is_finite():
            raise ValidationError(name, Reason(m.NOT_AMOUNT, value=repr(text)))
        return check_amount(name, value)
    if tp is datetime:
        return parse_datetime(name, stripped)
    if tp is date:
        return parse_date(name, stripped)
    return text
