"""Suggested judgments for requests, from the standards in force and the customer's deal."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

from crmnote.domain import entities as e
from crmnote.domain.judgments import suggest_judgment
from crmnote.domain.types import (
    Category,
    CustomerId,
    Judgment,
    RequestId,
    RequestKind,
    StandardId,
    TargetUnit,
)

C = CustomerId(1)
RAISED = datetime(2026, 3, 2, 10)
DELIVERY = e.Standard(
    id=StandardId(1),
    series_id=1,
    name="Delivery time",
    category=Category.SPEED,
    target_value=3,
    target_unit=TargetUnit.WORKING_DAYS,
    valid_from=date(2026, 1, 1),
)
RETURNS = e.Standard(
    id=StandardId(2),
    series_id=2,
    name="Returns accepted",
    category=Category.OTHER,
    target_value=30,
    target_unit=TargetUnit.DAYS,
    valid_from=date(2026, 1, 1),
)
INVOICES = e.Standard(
    id=StandardId(3),
    series_id=3,
    name="Invoices in the customer's language",
    category=Category.COMMUNICATION,
    valid_from=date(2026, 1, 1),
)
ALL = [DELIVERY, RETURNS, INVOICES]


def request(**values: object) -> e.Request:
    base: dict[str, object] = {
        "id": RequestId(9),
        "customer_id": C,
        "raised_at": RAISED,
        "text": "faster delivery",
    }
    base.update(values)
    return e.Request(**base)  # type: ignore[arg-type]


def judged(r: e.Request, earlier: list[e.Request] | None = None) -> tuple[Judgment, str]:
    found = suggest_judgment(r, ALL, earlier or [])
    return found.judgment, " ".join(found.reasons)


def test_a_delay_asked_for_is_compared_with_the_standard_in_force() -> None:
    ask = {"quantity": 3, "unit": "working days"}
    assert judged(request(**ask))[0] is Judgment.WITHIN_STANDARD
    found, why = judged(request(quantity=2, unit="working days"))
    assert found is Judgment.CHARGEABLE_EXTRA and "beyond it, but within 2 times it" in why
    found, why = judged(request(quantity=1, unit="working days"))
    assert found is Judgment.UNREASONABLE and "more than 2 times as demanding" in why
    assert why.startswith("They ask for 1 working day; the standard 'Delivery time'")
    next_day = dataclasses.replace(DELIVERY, target_value=1)
    found = suggest_judgment(request(quantity=1, unit="working day"), [next_day], [])
    assert found.judgment is Judgment.WITHIN_STANDARD
    assert "offers 1 working day: within the standard" in found.reasons[0]


def test_more_of_anything_else_is_more_demanding() -> None:
    assert judged(request(quantity=20, unit="days"))[0] is Judgment.WITHIN_STANDARD
    assert judged(request(quantity=45, unit="days"))[0] is Judgment.CHARGEABLE_EXTRA
    assert judged(request(quantity=90, unit="days"))[0] is Judgment.UNREASONABLE


def test_a_figure_no_standard_measures_is_said_so() -> None:
    found, why = judged(request(quantity=5, unit="percent", kind=RequestKind.EXCEPTION))
    assert found is Judgment.PENDING
    assert "No standard in force on 2026-03-02 has a target in percent" in why


def test_a_request_linked_to_a_standard_without_a_figure_is_within_it() -> None:
    found, why = judged(request(text="invoice in German", standard_id=StandardId(3)))
    assert found is Judgment.WITHIN_STANDARD and "Invoices in the customer's language" in why


def test_an_extra_no_standard_includes_is_chargeable() -> None:
    found, why = judged(request(text="free shipping on small orders"))
    assert found is Judgment.CHARGEABLE_EXTRA and "offer it at a price" in why


def test_a_third_renegotiation_in_a_year_is_unreasonable() -> None:
    before = [
        request(id=RequestId(n), kind=RequestKind.RENEGOTIATION, raised_at=RAISED - timedelta(n))
        for n in (20, 200, 400)
    ]
    third = request(kind=RequestKind.RENEGOTIATION, text="lower the monthly fee")
    found, why = judged(third, before)
    assert found is Judgment.UNREASONABLE and "2 times in the year before" in why
    assert judged(third, before[:1])[0] is Judgment.PENDING
