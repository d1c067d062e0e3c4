"""Is it us? Difficulty per staff member and the rule that flags one of them."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.domain.scoring import (
    ScoreEvent,
    ScoreEventKind,
    StaffFlag,
    Weights,
    difficulty,
    friction_concentration,
    staff_friction,
)

E = ScoreEventKind
W = Weights.default()
T0 = datetime(2024, 3, 1, 10, 0)
_ids = iter(range(1, 10_000))


def calls(staff: int | None, n: int, mood: int | None = 0, days: float = 0) -> list[ScoreEvent]:
    at = T0 + timedelta(days=days)
    return [ScoreEvent(E.INTERACTION, at, "interaction", next(_ids), staff, mood) for _ in range(n)]


def no_decay(**changes: float | int) -> Weights:
    return replace(W, half_life_days=1e12, **changes)  # type: ignore[arg-type]


def rate_difficulty(friction: float, exposure: float) -> float:
    return 100 * (1 - math.exp(-2 * (friction + 1) / (exposure + 10)))


def test_staff_friction_splits_events_by_who_handled_them() -> None:
    history = [
        *calls(1, 3, mood=-2),
        *calls(1, 3),
        *calls(2, 4),
        *calls(None, 5, mood=-2),
        ScoreEvent(E.RETURN, T0, "money", 1),  # no staff: the customer's, not anyone's
        ScoreEvent(E.CLAIM_UNSUBSTANTIATED, T0, "claim", 1, staff_id=2),
    ]
    w = no_decay()
    per = staff_friction(history, T0, w)
    assert sorted(per) == [1, 2]
    assert per[1].interactions == 6
    assert per[1].difficulty == pytest.approx(rate_difficulty(3, 6))
    assert per[2].interactions == 4
    assert per[2].difficulty == pytest.approx(rate_difficulty(1.5, 4))
    only_2 = [ev for ev in history if ev.staff_id == 2]
    assert per[2].difficulty == pytest.approx(difficulty(only_2, T0, w).score)


def test_friction_concentrated_with_one_staff_member_is_flagged() -> None:
    history = [*calls(1, 3, mood=-2), *calls(1, 3), *calls(2, 10), *calls(3, 2)]
    flag = friction_concentration(history, T0, no_decay())
    assert flag == StaffFlag(
        staff_id=1,
        difficulty=pytest.approx(rate_difficulty(3, 6)),  # type: ignore[arg-type]
        others_difficulty=pytest.approx(rate_difficulty(0, 12)),  # type: ignore[arg-type]
        interactions=6,
        others_interactions=12,
    )
    assert flag is not None
    assert flag.excess == pytest.approx(39.347 - 8.690, abs=1e-3)


def test_too_few_interactions_with_the_staff_member_is_not_enough_to_say() -> None:
    history = [*calls(1, 4, mood=-2), *calls(2, 10)]
    assert friction_concentration(history, T0, no_decay()) is None
    assert friction_concentration(history, T0, no_decay(staff_min_interactions=4)) is not None


def test_too_few_interactions_with_the_others_is_not_enough_to_say() -> None:
    history = [*calls(1, 6, mood=-2), *calls(2, 2), *calls(3, 2)]
    assert friction_concentration(history, T0, no_decay()) is None
    assert friction_concentration(history, T0, no_decay(staff_min_interactions=4)) is not None


def test_the_margin_is_inclusive() -> None:
    history = [*calls(1, 3, mood=-2), *calls(1, 3), *calls(2, 10)]
    excess = rate_difficulty(3, 6) - rate_difficulty(0, 10)
    assert friction_concentration(history, T0, no_decay(staff_margin=excess - 1e-9)) is not None
    assert friction_concentration(history, T0, no_decay(staff_margin=excess + 1e-9)) is None


def test_an_evenly_difficult_customer_flags_nobody() -> None:
    history = [*calls(1, 8, mood=-2), *calls(2, 8, mood=-2)]
    assert friction_concentration(history, T0, no_decay()) is None


def test_the_largest_excess_wins() -> None:
    history = [*calls(1, 6, mood=-1), *calls(2, 6, mood=-2), *calls(3, 30)]
    flag = friction_concentration(history, T0, no_decay(staff_margin=5))
    assert flag is not None
    assert flag.staff_id == 2


def test_later_interactions_do_not_count_yet() -> None:
    history = [*calls(1, 3, mood=-2), *calls(1, 3, days=30), *calls(2, 10)]
    assert friction_concentration(history, T0, no_decay()) is None
    assert staff_friction(history, T0, no_decay())[1].interactions == 3


@st.composite
def staffed_histories(draw: st.DrawFn) -> list[ScoreEvent]:
    kinds = st.sampled_from([E.INTERACTION, E.INTERACTION, E.CLAIM_UNSUBSTANTIATED, E.RETURN])
    out = []
    for i in range(draw(st.integers(12, 80))):
        out.append(
            ScoreEvent(
                draw(kinds),
                T0 + timedelta(days=draw(st.integers(0, 400))),
                "interaction",
                i + 1,
                draw(st.sampled_from([None, 1, 2, 2, 3])),
                draw(st.sampled_from([None, -2, -2, -1, 0, 1])),
            )
        )
    return out


def flag_by_definition(history: list[ScoreEvent], as_of: datetime, w: Weights) -> StaffFlag | None:
    """The rule as stated: each staff member against everyone else's events, recomputed."""
    best = None
    for s in staff_friction(history, as_of, w).values():
        others = [ev for ev in history if ev.staff_id not in (None, s.staff_id)]
        n_others = sum(1 for ev in others if ev.kind is E.INTERACTION and ev.at <= as_of)
        if s.interactions < w.staff_min_interactions or n_others < w.staff_min_interactions:
            continue
        d_others = difficulty(others, as_of, w).score
        flag = StaffFlag(s.staff_id, s.difficulty, d_others, s.interactions, n_others)
        if flag.excess >= w.staff_margin and (best is None or flag.excess > best.excess):
            best = flag
    return best


@settings(max_examples=200, deadline=None, derandomize=True)
@given(history=staffed_histories(), days=st.integers(100, 500), margin=st.sampled_from([0, 3, 10]))
def test_one_pass_flag_equals_the_rule_as_stated(
    history: list[ScoreEvent], days: int, margin: int
) -> None:
    w = replace(W, staff_margin=margin, staff_min_interactions=3)
    as_of = T0 + timedelta(days=days)
    got = friction_concentration(history, as_of, w)
    expected = flag_by_definition(history, as_of, w)
    if expected is None or got is None:
        assert got == expected
        return
    assert got.staff_id == expected.staff_id
    assert (got.interactions, got.others_interactions) == (
        expected.interactions,
        expected.others_interactions,
    )
    assert got.difficulty == pytest.approx(expected.difficulty)
    assert got.others_difficulty == pytest.approx(expected.others_difficulty)
