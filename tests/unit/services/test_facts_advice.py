"""Advice, money and scores for every seed case, through the services the GUI and CLI use."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from crmnote.domain import settings as declared
from crmnote.domain.errors import ValidationError
from crmnote.domain.recommendation import Action
from crmnote.domain.types import (
    Channel,
    CustomerId,
    CustomerStatus,
    DecisionAction,
    Judgment,
    PromiseStatus,
    RequestKind,
    Verdict,
)
from crmnote.services.book_services import Services
from crmnote.services.changes import Changes
from tests.conftest import TickingClock


def customer(services: Services, name: str = "Fjord Bikes AS") -> CustomerId:
    record, _ = services.records.add("customer", {"name": name})
    return CustomerId(record.id)


def listed_trust(services: Services, cid: int) -> float:
    row = next(r for r in services.customers.summaries() if r.id == cid)
    assert row.trust is not None
    return row.trust


# -- money in several currencies --------------------------------------------------------------


def test_a_yen_sale_counts_at_its_home_value_not_its_face_value(services: Services) -> None:
    cid = customer(services)
    services.records.add("interaction", {"minutes": 60, "channel": Channel.MEETING}, cid)
    with pytest.raises(ValidationError) as caught:
        services.records.add("money", {"amount": Decimal(100000), "currency": "JPY"}, cid)
    assert caught.value.field == "rate"
    sale, _ = services.records.add(
        "money", {"amount": Decimal(100000), "currency": "jpy", "rate": Decimal("0.0062")}, cid
    )
    assert (sale.currency, sale.rate) == ("JPY", Decimal("0.0062"))
    scores = services.scores.explain(cid)
    assert scores.cost.revenue == Decimal("620.00")
    assert services.cost.customer(cid).revenue == Decimal("620.00")
    services.settings.set(declared.EXCHANGE_RATES, {"USD": "0.9"})
    usd, _ = services.records.add("money", {"amount": Decimal(10), "currency": "USD"}, cid)
    assert usd.rate == Decimal("0.9")
    assert services.scores.explain(cid).cost.revenue == Decimal("629.00")
    eur, _ = services.records.add("money", {"amount": Decimal(5)}, cid)
    assert (eur.currency, eur.rate) == ("EUR", Decimal(1))


def test_the_home_currency_cannot_change_under_money_in_another(services: Services) -> None:
    cid = customer(services)
    services.records.add("money", {"amount": Decimal(5)}, cid)
    with pytest.raises(ValidationError) as caught:
        services.settings.set(declared.CURRENCY, "NOK")
    assert "holds money in EUR" in caught.value.message
    services.settings.set(declared.CURRENCY, "eur")  # the same one: fine
    with pytest.raises(ValidationError):
        services.settings.set(declared.EXCHANGE_RATES, {"NOK": "free"})
    with pytest.raises(ValidationError) as caught:
        services.settings.set(declared.COUNTRY, "Atlantis")
    assert caught.value.field == "country"
    services.settings.set(declared.COUNTRY, "de")
    assert services.settings.get(declared.COUNTRY) == "DE"


# -- cost without income and the letters ------------------------------------------------------


def test_four_hours_of_abuse_and_no_sales_is_cost_without_income(
    services: Services, clock: TickingClock
) -> None:
    cid = customer(services, "Prospect Petersen")
    for week in range(8):  # weekly: enough history to advise on (domain/evidence.py)
        at = clock.current - timedelta(days=7 * (8 - week))
        services.records.add("interaction", {"minutes": 30, "mood": -2, "at": at}, cid)
    scores = services.scores.explain(cid)
    assert scores.hours == 4.0 and scores.cost_without_income
    assert scores.recommendation.action is Action.DECLINE
    assert "no revenue" in " ".join(scores.recommendation.reasons)
    assert any(c.kind == "cost_to_serve" for c in scores.difficulty.contributions)


def test_a_short_first_call_with_a_prospect_is_not_judged_on_money(services: Services) -> None:
    cid = customer(services, "New Prospect")
    services.records.add("interaction", {"minutes": 15, "mood": 0}, cid)
    scores = services.scores.explain(cid)
    assert scores.prospect and not scores.cost_without_income
    assert not any(c.kind == "cost_to_serve" for c in scores.difficulty.contributions)
    assert scores.recommendation.action is Action.TOO_EARLY  # one call: nothing to judge yet


def test_refer_and_decline_draft_their_letter_and_set_the_status(services: Services) -> None:
    services.settings.set(declared.BUSINESS_NAME, "Acme Repairs")
    cid = customer(services, "Ann Smith")
    decision, changes = services.decisions.decide(
        cid,
        {"action": DecisionAction.REFER, "reason": "needs weekend work", "referral_to": "Bolt"},
        why="your project needs weekend support",
    )
    assert decision.message.startswith("Dear Ann Smith,")
    assert "Bolt is better placed" in decision.message
    assert services.records.get("customer", cid).status is CustomerStatus.REFERRED
    assert changes.touches("decision", "customer")
    other = customer(services, "Bo Jensen")
    declined, _ = services.decisions.decide(other, {"action": "decline"})
    assert "not to take on further work" in declined.message
    assert services.records.get("customer", other).status is CustomerStatus.DECLINED
    with pytest.raises(ValidationError) as caught:
        services.decisions.decide(other, {"action": "refer"})
    assert caught.value.field == "referral_to"
    kept, _ = services.decisions.decide(other, {"action": "keep"}, status=False)
    assert kept.message == "" and services.records.get("customer", other).status is (
        CustomerStatus.DECLINED
    )


def test_fixing_our_side_is_a_decision_with_a_follow_up(services: Services) -> None:
    cid = customer(services)
    with pytest.raises(ValidationError) as caught:
        services.decisions.decide(cid, {"action": "fix_our_side", "reason": "late deliveries"})
    assert caught.value.field == "follow_up"
    due = date(2026, 11, 20)
    decision, _ = services.decisions.decide(
        cid,
        {"action": "fix_our_side", "follow_up": "Check the courier's pick-up times",
         "follow_up_due": due},
    )  # fmt: skip
    assert decision.follow_up_by == services.customers.current_staff()
    found = services.followups.list(today=date(2026, 11, 25))
    assert [(f.kind, f.id, f.days) for f in found.our_side] == [("decision", decision.id, 5)]
    services.decisions.follow_up_done(decision.id)
    assert services.followups.list(today=date(2026, 11, 25)).our_side == ()


# -- overdue promises -----------------------------------------------------------------------


def test_an_overdue_promise_weighs_on_the_list_once_caught_up(
    services: Services, clock: TickingClock
) -> None:
    cid = customer(services)
    services.records.add("promise", {"text": "send the quote", "due": date(2026, 11, 5)}, cid)
    assert listed_trust(services, cid) == pytest.approx(50.0)
    assert services.scores.catch_up().customer_ids == frozenset()
    clock.current += timedelta(days=20)  # 25 November: past the due date and 7 days of grace
    assert listed_trust(services, cid) == pytest.approx(50.0)  # nothing happened yet
    assert services.scores.catch_up().customer_ids == frozenset({cid})
    assert listed_trust(services, cid) < 45.0
    explained = services.scores.explain(cid)
    assert [c.kind for c in explained.trust.contributions] == ["promise_overdue"]
    assert not services.scores.catch_up()  # once a day
    engine = services.records.engine()
    if engine is not None and engine.dialect.name == "sqlite":  # the checks are SQLite's
        assert services.consistency.find() == ()


# -- is it us, across customers --------------------------------------------------------------


def test_a_staff_member_alone_with_hostile_customers_is_named_in_the_advice(
    services: Services, clock: TickingClock
) -> None:
    dana, _ = services.records.add("staff", {"name": "Dana"})
    alex = services.customers.current_staff()
    assert alex is not None
    served = [customer(services, f"Hostile {n}") for n in range(3)]
    for cid in served:
        for k in range(5):  # over 40 days: enough history to advise on
            at = clock.current - timedelta(days=10 * (5 - k))
            values = {"mood": -2, "staff_id": dana.id, "at": at}
            services.records.add("interaction", values, cid)
    calm = customer(services, "Calm Co")
    for _ in range(30):
        services.records.add("interaction", {"mood": 0, "staff_id": alex}, calm)
    report = services.staff_report.report()
    assert [line.name for line in report.outliers] == ["Dana"]
    assert report.customers_compared == 0  # no customer was served by both
    advice = services.scores.explain(served[0])
    assert advice.handler is not None and advice.handler.staff_id == dana.id
    assert advice.recommendation.action is Action.FIX_OUR_SIDE
    assert "Dana, who handles them most, is an outlier" in advice.recommendation.reasons[0]
    newcomer = customer(services, "Hostile newcomer")
    services.records.add("interaction", {"mood": -2, "staff_id": dana.id}, newcomer)
    early = services.scores.explain(newcomer).recommendation
    assert early.action is Action.TOO_EARLY  # too early to judge, but Dana is named
    assert "Dana, who handles them most, is an outlier" in early.reasons[-1]


def test_the_advice_learns_of_an_outlier_without_the_staff_report_being_opened(
    services: Services, clock: TickingClock
) -> None:
    """The kept team comparison is renewed once a day (`refresh_team`), by the desktop app and
    `crmnote scores`: nobody has to open the Staff report for the advice to name Dana."""
    dana, _ = services.records.add("staff", {"name": "Dana"})
    alex = services.customers.current_staff()
    served = customer(services, "Hostile Co")
    hostile = []
    for k in range(12):
        at = clock.current - timedelta(days=3 * (12 - k))
        values = {"mood": -2, "staff_id": dana.id, "at": at}
        hostile.append(services.records.add("interaction", values, served)[0].id)
    calm = customer(services, "Calm Co")
    for _ in range(30):
        services.records.add("interaction", {"mood": 0, "staff_id": alex}, calm)
    assert services.scores.explain(served).handler is None  # no comparison kept yet
    assert services.staff_report.refresh_team() == Changes(kinds=frozenset({"staff"}))
    advice = services.scores.explain(served)
    assert advice.handler is not None and advice.handler.staff_id == dana.id
    assert advice.handler.team.flagged
    assert not services.staff_report.refresh_team()  # fresh: nothing read, nothing written
    kept = services.settings.get(declared.STAFF_TEAM)["as_of"]
    for _ in range(3):  # Dana's days improve; a day later the comparison is renewed
        services.records.add("interaction", {"mood": 0, "staff_id": dana.id}, served)
    clock.current += timedelta(days=1, seconds=1)
    assert not services.staff_report.refresh_team()  # renewed, but Dana is still the outlier
    assert services.settings.get(declared.STAFF_TEAM)["as_of"] > kept
    line = services.scores.explain(served).handler
    assert line is not None and line.team.interactions == 15 and line.team.flagged
    for rid in hostile:  # logged in error and deleted: no longer an outlier, which views hear of
        services.records.delete("interaction", rid)
    clock.current += timedelta(days=1, seconds=1)
    assert services.staff_report.refresh_team() == Changes(kinds=frozenset({"staff"}))
    line = services.scores.explain(served).handler
    assert line is not None and not line.team.flagged


# -- suggested judgments and the claim dossier -----------------------------------------------


def test_a_request_gets_a_suggested_judgment(services: Services) -> None:
    cid = customer(services)
    services.records.add(
        "standard",
        {"name": "Delivery time", "category": "speed", "target_value": 3.0,
         "target_unit": "working_days", "valid_from": date(2026, 1, 1)},
    )  # fmt: skip
    ask, _ = services.records.add(
        "request", {"text": "next-day delivery", "quantity": 1, "unit": "working days"}, cid
    )
    found = services.judgments.suggest(ask.id)
    assert found.judgment is Judgment.UNREASONABLE and found.standard is not None
    extra, _ = services.records.add(
        "request", {"text": "gift wrap", "kind": RequestKind.EXTRA}, cid
    )
    assert services.judgments.suggest(extra.id).judgment is Judgment.CHARGEABLE_EXTRA


def test_the_dossier_compares_the_figures_and_lists_the_files(services: Services) -> None:
    cid = customer(services, "Harbour Café")
    promise, _ = services.records.add(
        "promise",
        {"text": "deliver 12 tables", "due": date(2026, 11, 9), "quantity": 12, "unit": "tables"},
        cid,
    )
    services.records.update(
        "promise",
        promise.id,
        {"status": PromiseStatus.KEPT, "evidence": "delivery note 88", "delivered_quantity": 10},
    )
    claim, _ = services.records.add(
        "claim", {"text": "2 tables missing", "category": "quantity", "promise_id": promise.id}, cid
    )
    scan = Path(__file__).parents[2] / "data" / "evidence" / "delivery-note-88.png"
    services.attachments.attach_file("promise", promise.id, scan)
    d = services.dossier.claim(claim.id)
    assert d.suggested.verdict is Verdict.SUBSTANTIATED
    assert d.delivery is not None and d.delivery.short == 2
    assert [f.name for f in d.files] == ["delivery-note-88.png"]
    entries, head = services.audit.head()[1:]
    assert d.log_head == (entries, head)


def test_imported_records_are_in_the_chain(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    from crmnote.importers import json_doc
    from crmnote.importers.imports import import_file

    cid = customer(services)
    services.records.add("interaction", {"summary": "order", "notes": "as said"}, cid)
    export = tmp_path / "book.json"
    export.write_text(json_doc.dumps(services.transfer.snapshot()), encoding="utf-8")
    services.records.delete("customer", cid)
    run = import_file(export, services.transfer)
    assert run.report.committed
    report = services.audit.verify()
    assert report.ok and report.unlogged == {}
    con = sqlite3.connect(db_path)
    con.execute("UPDATE interactions SET notes = 'never said'")
    con.commit()
    con.close()
    assert [f.what for f in services.audit.verify().findings] == ["altered"]
