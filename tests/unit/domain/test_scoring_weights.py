"""Weights: documented defaults, storage round trip and validation naming the key."""

from __future__ import annotations

from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.domain.errors import ValidationError
from crmnote.domain.scoring import Weights, WeightsError


def test_defaults_are_the_documented_ones() -> None:
    w = Weights.default()
    assert (w.half_life_days, w.prior_kept, w.prior_broken, w.broken_penalty) == (180, 5, 5, 2)
    assert (w.f0, w.e0, w.k) == (1, 10, 2)
    assert (w.friction_hostile, w.friction_frustrated) == (1.0, 0.4)
    assert (w.quick_resolution_days, w.resolution_recovery) == (7, 0.5)
    assert (w.cost_weight, w.cost_threshold, w.staff_margin, w.staff_min_interactions) == (
        20,
        1,
        20,
        5,
    )
    assert w == Weights()


weights = st.builds(
    Weights,
    half_life_days=st.floats(0.01, 1e5),
    broken_penalty=st.floats(1.001, 100),
    resolution_recovery=st.floats(0, 1),
    friction_complaint=st.floats(0, 10),
    cost_weight=st.floats(0, 100),
    staff_min_interactions=st.integers(1, 100),
)


@settings(max_examples=100, deadline=None)
@given(weights)
def test_round_trip_through_a_dict_and_through_text(w: Weights) -> None:
    data = w.to_dict()
    assert set(data) == {f.name for f in fields(Weights)}
    assert Weights.from_dict(data) == w
    assert Weights.from_dict({k: repr(v) for k, v in data.items()}) == w  # settings store text


def test_missing_keys_take_defaults_and_unknown_keys_are_ignored() -> None:
    w = Weights.from_dict({"half_life_days": 90, "no_such_weight": "whatever"})
    assert w.half_life_days == 90.0
    assert w.prior_kept == 5.0
    assert Weights.from_dict({}) == Weights.default()
    assert Weights.from_dict({"staff_min_interactions": "7.0"}).staff_min_interactions == 7


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("half_life_days", 0, "more than zero"),
        ("half_life_days", "soon", "must be a number"),
        ("prior_kept", -1, "more than zero"),
        ("broken_penalty", 1, "more than 1"),
        ("broken_penalty", 0.5, "more than 1"),
        ("kept", -0.1, "zero or more"),
        ("friction_hostile", float("nan"), "finite"),
        ("friction_return", "inf", "finite"),
        ("resolution_recovery", 1.5, "between 0 and 1"),
        ("cost_weight", 101, "between 0 and 100"),
        ("e0", 0, "more than zero"),
        ("k", True, "must be a number"),
        ("f0", None, "must be a number"),
        ("staff_min_interactions", 2.5, "whole number"),
        ("staff_min_interactions", 0, "at least 1"),
    ],
)
def test_bad_values_raise_value_error_naming_the_key(key: str, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{key}: .*{message}") as info:
        Weights.from_dict({key: value})
    assert isinstance(info.value, WeightsError)
    assert isinstance(info.value, ValidationError)
    assert info.value.field == key


def test_constructing_bad_weights_is_refused_too() -> None:
    with pytest.raises(WeightsError, match=r"^e0: "):
        Weights(e0=-1)
    with pytest.raises(WeightsError, match=r"^half_life_days: "):
        Weights(half_life_days="180")  # type: ignore[arg-type]
