"""Recommendations: each rule, in order, with reasons that carry the figures."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.domain.recommendation import (
    Action,
    Thresholds,
    recommend,
    referral_message,
)
from crmnote.domain.scoring import StaffFlag

FLAG = StaffFlag(
    staff_id=3, difficulty=62.4, others_difficulty=21.2, interactions=8, others_interactions=14
)


def test_friction_with_one_staff_member_means_fixing_our_side_first() -> None:
    r = recommend(90, 80, 3.0, FLAG, 0, staff_name="Sam")
    assert r.action is Action.FIX_OUR_SIDE
    assert r.reasons[0] == (
        "Friction concentrates with Sam: difficulty 62 with them against 21 with the others "
        "(8 and 14 interactions)."
    )
    assert "staff member #3" in recommend(50, 60, None, FLAG, 0).reasons[0]


def test_low_trust_with_substantiated_claims_means_fixing_our_side() -> None:
    r = recommend(30, 35.4, 0.5, None, 2)
    assert r.action is Action.FIX_OUR_SIDE
    assert r.reasons[:2] == (
        "Trust is 35/100, below 40: we have not kept our word enough.",
        "2 claims against us were substantiated.",
    )
    assert recommend(30, 39, None, None, 1).reasons[1] == "1 claim against us was substantiated."
    assert recommend(30, 39, None, None, 0).action is Action.FIX_OUR_SIDE


def test_several_substantiated_claims_need_fixing_even_with_middling_trust() -> None:
    assert recommend(30, 45, None, None, 2).action is Action.FIX_OUR_SIDE
    assert recommend(30, 45, None, None, 1).action is Action.KEEP
    assert recommend(30, 55, None, None, 3).action is Action.KEEP


def test_very_difficult_and_far_too_costly_means_decline() -> None:
    r = recommend(85.2, 62, 2.5, None, 0)
    assert r.action is Action.DECLINE
    assert r.reasons[:3] == (
        "Difficulty is 85/100, at or above 80.",
        "Serving them costs 2.5 times the revenue they bring.",
        "Trust is 62/100, so the difficulty is not of our making.",
    )
    no_revenue = recommend(85, 62, math.inf, None, 0)
    assert no_revenue.action is Action.DECLINE
    assert "no revenue" in no_revenue.reasons[1]


def test_difficult_and_costly_means_refer_elsewhere() -> None:
    assert recommend(65, 60, 1.6, None, 0).action is Action.REFER
    assert recommend(85, 60, 1.6, None, 0).action is Action.REFER  # not costly enough to decline
    assert recommend(65, 60, 5.0, None, 0).action is Action.REFER  # not difficult enough
    assert "6.0 times" in recommend(65, 60, 6.0, None, 0).reasons[1]


def test_cost_above_revenue_with_fair_behaviour_means_reprice() -> None:
    r = recommend(25, 70, 1.2, None, 0)
    assert r.action is Action.REPRICE
    assert r.reasons[:2] == (
        "Serving them costs 1.2 times the revenue they bring.",
        "Their behaviour is fine (difficulty 25/100, trust 70/100).",
    )
    assert recommend(65, 70, 1.2, None, 0).reasons[1] == (
        "They are also demanding (difficulty 65/100)."
    )


def test_moderate_difficulty_means_watch() -> None:
    r = recommend(45, 60, 0.4, None, 0)
    assert r.action is Action.WATCH
    assert r.reasons[:2] == (
        "Difficulty is 45/100, at or above 40.",
        "Revenue covers the cost to serve (cost is 0.4 times revenue).",
    )
    unknown = recommend(95, 60, None, None, 0)  # without costs we cannot justify referring
    assert unknown.action is Action.WATCH
    assert "unknown" in unknown.reasons[1]


def test_otherwise_keep_and_nurture() -> None:
    r = recommend(18.1, 50, None, None, 0)
    assert r.action is Action.KEEP
    assert (
        r.reasons[0] == "Difficulty is 18/100 and trust is 50/100: a good relationship to nurture."
    )


def test_thresholds_can_be_moved() -> None:
    assert recommend(45, 60, 0.4, None, 0, thresholds=Thresholds(watch_difficulty=50)).action is (
        Action.KEEP
    )


@settings(max_examples=200, deadline=None)
@given(
    st.floats(0, 100),
    st.floats(0, 100),
    st.none() | st.floats(0, 10) | st.just(math.inf),
    st.none() | st.just(FLAG),
    st.integers(0, 5),
)
def test_every_recommendation_has_reasons_with_a_figure(
    d: float, t: float, ratio: float | None, flag: StaffFlag | None, claims: int
) -> None:
    r = recommend(d, t, ratio, flag, claims)
    assert r.action in Action
    assert r.reasons
    assert all(s.endswith(".") for s in r.reasons)
    assert any(ch.isdigit() for reason in r.reasons for ch in reason)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((101, 50, None, None, 0), "difficulty"),
        ((50, -1, None, None, 0), "trust"),
        ((50, 50, -0.5, None, 0), "cost_ratio"),
        ((50, 50, math.nan, None, 0), "cost_ratio"),
        ((50, 50, None, None, -1), "substantiated_claims"),
    ],
)
def test_bad_inputs_are_refused(
    args: tuple[float, float, float | None, None, int], field: str
) -> None:
    with pytest.raises(ValueError, match=f"^{field}:"):
        recommend(*args)


def test_referral_message_is_courteous_and_names_the_alternative() -> None:
    text = referral_message(
        " Ann Smith ", "Acme Repairs", "Bolt & Co", "your project needs weekend support."
    )
    assert text == (
        "Dear Ann Smith,\n\n"
        "Thank you for choosing Acme Repairs and for the time we have worked together.\n\n"
        "We want you to get the best service possible. Your project needs weekend support. "
        "We believe Bolt & Co is better placed to help you from here, and we would be glad to "
        "make the introduction and pass on anything that helps them get started.\n\n"
        "We wish you every success, and thank you again for your custom.\n\n"
        "Kind regards,\nAcme Repairs\n"
    )
    assert "possible. We believe" in referral_message("Ann", "Acme", "Bolt", "  ")


@pytest.mark.parametrize("field", ["customer_name", "business_name", "alternative"])
def test_referral_message_needs_names(field: str) -> None:
    args = {"customer_name": "Ann", "business_name": "Acme", "alternative": "Bolt", "reason": ""}
    args[field] = " "
    with pytest.raises(ValueError, match=f"^{field}:"):
        referral_message(**args)


def test_every_action_has_a_label_and_an_unknown_one_keeps_its_key() -> None:
    from crmnote.domain.recommendation import action_label

    labels = {action: action_label(action.value) for action in Action}
    assert labels[Action.FIX_OUR_SIDE] == "Fix our side"
    assert labels[Action.TOO_EARLY] == "Not enough history yet"
    assert len(set(labels.values())) == len(Action)
    assert action_label("shrug") == "shrug"
