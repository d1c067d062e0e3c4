"""Validation and state rules for records; pure functions that take `today` when they need it."""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from crmnote.domain import entities as e
from crmnote.domain import rule_messages as m
from crmnote.domain.bounds import check_fields
from crmnote.domain.errors import ValidationError
from crmnote.domain.measures import MeasureKind, kind_of
from crmnote.domain.reasons import Field, Reason
from crmnote.domain.types import DecisionAction, Judgment, PromiseStatus

MAX_TEXT = 100_000
MAX_LINE = 500
# Every character of Unicode's categories Cc (controls), Zl and Zp (line and paragraph
# separators): fixed sets, so one regex search instead of a category lookup per character.
NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
CLOSED_PROMISE = frozenset(
    {PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.RENEGOTIATED, PromiseStatus.CANCELLED}
)


def _text(field: str, value: str, *, required: bool = False, limit: int = MAX_TEXT) -> None:
    if required and not value.strip():
        raise ValidationError(field, Reason(m.EMPTY))
    if len(value) > limit:
        raise ValidationError(field, Reason(m.TOO_LONG, length=len(value), limit=limit))
    if "\x00" in value:
        raise ValidationError(field, Reason(m.NUL))


def _line(field: str, value: str, *, required: bool = False, limit: int = MAX_LINE) -> None:
    """A name, address or label: one line of text, no line break or control character (a
    CSV with an unbalanced quote would otherwise pass the rest of the file off as a name)."""
    _text(field, value, required=required, limit=limit)
    if NOT_ONE_LINE.search(value):
        raise ValidationError(field, Reason(m.ONE_LINE))


def _minutes(field: str, value: int) -> None:
    if value < 0:
        raise ValidationError(field, Reason(m.NEGATIVE))
    if value > 24 * 60 * 31:
        raise ValidationError(field, Reason(m.MONTH))


def _order(field: str, start: date | datetime, end: date | datetime | None, what: str) -> None:
    if end is not None and end < start:
        raise ValidationError(field, Reason(m.BEFORE, field=Field(what)))


def validate(record: e.Record) -> None:
    """Raise ValidationError naming the first field that is not acceptable."""
    check_fields(record)
    match record:
        case e.Staff():
            _line("name", record.name, required=True)
        case e.Customer():
            _line("name", record.name, required=True)
            _line("company", record.company)
            _text("notes", record.notes)
            for cp in record.emails:
                _line("emails", cp.value, required=True)
                _line("emails", cp.label)
                if "@" not in cp.value:
                    raise ValidationError("emails", Reason(m.NOT_EMAIL, value=repr(cp.value)))
            for cp in record.phones:
                _line("phones", cp.value, required=True)
                _line("phones", cp.label)
                if not any(ch.isdigit() for ch in cp.value):
                    raise ValidationError("phones", Reason(m.NO_DIGITS, value=repr(cp.value)))
            for tag in record.tags:
                _line("tags", tag, required=True, limit=100)
        case e.Interaction():
            _minutes("minutes", record.minutes)
            if record.mood is not None and not -2 <= record.mood <= 2:
                raise ValidationError("mood", Reason(m.MOOD))
            _text("summary", record.summary, limit=MAX_LINE)
            _text("notes", record.notes)
        case e.Standard():
            _line("name", record.name, required=True)
            _order("valid_until", record.valid_from, record.valid_until, "valid_from")
            if record.target_value is not None and record.target_value < 0:
                raise ValidationError("target_value", Reason(m.NEGATIVE))
            if (record.target_value is None) != (record.target_unit is None):
                field = "target_unit" if record.target_unit is None else "target_value"
                raise ValidationError(field, Reason(m.TARGET_BOTH))
        case e.Promise():
            _text("text", record.text, required=True)
            _measure(record.quantity, record.unit)
            _delivered(record)
            validate_promise_state(record)
        case e.Claim():
            _text("text", record.text, required=True)
            _order("resolved_at", record.raised_at, record.resolved_at, "raised_at")
        case e.Request():
            _text("text", record.text, required=True)
            _measure(record.quantity, record.unit)
            if record.insight and record.judgment in (Judgment.PENDING, Judgment.UNREASONABLE):
                raise ValidationError("insight", Reason(m.INSIGHT))
        case e.Feedback():
            _text("text", record.text, required=True)
            _text("theme", record.theme, limit=100)
        case e.Money():
            if record.amount <= 0:
                raise ValidationError("amount", Reason(m.POSITIVE))
            if record.amount != round(record.amount, 2):
                raise ValidationError("amount", Reason(m.DECIMALS))
            if len(record.currency) != 3 or not record.currency.isalpha():
                raise ValidationError("currency", Reason(m.CURRENCY))
            if record.rate is not None and not (record.rate.is_finite() and record.rate > 0):
                raise ValidationError("rate", Reason(m.ABOVE_ZERO))
        case e.Effort():
            _minutes("minutes", record.minutes)
            if record.minutes == 0:
                raise ValidationError("minutes", Reason(m.ABOVE_ZERO))
        case e.Decision():
            _text("reason", record.reason)
            _text("message", record.message)
            _text("follow_up", record.follow_up)
            if record.action is DecisionAction.FIX_OUR_SIDE:
                if not record.follow_up.strip():
                    raise ValidationError("follow_up", Reason(m.FOLLOW_UP))
                if record.follow_up_due is None:
                    raise ValidationError("follow_up_due", Reason(m.BY_WHEN))
            if record.follow_up_due is not None and record.follow_up_due < record.at.date():
                raise ValidationError("follow_up_due", Reason(m.BEFORE_DECISION))


