"""The trust and difficulty formulas, with exact per-event explanations."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal

from crmnote.domain.reasons import Reason, message
from crmnote.domain.scoring_events import ScoreEvent, ScoreEventKind, sort_key
from crmnote.domain.scoring_weights import Weights

_DAY_SECONDS = 86400.0
Kind = ScoreEventKind


@dataclass(frozen=True)
class Masses:
    """What one event adds (or a history holds): kept and broken mass, friction and exposure."""

    kept: float = 0.0
    broken: float = 0.0
    friction: float = 0.0
    exposure: float = 0.0

    def __bool__(self) -> bool:
        return bool(self.kept or self.broken or self.friction or self.exposure)


@dataclass(frozen=True)
class Contribution:
    """How many points one event (or the cost to serve) moved a score."""

    points: float
    kind: str
    ref_kind: str
    id: int
    at: datetime
    reason: str


@dataclass(frozen=True)
class ScoreResult:
    """A score, the prior it started from and what moved it: prior + Σ points == score."""

    score: float
    prior: float
    contributions: tuple[Contribution, ...]
    # Smaller moves left out of `contributions` (`scoring_lean.explain_rows(keep=…)`); with
    # none left out, prior + Σ points == score.
    omitted: int = 0

    @property
    def moves(self) -> int:
        """How many events moved the score (the cost to serve included)."""
        return len(self.contributions) + self.omitted

    def top(self, n: int) -> tuple[Contribution, ...]:
        """The `n` contributions that moved the score most, largest first."""
        ranked = sorted(self.contributions, key=lambda c: (-abs(c.points), c.at, c.ref_kind, c.id))
        return tuple(ranked[:n])


@dataclass(frozen=True)
class CostToServe:
    """What serving a customer cost (time × hourly cost) against the revenue they brought."""

    cost: Decimal | float
    revenue: Decimal | float

    @property
    def ratio(self) -> float:
        """Cost over revenue; infinite when there is cost but no revenue, 0 when no cost."""
        return cost_ratio(float(self.cost), float(self.revenue))


def cost_ratio(cost: float, revenue: float) -> float:
    """`CostToServe.ratio` of plain numbers."""
    if cost <= 0:
        return 0.0
    return math.inf if revenue <= 0 else cost / revenue


def age_weight(at: datetime, as_of: datetime, half_life_days: float) -> float:
    """2 ** (−age / half-life): 1 for an event at `as_of`, ½ one half-life earlier."""
    return float(2.0 ** (-(as_of - at).total_seconds() / (half_life_days * _DAY_SECONDS)))


def _recovery(ev: ScoreEvent, w: Weights) -> float:
    """Kept mass given back by a quick, fair resolution of a claim that was (partly) ours."""
    return recovery(ev.verdict, ev.resolution, ev.resolution_days, w)


def recovery(
    verdict: str | None, resolution: str | None, resolution_days: float | None, w: Weights
) -> float:
    """`_recovery` of a claim-resolved event's fields."""
    base = {"substantiated": w.substantiated, "partly": w.partly}.get(verdict or "", 0.0)
    if not base or resolution == "none" or resolution_days is None:
        return 0.0
    # Full recovery up to the quick limit, fading linearly to none at twice it: no cliff edge.
    q = w.quick_resolution_days
    speed = min(1.0, max(0.0, (2 * q - resolution_days) / q))
    return w.resolution_recovery * base * speed


