"""The suggested verdict of a claim in every category, from the facts on file."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from crmnote.domain import entities as e
from crmnote.domain.dossier import build_dossier
from crmnote.domain.types import (
    Category,
    ClaimCategory,
    CustomerId,
    PromiseId,
    PromiseStatus,
    StandardId,
    TargetUnit,
    Verdict,
)

MADE = datetime(2026, 11, 2, 9, 0)  # Monday
TODAY = date(2026, 11, 20)
C = CustomerId(1)
SPEED = e.Standard(
    id=StandardId(1),
    series_id=1,
    name="Delivery time",
    category=Category.SPEED,
    target_value=3.0,
    target_unit=TargetUnit.WORKING_DAYS,
    valid_from=date(2026, 1, 1),
)


def promise(status: PromiseStatus = PromiseStatus.OPEN, **values: object) -> e.Promise:
    base: dict[str, object] = {
        "id": PromiseId(7),
        "customer_id": C,
        "text": "deliver 20 helmets",
        "category": Category.SPEED,
        "made_at": MADE,
        "due": date(2026, 11, 6),
        "status": status,
    }
    base.update(values)
    return e.Promise(**base)  # type: ignore[arg-type]


def claim(category: ClaimCategory, linked: bool = True) -> e.Claim:
    return e.Claim(
        customer_id=C,
        raised_at=datetime(2026, 11, 12, 10),
        category=category,
        text="not as promised",
        promise_id=PromiseId(7) if linked else None,
    )


def verdict(c: e.Claim, p: e.Promise | None, today: date = TODAY) -> tuple[Verdict, str]:
    d = build_dossier(c, p, [SPEED], [], today)
    return d.suggested.verdict, " ".join(d.suggested.reasons)


def kept(on: datetime, evidence: str = "delivery note 4411", **values: object) -> e.Promise:
    return promise(PromiseStatus.KEPT, resolved_at=on, evidence=evidence, **values)


def test_no_linked_promise_is_undeterminable_in_every_category() -> None:
    for category in ClaimCategory:
        found, why = verdict(claim(category, linked=False), None)
        assert found is Verdict.UNDETERMINABLE and "no record to check against" in why


def test_speed_delivered_after_due_is_substantiated() -> None:
    found, why = verdict(claim(ClaimCategory.SPEED), kept(datetime(2026, 11, 9, 12)))
    assert found is Verdict.SUBSTANTIATED and "3 days after the due date 2026-11-06" in why


def test_speed_on_time_but_beyond_the_standard_is_substantiated() -> None:
    # Due on the 10th (a weaker promise), delivered on the 9th: on time, but 5 working days.
    p = kept(datetime(2026, 11, 9, 12), due=date(2026, 11, 10), standard_id=StandardId(1))
    found, why = verdict(claim(ClaimCategory.SPEED), p)
    assert found is Verdict.SUBSTANTIATED and "target of 3 working days" in why


def test_speed_on_time_is_unsubstantiated() -> None:
    d = build_dossier(
        claim(ClaimCategory.SPEED), kept(datetime(2026, 11, 4, 16)), [SPEED], [], TODAY
    )
    assert d.suggested.verdict is Verdict.UNSUBSTANTIATED
    assert d.standard == SPEED and d.timing is not None
    assert d.timing.late_days == -2 and d.timing.took == 2 and d.timing.beyond_target is False


def test_speed_open_past_due_is_substantiated() -> None:
    found, why = verdict(claim(ClaimCategory.SPEED), promise())
    assert found is Verdict.SUBSTANTIATED and "Still open 14 days past its due date" in why


def test_speed_without_a_delivery_record_is_undeterminable() -> None:
    found, why = verdict(claim(ClaimCategory.SPEED), promise(), today=date(2026, 11, 4))
    assert found is Verdict.UNDETERMINABLE and "No delivery is recorded" in why


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (PromiseStatus.BROKEN, Verdict.SUBSTANTIATED),
        (PromiseStatus.RENEGOTIATED, Verdict.PARTLY),
        (PromiseStatus.CANCELLED, Verdict.UNDETERMINABLE),
    ],
)
def test_closed_promises_in_every_category(status: PromiseStatus, expected: Verdict) -> None:
    p = promise(status, resolved_at=datetime(2026, 11, 10, 9))
    for category in ClaimCategory:
        assert verdict(claim(category), p)[0] is expected


@pytest.mark.parametrize(
    "category", [ClaimCategory.QUALITY, ClaimCategory.PRICE, ClaimCategory.OTHER]
)
def test_delivered_content_claims(category: ClaimCategory) -> None:
    with_evidence = kept(datetime(2026, 11, 5, 9))
    found, why = verdict(claim(category), with_evidence)
    assert found is Verdict.UNSUBSTANTIATED and "delivery note 4411" in why
    found, why = verdict(claim(category), kept(datetime(2026, 11, 5, 9), evidence=""))
    assert found is Verdict.UNDETERMINABLE and "no evidence" in why


def test_a_quantity_claim_is_not_answered_by_evidence_text_alone() -> None:
    # The evidence may say "10 tables (2 backordered)": text alone cannot settle a quantity.
    found, why = verdict(claim(ClaimCategory.QUANTITY), kept(datetime(2026, 11, 5, 9)))
    assert found is Verdict.UNDETERMINABLE
    assert "record the promised and delivered quantities" in why


def test_open_promise_quantity_past_due_is_substantiated_others_undeterminable() -> None:
    assert verdict(claim(ClaimCategory.QUANTITY), promise())[0] is Verdict.SUBSTANTIATED
    assert verdict(claim(ClaimCategory.QUALITY), promise())[0] is Verdict.UNDETERMINABLE
    assert verdict(claim(ClaimCategory.PRICE), promise())[0] is Verdict.UNDETERMINABLE


def test_conduct_is_left_to_the_interactions() -> None:
    hostile = e.Interaction(customer_id=C, at=datetime(2026, 11, 11, 9), mood=-2)
    d = build_dossier(
        claim(ClaimCategory.CONDUCT), kept(datetime(2026, 11, 5, 9)), [SPEED], [hostile], TODAY
    )
    assert d.suggested.verdict is Verdict.UNDETERMINABLE
    assert "1 with the customer upset" in d.suggested.reasons[0]


def test_several_standards_and_none_linked_are_shown_not_used() -> None:
    other = e.Standard(
        id=StandardId(2),
        series_id=2,
        name="Express",
        category=Category.SPEED,
        target_value=1.0,
        target_unit=TargetUnit.DAYS,
        valid_from=date(2026, 1, 1),
    )
    d = build_dossier(
        claim(ClaimCategory.SPEED), kept(datetime(2026, 11, 4, 9)), [SPEED, other], [], TODAY
    )
    assert d.standard is None and len(d.standards_in_force) == 2
    assert d.suggested.verdict is Verdict.UNSUBSTANTIATED
    assert any("Several standards" in r for r in d.suggested.reasons)
