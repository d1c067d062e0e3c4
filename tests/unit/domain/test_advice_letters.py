"""Advice for every seed case: cost without income, team outliers, and the letters."""

from __future__ import annotations

import math
import pickle

import pytest

from crmnote.domain.letters import decline_message, referral_message
from crmnote.domain.reasons import MESSAGES, Reason
from crmnote.domain.recommendation import Action, Handler, recommend
from crmnote.domain.scoring import TeamLine

OUTLIER = Handler(3, "Dana", TeamLine(3, 69.4, 4.9, 12, 30, flagged=True))
NOT_OUTLIER = Handler(1, "Alex", TeamLine(1, 10.0, 12.0, 40, 30, flagged=False))


def test_cost_without_income_and_high_difficulty_is_a_decline() -> None:
    r = recommend(63.2, 50, math.inf, None, 0)
    assert r.action is Action.DECLINE
    assert r.reasons[:2] == (
        "Difficulty is 63/100, at or above 60.",
        "Serving them costs time and money while they bring no revenue.",
    )
    # Less difficult: charge for the work instead.
    assert recommend(30, 50, math.inf, None, 0).action is Action.REPRICE
    # A prospect still within its allowance: unknown, not judged on money.
    assert recommend(63.2, 50, None, None, 0).action is Action.WATCH


def test_a_handler_who_is_a_team_outlier_is_mentioned_and_puts_our_side_first() -> None:
    r = recommend(55, 60, 0.5, None, 0, handler=OUTLIER)
    assert r.action is Action.FIX_OUR_SIDE
    assert r.reasons[0].startswith("Dana, who handles them most, is an outlier across the team")
    easy = recommend(20, 60, 0.5, None, 0, handler=OUTLIER)
    assert easy.action is Action.KEEP and "outlier across the team" in easy.reasons[-1]
    assert recommend(55, 60, 0.5, None, 0, handler=NOT_OUTLIER).action is Action.WATCH


def test_reasons_carry_their_message_id_and_parameters() -> None:
    r = recommend(85.2, 62, 2.5, None, 0)
    first = r.reasons[0]
    assert isinstance(first, Reason) and first.msg_id == "advice.difficulty_at"
    assert first.params == {"d": 85.2, "limit": 80.0}
    assert (
        first.render("Schwierigkeit {d:.0f}/100 (ab {limit:.0f})") == "Schwierigkeit 85/100 (ab 80)"
    )
    assert pickle.loads(pickle.dumps(first)).msg_id == first.msg_id
    assert all(isinstance(m, str) and m for m in MESSAGES.values())
    with pytest.raises(KeyError):
        Reason("no.such.message")


def test_the_decline_letter_is_courteous_and_names_an_alternative_when_given() -> None:
    text = decline_message(
        "Ann Smith", "Acme Repairs", "we cannot offer the response times your work needs"
    )
    assert text.startswith("Dear Ann Smith,\n\nThank you for choosing Acme Repairs")
    assert "we have decided not to take on further work for you. We cannot offer" in text
    assert "Everything we have already agreed will be completed as promised" in text
    assert text.endswith("Kind regards,\nAcme Repairs\n")
    assert "Bolt & Co may be able to help you" in decline_message(
        "Ann", "Acme", "", alternative="Bolt & Co"
    )
    with pytest.raises(ValueError, match="business_name"):
        decline_message("Ann", " ", "")


def test_the_referral_letter_is_unchanged() -> None:
    text = referral_message("Ann Smith", "Acme Repairs", "Bolt & Co", "your project needs more")
    assert "Your project needs more. We believe Bolt & Co is better placed" in text
