"""The worked examples quoted in docs/scoring.md, so the document cannot drift from the code."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from crmnote.domain.recommendation import Action, recommend
from crmnote.domain.scoring import (
    CostToServe,
    ScoreEvent,
    ScoreEventKind,
    ScoreState,
    Weights,
    cost_term,
    difficulty,
    friction_concentration,
    staff_friction,
    trust,
)

E = ScoreEventKind
W = Weights.default()
ALEX, SAM = 1, 2
AS_OF = datetime(2024, 10, 1)
COST = CostToServe(1450, 1100)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


HARBOUR_CAFE = [
    ScoreEvent(E.INTERACTION, at("2024-01-08T09:00"), "interaction", 1, ALEX, 0),
    ScoreEvent(E.PROMISE_KEPT, at("2024-01-11T16:00"), "promise", 1, ALEX),
    ScoreEvent(E.INTERACTION, at("2024-02-02T10:30"), "interaction", 2, SAM, -1),
    ScoreEvent(E.CLAIM_UNSUBSTANTIATED, at("2024-02-05T11:00"), "claim", 1, SAM),
    ScoreEvent(E.REQUEST_UNREASONABLE, at("2024-02-20T15:00"), "request", 1, SAM),
    ScoreEvent(E.PROMISE_BROKEN, at("2024-03-01T17:00"), "promise", 2, SAM),
    ScoreEvent(E.CLAIM_SUBSTANTIATED, at("2024-03-04T09:00"), "claim", 2, SAM),
    ScoreEvent(
        E.CLAIM_RESOLVED,
        at("2024-03-07T09:00"),
        "claim",
        2,
        SAM,
        resolution_days=3.0,
        verdict="substantiated",
        resolution="refund",
    ),
    ScoreEvent(E.RETURN, at("2024-04-10T00:00"), "money", 1),
    ScoreEvent(E.INTERACTION, at("2024-05-15T14:00"), "interaction", 3, SAM, -2),
    ScoreEvent(E.PROMISE_KEPT_LATE, at("2024-06-03T12:00"), "promise", 3, SAM),
    ScoreEvent(E.INTERACTION, at("2024-06-20T10:00"), "interaction", 4, ALEX, 1),
    ScoreEvent(E.COMPLAINT, at("2024-07-01T09:00"), "feedback", 1),
    ScoreEvent(E.INTERACTION, at("2024-08-12T11:00"), "interaction", 5, ALEX, 0),
    ScoreEvent(E.REQUEST_RENEGOTIATION, at("2024-09-02T10:00"), "request", 2, ALEX),
    ScoreEvent(E.PROMISE_KEPT, at("2024-09-10T15:00"), "promise", 4, ALEX),
]


def rounded(points: list[float]) -> list[float]:
    return [round(p, 2) for p in points]


def test_harbour_cafe_trust() -> None:
    t = trust(HARBOUR_CAFE, AS_OF, W)
    assert round(t.score, 2) == 51.03
    assert rounded([c.points for c in t.contributions]) == [1.75, -4.05, -3.49, 1.99, 1.32, 3.51]


def test_harbour_cafe_difficulty() -> None:
    d = difficulty(HARBOUR_CAFE, AS_OF, W, COST)
    assert round(d.score, 2) == 52.20
    assert rounded([c.points for c in d.contributions]) == [
        -0.57,
        1.82,
        8.50,
        5.46,
        3.10,
        4.89,
        -1.78,
        3.44,
        -2.10,
        5.87,
        5.45,
    ]
    assert d.contributions[-1].reason == "Cost to serve is 1.3 times the revenue"


def test_harbour_cafe_state_staff_and_recommendation() -> None:
    state = ScoreState.initial()
    for ev in HARBOUR_CAFE:
        state = state.advance(ev, W)
    data = state.to_dict()
    assert data["at"] == 1725980400.0
    assert round(data["kept"], 5) == 2.21993
    assert [round(s, 2) for s in state.scores(AS_OF, W, COST)] == [52.20, 51.03]
    per = staff_friction(HARBOUR_CAFE, AS_OF, W)
    assert [(s.staff_id, round(s.difficulty, 2), s.interactions) for s in per.values()] == [
        (ALEX, 24.57, 3),
        (SAM, 39.58, 2),
    ]
    assert friction_concentration(HARBOUR_CAFE, AS_OF, W) is None
    d, t = state.scores(AS_OF, W, COST)
    assert recommend(d, t, COST.ratio, None, 1).action is Action.REPRICE


T0 = datetime(2024, 1, 8, 9, 0)


@pytest.mark.parametrize(
    ("kind", "mood", "trust_after", "difficulty_after"),
    [
        (E.INTERACTION, 2, 50.00, 16.62),
        (E.INTERACTION, -1, 50.00, 22.47),
        (E.INTERACTION, -2, 50.00, 30.49),
        (E.PROMISE_KEPT, None, 54.55, 18.13),
        (E.PROMISE_KEPT_LATE, None, 52.38, 18.13),
        (E.PROMISE_BROKEN, None, 41.67, 18.13),
        (E.PROMISE_RENEGOTIATED, None, 48.78, 18.13),
        (E.CLAIM_SUBSTANTIATED, None, 41.67, 18.13),
        (E.CLAIM_PARTLY, None, 45.45, 22.12),
        (E.CLAIM_UNSUBSTANTIATED, None, 50.00, 39.35),
        (E.CLAIM_UNDETERMINABLE, None, 50.00, 25.92),
        (E.REQUEST_GRANTED_REASONABLE, None, 52.38, 18.13),
        (E.REQUEST_UNREASONABLE, None, 50.00, 32.97),
        (E.REQUEST_RENEGOTIATION, None, 50.00, 29.53),
        (E.RETURN, None, 50.00, 25.92),
        (E.COMPLAINT, None, 50.00, 25.92),
        (E.PRAISE, None, 51.22, 18.13),
    ],
)
def test_single_events_on_a_new_customer(
    kind: E, mood: int | None, trust_after: float, difficulty_after: float
) -> None:
    history = [ScoreEvent(kind, T0, "x", 1, mood=mood)]
    assert round(trust(history, T0, W).score, 2) == trust_after
    assert round(difficulty(history, T0, W).score, 2) == difficulty_after


@pytest.mark.parametrize(
    ("age", "expected"), [(0, 41.67), (90, 43.81), (180, 45.45), (360, 47.62), (720, 49.38)]
)
def test_decay_table(age: int, expected: float) -> None:
    history = [ScoreEvent(E.PROMISE_BROKEN, T0, "promise", 1)]
    assert round(trust(history, T0 + timedelta(days=age), W).score, 2) == expected


@pytest.mark.parametrize(
    ("ratio", "points"), [(1.0, 0.0), (1.25, 4.42), (1.5, 7.87), (2, 12.64), (3, 17.29), (5, 19.63)]
)
def test_cost_table(ratio: float, points: float) -> None:
    assert round(cost_term(CostToServe(ratio * 100, 100), W), 2) == points


@pytest.mark.parametrize(
    ("days", "resolution", "expected"),
    [
        (2, "refund", [46.21, -8.28, 4.49]),
        (7, "refund", [46.34, -8.15, 4.49]),
        (10.5, "replacement", [44.28, -8.06, 2.34]),
        (14, "refund", [42.03, -7.97]),
        (2, "none", [41.72, -8.28]),
    ],
)
def test_claim_recovery_table(days: float, resolution: str, expected: list[float]) -> None:
    resolved_at = T0 + timedelta(days=days)
    history = [
        ScoreEvent(E.CLAIM_SUBSTANTIATED, T0, "claim", 1),
        ScoreEvent(
            E.CLAIM_RESOLVED,
            resolved_at,
            "claim",
            1,
            resolution_days=days,
            verdict="substantiated",
            resolution=resolution,
        ),
    ]
    t = trust(history, resolved_at, W)
    assert rounded([t.score, *(c.points for c in t.contributions)]) == expected


@pytest.mark.parametrize(
    ("n", "all_kept", "all_broken"),
    [(1, 54.55, 41.67), (3, 61.54, 31.25), (10, 75.00, 16.67), (30, 87.50, 7.14)],
)
def test_trust_prior_table(n: int, all_kept: float, all_broken: float) -> None:
    kept = [ScoreEvent(E.PROMISE_KEPT, T0, "promise", i) for i in range(n)]
    broken = [ScoreEvent(E.PROMISE_BROKEN, T0, "promise", i) for i in range(n)]
    assert round(trust(kept, T0, W).score, 2) == all_kept
    assert round(trust(broken, T0, W).score, 2) == all_broken


@pytest.mark.parametrize(
    ("mood", "expected"),
    [
        (0, [16.62, 12.48, 6.45, 1.80]),
        (-1, [22.47, 32.97, 45.12, 52.55]),
        (-2, [30.49, 55.07, 75.34, 84.06]),
    ],
)
def test_mood_table(mood: int, expected: list[float]) -> None:
    got = []
    for n in (1, 5, 20, 100):
        calls = [ScoreEvent(E.INTERACTION, T0, "interaction", i, mood=mood) for i in range(n)]
        got.append(difficulty(calls, T0, W).score)
    assert rounded(got) == expected
