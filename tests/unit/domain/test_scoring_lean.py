"""The one-pass explanation over event rows equals the full explanation, bit for bit."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.domain.scoring import (
    CostToServe,
    ScoreEvent,
    ScoreEventKind,
    Weights,
    difficulty,
    friction_concentration,
    trust,
)
from crmnote.domain.scoring_events import record_order, short_reason, sort_key
from crmnote.domain.scoring_lean import explain_rows, interaction_row, row_of
from crmnote.domain.scoring_staff import concentration_of

E = ScoreEventKind
T0 = datetime(2024, 1, 1, 9, 0)
PROPS = settings(max_examples=150, deadline=None)

times = st.integers(0, 3 * 365 * 24 * 60).map(lambda m: T0 + timedelta(minutes=m))
REF = {
    E.INTERACTION: "interaction",
    E.RETURN: "money",
    E.COMPLAINT: "feedback",
    E.PRAISE: "feedback",
}


@st.composite
def events(draw: st.DrawFn) -> ScoreEvent:
    kind = draw(st.sampled_from(E))
    resolved = kind is E.CLAIM_RESOLVED
    ref = REF.get(kind) or kind.value.split("_")[0]
    return ScoreEvent(
        kind,
        draw(times),
        ref,
        draw(st.integers(1, 60)),
        staff_id=draw(st.none() | st.integers(1, 4)),
        mood=draw(st.none() | st.integers(-2, 2)) if kind is E.INTERACTION else None,
        resolution_days=draw(st.floats(0, 30)) if resolved else None,
        # as events_from gives it: the record's text on one line, shortened
        reason=short_reason(draw(st.sampled_from(["", "Called  about\nthe order", "x" * 130]))),
        verdict=draw(st.sampled_from(["substantiated", "partly", "none"])) if resolved else None,
        resolution=draw(st.sampled_from([None, "refund", "none"])) if resolved else None,
    )


# One record has at most one event of each kind (scoring_events.events_from).
histories = st.lists(events(), max_size=60, unique_by=lambda ev: (ev.ref_kind, ev.ref_id, ev.kind))
weights = st.builds(
    Weights,
    half_life_days=st.floats(1, 1000),
    broken_penalty=st.floats(1.01, 5),
    friction_hostile=st.floats(0, 3),
    e0=st.floats(0.5, 50),
    staff_min_interactions=st.integers(1, 6),
    staff_margin=st.floats(0, 30),
)
costs = st.none() | st.builds(CostToServe, st.floats(0, 1e4), st.floats(0, 1e4))


def rows(history: list[ScoreEvent]) -> list:  # type: ignore[type-arg]
    """Interactions as the storage reads them (raw summary), the others from their events."""
    out = []
    for ev in history:
        if ev.kind is E.INTERACTION:
            out.append(interaction_row(ev.ref_id, ev.at, ev.staff_id, ev.mood, ev.reason))
        else:
            out.append(row_of(ev))
    return out


@PROPS
@given(histories, st.integers(-400, 400), weights, costs, st.randoms(use_true_random=False))
def test_lean_explanation_equals_the_full_one(
    history: list[ScoreEvent], days: int, w: Weights, cost: CostToServe | None, rnd: random.Random
) -> None:
    as_of = max((ev.at for ev in history), default=T0) + timedelta(days=days)
    got = explain_rows(rnd.sample(rows(history), len(history)), as_of, w, cost)
    assert got.difficulty == difficulty(history, as_of, w, cost)
    assert got.trust == trust(history, as_of, w)
    assert got.difficulty.omitted == got.trust.omitted == 0
    assert concentration_of(got.staff, w) == friction_concentration(history, as_of, w)


@PROPS
@given(histories, weights, costs, st.integers(0, 10))
def test_keeping_the_largest_moves_counts_the_rest(
    history: list[ScoreEvent], w: Weights, cost: CostToServe | None, keep: int
) -> None:
    as_of = max((ev.at for ev in history), default=T0)
    full = explain_rows(rows(history), as_of, w, cost)
    kept = explain_rows(rows(history), as_of, w, cost, keep)
    for short, whole in ((kept.difficulty, full.difficulty), (kept.trust, full.trust)):
        assert short.score == whole.score and short.prior == whole.prior
        assert short.moves == whole.moves
        assert set(short.contributions) <= set(whole.contributions)
        events_only = [c for c in short.contributions if c.kind != "cost_to_serve"]
        assert len(events_only) == min(keep, len([c for c in whole.contributions
                                                  if c.kind != "cost_to_serve"]))  # fmt: skip
        # nothing left out moved the score more than what was kept
        left = set(whole.contributions) - set(short.contributions)
        smallest = min((abs(c.points) for c in events_only), default=float("inf"))
        assert all(abs(c.points) <= smallest for c in left)
        # kept in event order, as the full explanation lists them
        order = {c: n for n, c in enumerate(whole.contributions)}
        assert [order[c] for c in short.contributions] == sorted(
            order[c] for c in short.contributions
        )


_TEXTS = ["", "Called  about\nthe order", "x" * 130, "  Angry\n"]


@PROPS
@given(histories, weights, costs, st.none() | st.integers(0, 10), st.randoms(use_true_random=False))
def test_rows_read_without_texts_quote_the_texts_of_the_moves_listed(
    history: list[ScoreEvent],
    w: Weights,
    cost: CostToServe | None,
    keep: int | None,
    rnd: random.Random,
) -> None:
    """The customer page reads the records without their texts and then the texts of the moves
    it lists: the same explanation as rows read with their texts."""
    texts: dict[tuple[str, int], str] = {}  # one text per record, as the database holds it
    for ev in history:
        texts.setdefault((ev.ref_kind, ev.ref_id), rnd.choice(_TEXTS))
    history = [replace(ev, reason=short_reason(texts[ev.ref_kind, ev.ref_id])) for ev in history]
    as_of = max((ev.at for ev in history), default=T0)
    asked: list[list[tuple[str, int]]] = []

    def reasons(refs: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
        asked.append(refs)
        return {ref: texts[ref] for ref in refs}

    blank = [(*row[:9], "") for row in rows(history)]
    got = explain_rows(blank, as_of, w, cost, keep, reasons)
    want = explain_rows(rows(history), as_of, w, cost, keep)
    assert got == want
    assert len(asked) == 1
    listed = {(c.ref_kind, c.id) for r in (got.difficulty, got.trust)
              for c in r.contributions if c.kind != "cost_to_serve"}  # fmt: skip
    assert set(asked[0]) == listed


def test_an_interaction_row_reads_like_its_event() -> None:
    w = Weights.default()
    ev = ScoreEvent(E.INTERACTION, T0, "interaction", 7, staff_id=2, mood=-2, reason="Angry")
    raw = interaction_row(7, T0, 2, -2, "  Angry\n")
    lean = explain_rows([raw], T0, w)
    assert lean.difficulty == difficulty([ev], T0, w)
    assert lean.difficulty.contributions[0].reason == "Angry"
    assert lean.staff == {2: (1.0, 1.0, 1)}


@PROPS
@given(histories, st.randoms(use_true_random=False))
def test_record_order_sorts_as_sort_key(history: list[ScoreEvent], rnd: random.Random) -> None:
    shuffled = rnd.sample(history, len(history))
    assert sorted(shuffled, key=record_order) == sorted(shuffled, key=sort_key)