def event_masses(ev: ScoreEvent, w: Weights) -> Masses:
    """The undecayed masses one event adds; docs/scoring.md has the table."""
    match ev.kind:
        case Kind.INTERACTION:
            mood = {-2: w.friction_hostile, -1: w.friction_frustrated}.get(ev.mood or 0, 0.0)
            return Masses(friction=mood, exposure=1.0)
        case Kind.PROMISE_KEPT:
            return Masses(kept=w.kept)
        case Kind.PROMISE_KEPT_LATE:
            return Masses(kept=w.kept_late)
        case Kind.PROMISE_BROKEN:
            return Masses(broken=w.broken_penalty)
        case Kind.PROMISE_RENEGOTIATED:
            return Masses(broken=w.renegotiated)
        case Kind.PROMISE_OVERDUE:
            return Masses(broken=w.broken_penalty)  # like a broken one, until resolved
        case Kind.CLAIM_SUBSTANTIATED:
            return Masses(broken=w.substantiated)  # our failure: trust only, never difficulty
        case Kind.CLAIM_PARTLY:
            return Masses(broken=w.partly, friction=w.friction_partly)
        case Kind.CLAIM_UNSUBSTANTIATED:
            return Masses(friction=w.friction_unsubstantiated)
        case Kind.CLAIM_UNDETERMINABLE:
            return Masses(friction=w.friction_undeterminable)
        case Kind.CLAIM_RESOLVED:
            return Masses(kept=_recovery(ev, w))
        case Kind.REQUEST_GRANTED_REASONABLE:
            return Masses(kept=w.granted_reasonable)
        case Kind.REQUEST_UNREASONABLE:
            return Masses(friction=w.friction_unreasonable)
        case Kind.REQUEST_RENEGOTIATION:
            return Masses(friction=w.friction_renegotiation)
        case Kind.RETURN:
            return Masses(friction=w.friction_return)
        case Kind.COMPLAINT:
            return Masses(friction=w.friction_complaint)
        case Kind.PRAISE:
            return Masses(kept=w.praise)
    raise ValueError(f"unknown score event kind {ev.kind!r}")


def trust_value(kept: float, broken: float, w: Weights) -> float:
    """100 × (a + K) / (a + b + K + B) for decayed masses K and B."""
    return 100.0 * (w.prior_kept + kept) / (w.prior_kept + w.prior_broken + kept + broken)


def base_difficulty(friction: float, exposure: float, w: Weights) -> float:
    """100 × (1 − exp(−k × (F + f0) / (E + e0))) for decayed friction F and exposure E."""
    return 100.0 * -math.expm1(-w.k * (friction + w.f0) / (exposure + w.e0))


def cost_term(cost: CostToServe | None, w: Weights) -> float:
    """Points added for cost above `cost_threshold` × revenue, approaching `cost_weight`."""
    return 0.0 if cost is None else ratio_term(cost.ratio, w)


def ratio_term(ratio: float, w: Weights) -> float:
    """`cost_term` of a cost-to-serve ratio."""
    excess = ratio - w.cost_threshold
    if excess <= 0:
        return 0.0
    return w.cost_weight if math.isinf(excess) else w.cost_weight * -math.expm1(-excess)


def difficulty_value(
    friction: float, exposure: float, w: Weights, cost: CostToServe | None = None
) -> float:
    """Base difficulty plus the cost term, clamped to 0..100."""
    return min(100.0, base_difficulty(friction, exposure, w) + cost_term(cost, w))


_Weighted = tuple[ScoreEvent, float, float, float, float]
_EPOCH = datetime(1970, 1, 1)


@functools.lru_cache(maxsize=16)
def mass_table(w: Weights) -> dict[tuple[ScoreEventKind, int | None], tuple[float, ...]]:
    """Masses of each (kind, mood) that needs nothing else, so long histories skip the match.

    Cached per Weights (frozen, hashable): building it costs more than scoring a short history.
    Callers only read the table.
    """
    table: dict[tuple[ScoreEventKind, int | None], tuple[float, ...]] = {}
    for kind in Kind:
        for mood in (None, -2, -1, 0, 1, 2) if kind is Kind.INTERACTION else (None,):
            if kind is not Kind.CLAIM_RESOLVED:
                m = event_masses(ScoreEvent(kind, _EPOCH, "", 0, mood=mood), w)
                table[kind, mood] = (m.kept, m.broken, m.friction, m.exposure)
    return table


