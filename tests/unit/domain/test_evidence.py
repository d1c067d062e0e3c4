"""Minimum evidence before advice and before the cost term (issue 17, item 4)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain.evidence import RULE, Evidence
from crmnote.domain.recommendation import Action, recommend


def test_a_customer_with_no_history_gets_no_verdict() -> None:
    advice = recommend(18.0, 50.0, None, None, 0, evidence=Evidence(0, 0, 0))
    assert advice.action is Action.TOO_EARLY
    assert advice.reasons[0] == "Not enough history yet to advise."
    assert "0 scored events so far; advice needs 5." in advice.reasons


def test_four_events_in_one_afternoon_do_not_make_a_referral() -> None:
    """The issue's walk: a call, a kept promise, an unsubstantiated claim and a small sale."""
    advice = recommend(70.0, 55.0, 3.0, None, 0, evidence=Evidence(events=3, days=0, sales=1))
    assert advice.action is Action.TOO_EARLY
    assert any("0 days old; advice needs 30 days" in r for r in advice.reasons)


def test_enough_history_gives_the_usual_rules() -> None:
    enough = Evidence(events=RULE.min_events, days=RULE.min_days, sales=RULE.min_sales)
    assert recommend(65.0, 60.0, 1.6, None, 0, evidence=enough).action is Action.REFER
    assert recommend(18.0, 50.0, None, None, 0, evidence=enough).action is Action.KEEP


def test_without_evidence_given_the_rules_are_unchanged() -> None:
    assert recommend(65.0, 60.0, 1.6, None, 0).action is Action.REFER


@given(st.integers(0, 50), st.integers(0, 400), st.floats(0, 100), st.floats(0, 100))
def test_below_the_minimum_never_a_verdict(events: int, days: int, d: float, t: float) -> None:
    evidence = Evidence(events, days, 0)
    advice = recommend(d, t, None, None, 0, evidence=evidence)
    assert (advice.action is Action.TOO_EARLY) == (not RULE.enough_for_advice(evidence))


def test_the_cost_term_waits_for_three_sales() -> None:
    assert not RULE.enough_for_cost(2)
    assert RULE.enough_for_cost(3)
