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
_ORDER = itemgetter(0, 1, 2, 3)
# The texts of the records whose moves are listed, by (ref_kind, ref_id): rows read without
# their texts are quoted from these (`explain_rows(reasons=…)`).
Reasons = Callable[[list[tuple[str, int]]], dict[tuple[str, int], str]]

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
    reasons: Reasons | None = None,
) -> LeanScores:
    """Difficulty (cost term last) and trust as of a date, as `difficulty()` and `trust()` give
    them, with only the `keep` largest contributions of each (all with None), in event order.

    With `reasons`, the rows' own reasons are not used: the listed moves quote the texts it
    gives for their records (rows read without their texts: a long history's thousands of
    summaries are not read to quote a few hundred)."""
    table = {(k.value, mood): m for (k, mood), m in mass_table(w).items()}
    days = w.half_life_days * _DAY_SECONDS  # age_weight's operations, inlined
    moved: list[EventRow] = []  # the rows with any mass, in event order
    trust_moves: list[tuple[float, int]] = []  # (points, index into `moved`)
    base_moves: list[tuple[float, int]] = []
    friction: dict[int, float] = {}  # per staff member, as `decayed_masses` sums each one's
    exposure: dict[int, float] = {}
    handled: dict[int, int] = {}  # interactions per staff member
    # Both scores in one pass: `_explain`'s sums and differences of `scoring_model`, each
    # score's formula inlined, the same operations in the same order (property-tested); a
    # call per event with its attribute look-ups was a third of the pass.
    trust_prior = trusted = trust_value(0.0, 0.0, w)
    base_prior = based = base_difficulty(0.0, 0.0, w)
    pk, pkb = w.prior_kept, w.prior_kept + w.prior_broken
    neg_k, f0, e0, expm1 = -w.k, w.f0, w.e0, math.expm1
    kept = broken = rubbed = exposed = 0.0
    n = 0
    for row in sorted((r for r in rows if r[0] <= as_of), key=_ORDER):
        m = table.get((row[3], row[5])) or _masses(row, w, table)
        if not any(m):
            continue
        a = float(2.0 ** (-(as_of - row[0]).total_seconds() / days))
        f, e = a * m[2], a * m[3]
        kept += a * m[0]
        broken += a * m[1]
        now = 100.0 * (pk + kept) / (pkb + kept + broken)
        if now != trusted:
            trust_moves.append((now - trusted, n))
        trusted = now
        rubbed += f
        exposed += e
        now = 100.0 * -expm1(neg_k * (rubbed + f0) / (exposed + e0))
        if now != based:
            base_moves.append((now - based, n))
        based = now
        staff = row[4]
        if staff is not None:
            friction[staff] = friction.get(staff, 0.0) + f
            exposure[staff] = exposure.get(staff, 0.0) + e
            handled[staff] = handled.get(staff, 0) + (row[3] == _INTERACTION)
        moved.append(row)
        n += 1
    trust_listed = _listed(trust_moves, keep)
    base_listed = _listed(base_moves, keep)
    quoted: dict[tuple[str, int], str] | None = None
    if reasons is not None:
        quoted = reasons(sorted({moved[n][1:3] for _p, n in (*trust_listed, *base_listed)}))
    trust_result = ScoreResult(
        trusted, trust_prior, _contributions(moved, trust_listed, quoted),
        len(trust_moves) - len(trust_listed),
    )  # fmt: skip
    base = ScoreResult(
        based, base_prior, _contributions(moved, base_listed, quoted),
        len(base_moves) - len(base_listed),
    )  # fmt: skip
    total = min(100.0, base.score + cost_term(cost, w))
    if total != base.score:
        extra = cost_contribution(total - base.score, cost, as_of)
        base = ScoreResult(total, base.prior, (*base.contributions, extra), base.omitted)
    staff_masses = {s: (friction[s], exposure[s], handled[s]) for s in friction}
    return LeanScores(base, trust_result, staff_masses)


def _listed(moves: list[tuple[float, int]], keep: int | None) -> list[tuple[float, int]]:
    """The moves listed: all, or the `keep` largest by size (the earlier of equal ones first),
    in event order."""
    if keep is None or len(moves) <= keep:
        return moves
    top = heapq.nsmallest(keep, [(-abs(points), n, points) for points, n in moves])
    return [(points, n) for _size, n, points in sorted(top, key=itemgetter(1))]


def _contributions(
    moved: Sequence[EventRow],
    listed: list[tuple[float, int]],
    quoted: dict[tuple[str, int], str] | None,
) -> tuple[Contribution, ...]:
    return tuple(_contribution(moved[n], points, quoted) for points, n in listed)


def _contribution(
    row: EventRow, points: float, quoted: dict[tuple[str, int], str] | None
) -> Contribution:
    at, ref_kind, ref_id, kind, *_, reason = row
    if quoted is not None:
        reason = quoted.get((ref_kind, ref_id), "")
    label = short_reason(reason) or LABELS[ScoreEventKind(kind)]
    return Contribution(points, kind, ref_kind, ref_id, at, label)
