"""The customer page's scores: the largest moves of the one-pass explanation, the rest counted,
equal to the full replay of the customer's records."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crmnote.domain.scoring import (
    Weights,
    difficulty,
    events_from,
    friction_concentration,
    trust,
)
from crmnote.domain.types import (
    Channel,
    CustomerId,
    FeedbackKind,
    Judgment,
    Outcome,
    PromiseStatus,
    Resolution,
    Verdict,
)
from crmnote.services import scores as scores_module
from crmnote.services.book_services import Services


def busy_customer(services: Services, clock: object) -> CustomerId:
    record, _ = services.records.add("customer", {"name": "Harbour Café"})
    cid = CustomerId(record.id)
    alex, _ = services.records.add("staff", {"name": "Alex"})
    sam, _ = services.records.add("staff", {"name": "Sam"})
    now = services.scores.now()
    for n, mood in enumerate((0, -1, -2, 1, 0, -2, -2, 2, -1, 0, -2, -2)):
        services.interactions.log(
            cid,
            channel=Channel.CALL,
            minutes=5 + n,
            mood=mood,
            summary=f"Call {n}",
            staff_id=alex.id if n % 3 else sam.id,
            at=now - timedelta(days=60 - 4 * n),
        )
    kept, _ = services.records.add("promise", {"text": "deliver"}, cid)
    services.records.update("promise", kept.id, {"status": PromiseStatus.KEPT})
    claim, _ = services.records.add("claim", {"text": "late"}, cid)
    services.records.update("claim", claim.id, {"verdict": Verdict.SUBSTANTIATED})
    services.records.add("money", {"kind": "sale", "amount": "40"}, cid)
    return cid


def full_replay(services: Services, cid: CustomerId) -> list:  # type: ignore[type-arg]
    events = []
    for kind in ("interaction", "promise", "claim", "request", "money", "feedback"):
        for record in services.records.list(kind, cid):
            events.extend(events_from(record, Weights.default().overdue_grace_days))
    return events


def test_the_explanation_equals_the_full_replay_of_the_records(
    services: Services, clock: object
) -> None:
    cid = busy_customer(services, clock)
    got = services.scores.explain(cid)
    events = full_replay(services, cid)
    w = Weights.default()
    assert got.trust == trust(events, got.as_of, w)
    # the cost term aside (the service prices it), every event's move is the replay's
    assert (
        got.difficulty.contributions[: len(events)]
        == difficulty(events, got.as_of, w).contributions[: len(events)]
    )
    assert got.staff_flag == friction_concentration(events, got.as_of, w)
    assert got.difficulty.omitted == got.trust.omitted == 0


def test_the_page_lists_the_largest_moves_and_counts_the_rest(
    services: Services, clock: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = busy_customer(services, clock)
    monkeypatch.setattr(scores_module, "PAGE_MOVES", 3)
    page = services.scores.view(cid).scores
    full = services.scores.explain(cid, page.as_of)  # the clock ticks
    for short, whole in ((page.difficulty, full.difficulty), (page.trust, full.trust)):
        assert short.score == whole.score
        assert short.moves == whole.moves
        moved = sorted((c for c in whole.contributions if c.kind != "cost_to_serve"),
                       key=lambda c: -abs(c.points))  # fmt: skip
        listed = [c for c in short.contributions if c.kind != "cost_to_serve"]
        assert sorted(listed, key=lambda c: -abs(c.points)) == moved[:3]
    assert page.difficulty.omitted > 0
    assert page.recommendation == full.recommendation
    assert page.handler == full.handler


def test_the_page_quotes_every_kind_of_record_as_the_full_explanation_does(
    services: Services, clock: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page reads the records without their texts and then the texts of the moves it
    lists: each move reads as in the full explanation, whichever kind of record moved it."""
    cid = busy_customer(services, clock)
    long = "A line  that goes on\n" + "and on " * 30
    r, _ = services.records.add("request", {"text": "free delivery\nforever"}, cid)
    services.records.update(
        "request", r.id, {"judgment": Judgment.UNREASONABLE, "outcome": Outcome.DECLINED}
    )
    services.records.add("feedback", {"text": long, "kind": FeedbackKind.COMPLAINT}, cid)
    services.records.add("feedback", {"text": "Lovely", "kind": FeedbackKind.PRAISE}, cid)
    services.records.add("money", {"kind": "return", "amount": "12", "reference": "R-7 box"}, cid)
    claim, _ = services.records.add("claim", {"text": long}, cid)
    services.records.update(
        "claim", claim.id, {"verdict": Verdict.PARTLY, "resolution": Resolution.REFUND,
                            "resolved_at": services.scores.now()}
    )  # fmt: skip
    monkeypatch.setattr(scores_module, "PAGE_MOVES", 1000)  # every move listed
    page = services.scores.view(cid).scores
    full = services.scores.explain(cid, page.as_of)
    assert page.difficulty == full.difficulty
    assert page.trust == full.trust
    reasons = {c.reason for c in full.difficulty.contributions + full.trust.contributions}
    assert {"Call 3", "deliver", "late", "free delivery forever", "R-7 box"} <= reasons
    assert any(r.startswith("A line that goes on and on") and r.endswith("…") for r in reasons)
