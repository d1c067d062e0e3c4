"""What to do about a customer, from the scores and the cost to serve, always with reasons."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from crmnote.domain.evidence import RULE, Evidence, EvidenceRule
from crmnote.domain.scoring_staff import StaffFlag


class Action(StrEnum):
    """A suggested course for a customer; a person decides."""

    KEEP = "keep"
    FIX_OUR_SIDE = "fix_our_side"
    WATCH = "watch"
    REPRICE = "reprice"
    REFER = "refer"
    DECLINE = "decline"
    TOO_EARLY = "too_early"  # not enough history yet to advise anything


@dataclass(frozen=True)
class Recommendation:
    """A suggested action and the plain sentences that justify it."""

    action: Action
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Thresholds:
    """Where the recommendation rules switch; docs/scoring.md explains each."""

    low_trust: float = 40.0
    claims_trust: float = 50.0
    claims_count: int = 2
    watch_difficulty: float = 40.0
    refer_difficulty: float = 60.0
    refer_cost_ratio: float = 1.5
    decline_difficulty: float = 80.0
    decline_cost_ratio: float = 2.0
    reprice_cost_ratio: float = 1.0


def _claims(n: int) -> str:
    return "1 claim against us was" if n == 1 else f"{n} claims against us were"


def _cost(ratio: float) -> str:
    if math.isinf(ratio):
        return "Serving them costs time and money while they bring no revenue."
    return f"Serving them costs {ratio:.1f} times the revenue they bring."


def _check(difficulty: float, trust: float, cost_ratio: float | None, claims: int) -> None:
    for name, value in (("difficulty", difficulty), ("trust", trust)):
        if not 0 <= value <= 100:
            raise ValueError(f"{name}: must be between 0 and 100, not {value!r}")
    if cost_ratio is not None and not cost_ratio >= 0:
        raise ValueError(f"cost_ratio: must be zero or more, not {cost_ratio!r}")
    if claims < 0:
        raise ValueError(f"substantiated_claims: must be zero or more, not {claims!r}")


def recommend(
    difficulty: float,
    trust: float,
    cost_ratio: float | None,
    staff_flag: StaffFlag | None,
    substantiated_claims: int,
    *,
    staff_name: str | None = None,
    thresholds: Thresholds | None = None,
    evidence: Evidence | None = None,
    evidence_rule: EvidenceRule = RULE,
) -> Recommendation:
    """Suggest an action; the first rule that applies wins (docs/scoring.md lists them in order).

    `cost_ratio` is cost to serve over revenue (None when unknown, infinite with no revenue).
    `evidence`: what is known of the customer; below `evidence_rule`'s minimum there is no
    advice yet (`Action.TOO_EARLY`), whatever the scores say.
    """
    _check(difficulty, trust, cost_ratio, substantiated_claims)
    if evidence is not None and not evidence_rule.enough_for_advice(evidence):
        return _too_early(evidence, evidence_rule)
    t = thresholds or Thresholds()
    d, tr, n = f"{difficulty:.0f}/100", f"{trust:.0f}/100", substantiated_claims
    if staff_flag is not None:
        who = staff_name or f"staff member #{staff_flag.staff_id}"
        return Recommendation(
            Action.FIX_OUR_SIDE,
            (
                f"Friction concentrates with {who}: difficulty {staff_flag.difficulty:.0f} with "
                f"them against {staff_flag.others_difficulty:.0f} with the others "
                f"({staff_flag.interactions} and {staff_flag.others_interactions} interactions).",
                "Review how this customer is handled before judging the customer.",
            ),
        )
    if trust < t.low_trust or (n >= t.claims_count and trust < t.claims_trust):
        if trust < t.low_trust:
            reasons = [f"Trust is {tr}, below {t.low_trust:.0f}: we have not kept our word enough."]
        else:
            reasons = [f"Trust is only {tr}."]
        if n:
            reasons.append(f"{_claims(n)} substantiated.")
        reasons.append("Put our side right before judging the customer.")
        return Recommendation(Action.FIX_OUR_SIDE, tuple(reasons))
    fair = f"Trust is {tr}, so the difficulty is not of our making."
    if cost_ratio is not None:
        if difficulty >= t.decline_difficulty and cost_ratio >= t.decline_cost_ratio:
            first = f"Difficulty is {d}, at or above {t.decline_difficulty:.0f}."
            last = "Decline further work courteously, or refer them elsewhere."
            return Recommendation(Action.DECLINE, (first, _cost(cost_ratio), fair, last))
        if difficulty >= t.refer_difficulty and cost_ratio >= t.refer_cost_ratio:
            first = f"Difficulty is {d}, at or above {t.refer_difficulty:.0f}."
            last = "Another provider may serve them better; refer them on courteously."
            return Recommendation(Action.REFER, (first, _cost(cost_ratio), fair, last))
        if cost_ratio >= t.reprice_cost_ratio:
            reasons = [_cost(cost_ratio)]
            if difficulty >= t.watch_difficulty:
                reasons.append(f"They are also demanding (difficulty {d}).")
            else:
                reasons.append(f"Their behaviour is fine (difficulty {d}, trust {tr}).")
            reasons.append("Charge for the work they need, or change what the price includes.")
            return Recommendation(Action.REPRICE, tuple(reasons))
    cost = (
        ["Cost to serve against revenue is unknown: record effort and sales to judge it."]
        if cost_ratio is None
        else [f"Revenue covers the cost to serve (cost is {cost_ratio:.1f} times revenue)."]
    )
    if difficulty >= t.watch_difficulty:
        first = f"Difficulty is {d}, at or above {t.watch_difficulty:.0f}."
        last = "Keep an eye on new claims, requests and returns."
        return Recommendation(Action.WATCH, (first, *cost, last))
    return Recommendation(
        Action.KEEP,
        (f"Difficulty is {d} and trust is {tr}: a good relationship to nurture.", *cost),
    )


def _too_early(evidence: Evidence, rule: EvidenceRule) -> Recommendation:
    """No verdict yet: what is missing, and that the scores so far are only a first look."""
    return Recommendation(
        Action.TOO_EARLY,
        (
            "Not enough history yet to advise.",
            *rule.missing(evidence),
            "The scores so far are a first impression; record contacts, promises and sales "
            "as they happen.",
        ),
    )


def referral_message(customer_name: str, business_name: str, alternative: str, reason: str) -> str:
    """A short, courteous message sending the customer on to an alternative provider.

    `reason` is a customer-facing clause such as "your project needs weekend support, which we
    cannot offer"; leave it empty to give none.
    """
    for field, value in (
        ("customer_name", customer_name),
        ("business_name", business_name),
        ("alternative", alternative),
    ):
        if not value.strip():
            raise ValueError(f"{field}: must not be empty")
    why = reason.strip().rstrip(".")
    because = f" {why[:1].upper()}{why[1:]}." if why else ""
    return (
        f"Dear {customer_name.strip()},\n\n"
        f"Thank you for choosing {business_name.strip()} and for the time we have worked "
        "together.\n\n"
        f"We want you to get the best service possible.{because} We believe "
        f"{alternative.strip()} is better placed to help you from here, and we would be glad to "
        "make the introduction and pass on anything that helps them get started.\n\n"
        "We wish you every success, and thank you again for your custom.\n\n"
        f"Kind regards,\n{business_name.strip()}\n"
    )
