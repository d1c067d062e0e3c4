"""Scores kept current on every change: incremental history, full rebuild, explanations."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from crmnote.domain.errors import NotFoundError
from crmnote.domain.scoring import Weights
from crmnote.domain.types import CustomerId, PromiseStatus, Verdict
from crmnote.services.book_services import Services


def new_customer(services: Services) -> CustomerId:
    record, _ = services.records.add("customer", {"name": "Fjord Bikes AS"})
    return CustomerId(record.id)


def listed(services: Services) -> tuple[float | None, float | None]:
    row = services.customers.summaries()[0]
    return row.difficulty, row.trust


def test_new_customer_starts_at_the_priors(services: Services) -> None:
    new_customer(services)
    difficulty, trust = listed(services)
    assert trust == pytest.approx(50.0)
    assert difficulty == pytest.approx(18.127, abs=0.01)


def test_kept_promise_raises_trust_broken_lowers_it(services: Services) -> None:
    cid = new_customer(services)
    kept, _ = services.records.add("promise", {"text": "deliver helmets"}, cid)
    services.records.update("promise", kept.id, {"status": PromiseStatus.KEPT})
    after_kept = listed(services)[1]
    assert after_kept is not None and after_kept > 50.0
    broken, _ = services.records.add("promise", {"text": "install racks"}, cid)
    services.records.update("promise", broken.id, {"status": PromiseStatus.BROKEN})
    after_broken = listed(services)[1]
    assert after_broken is not None and after_broken < after_kept


def test_substantiated_claim_is_our_failure_not_their_difficulty(services: Services) -> None:
    cid = new_customer(services)
    claim, _ = services.records.add("claim", {"text": "arrived late"}, cid)
    before = listed(services)
    services.records.update("claim", claim.id, {"verdict": Verdict.SUBSTANTIATED})
    after = listed(services)
    assert after[0] == pytest.approx(before[0])
    assert after[1] is not None and before[1] is not None and after[1] < before[1]
    services.records.update("claim", claim.id, {"verdict": Verdict.UNSUBSTANTIATED})
    revised = listed(services)
    assert revised[0] is not None and before[0] is not None and revised[0] > before[0]
    assert revised[1] == pytest.approx(before[1])


def test_logging_appends_one_history_point_that_matches_a_full_rebuild(
    services: Services,
) -> None:
    cid = new_customer(services)
    for mood in (-2, -1, 0, -2, 1):
        services.interactions.log(cid, minutes=10, mood=mood, notes="call")
    history = services.scores.history(cid)
    assert [p.cause_kind for p in history] == ["interaction"] * 5
    incremental = listed(services)
    services.scores.recompute([cid])
    assert listed(services) == pytest.approx(incremental)
    assert len(services.scores.history(cid)) == 5


def test_back_dated_record_rebuilds_in_order(services: Services, clock: object) -> None:
    cid = new_customer(services)
    services.interactions.log(cid, mood=0, notes="today")
    earlier = datetime(2026, 1, 5, 10, 0)
    services.interactions.log(cid, mood=-2, notes="long ago", at=earlier)
    history = services.scores.history(cid)
    assert [p.at for p in history] == sorted(p.at for p in history)
    assert history[0].at == earlier


def test_explanation_adds_up(services: Services) -> None:
    cid = new_customer(services)
    services.interactions.log(cid, minutes=30, mood=-2, notes="shouting about price")
    services.records.add("money", {"amount": Decimal("50"), "kind": "sale"}, cid)
    r, _ = services.records.add("request", {"text": "free delivery forever"}, cid)
    services.records.update("request", r.id, {"judgment": "unreasonable"})
    result = services.scores.explain(cid)
    for score in (result.difficulty, result.trust):
        total = score.prior + sum(c.points for c in score.contributions)
        assert total == pytest.approx(score.score)
    kinds = {c.ref_kind for c in result.difficulty.contributions}
    assert {"interaction", "request"} <= kinds
    assert result.cost.revenue == Decimal("50")
    assert float(result.cost.cost) == pytest.approx(30.0)  # 30 minutes at 60 an hour
    assert result.recommendation.reasons


def test_explain_as_of_ignores_later_events(services: Services) -> None:
    cid = new_customer(services)
    services.interactions.log(cid, mood=-2, notes="angry", at=datetime(2026, 6, 1, 9, 0))
    before = services.scores.explain(cid, as_of=datetime(2026, 5, 1))
    assert before.difficulty.contributions == ()
    assert before.difficulty.score == pytest.approx(before.difficulty.prior)


def test_changing_weights_recomputes(services: Services) -> None:
    cid = new_customer(services)
    p, _ = services.records.add("promise", {"text": "x"}, cid)
    services.records.update("promise", p.id, {"status": PromiseStatus.BROKEN})
    default_trust = listed(services)[1]
    harsher = Weights.from_dict({**Weights.default().to_dict(), "broken_penalty": 4.0})
    services.scores.set_weights(harsher)
    assert services.scores.weights().broken_penalty == 4.0
    harsher_trust = listed(services)[1]
    assert harsher_trust is not None and default_trust is not None
    assert harsher_trust < default_trust
    services.scores.set_weights(None)
    assert listed(services)[1] == pytest.approx(default_trust)


def test_deleting_a_counted_record_takes_it_back_out(services: Services) -> None:
    cid = new_customer(services)
    i, _ = services.interactions.log(cid, mood=-2, notes="hostile")
    assert listed(services)[0] != pytest.approx(18.127, abs=0.01)
    services.records.delete("interaction", i.id)
    assert listed(services)[0] == pytest.approx(18.127, abs=0.01)
    assert services.scores.history(cid) == []


def test_history_times_follow_the_events(services: Services) -> None:
    cid = new_customer(services)
    at = datetime(2026, 10, 1, 12, 0)
    services.interactions.log(cid, mood=1, notes="nice", at=at)
    services.interactions.log(cid, mood=1, notes="nicer", at=at + timedelta(days=3))
    assert [p.at for p in services.scores.history(cid)] == [at, at + timedelta(days=3)]


def test_quick_log_keeps_scores_current(services: Services) -> None:
    cid = new_customer(services)
    before = listed(services)
    services.quick_log.log(
        cid,
        {"notes": "shouting about the invoice", "mood": -2, "minutes": 20},
        extra_kind="request",
        extra={"text": "waive all fees", "judgment": "unreasonable"},
    )
    after = listed(services)
    assert after[0] is not None and before[0] is not None and after[0] > before[0]
    assert [p.cause_kind for p in services.scores.history(cid)] == ["interaction", "request"]


def test_a_customer_that_is_not_there_is_said_so(services: Services) -> None:
    # The page's reads check the customer with one read of its row, not its contacts and tags.
    gone = CustomerId(424242)
    for read in (services.scores.view, services.scores.explain, services.attachments.of_customer):
        with pytest.raises(NotFoundError, match="424242"):
            read(gone)
