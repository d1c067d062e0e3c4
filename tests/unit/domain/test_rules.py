"""Validation rules name the field that is wrong; promise states follow their transitions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from crmnote.domain import entities as e
from crmnote.domain.errors import ValidationError
from crmnote.domain.rules import check_transition, is_overdue, validate
from crmnote.domain.types import CustomerId, Judgment, PromiseStatus, TargetUnit

C = CustomerId(1)
T = datetime(2026, 5, 1, 10, 0)


def field_of(record: e.Record) -> str:
    with pytest.raises(ValidationError) as info:
        validate(record)
    return info.value.field


def test_valid_records_pass() -> None:
    validate(e.Customer(name="Ann", emails=(e.ContactPoint(value="a@b.c"),)))
    validate(e.Promise(customer_id=C, text="deliver", made_at=T, due=date(2026, 5, 3)))
    validate(e.Money(customer_id=C, at=T.date(), amount=Decimal("10.50")))


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (e.Customer(name="  "), "name"),
        (e.Customer(name="Ann", emails=(e.ContactPoint(value="not-an-email"),)), "emails"),
        (e.Customer(name="Ann", phones=(e.ContactPoint(value="call me"),)), "phones"),
        (e.Customer(name="Ann\x00"), "name"),
        (e.Interaction(customer_id=C, at=T, mood=3), "mood"),
        (e.Interaction(customer_id=C, at=T, minutes=-1), "minutes"),
        (e.Promise(customer_id=C, text="", made_at=T), "text"),
        (e.Promise(customer_id=C, text="x", made_at=T, due=date(2026, 4, 1)), "due"),
        (e.Promise(customer_id=C, text="x", made_at=T, status=PromiseStatus.KEPT), "resolved_at"),
        (e.Promise(customer_id=C, text="x", made_at=T, resolved_at=T), "resolved_at"),
        (e.Money(customer_id=C, at=T.date(), amount=Decimal("-1")), "amount"),
        (e.Money(customer_id=C, at=T.date(), amount=Decimal("1.001")), "amount"),
        (e.Money(customer_id=C, at=T.date(), amount=Decimal("1"), currency="EURO"), "currency"),
        (e.Effort(customer_id=C, at=T, minutes=0), "minutes"),
        (e.Request(customer_id=C, raised_at=T, text="x", insight=True), "insight"),
        (
            e.Standard(name="s", valid_from=date(2026, 1, 2), valid_until=date(2026, 1, 1)),
            "valid_until",
        ),
        (e.Standard(name="s", valid_from=date(2026, 1, 2), target_value=3), "target_unit"),
        (
            e.Claim(customer_id=C, raised_at=T, text="late", resolved_at=datetime(2026, 1, 1)),
            "resolved_at",
        ),
    ],
)
def test_invalid_records_name_the_field(record: e.Record, field: str) -> None:
    assert field_of(record) == field


def test_insight_allowed_once_judged_reasonable() -> None:
    validate(
        e.Request(
            customer_id=C, raised_at=T, text="x", insight=True, judgment=Judgment.WITHIN_STANDARD
        )
    )
    validate(
        e.Standard(name="reply", valid_from=T.date(), target_value=24, target_unit=TargetUnit.HOURS)
    )


def test_promise_transitions() -> None:
    check_transition(PromiseStatus.OPEN, PromiseStatus.KEPT)
    check_transition(PromiseStatus.BROKEN, PromiseStatus.OPEN)
    with pytest.raises(ValidationError) as info:
        check_transition(PromiseStatus.KEPT, PromiseStatus.BROKEN)
    assert info.value.field == "status"


def test_overdue_only_when_open_and_past_due() -> None:
    p = e.Promise(customer_id=C, text="x", made_at=T, due=date(2026, 5, 3))
    assert not is_overdue(p, date(2026, 5, 3))
    assert is_overdue(p, date(2026, 5, 4))
    kept = e.Promise(
        customer_id=C,
        text="x",
        made_at=T,
        due=date(2026, 5, 3),
        status=PromiseStatus.KEPT,
        resolved_at=T,
    )
    assert not is_overdue(kept, date(2026, 6, 1))


def test_one_line_text_refuses_exactly_unicode_controls_and_separators() -> None:
    """The one-line check's pattern is Unicode's categories Cc, Zl and Zp, every character."""
    import sys
    import unicodedata

    from crmnote.domain.rules import NOT_ONE_LINE

    refused = {c for c in range(sys.maxunicode + 1) if NOT_ONE_LINE.match(chr(c))}
    categorised = {
        c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) in ("Cc", "Zl", "Zp")
    }
    assert refused == categorised
