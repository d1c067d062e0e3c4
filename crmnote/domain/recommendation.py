"""What to do about a customer, from the scores and the cost to serve, always with reasons.

Reasons are `Reason`s (domain/reasons.py): English sentences with a message id and parameters.
The letters that go with referring and declining are in domain/letters.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from crmnote.domain.evidence import RULE, Evidence, EvidenceRule
from crmnote.domain.letters import decline_message, referral_message
from crmnote.domain.reasons import Reason, message, say
from crmnote.domain.scoring_staff import StaffFlag, TeamLine


class Action(StrEnum):
    """A suggested course for a customer; a person decides."""

    KEEP = "keep"
    FIX_OUR_SIDE = "fix_our_side"
    WATCH = "watch"
    REPRICE = "reprice"
    REFER = "refer"
    DECLINE = "decline"
    TOO_EARLY = "too_early"  # not enough history yet to advise anything


# Each action named for a person: the advice panel, the decision dialog and `crmnote scores`.
ACTION_LABELS: dict[Action, str] = {
    Action.KEEP: say("advice.action.keep", "Keep & nurture"),
    Action.FIX_OUR_SIDE: say("advice.action.fix_our_side", "Fix our side"),
    Action.WATCH: say("advice.action.watch", "Watch"),
    Action.REPRICE: say("advice.action.reprice", "Reprice"),
    Action.REFER: say("advice.action.refer", "Refer elsewhere"),
    Action.DECLINE: say("advice.action.decline", "Decline"),
    Action.TOO_EARLY: say("advice.action.too_early", "Not enough history yet"),
}


def action_label(action: str) -> str:
    """`fix_our_side` → "Fix our side"; a value this version does not know by itself."""
    try:
        return ACTION_LABELS[Action(action)]
    except ValueError:
        return action


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
    # Cost without income: no revenue at all, and this difficulty or more, is a decline.
    no_income_decline_difficulty: float = 60.0


@dataclass(frozen=True)
class Handler:
    """The staff member who handles the customer most, and how they compare across the team."""

    staff_id: int
    name: str
    team: TeamLine


_FRICTION = message(
    "advice.friction_with",
    "Friction concentrates with {who}: difficulty {mine:.0f} with them against {theirs:.0f} "
    "with the others ({n} and {n_others} interactions).",
)
_REVIEW = message(
    "advice.review_handling", "Review how this customer is handled before judging the customer."
)
_OUTLIER = message(
    "advice.team_outlier",
    "{who}, who handles them most, is an outlier across the team: difficulty {mine:.0f} with "
    "all their customers against {rest:.0f} with the rest of the team ({n} and {n_rest} "
    "interactions).",
)
_OUTLIER_FIX = message(
    "advice.team_outlier_fix",
    "Look at how {who} handles customers before judging this one.",
)
_LOW_TRUST = message(
    "advice.low_trust",
    "Trust is {trust:.0f}/100, below {low:.0f}: we have not kept our word enough.",
)
_ONLY_TRUST = message("advice.only_trust", "Trust is only {trust:.0f}/100.")
_CLAIMS_ONE = message("advice.claims_one", "1 claim against us was substantiated.")
_CLAIMS = message("advice.claims", "{n} claims against us were substantiated.")
_PUT_RIGHT = message("advice.put_right", "Put our side right before judging the customer.")
_FAIR = message("advice.fair", "Trust is {trust:.0f}/100, so the difficulty is not of our making.")
_AT_OR_ABOVE = message(
    "advice.difficulty_at", "Difficulty is {d:.0f}/100, at or above {limit:.0f}."
)
_NO_INCOME = message(
    "advice.no_income", "Serving them costs time and money while they bring no revenue."
)
_COST = message("advice.cost_ratio", "Serving them costs {ratio:.1f} times the revenue they bring.")
_DECLINE = message("advice.decline", "Decline further work courteously, or refer them elsewhere.")
_REFER = message(
    "advice.refer", "Another provider may serve them better; refer them on courteously."
)
_DEMANDING = message("advice.demanding", "They are also demanding (difficulty {d:.0f}/100).")
_FINE = message(
    "advice.fine", "Their behaviour is fine (difficulty {d:.0f}/100, trust {trust:.0f}/100)."
)
_REPRICE = message(
    "advice.reprice", "Charge for the work they need, or change what the price includes."
)
_UNKNOWN = message(
    "advice.cost_unknown",
    "Cost to serve against revenue is unknown: record effort and sales to judge it.",
)
_COVERED = message(
    "advice.cost_covered", "Revenue covers the cost to serve (cost is {ratio:.1f} times revenue)."
)
_STAFF_MEMBER = message("advice.staff_member", "staff member #{id}")
_NOT_ENOUGH = message("advice.too_early", "Not enough history yet to advise.")
_FIRST_IMPRESSION = message(
    "advice.first_impression",
    "The scores so far are a first impression; record contacts, promises and sales as they happen.",
)
_WATCH = message("advice.watch", "Keep an eye on new claims, requests and returns.")
_KEEP = message(
    "advice.keep",
    "Difficulty is {d:.0f}/100 and trust is {trust:.0f}/100: a good relationship to nurture.",
)


def _cost(ratio: float) -> Reason:
    return Reason(_NO_INCOME) if math.isinf(ratio) else Reason(_COST, ratio=ratio)


def _check(difficulty: float, trust: float, cost_ratio: float | None, claims: int) -> None:
    for name, value in (("difficulty", difficulty), ("trust", trust)):
        if not 0 <= value <= 100:
            raise ValueError(f"{name}: must be between 0 and 100, not {value!r}")
    if cost_ratio is not None and not cost_ratio >= 0:
        raise ValueError(f"cost_ratio: must be zero or more, not {cost_ratio!r}")
    if claims < 0:
        raise ValueError(f"substantiated_claims: must be zero or more, not {claims!r}")


def _outlier(handler: Handler | None) -> Reason | None:
    if handler is None or not handler.team.flagged:
        return None
    t = handler.team
    return Reason(
        _OUTLIER,
        who=handler.name,
        mine=t.difficulty,
        rest=t.rest_difficulty,
        n=t.interactions,
        n_rest=t.rest_interactions,
    )


def recommend(
    difficulty: float,
    trust: float,
    cost_ratio: float | None,
    staff_flag: StaffFlag | None,
    substantiated_claims: int,
    *,
    staff_name: str | None = None,
    thresholds: Thresholds | None = None,
    handler: Handler | None = None,
    evidence: Evidence | None = None,
    evidence_rule: EvidenceRule = RULE,
) -> Recommendation:
    """Suggest an action; the first rule that applies wins (docs/scoring.md lists them in order).

    `cost_ratio` is cost to serve over revenue: None when unknown (a prospect still within its
    allowance, or too few sales to judge), infinite for cost without income. `handler`: who
    serves the customer most, with their team-wide comparison; an outlier is mentioned, and
    puts our side first when the customer seems difficult. `evidence`: what is known of the
    customer; below `evidence_rule`'s minimum there is no advice yet (`Action.TOO_EARLY`),
    whatever the scores say (a handler who is an outlier is still mentioned).
    """
    _check(difficulty, trust, cost_ratio, substantiated_claims)
    outlier = _outlier(handler)
    if evidence is not None and not evidence_rule.enough_for_advice(evidence):
        early = _too_early(evidence, evidence_rule)
        if outlier is not None:
            return Recommendation(early.action, (*early.reasons, outlier))
        return early
    t = thresholds or Thresholds()
    d, tr, n = difficulty, trust, substantiated_claims
    if staff_flag is not None:
        who = staff_name or Reason(_STAFF_MEMBER, id=staff_flag.staff_id)
        first = Reason(
            _FRICTION,
            who=who,
            mine=staff_flag.difficulty,
            theirs=staff_flag.others_difficulty,
            n=staff_flag.interactions,
            n_others=staff_flag.others_interactions,
        )
        return Recommendation(Action.FIX_OUR_SIDE, (first, Reason(_REVIEW)))
    if outlier is not None and handler is not None and difficulty >= t.watch_difficulty:
        return Recommendation(
            Action.FIX_OUR_SIDE, (outlier, Reason(_OUTLIER_FIX, who=handler.name))
        )
    found = _judge(difficulty, trust, cost_ratio, n, t, d, tr)
    if outlier is not None:
        return Recommendation(found.action, (*found.reasons, outlier))
    return found


def _judge(
    difficulty: float,
    trust: float,
    cost_ratio: float | None,
    n: int,
    t: Thresholds,
    d: float,
    tr: float,
) -> Recommendation:
    if trust < t.low_trust or (n >= t.claims_count and trust < t.claims_trust):
        reasons: list[str] = []
        if trust < t.low_trust:
            reasons.append(Reason(_LOW_TRUST, trust=tr, low=t.low_trust))
        else:
            reasons.append(Reason(_ONLY_TRUST, trust=tr))
        if n:
            reasons.append(Reason(_CLAIMS_ONE) if n == 1 else Reason(_CLAIMS, n=n))
        reasons.append(Reason(_PUT_RIGHT))
        return Recommendation(Action.FIX_OUR_SIDE, tuple(reasons))
    fair = Reason(_FAIR, trust=tr)
    if cost_ratio is not None:
        no_income = math.isinf(cost_ratio) and difficulty >= t.no_income_decline_difficulty
        if no_income or (difficulty >= t.decline_difficulty and cost_ratio >= t.decline_cost_ratio):
            limit = t.no_income_decline_difficulty if no_income else t.decline_difficulty
            first = Reason(_AT_OR_ABOVE, d=d, limit=limit)
            return Recommendation(
                Action.DECLINE, (first, _cost(cost_ratio), fair, Reason(_DECLINE))
            )
        if difficulty >= t.refer_difficulty and cost_ratio >= t.refer_cost_ratio:
            first = Reason(_AT_OR_ABOVE, d=d, limit=t.refer_difficulty)
            return Recommendation(Action.REFER, (first, _cost(cost_ratio), fair, Reason(_REFER)))
        if cost_ratio >= t.reprice_cost_ratio:
            reasons = [_cost(cost_ratio)]
            if difficulty >= t.watch_difficulty:
                reasons.append(Reason(_DEMANDING, d=d))
            else:
                reasons.append(Reason(_FINE, d=d, trust=tr))
            reasons.append(Reason(_REPRICE))
            return Recommendation(Action.REPRICE, tuple(reasons))
    cost = Reason(_UNKNOWN) if cost_ratio is None else Reason(_COVERED, ratio=cost_ratio)
    if difficulty >= t.watch_difficulty:
        first = Reason(_AT_OR_ABOVE, d=d, limit=t.watch_difficulty)
        return Recommendation(Action.WATCH, (first, cost, Reason(_WATCH)))
    return Recommendation(Action.KEEP, (Reason(_KEEP, d=d, trust=tr), cost))


def _too_early(evidence: Evidence, rule: EvidenceRule) -> Recommendation:
    """No verdict yet: what is missing, and that the scores so far are only a first look."""
    return Recommendation(
        Action.TOO_EARLY,
        (Reason(_NOT_ENOUGH), *rule.missing(evidence), Reason(_FIRST_IMPRESSION)),
    )


__all__ = [
    "Action",
    "Handler",
    "Recommendation",
    "Thresholds",
    "decline_message",
    "recommend",
    "referral_message",
]
