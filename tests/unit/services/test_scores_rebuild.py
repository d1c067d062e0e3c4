"""Rebuilding score history: the cost term, the running state kept, and continuing from it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import String, select, text, type_coerce

from crmnote.domain.scoring import CostToServe, Weights, cost_term
from crmnote.domain.types import CustomerId, MoneyKind, PromiseStatus, Verdict
from crmnote.services.book_services import Services
from crmnote.services.score_sums import cost_terms, priced
from crmnote.storage.rows import ScoreHistoryRow

weights = st.builds(
    Weights,
    prospect_allowance_hours=st.floats(0, 5),
    cost_threshold=st.floats(0.01, 3),
    cost_weight=st.floats(0, 100),
)


@settings(max_examples=300, deadline=None)
@given(
    weights,
    st.floats(0, 300),
    st.integers(0, 2000),
    st.integers(-500, 5000).map(Decimal) | st.just(Decimal(0)),
    st.integers(0, 6),
)
def test_cost_terms_equal_the_priced_cost_term(
    w: Weights, hourly: float, minutes: int, income: Decimal, sales: int
) -> None:
    cost = CostToServe(minutes / 60 * hourly, income)
    want = cost_term(priced(cost, minutes, sales, w), w)
    assert cost_terms(w, hourly)(minutes, income, sales) == want


def _column(services: Services, cid: CustomerId, column: Any) -> list[Any]:
    with services.scores.reading() as repo:
        h = ScoreHistoryRow
        stmt = select(column).where(h.customer_id == cid).order_by(h.at, h.id)
        return list(repo.session.scalars(stmt))


def _states(services: Services, cid: CustomerId) -> list[str]:
    return _column(services, cid, ScoreHistoryRow.state)


def _busy_customer(services: Services, clock: object) -> CustomerId:
    record, _ = services.records.add("customer", {"name": "Fjord Bikes AS"})
    cid = CustomerId(record.id)
    start = datetime(2026, 1, 5, 9, 0)
    for n, mood in enumerate((-2, -1, 0, 1, -2, 2)):
        services.interactions.log(cid, minutes=20, mood=mood, notes=f"call {n}",
                                  at=start + timedelta(days=9 * n))  # fmt: skip
    kept, _ = services.records.add("promise", {"text": "deliver helmets"}, cid)
    services.records.update("promise", kept.id, {"status": PromiseStatus.KEPT})
    claim, _ = services.records.add("claim", {"text": "arrived late"}, cid)
    services.records.update("claim", claim.id, {"verdict": Verdict.SUBSTANTIATED})
    services.records.add(
        "money", {"kind": MoneyKind.SALE, "amount": Decimal("120.00"), "reference": "A1"}, cid
    )
    return cid


def _scores(services: Services, cid: CustomerId) -> tuple[list[tuple[Any, ...]], list[Any]]:
    history = [(p.at, p.difficulty, p.trust, p.cause_kind, p.cause_id)
               for p in services.scores.history(cid)]  # fmt: skip
    listed = [(s.difficulty, s.trust) for s in services.customers.summaries() if s.id == cid]
    return history, listed


def test_a_rebuild_keeps_the_running_state_on_the_newest_point_only(
    services: Services, clock: object
) -> None:
    cid = _busy_customer(services, clock)
    stored_times = type_coerce(ScoreHistoryRow.at, String)  # as the database holds them
    written_on_change = _column(services, cid, stored_times)
    services.scores.recompute([cid])
    assert _column(services, cid, stored_times) == written_on_change
    states = _states(services, cid)
    assert len(states) > 3
    assert all(s == "{}" for s in states[:-1])
    assert {"kept", "broken", "friction", "exposure", "at"} <= set(json.loads(states[-1]))


def test_logging_after_a_rebuild_continues_exactly_where_a_rebuild_would(
    services: Services, clock: object
) -> None:
    cid = _busy_customer(services, clock)
    services.scores.recompute([cid])
    services.interactions.log(cid, minutes=15, mood=-1, notes="one more")
    kept_on_write = _scores(services, cid)
    services.scores.recompute([cid])
    history, listed = _scores(services, cid)
    assert history == kept_on_write[0]  # the same floats, not approximately
    # the list decays the scores to now, and the test clock ticks between the calls
    assert listed[0] == pytest.approx(kept_on_write[1][0])


def test_stored_weights_are_read_once_per_setting_and_bad_ones_still_refused() -> None:
    from crmnote.domain.scoring import WeightsError
    from crmnote.services.score_context import weights_from

    assert weights_from({"k": 3, "half_life_days": 90}) == Weights(k=3, half_life_days=90.0)
    assert weights_from({"half_life_days": 90, "k": 3}) is weights_from(
        {"k": 3, "half_life_days": 90}
    )
    assert weights_from({"staff_min_interactions": 2}).staff_min_interactions == 2
    with pytest.raises(WeightsError):  # True == 1, but a yes/no is not a number of contacts
        weights_from({"staff_min_interactions": True})
    with pytest.raises(WeightsError):
        weights_from({"k": -1})
    odd: Any = ["not", "a", "mapping"]  # whatever from_dict makes of it, as before
    assert weights_from(odd) == Weights.from_dict(odd)


def test_a_sale_without_a_known_value_counts_neither_on_a_log_nor_in_a_rebuild(
    services: Services, clock: object
) -> None:
    """The cost term waits for enough sales to judge revenue by; a sale with no rate adds no
    revenue (an older book or an import can hold one), so it is not one of them either way."""
    record, _ = services.records.add("customer", {"name": "Slow Payer Ltd"})
    cid = CustomerId(record.id)
    start = datetime(2026, 1, 5, 9, 0)
    for n in range(3):
        services.records.add(
            "money",
            {"kind": MoneyKind.SALE, "amount": Decimal("10.00"), "reference": f"S{n}"},
            cid,
        )
        services.interactions.log(cid, minutes=600, notes=f"visit {n}",
                                  at=start + timedelta(days=n))  # fmt: skip
    with services.scores.transaction() as repo:  # as a book from before rates were required
        repo.session.execute(
            text(
                "UPDATE money SET currency = 'USD', rate = NULL, home_amount = NULL "
                "WHERE customer_id = :c AND reference = 'S0'"
            ),
            {"c": cid},
        )
    services.scores.recompute([cid])
    services.interactions.log(cid, minutes=600, notes="one more")
    on_log = _scores(services, cid)[0]
    services.scores.recompute([cid])
    assert _scores(services, cid)[0] == on_log
