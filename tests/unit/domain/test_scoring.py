"""Trust and difficulty: worked values and the properties the model promises."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.domain.scoring import (
    CostToServe,
    ScoreEvent,
    ScoreEventKind,
    ScoreResult,
    Weights,
    age_weight,
    difficulty,
    max_difficulty_swing,
    max_trust_swing,
    trust,
)

E = ScoreEventKind
W = Weights.default()
T0 = datetime(2024, 1, 1, 9, 0)
AS_OF = T0 + timedelta(days=720)
PRIOR_DIFFICULTY = 100 * (1 - math.exp(-2.0 * 1.0 / 10.0))
REF = {
    E.INTERACTION: "interaction",
    E.RETURN: "money",
    E.COMPLAINT: "feedback",
    E.PRAISE: "feedback",
}
VERDICTS = ["substantiated", "partly", "unsubstantiated", "undeterminable"]
PROPS = settings(max_examples=150, deadline=None)


def ev(
    kind: E,
    days: float = 0,
    ref_id: int = 1,
    *,
    mood: int | None = None,
    resolution_days: float | None = None,
    verdict: str | None = None,
    resolution: str | None = None,
    reason: str = "",
) -> ScoreEvent:
    at = T0 + timedelta(days=days)
    ref = REF.get(kind, kind.value.split("_")[0])
    return ScoreEvent(
        kind,
        at,
        ref,
        ref_id,
        mood=mood,
        resolution_days=resolution_days,
        reason=reason,
        verdict=verdict,
        resolution=resolution,
    )


# Coarse times (12-day steps) so that many events share a timestamp.
times = st.integers(0, 60).map(lambda n: T0 + timedelta(days=12 * n))


ALL_KINDS = st.sampled_from(E)


@st.composite
def events(draw: st.DrawFn, kinds: st.SearchStrategy[E] = ALL_KINDS) -> ScoreEvent:
    kind = draw(kinds)
    resolved = kind is E.CLAIM_RESOLVED
    return ScoreEvent(
        kind,
        draw(times),
        REF.get(kind, kind.value.split("_")[0]),
        draw(st.integers(1, 40)),
        staff_id=draw(st.none() | st.integers(1, 3)),
        mood=draw(st.none() | st.integers(-2, 2)) if kind is E.INTERACTION else None,
        resolution_days=draw(st.floats(0, 30)) if resolved else None,
        verdict=draw(st.sampled_from(VERDICTS)) if resolved else None,
        resolution=draw(st.sampled_from([None, "refund", "none"])) if resolved else None,
    )


histories = st.lists(events(), max_size=30)
costs = st.none() | st.builds(CostToServe, st.floats(0, 1e5), st.floats(0, 1e5))


def _sums(result: ScoreResult) -> float:
    return result.prior + math.fsum(c.points for c in result.contributions)


# Worked values (docs/scoring.md quotes them).


def test_new_customer_sits_at_the_priors() -> None:
    assert trust([], AS_OF, W) == ScoreResult(50.0, 50.0, ())
    d = difficulty([], AS_OF, W)
    assert d.score == pytest.approx(PRIOR_DIFFICULTY, abs=1e-12)
    assert d.score == pytest.approx(18.1269, abs=1e-4)
    assert d.contributions == ()


def test_one_broken_promise_costs_more_than_one_kept_promise_earns() -> None:
    broken = trust([ev(E.PROMISE_BROKEN)], T0, W)
    kept = trust([ev(E.PROMISE_KEPT)], T0, W)
    assert broken.score == pytest.approx(100 * 5 / 12)
    assert kept.score == pytest.approx(100 * 6 / 11)
    assert 50 - broken.score > kept.score - 50
    (c,) = broken.contributions
    assert (c.kind, c.ref_kind, c.id, c.reason) == (
        "promise_broken",
        "promise",
        1,
        "Promise broken",
    )
    assert c.points == pytest.approx(-25 / 3)


def test_kept_late_earns_less_than_kept_on_time_but_still_earns() -> None:
    late = trust([ev(E.PROMISE_KEPT_LATE)], T0, W).score
    assert late == pytest.approx(100 * 5.5 / 10.5)
    assert 50 < late < trust([ev(E.PROMISE_KEPT)], T0, W).score


@pytest.mark.parametrize(
    ("days", "resolution", "expected"),
    [
        (3, "refund", 100 * 6 / 13),  # quick: half of the claim's mass of 2 comes back
        (10.5, "refund", 100 * 5.5 / 12.5),  # halfway between 7 and 14 days: a quarter
        (14, "refund", 100 * 5 / 12),  # too slow: nothing back
        (3, "none", 100 * 5 / 12),  # no remedy is not a fair resolution
    ],
)
def test_quick_fair_resolution_gives_part_of_a_claim_back(
    days: float, resolution: str, expected: float
) -> None:
    resolved = ev(
        E.CLAIM_RESOLVED, days, resolution_days=days, verdict="substantiated", resolution=resolution
    )
    no_decay = Weights(half_life_days=1e12)  # isolate the recovery rule from ageing
    as_of = T0 + timedelta(days=days)
    assert trust([ev(E.CLAIM_SUBSTANTIATED), resolved], as_of, no_decay).score == pytest.approx(
        expected
    )


def test_resolving_an_unfounded_claim_gives_no_trust() -> None:
    resolved = ev(E.CLAIM_RESOLVED, resolution_days=1, verdict="unsubstantiated")
    assert trust([resolved], T0, W).contributions == ()


def test_hostile_interaction_adds_friction_and_exposure() -> None:
    d = difficulty([ev(E.INTERACTION, mood=-2)], T0, W).score
    assert d == pytest.approx(100 * (1 - math.exp(-2 * 2 / 11)))
    neutral = difficulty([ev(E.INTERACTION, mood=0)], T0, W).score
    assert neutral == pytest.approx(100 * (1 - math.exp(-2 * 1 / 11)))
    frustrated = difficulty([ev(E.INTERACTION, mood=-1)], T0, W).score
    assert neutral < frustrated < d


def test_partly_substantiated_claim_lowers_trust_and_adds_a_little_friction() -> None:
    history = [ev(E.CLAIM_PARTLY)]
    assert trust(history, T0, W).score == pytest.approx(100 * 5 / 11)
    assert difficulty(history, T0, W).score == pytest.approx(100 * (1 - math.exp(-2 * 1.25 / 10)))


def test_substantiated_claim_moves_trust_only() -> None:
    history = [ev(E.CLAIM_SUBSTANTIATED)]
    assert trust(history, T0, W).score == pytest.approx(100 * 5 / 12)
    assert difficulty(history, T0, W) == difficulty([], T0, W)


def test_an_event_one_half_life_old_counts_half() -> None:
    history = [ev(E.PROMISE_BROKEN)]
    assert age_weight(T0, T0 + timedelta(days=180), 180) == 0.5
    assert trust(history, T0 + timedelta(days=180), W).score == pytest.approx(100 * 5 / 11)


def test_events_after_as_of_are_ignored() -> None:
    history = [ev(E.PROMISE_KEPT), ev(E.PROMISE_BROKEN, days=10)]
    assert trust(history, T0 + timedelta(days=5), W) == trust(
        history[:1], T0 + timedelta(days=5), W
    )
    kept = 2 ** (-10 / 180)  # the kept promise is ten days old by then
    expected = 100 * (5 + kept) / (12 + kept)
    assert trust(history, T0 + timedelta(days=10), W).score == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    ("cost", "revenue", "points"),
    [
        (50, 100, 0.0),
        (100, 100, 0.0),
        (300, 100, 20 * (1 - math.exp(-2))),
        (Decimal("250.00"), Decimal("100.00"), 20 * (1 - math.exp(-1.5))),
        (10, 0, 20.0),
        (0, 0, 0.0),
    ],
)
def test_cost_to_serve_is_a_bounded_term_of_its_own(
    cost: float | Decimal, revenue: float | Decimal, points: float
) -> None:
    result = difficulty([ev(E.INTERACTION)], T0, W, CostToServe(cost, revenue))
    base = difficulty([ev(E.INTERACTION)], T0, W)
    assert result.score == pytest.approx(base.score + points)
    extra = [c for c in result.contributions if c.kind == "cost_to_serve"]
    if points:
        assert result.contributions[-1] == extra[0]
        assert (extra[0].ref_kind, extra[0].id, extra[0].at) == ("customer", 0, T0)
        assert extra[0].points == pytest.approx(points)
    else:
        assert extra == []


def test_difficulty_is_clamped_at_100() -> None:
    history = [ev(E.CLAIM_UNSUBSTANTIATED, ref_id=i) for i in range(60)]
    result = difficulty(history, T0, W, CostToServe(1000, 0))
    assert result.score == 100.0
    assert _sums(result) == pytest.approx(100.0, abs=1e-9)


def test_top_lists_the_largest_moves_first() -> None:
    history = [ev(E.PRAISE, 1), ev(E.PROMISE_BROKEN, 2), ev(E.PROMISE_KEPT, 3)]
    top = trust(history, T0 + timedelta(days=3), W).top(2)
    assert [c.kind for c in top] == ["promise_broken", "promise_kept"]


def test_contributions_come_in_time_order_with_the_event_text() -> None:
    history = [ev(E.PROMISE_KEPT, 5, 2, reason="Deliver by Friday"), ev(E.PROMISE_BROKEN, 1, 3)]
    result = trust(history, T0 + timedelta(days=5), W)
    assert [(c.id, c.reason) for c in result.contributions] == [
        (3, "Promise broken"),
        (2, "Deliver by Friday"),
    ]


# Properties.


@PROPS
@given(histories, costs)
def test_scores_stay_within_0_and_100(history: list[ScoreEvent], cost: CostToServe | None) -> None:
    assert 0 < trust(history, AS_OF, W).score < 100
    assert 0 <= difficulty(history, AS_OF, W, cost).score <= 100


@PROPS
@given(histories, costs)
def test_contributions_add_up_to_score_minus_prior(
    history: list[ScoreEvent], cost: CostToServe | None
) -> None:
    for result in (trust(history, AS_OF, W), difficulty(history, AS_OF, W, cost)):
        assert abs(_sums(result) - result.score) <= 1e-9
        assert all(c.points != 0 for c in result.contributions)


@PROPS
@given(histories, st.randoms(use_true_random=False))
def test_input_order_does_not_matter(history: list[ScoreEvent], rnd: random.Random) -> None:
    shuffled = list(history)
    rnd.shuffle(shuffled)
    assert trust(shuffled, AS_OF, W) == trust(history, AS_OF, W)
    assert difficulty(shuffled, AS_OF, W) == difficulty(history, AS_OF, W)
    assert trust(history, AS_OF, W) == trust(tuple(history), AS_OF, W)  # deterministic


TRUST_UP = st.sampled_from(
    [E.PROMISE_KEPT, E.PROMISE_KEPT_LATE, E.REQUEST_GRANTED_REASONABLE, E.PRAISE, E.CLAIM_RESOLVED]
)
TRUST_DOWN = st.sampled_from(
    [E.PROMISE_BROKEN, E.PROMISE_RENEGOTIATED, E.CLAIM_SUBSTANTIATED, E.CLAIM_PARTLY]
)
FRICTION = st.sampled_from(
    [
        E.CLAIM_UNSUBSTANTIATED,
        E.CLAIM_UNDETERMINABLE,
        E.CLAIM_PARTLY,
        E.REQUEST_UNREASONABLE,
        E.REQUEST_RENEGOTIATION,
        E.RETURN,
        E.COMPLAINT,
    ]
)


@PROPS
@given(histories, events(TRUST_UP))
def test_a_kept_promise_or_fair_dealing_never_lowers_trust(
    history: list[ScoreEvent], extra: ScoreEvent
) -> None:
    assert trust([*history, extra], AS_OF, W).score >= trust(history, AS_OF, W).score - 1e-9


@PROPS
@given(histories, events(TRUST_DOWN))
def test_a_broken_promise_or_our_failure_never_raises_trust(
    history: list[ScoreEvent], extra: ScoreEvent
) -> None:
    before = trust(history, AS_OF, W).score
    after = trust([*history, extra], AS_OF, W).score
    assert after <= before + 1e-9
    assert before - after <= max_trust_swing(W) + 1e-9


@PROPS
@given(histories, events(FRICTION), costs)
def test_an_unfounded_claim_or_other_friction_never_lowers_difficulty(
    history: list[ScoreEvent], extra: ScoreEvent, cost: CostToServe | None
) -> None:
    before = difficulty(history, AS_OF, W, cost).score
    assert difficulty([*history, extra], AS_OF, W, cost).score >= before - 1e-9


@PROPS
@given(histories, times)
def test_a_substantiated_claim_never_raises_difficulty(
    history: list[ScoreEvent], at: datetime
) -> None:
    claim = ScoreEvent(E.CLAIM_SUBSTANTIATED, at, "claim", 99)
    assert difficulty([*history, claim], AS_OF, W).score == difficulty(history, AS_OF, W).score


@PROPS
@given(histories, events())
def test_one_event_swings_a_score_by_at_most_the_documented_amount(
    history: list[ScoreEvent], extra: ScoreEvent
) -> None:
    for score, bound in ((trust, max_trust_swing(W)), (difficulty, max_difficulty_swing(W))):
        change = score([*history, extra], AS_OF, W).score - score(history, AS_OF, W).score
        assert abs(change) <= bound + 1e-9
    assert max_trust_swing(W) == pytest.approx(100 * 2 / 12)
    assert max_difficulty_swing(W) == pytest.approx(30.0)


@PROPS
@given(histories, st.integers(0, 700), st.integers(1, 700))
def test_the_same_event_moves_the_score_less_the_older_it_is(
    history: list[ScoreEvent], newer: int, gap: int
) -> None:
    old_at, new_at = AS_OF - timedelta(days=newer + gap), AS_OF - timedelta(days=newer)
    for kind, score in ((E.PROMISE_BROKEN, trust), (E.CLAIM_UNSUBSTANTIATED, difficulty)):
        base = score(history, AS_OF, W).score
        old = score([*history, ScoreEvent(kind, old_at, "x", 99)], AS_OF, W).score - base
        new = score([*history, ScoreEvent(kind, new_at, "x", 99)], AS_OF, W).score - base
        assert abs(old) <= abs(new) + 1e-12
        assert abs(new) > 0


@PROPS
@given(histories)
def test_a_customer_recovers_as_events_age(history: list[ScoreEvent]) -> None:
    far = AS_OF + timedelta(days=180 * 60)
    assert trust(history, far, W).score == pytest.approx(50.0, abs=1e-6)
    assert difficulty(history, far, W).score == pytest.approx(PRIOR_DIFFICULTY, abs=1e-6)
