"""Records turn into score events by documented rules."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from crmnote.domain.entities import Claim, Feedback, Interaction, Money, Promise, Request
from crmnote.domain.scoring import ScoreEvent, ScoreEventKind, events_from, sort_key
from crmnote.domain.types import (
    ClaimId,
    CustomerId,
    FeedbackId,
    FeedbackKind,
    InteractionId,
    Judgment,
    MoneyId,
    MoneyKind,
    Outcome,
    PromiseId,
    PromiseStatus,
    RequestId,
    RequestKind,
    Resolution,
    StaffId,
    Verdict,
)

E = ScoreEventKind
C = CustomerId(1)
T = datetime(2024, 5, 6, 14, 30)


def kinds(record: object) -> list[str]:
    return [ev.kind.value for ev in events_from(record)]  # type: ignore[arg-type]


def test_an_interaction_is_exposure_with_its_mood_and_staff() -> None:
    i = Interaction(
        id=InteractionId(7),
        customer_id=C,
        at=T,
        staff_id=StaffId(2),
        mood=-2,
        summary="Shouted about the invoice",
    )
    assert events_from(i) == (
        ScoreEvent(E.INTERACTION, T, "interaction", 7, 2, -2, reason="Shouted about the invoice"),
    )


@pytest.mark.parametrize(
    ("status", "resolved", "expected"),
    [
        (PromiseStatus.OPEN, None, ["promise_overdue"]),  # dated after the grace period
        (PromiseStatus.CANCELLED, datetime(2024, 5, 7), []),
        (PromiseStatus.KEPT, datetime(2024, 5, 10, 23, 59), ["promise_kept"]),
        (PromiseStatus.KEPT, datetime(2024, 5, 11, 8, 0), ["promise_kept_late"]),
        (PromiseStatus.BROKEN, datetime(2024, 5, 11), ["promise_broken"]),
        (PromiseStatus.RENEGOTIATED, datetime(2024, 5, 9), ["promise_renegotiated"]),
    ],
)
def test_a_promise_counts_when_it_is_resolved(
    status: PromiseStatus, resolved: datetime | None, expected: list[str]
) -> None:
    p = Promise(
        id=PromiseId(3),
        customer_id=C,
        text="Deliver 40 chairs",
        made_at=T,
        made_by=StaffId(1),
        due=date(2024, 5, 10),
        status=status,
        resolved_at=resolved,
    )
    assert kinds(p) == expected
    # An open promise counts from the day after its due date plus the grace period.
    when = resolved or datetime(2024, 5, 18)
    for ev in events_from(p):
        assert (ev.at, ev.ref_kind, ev.ref_id, ev.staff_id) == (when, "promise", 3, 1)
        assert ev.reason == "Deliver 40 chairs"


def test_a_judged_claim_counts_when_raised_and_its_resolution_when_resolved() -> None:
    resolved = datetime(2024, 5, 9, 14, 30)
    c = Claim(
        id=ClaimId(4),
        customer_id=C,
        raised_at=T,
        text="Two chairs scratched",
        verdict=Verdict.SUBSTANTIATED,
        resolution=Resolution.REPLACEMENT,
        resolved_at=resolved,
    )
    first, second = events_from(c)
    assert (first.kind, first.at) == (E.CLAIM_SUBSTANTIATED, T)
    assert (second.kind, second.at, second.resolution_days) == (E.CLAIM_RESOLVED, resolved, 3.0)
    assert (second.verdict, second.resolution) == ("substantiated", "replacement")
    assert kinds(Claim(customer_id=C, raised_at=T, text="x")) == []  # pending: no verdict yet
    assert kinds(Claim(customer_id=C, raised_at=T, text="x", verdict=Verdict.UNSUBSTANTIATED)) == [
        "claim_unsubstantiated"
    ]


@pytest.mark.parametrize(
    ("kind", "judgment", "outcome", "expected"),
    [
        (RequestKind.EXTRA, Judgment.PENDING, None, []),
        (RequestKind.EXTRA, Judgment.UNREASONABLE, Outcome.DECLINED, ["request_unreasonable"]),
        (RequestKind.RENEGOTIATION, Judgment.UNREASONABLE, None, ["request_unreasonable"]),
        (RequestKind.RENEGOTIATION, Judgment.PENDING, None, ["request_renegotiation"]),
        (
            RequestKind.RENEGOTIATION,
            Judgment.WITHIN_STANDARD,
            Outcome.GRANTED,
            ["request_renegotiation", "request_granted_reasonable"],
        ),
        (
            RequestKind.EXTRA,
            Judgment.CHARGEABLE_EXTRA,
            Outcome.GRANTED,
            ["request_granted_reasonable"],
        ),
        (RequestKind.EXTRA, Judgment.WITHIN_STANDARD, Outcome.DECLINED, []),
    ],
)
def test_requests(
    kind: RequestKind, judgment: Judgment, outcome: Outcome | None, expected: list[str]
) -> None:
    r = Request(
        id=RequestId(5),
        customer_id=C,
        raised_at=T,
        kind=kind,
        text="Deliver on Sunday",
        judgment=judgment,
        outcome=outcome,
    )
    assert kinds(r) == expected


def test_returns_complaints_and_praise_count_but_sales_and_suggestions_do_not() -> None:
    ret = Money(
        id=MoneyId(6),
        customer_id=C,
        at=date(2024, 5, 6),
        kind=MoneyKind.RETURN,
        amount=Decimal("80.00"),
        reference="RMA-12",
    )
    assert events_from(ret) == (
        ScoreEvent(E.RETURN, datetime(2024, 5, 6), "money", 6, reason="RMA-12"),
    )
    assert kinds(Money(customer_id=C, at=date(2024, 5, 6), amount=Decimal(10))) == []
    for fk, expected in (
        (FeedbackKind.COMPLAINT, ["complaint"]),
        (FeedbackKind.PRAISE, ["praise"]),
        (FeedbackKind.SUGGESTION, []),
    ):
        assert kinds(Feedback(id=FeedbackId(8), customer_id=C, at=T, kind=fk, text="t")) == expected


def test_long_text_is_shortened_to_one_line_for_explanations() -> None:
    p = Promise(
        customer_id=C,
        text="line one\nline two " + "x" * 200,
        made_at=T,
        status=PromiseStatus.KEPT,
        resolved_at=T,
    )
    (ev,) = events_from(p)
    assert ev.reason.startswith("line one line two x")
    assert len(ev.reason) == 120
    assert ev.reason.endswith("…")


def test_events_validate_mood_and_resolution_days() -> None:
    with pytest.raises(ValueError, match=r"^mood:"):
        ScoreEvent(E.INTERACTION, T, "interaction", 1, mood=3)
    with pytest.raises(ValueError, match=r"^resolution_days:"):
        ScoreEvent(E.CLAIM_RESOLVED, T, "claim", 1, resolution_days=-1)


def test_sort_key_orders_by_time_then_record() -> None:
    a = ScoreEvent(E.PROMISE_KEPT, T, "promise", 2)
    b = ScoreEvent(E.CLAIM_PARTLY, T, "claim", 9)
    c = ScoreEvent(E.INTERACTION, datetime(2024, 1, 1), "interaction", 50)
    assert sorted([a, b, c], key=sort_key) == [c, b, a]


def test_every_contribution_kind_has_a_label_and_an_unknown_one_keeps_its_key() -> None:
    from crmnote.domain.scoring_events import contribution_label

    labels = {kind: contribution_label(kind.value) for kind in ScoreEventKind}
    assert labels[ScoreEventKind.PROMISE_KEPT] == "Promise kept"
    assert labels[ScoreEventKind.CLAIM_UNSUBSTANTIATED] == "Claim unsubstantiated"
    assert all(label != kind.value and label[0].isupper() for kind, label in labels.items())
    assert len(set(labels.values())) == len(labels)  # no two kinds read alike
    assert contribution_label("cost_to_serve") == "Cost to serve"
    assert contribution_label("made_up_by_a_newer_version") == "made_up_by_a_newer_version"