def _measure(quantity: float | None, unit: str) -> None:
    _text("unit", unit, limit=100)
    if quantity is None:
        if unit.strip():
            raise ValidationError("quantity", Reason(m.UNIT_QUANTITY))
        return
    if not math.isfinite(quantity) or quantity <= 0:
        raise ValidationError("quantity", Reason(m.ABOVE_ZERO))
    if kind_of(unit) is MeasureKind.PERCENT and quantity > 100:
        raise ValidationError("quantity", Reason(m.PERCENTAGE))


def _delivered(p: e.Promise) -> None:
    value = p.delivered_quantity
    if value is None:
        return
    if not math.isfinite(value) or value < 0:
        raise ValidationError("delivered_quantity", Reason(m.ZERO_OR_MORE))
    if p.quantity is None:
        raise ValidationError("delivered_quantity", Reason(m.NO_QUANTITY))
    if kind_of(p.unit) is MeasureKind.TIME:
        raise ValidationError("delivered_quantity", Reason(m.DELAY))


def validate_promise_state(p: e.Promise) -> None:
    """A closed promise carries its resolution time; an open one has none."""
    if p.status in CLOSED_PROMISE and p.resolved_at is None:
        raise ValidationError("resolved_at", Reason(m.NEEDS_RESOLUTION, status=p.status))
    if p.status is PromiseStatus.OPEN and p.resolved_at is not None:
        raise ValidationError("resolved_at", Reason(m.OPEN_RESOLVED))
    if p.due is not None and p.due < p.made_at.date():
        raise ValidationError("due", Reason(m.DUE_BEFORE))
    if p.resolved_at is not None:
        _order("resolved_at", p.made_at, p.resolved_at, "made_at")


def check_transition(old: PromiseStatus, new: PromiseStatus) -> None:
    """Promises move from open to a closed state, or are reopened; never closed to closed."""
    if old == new or old is PromiseStatus.OPEN or new is PromiseStatus.OPEN:
        return
    raise ValidationError("status", Reason(m.TRANSITION, old=old, new=new))


def is_overdue(p: e.Promise, today: date) -> bool:
    """Open past its due date."""
    return p.status is PromiseStatus.OPEN and p.due is not None and p.due < today


def default_summary(notes: str) -> str:
    """An interaction's summary when none is given: the first line of its notes (200 chars)."""
    text = notes.strip()
    return text.splitlines()[0].strip()[:200] if text else ""
