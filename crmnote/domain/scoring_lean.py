"""Both scores, their largest moves and the staff masses in one pass over compact event rows.

`trust()` and `difficulty()` build a `Contribution` for every event; a customer with 10,000
interactions needs neither 15,000 `ScoreEvent` objects nor 15,000 contributions to show the
moves that matter. Here an event is a plain tuple laid out like `sort_key` (`EventRow`), the
masses come from the same table, weights and sums are the same operations in the same order, so
scores, points and staff masses are exactly those of the full explanation (property-tested);
only the largest `keep` contributions are made into objects, the others counted
(`ScoreResult.omitted`).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter

from crmnote.domain.scoring_events import LABELS, ScoreEvent, ScoreEventKind, short_reason
from crmnote.domain.scoring_model import (
    Contribution,
    CostToServe,
    ScoreResult,
    base_difficulty,
    cost_contribution,
    cost_term,
    event_masses,
    mass_table,
    trust_value,
)
from crmnote.domain.scoring_weights import Weights

# (at, ref_kind, ref_id, kind, staff_id, mood, resolution_days, verdict, resolution, reason):
# `sort_key`'s fields with their plain values. One record has at most one event of each kind,
# so the first four fields order events as `sort_key` does. `reason` may be the record's raw
# text: it is shortened only for the contributions kept.
EventRow = tuple[
    datetime, str, int, str, int | None, int | None, float | None, str | None, str | None, str
]
# An event row with its four masses weighted by age: kept, broken, friction, exposure.
Weighted = tuple[EventRow, float, float, float, float]
_ORDER = itemgetter(0, 1, 2, 3)
_DAY_SECONDS = 86400.0  # as scoring_model.age_weight
_INTERACTION = ScoreEventKind.INTERACTION.value


def row_of(ev: ScoreEvent) -> EventRow:
    """An event as a compact row."""
    return (
        ev.at, ev.ref_kind, ev.ref_id, ev.kind.value, ev.staff_id, ev.mood,
        ev.resolution_days, ev.verdict, ev.resolution, ev.reason,
    )  # fmt: skip


def interaction_row(
    interaction_id: int, at: datetime, staff_id: int | None, mood: int | None, summary: str
) -> EventRow:
    """The row of an interaction's event (`interaction_events`) from its columns."""
    return (at, "interaction", interaction_id, _INTERACTION, staff_id, mood, None, None, None,
            summary)  # fmt: skip


@dataclass(frozen=True)
class LeanScores:
    """Both scores explained (the largest moves), and per staff member (friction, exposure,
    interactions) as `friction_concentration` weighs them."""

    difficulty: ScoreResult
    trust: ScoreResult
    staff: dict[int, tuple[float, float, int]]


def _masses(
    row: EventRow, w: Weights, table: dict[tuple[str, int | None], tuple[float, ...]]
) -> tuple[float, ...]:
    found = table.get((row[3], row[5]))
    if found is not None:
        return found
    at, ref_kind, ref_id, kind, staff, mood, days, verdict, resolution, reason = row
    ev = ScoreEvent(
        ScoreEventKind(kind), at, ref_kind, ref_id, staff_id=staff, mood=mood,
        resolution_days=days, reason=reason, verdict=verdict, resolution=resolution,
    )  # fmt: skip
    m = event_masses(ev, w)
    return (m.kept, m.broken, m.friction, m.exposure)


