"""A customer's whole score history in one pass over compact event rows.

Rebuilding the history (after a change of the weights, an import, a back-dated record) used to
advance a `ScoreState` object per event and ask it for both scores: 1.47 million states,
history points and score calls for the 100,000-customer book. Here an event is a plain tuple
with its undecayed masses, and the running masses are local numbers; the decay, the sums and
both formulas are the same operations in the same order as `ScoreState.advance` followed by
`ScoreState.scores(event time)`, so every point is the same to the last bit (property-tested
against `ScoreState` in tests/unit/domain/test_scoring_replay.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal

from crmnote.domain.scoring_events import ScoreEvent, ScoreEventKind
from crmnote.domain.scoring_model import event_masses, mass_table
from crmnote.domain.scoring_state import ScoreState
from crmnote.domain.scoring_weights import Weights

_DAY_SECONDS = 86400.0  # as scoring_model.age_weight
Masses4 = tuple[float, float, float, float]
# (at, ref_kind, ref_id, kind, masses): one record has at most one event of each kind, so the
# first four fields alone order the rows as `record_order` orders events (a plain sort).
ReplayRow = tuple[datetime, str, int, str, Masses4]
# A point of the history: (at, difficulty, trust, cause kind, cause id).
Point = tuple[datetime, float, float, str, int]
# A change of cost to serve: (at, minutes added, revenue added).
Step = tuple[datetime, int, Decimal]
# The cost term for (minutes, revenue, sales) so far: `cost_term(priced(…))`.
Term = Callable[[int, Decimal, int], float]


def masses_table(w: Weights) -> dict[tuple[str, int | None], Masses4]:
    """`mass_table` keyed by the kind's text (rows carry text, not the enum)."""
    return {(k.value, mood): m for (k, mood), m in mass_table(w).items()}  # type: ignore[misc]


def replay_row(
    ev: ScoreEvent, w: Weights, table: dict[tuple[str, int | None], Masses4]
) -> ReplayRow:
    """An event as a replay row, with its masses."""
    masses = table.get((ev.kind.value, ev.mood))
    if masses is None:
        m = event_masses(ev, w)
        masses = (m.kept, m.broken, m.friction, m.exposure)
    return (ev.at, ev.ref_kind, ev.ref_id, ev.kind.value, masses)


def interaction_masses(
    mood: int | None, w: Weights, table: dict[tuple[str, int | None], Masses4]
) -> Masses4:
    """An interaction's masses; a mood out of range raises as `ScoreEvent` does."""
    found = table.get((ScoreEventKind.INTERACTION.value, mood))
    if found is not None:
        return found
    ev = ScoreEvent(ScoreEventKind.INTERACTION, datetime(1970, 1, 1), "interaction", 0, mood=mood)
    m = event_masses(ev, w)
    return (m.kept, m.broken, m.friction, m.exposure)


def replay(
    rows: Sequence[ReplayRow],
    w: Weights,
    steps: Sequence[Step],
    term: Term,
    points: list[Point],
) -> tuple[ScoreState, int, Decimal, int]:
    """Append a point per row (rows sorted, steps in time order) to `points`; return the last
    state and the minutes, revenue and sales of every step.

    Each point's difficulty carries the cost term of the steps up to its time, as the
    history has always shown it.
    """
    hl = w.half_life_days * _DAY_SECONDS
    pk, pkb = w.prior_kept, w.prior_kept + w.prior_broken
    neg_k, f0, e0 = -w.k, w.f0, w.e0
    expm1 = math.expm1
    kept = broken = friction = exposure = 0.0
    last: datetime | None = None
    minutes, income, sales, i, n = 0, Decimal(0), 0, 0, len(steps)
    cost = term(minutes, income, sales)
    append = points.append
    for at, ref_kind, ref_id, _kind, (mk, mb, mf, me) in rows:
        if i < n and steps[i][0] <= at:
            while i < n and steps[i][0] <= at:
                minutes, income, i = minutes + steps[i][1], income + steps[i][2], i + 1
                sales += steps[i - 1][2] > 0
            cost = term(minutes, income, sales)
        # ScoreState.advance: decay to the event's time (1.0 at the same time), then add it.
        old = 1.0 if last is None else 2.0 ** (-(at - last).total_seconds() / hl)  # a float
        kept = kept * old + mk * 1.0
        broken = broken * old + mb * 1.0
        friction = friction * old + mf * 1.0
        exposure = exposure * old + me * 1.0
        last = at
        # ScoreState.scores(at): the masses decayed by 1.0, then difficulty_value, trust_value.
        base = 100.0 * -expm1(neg_k * (friction + f0) / (exposure + e0))
        trust = 100.0 * (pk + kept) / (pkb + kept + broken)
        d = base + cost  # min(100.0, d): the same value, without the call
        append((at, d if d < 100.0 else 100.0, trust, ref_kind, ref_id))
    for _, m, r in steps[i:]:
        minutes, income, sales = minutes + m, income + r, sales + (r > 0)
    return ScoreState(last, kept, broken, friction, exposure), minutes, income, sales