def _weighted(events: Iterable[ScoreEvent], as_of: datetime, w: Weights) -> list[_Weighted]:
    """Events up to `as_of` that carry mass, in sort order, with their masses age-weighted."""
    table = mass_table(w)
    out: list[_Weighted] = []
    for ev in sorted((ev for ev in events if ev.at <= as_of), key=sort_key):
        masses = table.get((ev.kind, ev.mood))
        if masses is None:
            m = event_masses(ev, w)
            masses = (m.kept, m.broken, m.friction, m.exposure)
        if any(masses):
            a = age_weight(ev.at, as_of, w.half_life_days)
            out.append((ev, a * masses[0], a * masses[1], a * masses[2], a * masses[3]))
    return out


def decayed_masses(events: Iterable[ScoreEvent], as_of: datetime, w: Weights) -> Masses:
    """The masses of a history as of a date (later events ignored), summed in sort order."""
    kept = broken = friction = exposure = 0.0
    for _, k, b, f, e in _weighted(events, as_of, w):
        kept += k
        broken += b
        friction += f
        exposure += e
    return Masses(kept, broken, friction, exposure)


def _explain(
    events: Iterable[ScoreEvent],
    as_of: datetime,
    w: Weights,
    value: Callable[[float, float, float, float], float],
) -> ScoreResult:
    """Credit each event, in sort order, with the change it makes to the as-of score."""
    prior = previous = value(0.0, 0.0, 0.0, 0.0)
    kept = broken = friction = exposure = 0.0
    out: list[Contribution] = []
    for ev, k, b, f, e in _weighted(events, as_of, w):
        kept += k
        broken += b
        friction += f
        exposure += e
        now = value(kept, broken, friction, exposure)
        if now != previous:
            points = now - previous
            out.append(Contribution(points, ev.kind.value, ev.ref_kind, ev.ref_id, ev.at, ev.label))
        previous = now
    return ScoreResult(previous, prior, tuple(out))


def trust(events: Iterable[ScoreEvent], as_of: datetime, weights: Weights) -> ScoreResult:
    """Trust 0..100 as of a date, explained event by event."""
    return _explain(events, as_of, weights, lambda k, b, f, e: trust_value(k, b, weights))


def difficulty(
    events: Iterable[ScoreEvent],
    as_of: datetime,
    weights: Weights,
    cost: CostToServe | None = None,
) -> ScoreResult:
    """Difficulty 0..100 as of a date, explained event by event, the cost to serve last."""
    result = _explain(events, as_of, weights, lambda k, b, f, e: base_difficulty(f, e, weights))
    total = min(100.0, result.score + cost_term(cost, weights))
    if total == result.score:
        return result
    extra = cost_contribution(total - result.score, cost, as_of)
    return ScoreResult(total, result.prior, (*result.contributions, extra))


def cost_contribution(points: float, cost: CostToServe | None, as_of: datetime) -> Contribution:
    """The cost to serve's move of difficulty, last in its explanation."""
    return Contribution(points, "cost_to_serve", "customer", 0, as_of, _ratio_text(cost))


_NO_REVENUE = message("scores.cost_no_revenue", "Cost to serve with no net revenue against it")
_RATIO = message("scores.cost_ratio", "Cost to serve is {ratio:.1f} times the revenue")


def _ratio_text(cost: CostToServe | None) -> str:
    ratio = 0.0 if cost is None else cost.ratio
    if math.isinf(ratio):
        return Reason(_NO_REVENUE)
    return Reason(_RATIO, ratio=ratio)


def max_trust_swing(w: Weights) -> float:
    """The most one event can move trust: 100 × x / (a + b + x), x the largest mass it adds."""
    recovery = w.resolution_recovery * max(w.substantiated, w.partly)
    trust_masses = (w.kept, w.kept_late, w.broken_penalty, w.renegotiated, w.substantiated)
    x = max(*trust_masses, w.partly, w.granted_reasonable, w.praise, recovery)
    return 100.0 * x / (w.prior_kept + w.prior_broken + x)


def max_difficulty_swing(w: Weights) -> float:
    """The most one event can move base difficulty: up 100·k·x/e0, down 100/(e·e0)."""
    x = max(float(getattr(w, f.name)) for f in fields(w) if f.name.startswith("friction_"))
    return max(100.0 * w.k * x / w.e0, 100.0 / (math.e * w.e0))
