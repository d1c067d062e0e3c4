"""The running score state agrees with the full computation and survives storage."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.domain.scoring import (
    CostToServe,
    ScoreEvent,
    ScoreEventKind,
    ScoreState,
    Weights,
    difficulty,
    trust,
)

E = ScoreEventKind
W = Weights.default()
T0 = datetime(2024, 1, 1, 9, 0)
PROPS = settings(max_examples=150, deadline=None)

times = st.integers(0, 2 * 365 * 24).map(lambda h: T0 + timedelta(hours=h))


@st.composite
def events(draw: st.DrawFn) -> ScoreEvent:
    kind = draw(st.sampled_from(E))
    resolved = kind is E.CLAIM_RESOLVED
    return ScoreEvent(
        kind,
        draw(times),
        "x",
        draw(st.integers(1, 40)),
        mood=draw(st.none() | st.integers(-2, 2)) if kind is E.INTERACTION else None,
        resolution_days=draw(st.floats(0, 30)) if resolved else None,
        verdict=draw(st.sampled_from(["substantiated", "partly"])) if resolved else None,
    )


weights = st.builds(
    Weights,
    half_life_days=st.floats(1, 1000),
    broken_penalty=st.floats(1.01, 5),
    friction_hostile=st.floats(0, 3),
    e0=st.floats(0.5, 50),
)
costs = st.none() | st.builds(CostToServe, st.floats(0, 1e4), st.floats(0, 1e4))


def fold(history: list[ScoreEvent], w: Weights) -> ScoreState:
    state = ScoreState.initial()
    for ev in history:
        state = state.advance(ev, w)
    return state


@PROPS
@given(
    st.lists(events(), max_size=40),
    st.integers(0, 400),
    weights,
    costs,
    st.randoms(use_true_random=False),
)
def test_state_agrees_with_the_full_computation_in_any_arrival_order(
    history: list[ScoreEvent], later: int, w: Weights, cost: CostToServe | None, rnd: random.Random
) -> None:
    as_of = max((ev.at for ev in history), default=T0) + timedelta(days=later)
    expected = (difficulty(history, as_of, w, cost).score, trust(history, as_of, w).score)
    for order in (sorted(history, key=lambda ev: ev.at), rnd.sample(history, len(history))):
        got = fold(order, w).scores(as_of, w, cost)
        assert got == pytest.approx(expected, abs=1e-6)


def test_initial_state_gives_the_priors() -> None:
    d, t = ScoreState.initial().scores(T0, W)
    assert t == 50.0
    assert d == difficulty([], T0, W).score


def test_advance_decays_what_came_before() -> None:
    first = ScoreEvent(E.PROMISE_BROKEN, T0, "promise", 1)
    second = ScoreEvent(E.PROMISE_KEPT, T0 + timedelta(days=180), "promise", 2)
    state = ScoreState.initial().advance(first, W).advance(second, W)
    assert state == ScoreState(second.at, kept=1.0, broken=1.0)
    assert state.scores(second.at, W)[1] == pytest.approx(100 * 6 / 12)


def test_scores_refuse_a_time_before_the_latest_event() -> None:
    state = ScoreState.initial().advance(ScoreEvent(E.INTERACTION, T0, "interaction", 1), W)
    with pytest.raises(ValueError, match="before the state's latest event"):
        state.scores(T0 - timedelta(seconds=1), W)


@PROPS
@given(st.lists(events(), max_size=10))
def test_state_round_trips_through_a_plain_dict(history: list[ScoreEvent]) -> None:
    state = fold(history, W)
    data = state.to_dict()
    assert all(isinstance(v, float) for v in data.values())
    assert ScoreState.from_dict(data) == state


def test_to_dict_writes_the_time_as_seconds_since_1970() -> None:
    state = ScoreState(datetime(1970, 1, 2, 0, 0, 1), kept=1.5)
    assert state.to_dict() == {
        "version": 1.0,
        "kept": 1.5,
        "broken": 0.0,
        "friction": 0.0,
        "exposure": 0.0,
        "at": 86401.0,
    }
    assert "at" not in ScoreState.initial().to_dict()


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"kept": -1.0}, "kept"),
        ({"friction": float("nan")}, "friction"),
        ({"exposure": "3"}, "exposure"),
        ({"broken": None}, "broken"),
        ({"at": float("inf")}, "at"),
        ({"at": True}, "at"),
        ({"version": 2.0}, "version"),
    ],
)
def test_from_dict_names_the_bad_key(change: dict[str, object], key: str) -> None:
    data: dict[str, object] = {**ScoreState(T0, 1, 2, 3, 4).to_dict(), **change}
    with pytest.raises(ValueError, match=f"^{key}:"):
        ScoreState.from_dict(data)  # type: ignore[arg-type]
