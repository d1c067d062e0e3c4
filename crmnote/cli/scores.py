"""`crmnote scores`: both scores of a customer with their explanation and the recommendation."""

from __future__ import annotations

import argparse
import contextlib
import json
import math
from typing import TYPE_CHECKING, Any

from crmnote.cli import language
from crmnote.domain.errors import StorageError, ValidationError
from crmnote.domain.parsing import parse_datetime
from crmnote.domain.reasons import Reason, Typed, message, say
from crmnote.domain.recommendation import action_label
from crmnote.domain.scoring import Contribution, ScoreResult
from crmnote.domain.scoring_events import contribution_label

if TYPE_CHECKING:  # the services load only when the command runs
    from crmnote.services.scores import CustomerScores


def add_scores_command(sub: Any) -> None:
    scores = sub.add_parser("scores", help="difficulty and trust with their explanation")
    scores.add_argument("customer", nargs="?", help="customer id or unambiguous name")
    scores.add_argument("--as-of", help="date or time to score as of (default now)")
    scores.add_argument("--json", action="store_true", help="print the documented JSON object")
    scores.add_argument(
        "--recompute",
        action="store_true",
        help="rebuild the score history (of CUSTOMER, or of every customer)",
    )


def _contribution(c: Contribution) -> dict[str, Any]:
    return {
        "points": round(c.points, 6),
        "kind": c.kind,
        "ref_kind": c.ref_kind,
        "id": c.id,
        "at": c.at.isoformat(),
        "reason": c.reason,
    }


def _score(result: ScoreResult) -> dict[str, Any]:
    return {
        "score": round(result.score, 6),
        "prior": round(result.prior, 6),
        "contributions": [_contribution(c) for c in result.contributions],
    }


def scores_json(s: CustomerScores) -> dict[str, Any]:
    ratio = s.cost.ratio
    flag = s.staff_flag
    return {
        "customer_id": s.customer_id,
        "as_of": s.as_of.isoformat(),
        "difficulty": _score(s.difficulty),
        "trust": _score(s.trust),
        "cost_to_serve": {
            "cost": round(float(s.cost.cost), 2),
            "revenue": str(s.cost.revenue),
            "ratio": None if math.isinf(ratio) else round(ratio, 4),
            "hours": round(s.hours, 2),
            "cost_without_income": s.cost_without_income,
        },
        "handler": None
        if s.handler is None
        else {
            "staff_id": s.handler.staff_id,
            "name": s.handler.name,
            "team_difficulty": round(s.handler.team.difficulty, 6),
            "rest_difficulty": round(s.handler.team.rest_difficulty, 6),
            "outlier": s.handler.team.flagged,
        },
        "staff_flag": None
        if flag is None
        else {
            "staff_id": flag.staff_id,
            "difficulty": round(flag.difficulty, 6),
            "others_difficulty": round(flag.others_difficulty, 6),
            "interactions": flag.interactions,
        },
        "recommendation": {
            "action": s.recommendation.action.value,
            "reasons": list(s.recommendation.reasons),
        },
    }


def run_scores_command(services: Any, args: argparse.Namespace) -> int:
    if args.recompute:
        ids = [services.customers.find(args.customer)] if args.customer else None
        changes = services.scores.recompute(ids)
        said = say(
            "cli.scores.recomputed",
            "recomputed the scores of %n customer(s)",
            n=len(changes.customer_ids),
        )
        print(language.sentence(said))
        return 0
    if not args.customer:
        raise ValidationError(
            "customer",
            say(
                "cli.customer_or_recompute",
                "is required (or use {option})",
                option=Typed("--recompute"),
            ),
        )
    customer_id = services.customers.find(args.customer)
    as_of = parse_datetime("as_of", args.as_of) if args.as_of else None
    # The advice names a handler who is an outlier across the team: renew that comparison
    # when it is a day old (a read-only book advises with the one it holds).
    with contextlib.suppress(StorageError):
        services.staff_report.refresh_team()
    result: CustomerScores = services.scores.explain(customer_id, as_of)
    if args.json:
        print(json.dumps(scores_json(result), ensure_ascii=False, indent=2))
        return 0
    print(language.sentence(say("cli.scores.as_of", "as of {at:%Y-%m-%d %H:%M}", at=result.as_of)))
    for score, template in (
        (
            result.difficulty,
            message("cli.scores.difficulty", "difficulty: {score:.1f}  (starts at {prior:.1f})"),
        ),
        (result.trust, message("cli.scores.trust", "trust: {score:.1f}  (starts at {prior:.1f})")),
    ):
        print(language.sentence(Reason(template, score=score.score, prior=score.prior)))
        for c in sorted(score.contributions, key=lambda c: -abs(c.points))[:10]:
            print(f"  {_moved(c)}")
    action = result.recommendation.action
    print(
        language.sentence(
            say("cli.scores.advice", "recommendation: {action}", action=action_label(action))
        )
    )
    for reason in result.recommendation.reasons:
        print(f"  - {language.sentence(reason)}")
    return 0


def _moved(c: Contribution) -> str:
    """`  +12.0  2026-03-04  Claim unsubstantiated  why`: what moved the score, by its label."""
    line = say(
        "cli.scores.contribution",
        "{points:+6.1f}  {at}  {kind}  {reason}",
        points=c.points,
        at=c.at.date(),
        kind=contribution_label(c.kind),
        reason=c.reason,
    )
    return language.sentence(line)
