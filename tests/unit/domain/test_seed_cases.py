"""docs/facts.md §9, the seed cases worked: every figure and sentence there, recomputed here."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from crmnote.domain import entities as e
from crmnote.domain.dossier import build_dossier
from crmnote.domain.evidence import Evidence
from crmnote.domain.judgments import suggest_judgment
from crmnote.domain.letters import decline_message
from crmnote.domain.money import home_amount, totals
from crmnote.domain.recommendation import Action, Handler, recommend
from crmnote.domain.scoring import (
    CostToServe,
    ScoreEvent,
    ScoreEventKind,
    Weights,
    difficulty,
    events_from,
    team_masses,
    team_outliers,
    trust,
)
from crmnote.domain.types import (
    Category,
    ClaimCategory,
    ClaimId,
    CustomerId,
    Judgment,
    PromiseId,
    PromiseStatus,
    RequestId,
    RequestKind,
    StandardId,
    TargetUnit,
    Verdict,
)

DOC = " ".join((Path(__file__).parents[3] / "docs" / "facts.md").read_text("utf-8").split())
W = Weights.default()
C = CustomerId(1)


def quoted(text: str) -> bool:
    """Whether the page says `text` (line breaks and indentation aside)."""
    return " ".join(text.split()) in DOC


def tables(**values: object) -> e.Promise:
    base = e.Promise(
        id=PromiseId(1),
        customer_id=C,
        text="Deliver 12 tables",
        category=Category.QUANTITY,
        made_at=datetime(2026, 3, 2, 10),
        due=date(2026, 3, 13),
        quantity=12.0,
        unit="tables",
        status=PromiseStatus.KEPT,
        resolved_at=datetime(2026, 3, 12, 15),
        evidence="delivery note 88: 10 tables (2 backordered)",
        delivered_quantity=10.0,
    )
    return dataclasses.replace(base, **values)  # type: ignore[arg-type]


MISSING = e.Claim(
    id=ClaimId(1),
    customer_id=C,
    raised_at=datetime(2026, 3, 16, 9),
    category=ClaimCategory.QUANTITY,
    text="2 tables missing",
    promise_id=PromiseId(1),
)


def test_case_1_two_tables_missing() -> None:
    d = build_dossier(MISSING, tables(), [], [], date(2026, 3, 20))
    assert d.suggested.verdict is Verdict.SUBSTANTIATED
    assert quoted(f'Suggested **substantiated**: "{d.suggested.reasons[0]}"')
    fill = e.Standard(
        id=StandardId(1),
        series_id=1,
        name="Order fill",
        category=Category.QUANTITY,
        target_value=80.0,
        target_unit=TargetUnit.PERCENT,
        valid_from=date(2026, 1, 1),
    )
    d = build_dossier(MISSING, tables(), [fill], [], date(2026, 3, 20))
    assert d.suggested.verdict is Verdict.PARTLY
    assert quoted(f'**partly**, adding "{d.suggested.reasons[1]}"')
    bare = tables(quantity=None, unit="", delivered_quantity=None)
    d = build_dossier(MISSING, bare, [], [], date(2026, 3, 20))
    assert d.suggested.verdict is Verdict.UNDETERMINABLE
    assert quoted(f'**undeterminable**, "{d.suggested.reasons[0]}"')


def test_case_3_cost_without_income_is_declined_courteously() -> None:
    start = datetime(2026, 2, 2, 9)
    calls = [
        ScoreEvent(
            ScoreEventKind.INTERACTION, start + timedelta(days=7 * k), "interaction", k, 1, -2
        )
        for k in range(8)
    ]
    as_of = datetime(2026, 3, 31)
    cost = CostToServe(8 * 30 / 60 * 60.0, Decimal(0))
    d = difficulty(calls, as_of, W, cost)
    t = trust(calls, as_of, W)
    base = d.score - d.contributions[-1].points
    assert quoted(f"difficulty is **{d.score:.2f}** ({base:.2f} from the calls")
    assert quoted(
        f"+{d.contributions[-1].points:.2f} for cost without income), trust {t.score:.2f}"
    )
    known = Evidence(events=len(calls), days=(as_of - start).days, sales=0)
    assert quoted(f"{known.events} scored events over {known.days} days")
    advice = recommend(d.score, t.score, cost.ratio, None, 0, evidence=known)
    assert advice.action is Action.DECLINE
    assert quoted(" / ".join(f'"{r}"' for r in advice.reasons).strip('"'))
    letter = decline_message(
        "Petra Petersen", "Acme Repairs", "we cannot offer the response times your work needs"
    )
    assert quoted(letter)


def test_case_4_a_staff_member_is_an_outlier_across_the_team() -> None:
    as_of = datetime(2026, 3, 31)

    def calls(staff: int, n: int, mood: int, first: int) -> list[ScoreEvent]:
        return [
            ScoreEvent(
                ScoreEventKind.INTERACTION,
                as_of - timedelta(days=1 + 2 * k),
                "interaction",
                first + k,
                staff,
                mood,
            )
            for k in range(n)
        ]

    events = calls(3, 12, -2, 100) + calls(1, 15, 0, 200) + calls(2, 15, 0, 300)
    lines = {line.staff_id: line for line in team_outliers(team_masses(events, as_of, W), W)}
    dana, alex = lines[3], lines[1]
    assert dana.flagged and not alex.flagged and not lines[2].flagged
    assert quoted(f"Dana **{dana.difficulty:.2f}** against **{dana.rest_difficulty:.2f}**")
    assert quoted(f"Alex and Sam: {alex.difficulty:.2f} against {alex.rest_difficulty:.2f}")
    advice = recommend(55.0, 60.0, 0.5, None, 0, handler=Handler(3, "Dana", dana))
    assert advice.action is Action.FIX_OUR_SIDE
    assert quoted(" / ".join(f'"{r}"' for r in advice.reasons).strip('"'))


def test_case_5_a_yen_sale_counts_at_its_home_value() -> None:
    sale = e.Money(
        customer_id=C, at=date(2026, 3, 2), amount=Decimal(100000), currency="JPY",
        rate=Decimal("0.0062"),
    )  # fmt: skip
    assert home_amount(sale) == totals([sale]).revenue == Decimal("620.00")
    assert quoted("A sale of 100,000 JPY at a rate of 0.0062 EUR is **620.00 EUR** of revenue")


def test_case_6_an_open_promise_past_due_weighs_on_trust() -> None:
    invoice = e.Promise(
        id=PromiseId(2),
        customer_id=C,
        text="Send the corrected invoice",
        made_at=datetime(2026, 2, 2, 9),
        due=date(2026, 2, 16),
    )

    def at(day: date) -> tuple[float, list[float]]:
        result = trust(events_from(invoice), datetime.combine(day, time(12)), W)
        return result.score, [c.points for c in result.contributions]

    assert at(date(2026, 2, 23)) == (50.0, [])
    first, (moved,) = at(date(2026, 2, 24))
    later, _ = at(date(2026, 3, 18))
    assert quoted(f"from 2026-02-24 it is **{first:.2f}** (`promise_overdue`, −{-moved:.2f}")
    assert quoted(f"decaying to **{later:.2f}** by 2026-03-18")


def test_case_7_requests_are_judged_against_the_standard() -> None:
    delivery = e.Standard(
        id=StandardId(1),
        series_id=1,
        name="Delivery time",
        category=Category.SPEED,
        target_value=3.0,
        target_unit=TargetUnit.WORKING_DAYS,
        valid_from=date(2026, 1, 1),
    )
    raised = datetime(2026, 3, 2, 10)

    def judged(**values: object) -> tuple[Judgment, str]:
        r = e.Request(id=RequestId(9), customer_id=C, raised_at=raised, text="x", **values)  # type: ignore[arg-type]
        earlier = [
            e.Request(
                id=RequestId(n),
                customer_id=C,
                raised_at=raised - timedelta(days=30 * n),
                text="lower the fee",
                kind=RequestKind.RENEGOTIATION,
            )
            for n in (1, 2)
        ]
        found = suggest_judgment(r, [delivery], earlier)
        return found.judgment, " ".join(found.reasons)

    days = {"unit": "working days"}
    assert judged(quantity=3.0, **days)[0] is Judgment.WITHIN_STANDARD
    found, why = judged(quantity=2.0, **days)
    assert found is Judgment.CHARGEABLE_EXTRA and "beyond it, but within 2 times it" in why
    found, why = judged(quantity=1.0, **days)
    assert found is Judgment.UNREASONABLE and "more than 2 times as demanding" in why
    found, why = judged(kind=RequestKind.EXTRA)
    assert found is Judgment.CHARGEABLE_EXTRA and "offer it at a price" in why
    assert judged(kind=RequestKind.RENEGOTIATION)[0] is Judgment.UNREASONABLE
    extra = '**chargeable extra** ("beyond it, but within 2 times it, so an extra to charge for")'
    too_much = '**unreasonable** ("more than 2 times as demanding")'
    for words in (extra, too_much):
        assert quoted(words), words
