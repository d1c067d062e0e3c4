"""The one-pass history replay equals advancing a `ScoreState` event by event, bit for bit."""

from __future__ import annotations

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
    ScoreState,
    Weights,
    cost_term,
)
from crmnote.domain.scoring_events import record_order, short_reason
from crmnote.domain.scoring_replay import (
    Step,
    interaction_masses,
    masses_table,
    replay,
    replay_row,
)

E = ScoreEventKind
T0 = datetime(2024, 1, 1, 9, 0)
PROPS = settings(max_examples=200, deadline=None)
# Few distinct minutes: many events share a time with another event or a cost step.
times = st.integers(0, 3 * 365 * 24).map(lambda h: T0 + timedelta(hours=h)) | st.sampled_from(
    [T0, T0 + timedelta(days=1)]
)
REF = {E.INTERACTION: "interaction", E.RETURN: "money", E.COMPLAINT: "feedback",
       E.PRAISE: "feedback"}  # fmt: skip


@st.composite
def events(draw: st.DrawFn) -> ScoreEvent:
    kind = draw(st.sampled_from(E))
    resolved = kind is E.CLAIM_RESOLVED
    return ScoreEvent(
        kind,
        draw(times),
        REF.get(kind) or kind.value.split("_")[0],
        draw(st.integers(1, 40)),
        staff_id=draw(st.none() | st.integers(1, 4)),
        mood=draw(st.none() | st.integers(-2, 2)) if kind is E.INTERACTION else None,
        resolution_days=draw(st.floats(0, 30)) if resolved else None,
        reason=short_reason(draw(st.sampled_from(["", "Called about the order"]))),
        verdict=draw(st.sampled_from(["substantiated", "partly", "none"])) if resolved else None,
        resolution=draw(st.sampled_from([None, "refund", "none"])) if resolved else None,
    )


# One record has at most one event of each kind (scoring_events.events_from).
histories = st.lists(events(), max_size=50, unique_by=lambda ev: (ev.ref_kind, ev.ref_id, ev.kind))
step_lists = st.lists(
    st.tuples(times, st.integers(0, 90), st.integers(-200, 900).map(Decimal)), max_size=30
).map(lambda steps: sorted(steps, key=lambda s: s[0]))
weights = st.builds(
    Weights,
    half_life_days=st.floats(1, 1000),
    broken_penalty=st.floats(1.01, 5),
    friction_hostile=st.floats(0, 3),
    e0=st.floats(0.5, 50),
    cost_threshold=st.floats(0.01, 3),
)
hourly = st.floats(0, 200)


def reference(
    history: list[ScoreEvent], w: Weights, steps: list[Step], per_hour: float
) -> tuple[list[tuple[datetime, float, float, str, int]], ScoreState, int, Decimal, int]:
    """What rebuilding did before the replay: a `ScoreState` advanced per event, asked for
    both scores at the event's time with the cost to serve of the steps up to then."""
    state, minutes, income, i, sales = ScoreState.initial(), 0, Decimal(0), 0, 0
    points = []
    for ev in sorted(history, key=record_order):
        while i < len(steps) and steps[i][0] <= ev.at:
            minutes, income, i = minutes + steps[i][1], income + steps[i][2], i + 1
            sales += steps[i - 1][2] > 0
        state = state.advance(ev, w)
        d, t = state.scores(ev.at, w, CostToServe(minutes / 60 * per_hour, income))
        points.append((ev.at, d, t, ev.ref_kind, ev.ref_id))
    for _, m, r in steps[i:]:
        minutes, income, sales = minutes + m, income + r, sales + (r > 0)
    return points, state, minutes, income, sales


def rows_of(history: list[ScoreEvent], w: Weights) -> list:  # type: ignore[type-arg]
    table = masses_table(w)
    out = []
    for ev in history:
        if ev.kind is E.INTERACTION:  # as the service builds them: from the mood alone
            masses = interaction_masses(ev.mood, w, table)
            out.append((ev.at, "interaction", ev.ref_id, ev.kind.value, masses))
        else:
            out.append(replay_row(ev, w, table))
    return out


@PROPS
@given(histories, weights, step_lists, hourly, st.randoms(use_true_random=False))
def test_replay_equals_advancing_a_state_per_event(
    history: list[ScoreEvent], w: Weights, steps: list[Step], per_hour: float, rnd: random.Random
) -> None:
    rows = sorted(rnd.sample(rows_of(history, w), len(history)), key=lambda r: r[:4])

    def term(minutes: int, income: Decimal, sales: int) -> float:
        return cost_term(CostToServe(minutes / 60 * per_hour, income), w)

    points: list[tuple[datetime, float, float, str, int]] = []
    got = replay(rows, w, steps, term, points)
    want_points, *want = reference(history, w, steps, per_hour)
    assert points == want_points  # the same floats, not approximately
    assert list(got) == want


def test_the_newest_state_continues_as_a_state_would() -> None:
    w = Weights.default()
    history = [
        ScoreEvent(E.INTERACTION, T0, "interaction", 1, mood=-2),
        ScoreEvent(E.PROMISE_KEPT, T0 + timedelta(days=30), "promise", 1),
    ]
    points: list[tuple[datetime, float, float, str, int]] = []
    state, *_ = replay(rows_of(history, w), w, [], lambda m, i, s: 0.0, points)
    later = ScoreEvent(E.PROMISE_BROKEN, T0 + timedelta(days=90), "promise", 2)
    assert state.advance(later, w) == ScoreState.initial().advance(history[0], w).advance(
        history[1], w
    ).advance(later, w)
    assert [p[3:] for p in points] == [("interaction", 1), ("promise", 1)]


def test_a_mood_out_of_range_is_refused_as_before() -> None:
    w = Weights.default()
    with pytest.raises(ValueError, match="mood"):
        interaction_masses(5, w, masses_table(w))
