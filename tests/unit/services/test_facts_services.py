"""Dossier, standards, insights, cost to serve and follow-ups over a real database."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from crmnote.bootstrap import OpenDatabase
from crmnote.domain.errors import NotFoundError, ValidationError
from crmnote.domain.types import (
    Category,
    ClaimCategory,
    FeedbackKind,
    Judgment,
    MoneyKind,
    PromiseStatus,
    TargetUnit,
    Verdict,
)
from crmnote.services.cost import CostService
from crmnote.services.dossier import DossierService
from crmnote.services.followups import FollowUpService
from crmnote.services.insights import InsightsService
from crmnote.services.records import RecordService
from crmnote.services.standards import StandardsService
from crmnote.storage.engine import make_sessionmaker
from tests.conftest import TickingClock


class Facts:
    def __init__(self, opened: OpenDatabase, clock: TickingClock) -> None:
        sessions = make_sessionmaker(opened.engine)
        self.records = RecordService(sessions, clock)
        self.dossier = DossierService(sessions, clock)
        self.standards = StandardsService(sessions, clock)
        self.insights = InsightsService(sessions, clock)
        self.cost = CostService(sessions, clock)
        self.followups = FollowUpService(sessions, clock)

    def add(self, what: str, customer: int | None = None, **values: Any) -> int:
        record, _ = self.records.add(what, values, customer)
        return int(record.id)


@pytest.fixture
def facts(opened: OpenDatabase, clock: TickingClock) -> Facts:
    return Facts(opened, clock)


def speed_standard(facts: Facts) -> int:
    return facts.add(
        "standard",
        name="Delivery time",
        category=Category.SPEED,
        target_value=3.0,
        target_unit=TargetUnit.WORKING_DAYS,
        valid_from=date(2026, 1, 1),
    )


def test_dossier_puts_the_facts_side_by_side(facts: Facts) -> None:
    standard = speed_standard(facts)
    c = facts.add("customer", name="Fjord Bikes AS")
    call = facts.add("interaction", c, summary="ordered helmets", at=datetime(2026, 11, 2, 9))
    far = facts.add("interaction", c, summary="last year", at=datetime(2025, 1, 2, 9))
    p = facts.add(
        "promise", c, text="deliver 20 helmets", category=Category.SPEED,
        made_at=datetime(2026, 11, 2, 9, 30), due=date(2026, 11, 5), interaction_id=call,
    )  # fmt: skip
    facts.records.update(
        "promise", p, {"status": PromiseStatus.KEPT, "resolved_at": datetime(2026, 11, 9, 15)}
    )
    claim = facts.add("claim", c, text="late", category=ClaimCategory.SPEED, promise_id=p)
    d = facts.dossier.claim(claim)
    assert d.customer_name == "Fjord Bikes AS" and d.promise is not None
    assert d.standard is not None and d.standard.id == standard
    assert d.timing is not None and d.timing.late_days == 4 and d.timing.beyond_target
    assert d.suggested.verdict is Verdict.SUBSTANTIATED
    assert [i.id for i in d.interactions] == [call] and far not in [i.id for i in d.interactions]
    assert d.staff_name(d.promise.made_by)


def test_revise_creates_a_new_version_and_never_rewrites(facts: Facts) -> None:
    first = speed_standard(facts)
    new, changes = facts.standards.revise(first, {"target_value": 2.0}, date(2026, 6, 1))
    old = facts.records.get("standard", first)
    assert old.valid_until == date(2026, 5, 31) and old.target_value == 3.0
    assert new.series_id == old.series_id and new.valid_from == date(2026, 6, 1)
    assert ("standard", new.id) in changes.created
    # The generic `set` is routed to a revision too.
    latest, _ = facts.records.update(
        "standard", new.id, {"name": "Delivery", "valid_from": date(2026, 9, 1)}
    )
    assert latest.id not in (first, new.id) and latest.name == "Delivery"
    assert [s.id for s in facts.standards.versions(old.series_id)] == [first, new.id, latest.id]
    assert facts.standards.in_force(date(2026, 7, 1))[0].id == new.id
    with pytest.raises(ValidationError):
        facts.standards.revise(first, {"target_value": 1.0}, date(2026, 7, 1))


def test_a_weaker_promise_is_saved_and_flagged(facts: Facts) -> None:
    speed_standard(facts)
    c = facts.add("customer", name="Ann")
    ok = facts.add("promise", c, text="ship", category=Category.SPEED,
                   made_at=datetime(2026, 11, 2, 9), due=date(2026, 11, 5))  # fmt: skip
    weak = facts.add("promise", c, text="ship", category=Category.SPEED,
                     made_at=datetime(2026, 11, 2, 9), due=date(2026, 11, 9))  # fmt: skip
    assert facts.standards.promise_warnings(ok) == ()
    (warning,) = facts.standards.promise_warnings(weak)
    assert "allows 5 working days" in warning.message and facts.records.get("promise", weak)


def test_standards_report_and_request_context(facts: Facts) -> None:
    s = speed_standard(facts)
    c = facts.add("customer", name="Ann")
    for status in (PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.OPEN):
        p = facts.add("promise", c, text="x", standard_id=s, made_at=datetime(2026, 11, 2, 9))
        if status is not PromiseStatus.OPEN:
            facts.records.update("promise", p, {"status": status})
    facts.add("claim", c, text="late", promise_id=p)
    (row,) = facts.standards.report()
    assert (row.promises, row.kept, row.broken, row.open, row.claims) == (3, 1, 1, 1, 1)
    r = facts.add("request", c, text="weekend delivery", standard_id=s)
    context = facts.standards.for_request(r)
    assert context.linked is not None and context.linked.id == s and context.standards


def test_insights_board_groups_counts_and_promotes(facts: Facts) -> None:
    ids = [facts.add("customer", name=n) for n in ("Ann", "Bob", "Cy")]
    for n, c in enumerate(ids):
        facts.add("feedback", c, text="slow", kind=FeedbackKind.COMPLAINT, theme="Delivery ",
                  at=datetime(2026, 9 + n, 1))  # fmt: skip
        facts.add("request", c, text=f"Free shipping on small orders! {n}")
    facts.add("feedback", ids[0], text="nice", kind=FeedbackKind.PRAISE, theme="delivery")
    board = {t.key: t for t in facts.insights.board()}
    delivery = board["feedback:delivery"]
    assert (delivery.complaints, delivery.customers) == (3, 3)
    assert delivery.months == (("2026-09", 1), ("2026-10", 1), ("2026-11", 1))
    shipping = board["request:free shipping small orders"]
    assert shipping.requests == 3 and shipping.reasonable == 0 and shipping.promotable
    insight, _ = facts.insights.promote(shipping.key, "offer it")
    acted, _ = facts.insights.mark_acted(shipping.key, "free over 50 EUR")
    assert acted.acted_at is not None and facts.insights.insights()[0].key == insight.key
    lone = facts.add("request", ids[0], text="gift wrapping")
    with pytest.raises(ValidationError):
        facts.insights.promote_request(lone)
    facts.records.update("request", lone, {"judgment": Judgment.CHARGEABLE_EXTRA})
    facts.insights.promote_request(lone)
    assert facts.records.get("request", lone).insight
    assert facts.insights.customers("feedback:delivery")[0][2] == 1


def test_the_customers_behind_a_theme_are_those_the_board_counts(facts: Facts) -> None:
    """Themes spelt in several ways, texts that key alike, praise and unreasonable requests
    left out; most first, then by id; the counts add up to the board's."""
    ann, bob, cy = (facts.add("customer", name=n) for n in ("Ann", "Bob", "Cy"))
    for c, theme in ((ann, "Delivery"), (bob, " délivery "), (bob, "DELIVERY"), (cy, "price")):
        facts.add("feedback", c, text="late", kind=FeedbackKind.COMPLAINT, theme=theme)
    facts.add("feedback", cy, text="fast", kind=FeedbackKind.PRAISE, theme="delivery")
    for c, text in (
        (cy, "Weekend delivery, please"),
        (ann, "weekend delivery"),
        (cy, "WEEKEND delivery!"),
    ):
        facts.add("request", c, text=text)
    late = facts.add("request", bob, text="weekend delivery")
    facts.records.update("request", late, {"judgment": Judgment.UNREASONABLE})
    board = {t.key: t for t in facts.insights.board()}
    assert facts.insights.customers("feedback:delivery") == [(bob, "Bob", 2), (ann, "Ann", 1)]
    assert board["feedback:delivery"].customers == 2 and board["feedback:delivery"].complaints == 3
    assert board["feedback:delivery"].label == "delivery"  # the most usual, lower case, trimmed
    weekend = facts.insights.customers("request:weekend delivery")
    assert weekend == [(cy, "Cy", 2), (ann, "Ann", 1)]
    assert board["request:weekend delivery"].requests == sum(n for _, _, n in weekend)
    assert facts.insights.customers("request:nothing like it") == []


