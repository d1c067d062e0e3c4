"""Overdue promises weigh on trust like broken ones until resolved; keeping one never lowers it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.domain import entities as e
from crmnote.domain.scoring import Weights, events_from, trust
from crmnote.domain.types import CustomerId, PromiseId, PromiseStatus

W = Weights.default()
DUE = date(2024, 5, 10)


def promise(
    status: PromiseStatus = PromiseStatus.OPEN, resolved: datetime | None = None
) -> e.Promise:
    return e.Promise(
        id=PromiseId(1),
        customer_id=CustomerId(1),
        text="Deliver 40 chairs",
        made_at=datetime(2024, 5, 1, 9),
        due=DUE,
        status=status,
        resolved_at=resolved,
    )


def trust_of(p: e.Promise, as_of: datetime, grace: int = 7) -> float:
    return trust(events_from(p, grace), as_of, Weights(overdue_grace_days=grace)).score


def test_an_open_promise_counts_as_broken_once_the_grace_period_is_over() -> None:
    last_grace_day = datetime(2024, 5, 17, 23, 59)
    assert trust_of(promise(), last_grace_day) == 50.0
    result = trust(events_from(promise(), 7), datetime(2024, 5, 18), W)
    assert round(result.score, 2) == 41.67  # as a broken promise on a new customer
    (moved,) = result.contributions
    assert moved.kind == "promise_overdue"
    # Without grace it counts from the day after the due date.
    assert round(trust_of(promise(), datetime(2024, 5, 11), grace=0), 2) == 41.67


def test_the_overdue_weight_decays_and_resolving_the_promise_replaces_it() -> None:
    later = datetime(2024, 11, 14)  # 180 days after it became overdue: half the weight
    assert round(trust_of(promise(), later), 2) == 45.45
    kept_late = promise(PromiseStatus.KEPT, datetime(2024, 6, 1, 12))
    assert trust_of(kept_late, later) > trust_of(promise(), later)
    assert trust_of(promise(PromiseStatus.CANCELLED, datetime(2024, 6, 1)), later) == 50.0


_OTHER = st.builds(
    lambda status, day: e.Promise(
        id=PromiseId(2 + day),
        customer_id=CustomerId(1),
        text="other",
        made_at=datetime(2024, 1, 1),
        due=date(2024, 1, 1) + timedelta(days=day),
        status=status,
        resolved_at=None
        if status is PromiseStatus.OPEN
        else datetime(2024, 1, 1) + timedelta(days=day + 3),
    ),
    st.sampled_from(list(PromiseStatus)),
    st.integers(0, 300),
)


@settings(max_examples=150)
@given(
    others=st.lists(_OTHER, max_size=8, unique_by=lambda p: p.id),
    kept_after=st.integers(0, 120),
    look=st.integers(0, 400),
    grace=st.integers(0, 30),
)
def test_keeping_an_open_promise_never_lowers_trust(
    others: list[e.Promise], kept_after: int, look: int, grace: int
) -> None:
    """Whatever else happened, marking a promise kept (late or not) never lowers trust."""
    w = Weights(overdue_grace_days=grace)
    resolved = datetime(2024, 5, 1, 9) + timedelta(days=kept_after)
    as_of = resolved + timedelta(days=look)
    rest = [ev for p in others for ev in events_from(p, grace)]
    before = trust([*rest, *events_from(promise(), grace)], as_of, w).score
    after = trust(
        [*rest, *events_from(promise(PromiseStatus.KEPT, resolved), grace)], as_of, w
    ).score
    assert after >= before - 1e-9
