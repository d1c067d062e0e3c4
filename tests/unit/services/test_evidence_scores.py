"""A new customer's first afternoon gives scores but no verdict, and no cost term from a single
sale (issue 17, item 4)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from crmnote.domain import settings as declared
from crmnote.domain.recommendation import Action
from crmnote.domain.types import CustomerId, PromiseStatus, Verdict
from crmnote.services.book_services import Services
from tests.conftest import TickingClock


def first_afternoon(services: Services, clock: TickingClock) -> CustomerId:
    services.settings.set(declared.HOURLY_COST, 60.0)
    cid = services.records.add("customer", {"name": "New Co"})[0].id
    at = clock.current
    add = services.records.add
    add("interaction", {"at": at, "minutes": 45, "mood": 0, "summary": "First call"}, cid)
    promise = add("promise", {"text": "Send the quote", "made_at": at}, cid)[0]
    services.records.update("promise", promise.id, {"status": PromiseStatus.KEPT})
    add("claim", {"text": "Quote was late", "verdict": Verdict.UNSUBSTANTIATED}, cid)
    add("money", {"amount": Decimal("10.00"), "at": at.date()}, cid)
    return CustomerId(cid)


def test_no_verdict_and_no_cost_term_on_a_first_afternoon(
    services: Services, clock: TickingClock
) -> None:
    cid = first_afternoon(services, clock)
    scores = services.scores.explain(cid)
    assert scores.recommendation.action is Action.TOO_EARLY
    kinds = {c.kind for c in scores.difficulty.contributions}
    assert "cost_to_serve" not in kinds  # 45 minutes against one 10.00 sale: too soon to say
    assert "claim_unsubstantiated" in kinds  # what is known is still shown


def test_the_cost_term_counts_from_the_third_sale(services: Services, clock: TickingClock) -> None:
    cid = first_afternoon(services, clock)
    listed = []
    for _ in (1, 2):
        day = clock.current.date()
        services.records.add("money", {"amount": Decimal("5.00"), "at": day}, cid)
        summary = services.customer_list.summary(cid)
        assert summary is not None and summary.difficulty is not None
        listed.append(summary.difficulty)
    scores = services.scores.explain(cid)
    assert "cost_to_serve" in {c.kind for c in scores.difficulty.contributions}
    assert listed[1] > listed[0] + 5  # the list's stored score gains the term at the third


def test_enough_history_brings_advice(services: Services, clock: TickingClock) -> None:
    cid = services.records.add("customer", {"name": "Old Friend"})[0].id
    start: datetime = clock.current - timedelta(days=90)
    for n in range(6):
        services.records.add("interaction", {"at": start + timedelta(days=15 * n), "mood": 0}, cid)
    assert services.scores.explain(CustomerId(cid)).recommendation.action is Action.KEEP