def explain_rows(
    rows: Iterable[EventRow],
    as_of: datetime,
    w: Weights,
    cost: CostToServe | None = None,
    keep: int | None = None,
) -> LeanScores:
    """Difficulty (cost term last) and trust as of a date, as `difficulty()` and `trust()` give
    them, with only the `keep` largest contributions of each (all with None), in event order."""
    table = {(k.value, mood): m for (k, mood), m in mass_table(w).items()}
    hl = w.half_life_days
    weighted: list[Weighted] = []
    days = hl * _DAY_SECONDS  # age_weight's operations, inlined for 10,000s of rows
    for row in sorted((r for r in rows if r[0] <= as_of), key=_ORDER):
        m = table.get((row[3], row[5])) or _masses(row, w, table)
        if any(m):
            a = float(2.0 ** (-(as_of - row[0]).total_seconds() / days))
            weighted.append((row, a * m[0], a * m[1], a * m[2], a * m[3]))
    trust_result = _explain(weighted, (0, 1), trust_value, w, keep)
    base = _explain(weighted, (2, 3), base_difficulty, w, keep)
    total = min(100.0, base.score + cost_term(cost, w))
    if total != base.score:
        extra = cost_contribution(total - base.score, cost, as_of)
        base = ScoreResult(total, base.prior, (*base.contributions, extra), base.omitted)
    return LeanScores(base, trust_result, _staff(weighted))


def _explain(
    weighted: Sequence[Weighted],
    pair: tuple[int, int],  # which two masses: (0, 1) kept and broken, (2, 3) friction, exposure
    value: Callable[[float, float, Weights], float],  # trust_value or base_difficulty
    w: Weights,
    keep: int | None,
) -> ScoreResult:
    """The same sums and differences as `scoring_model._explain`, for two of the masses."""
    first, second = pair[0] + 1, pair[1] + 1
    xs: list[float] = [item[first] for item in weighted]  # type: ignore[misc]
    ys: list[float] = [item[second] for item in weighted]  # type: ignore[misc]
    prior = previous = value(0.0, 0.0, w)
    x = y = 0.0
    moves: list[tuple[float, int]] = []
    # `value`'s formula inlined, the same operations in the same order (property-tested):
    # a call per event with its attribute look-ups was a third of the pass.
    if value is trust_value:
        pk, pkb = w.prior_kept, w.prior_kept + w.prior_broken
        for n, (dx, dy) in enumerate(zip(xs, ys, strict=True)):
            x += dx
            y += dy
            now = 100.0 * (pk + x) / (pkb + x + y)
            if now != previous:
                moves.append((now - previous, n))
            previous = now
    else:  # base_difficulty, the only other score explained here
        neg_k, f0, e0, expm1 = -w.k, w.f0, w.e0, math.expm1
        for n, (dx, dy) in enumerate(zip(xs, ys, strict=True)):
            x += dx
            y += dy
            now = 100.0 * -expm1(neg_k * (x + f0) / (y + e0))
            if now != previous:
                moves.append((now - previous, n))
            previous = now
    chosen = moves if keep is None or len(moves) <= keep else _largest(moves, keep)
    out = tuple(_contribution(weighted[n][0], points) for points, n in chosen)
    return ScoreResult(previous, prior, out, len(moves) - len(chosen))


def _largest(moves: list[tuple[float, int]], keep: int) -> list[tuple[float, int]]:
    """The `keep` largest moves by size (the earlier of equal ones first), in event order."""
    top = heapq.nsmallest(keep, moves, key=lambda m: (-abs(m[0]), m[1]))
    return sorted(top, key=itemgetter(1))


def _contribution(row: EventRow, points: float) -> Contribution:
    at, ref_kind, ref_id, kind, *_, reason = row
    label = short_reason(reason) or LABELS[ScoreEventKind(kind)]
    return Contribution(points, kind, ref_kind, ref_id, at, label)


def _staff(weighted: Sequence[Weighted]) -> dict[int, tuple[float, float, int]]:
    """Friction and exposure summed per staff member in event order, as `decayed_masses` sums
    each one's events, and how many interactions each handled."""
    friction: dict[int, float] = {}
    exposure: dict[int, float] = {}
    count: dict[int, int] = {}
    for row, _k, _b, f, e in weighted:
        staff = row[4]
        if staff is None:
            continue
        friction[staff] = friction.get(staff, 0.0) + f
        exposure[staff] = exposure.get(staff, 0.0) + e
        count[staff] = count.get(staff, 0) + (row[3] == _INTERACTION)
    return {s: (friction[s], exposure[s], count[s]) for s in friction}