def test_the_board_read_a_few_rows_at_a_time_is_the_same(
    facts: Facts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The board counts rows as the database hands them over, a batch at a time."""
    from crmnote.storage import insight_queries

    ids = [facts.add("customer", name=f"C{n}") for n in range(5)]
    for n, c in enumerate(ids):
        for month in range(1, 4):
            facts.add("feedback", c, text="x", kind=FeedbackKind.COMPLAINT,
                      theme=("price", "Delivery")[n % 2], at=datetime(2026, month, 2))  # fmt: skip
        facts.add("request", c, text=("weekend delivery", "Gift wrap")[n % 2])
    whole = facts.insights.board()
    monkeypatch.setattr(insight_queries, "_BATCH", 2)
    assert facts.insights.board() == whole
    assert sum(t.complaints for t in whole) == 15 and sum(t.requests for t in whole) == 5
    assert {t.key: t.customers for t in whole}["feedback:price"] == 3


def test_cost_to_serve_per_customer_and_ranking(facts: Facts) -> None:
    a = facts.add("customer", name="Ann")
    b = facts.add("customer", name="Bob")
    facts.add("interaction", a, minutes=60, at=datetime(2026, 10, 3, 9))
    facts.add("effort", a, minutes=30, at=datetime(2026, 11, 3, 9))
    facts.add("money", a, kind=MoneyKind.SALE, amount=Decimal("100.00"), at=date(2026, 10, 3))
    facts.add("money", a, kind=MoneyKind.REFUND, amount=Decimal("10.00"), at=date(2026, 11, 3))
    facts.add("interaction", b, minutes=120, at=datetime(2026, 10, 3, 9))
    cost = facts.cost.customer(a)
    assert cost.cost == pytest.approx(90.0) and cost.revenue == Decimal("90.00")
    assert cost.ratio == pytest.approx(1.0)
    assert [m.month for m in cost.months] == ["2026-10", "2026-11"]
    assert facts.cost.customer(a, start=date(2026, 11, 1)).revenue == Decimal("-10.00")
    with pytest.raises(NotFoundError):  # checked with one narrow read, not the whole customer
        facts.cost.customer(b + 1000)
    ranked = facts.cost.ranking()
    assert [r.customer_id for r in ranked] == [b, a] and ranked[0].ratio is None
    assert (
        ranked[1].ratio == pytest.approx(1.0)
        and facts.cost.ranking(offset=1, limit=1)[0].name == "Ann"
    )


def test_follow_ups(facts: Facts) -> None:
    c = facts.add("customer", name="Ann")
    facts.add("promise", c, text="late one", due=date(2026, 10, 30), made_at=datetime(2026, 10, 1))
    facts.add("promise", c, text="soon", due=date(2026, 11, 4))
    facts.add("claim", c, text="old", raised_at=datetime(2026, 10, 1, 9))
    facts.add("claim", c, text="new")
    facts.add("request", c, text="more")
    f = facts.followups.list(today=date(2026, 11, 2))
    assert [(x.text, x.days) for x in f.overdue] == [("late one", 3)]
    assert [(x.text, x.days) for x in f.due_soon] == [("soon", 2)]
    assert [x.text for x in f.stale_claims] == ["old"] and f.stale_claims[0].days == 32
    assert [x.text for x in f.awaiting_judgment] == ["more"] and len(f) == 4
