"""Record services: one transaction per action, validation naming the field, Changes returned."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from crmnote.domain import entities as e
from crmnote.domain.errors import AmbiguousError, NotFoundError, ValidationError
from crmnote.domain.types import (
    Channel,
    CustomerStatus,
    Judgment,
    PromiseStatus,
    Resolution,
    Verdict,
)
from crmnote.services.book_services import Services


def customer(services: Services, name: str = "Fjord Bikes AS", **values: object) -> int:
    record, _ = services.records.add("customer", {"name": name, **values})
    return int(record.id)


def test_add_customer_with_contacts_and_tags(services: Services) -> None:
    record, changes = services.records.add(
        "customer",
        {
            "name": "Zoë Ångström",
            "emails": (e.ContactPoint(value="zoe@example.se", label="work"),),
            "phones": (e.ContactPoint(value="+46 8 123 45"),),
            "tags": ("vip", "b2b", "vip"),
        },
    )
    assert changes.kinds == {"customer"} and changes.created == (("customer", record.id),)
    loaded = services.records.get("customer", record.id)
    assert loaded.emails == (e.ContactPoint(value="zoe@example.se", label="work"),)
    assert loaded.tags == ("b2b", "vip")
    assert loaded.owner_id == services.customers.current_staff()
    assert loaded.created_at == datetime(2026, 11, 2, 9, 0, 1)  # the first reading of the clock


def test_validation_names_the_field_and_writes_nothing(services: Services) -> None:
    cid = customer(services)
    with pytest.raises(ValidationError) as info:
        services.records.add("interaction", {"mood": 5}, cid)
    assert info.value.field == "mood"
    assert services.records.list("interaction", cid) == []


def test_missing_required_field(services: Services) -> None:
    cid = customer(services)
    with pytest.raises(ValidationError) as info:
        services.records.add("promise", {}, cid)
    assert info.value.field == "text"


def test_promise_lifecycle_and_summary(services: Services) -> None:
    cid = customer(services)
    p, _ = services.records.add(
        "promise", {"text": "deliver 20 helmets", "due": date(2026, 12, 1)}, cid
    )
    row = services.customers.summaries()[0]
    assert (row.open_promises, row.next_due) == (1, date(2026, 12, 1))
    kept, changes = services.records.update(
        "promise", p.id, {"status": PromiseStatus.KEPT, "evidence": "delivery note 4411"}
    )
    assert kept.status is PromiseStatus.KEPT and kept.resolved_at is not None
    assert changes.customer_ids == {cid}
    assert services.customers.summaries()[0].open_promises == 0
    with pytest.raises(ValidationError) as info:
        services.records.update("promise", p.id, {"status": PromiseStatus.BROKEN})
    assert info.value.field == "status"
    reopened, _ = services.records.update("promise", p.id, {"status": PromiseStatus.OPEN})
    assert reopened.resolved_at is None


def test_renegotiating_makes_a_follow_up(services: Services) -> None:
    cid = customer(services)
    p, _ = services.records.add("promise", {"text": "install", "due": date(2026, 11, 20)}, cid)
    old, changes = services.records.update(
        "promise", p.id, {"status": PromiseStatus.RENEGOTIATED, "due": date(2026, 12, 5)}
    )
    assert old.due == date(2026, 11, 20) and old.status is PromiseStatus.RENEGOTIATED
    ((_, new_id),) = changes.created
    new = services.records.get("promise", new_id)
    assert new.renegotiated_from_id == p.id and new.due == date(2026, 12, 5)
    assert new.status is PromiseStatus.OPEN


def test_claim_verdict_and_resolution(services: Services) -> None:
    cid = customer(services)
    p, _ = services.records.add("promise", {"text": "deliver"}, cid)
    c, _ = services.records.add("claim", {"text": "late", "promise_id": p.id}, cid)
    assert c.verdict is Verdict.PENDING
    c2, _ = services.records.update(
        "claim", c.id, {"verdict": Verdict.SUBSTANTIATED, "resolution": Resolution.CREDIT}
    )
    assert c2.resolved_at is not None


def test_reference_to_another_customers_promise_is_refused(services: Services) -> None:
    a, b = customer(services, "A"), customer(services, "B")
    p, _ = services.records.add("promise", {"text": "deliver"}, a)
    with pytest.raises(ValidationError) as info:
        services.records.add("claim", {"text": "late", "promise_id": p.id}, b)
    assert info.value.field == "promise_id"
    with pytest.raises(ValidationError) as info:
        services.records.add("claim", {"text": "late", "staff_id": 99}, b)
    assert info.value.field == "staff_id"


def test_request_judgment_and_insight(services: Services) -> None:
    cid = customer(services)
    r, _ = services.records.add("request", {"text": "free shipping"}, cid)
    with pytest.raises(ValidationError):
        services.records.update("request", r.id, {"insight": True})
    r2, _ = services.records.update(
        "request", r.id, {"judgment": Judgment.CHARGEABLE_EXTRA, "insight": True}
    )
    assert r2.insight


def test_every_kind_round_trips(services: Services) -> None:
    cid = customer(services)
    i, _ = services.interactions.log(cid, channel=Channel.VISIT, minutes=30, mood=-1, notes="a\nb")
    assert i.summary == "a"
    staff, _ = services.records.add("staff", {"name": "Bo"})
    std, _ = services.records.add("standard", {"name": "Reply within a day"})
    assert std.series_id == std.id
    for kind, values in [
        ("feedback", {"text": "packaging was torn", "theme": "packaging"}),
        ("money", {"amount": Decimal("199.90")}),
        ("effort", {"minutes": 45, "text": "rework", "staff_id": staff.id}),
        ("decision", {"action": "watch", "reason": "two late payments"}),
    ]:
        record, _ = services.records.add(kind, values, cid)
        assert services.records.get(kind, record.id) == record
    money = services.records.list("money", cid)[0]
    assert money.amount == Decimal("199.90") and money.currency == "EUR"


def test_delete_and_restore(services: Services) -> None:
    cid = customer(services)
    p, _ = services.records.add("promise", {"text": "deliver", "due": date(2026, 12, 1)}, cid)
    services.records.delete("promise", p.id)
    with pytest.raises(NotFoundError):
        services.records.get("promise", p.id)
    services.records.restore(p)
    assert services.records.get("promise", p.id) == p
    assert services.customers.summaries()[0].open_promises == 1


def test_deleting_a_customer_erases_everything_attached(services: Services) -> None:
    cid = customer(services)
    services.interactions.log(cid, notes="hello")
    services.records.delete("customer", cid)
    assert services.records.list("interaction") == []


def test_find_customer_by_id_or_unambiguous_name(services: Services) -> None:
    a = customer(services, "Fjord Bikes AS")
    customer(services, "Fjord Ski")
    assert services.customers.find(str(a)) == a
    assert services.customers.find("fjord bikes as") == a
    assert services.customers.find("Bikes") == a
    with pytest.raises(AmbiguousError):
        services.customers.find("Fjord")
    with pytest.raises(NotFoundError):
        services.customers.find("Nobody")
    with pytest.raises(NotFoundError):
        services.customers.find("999")


def test_a_whole_name_matches_in_any_case_of_any_script(services: Services) -> None:
    # Exact matches are narrowed by SQLite's ASCII LIKE first: none may be lost by it.
    zoe = customer(services, "ZOË Ångström")
    kelvin = customer(services, "\u212aelvin Ltd")  # the Kelvin sign lowers to an ASCII k
    percent = customer(services, "100% Bikes_2")
    customer(services, "100 Bikes")
    customer(services, "Kelvin Ltd Two")
    assert services.customers.find("zoë ångström") == zoe
    assert services.customers.find("KELVIN LTD") == kelvin
    assert services.customers.find("100% bikes_2") == percent
    assert services.customers.find("100 BIKES") != percent


def test_search_and_filters(services: Services) -> None:
    customer(services, "Ann", emails=(e.ContactPoint(value="ann@zeta.io"),), tags=("vip",))
    customer(services, "Bob", company="100% Widgets_Ltd")
    services.customers.archive(customer(services, "Cid"))
    names = lambda **kw: [r.name for r in services.customers.summaries(**kw)]  # noqa: E731
    assert names(search="zeta") == ["Ann"]
    assert names(search="vip") == ["Ann"]
    assert names(search="100%") == ["Bob"]
    assert names(search="0_") == []  # LIKE wildcards are taken literally ("00" would match)
    assert names(search="s_L") == ["Bob"]
    assert names(statuses=[CustomerStatus.ARCHIVED]) == ["Cid"]
    assert names(tag="vip") == ["Ann"]
    assert names(limit=2, offset=1) == ["Bob", "Cid"]


def test_parse_resolves_staff_by_name(services: Services) -> None:
    staff, _ = services.records.add("staff", {"name": "Åse Nilsen"})
    values = services.records.parse("interaction", {"staff": "åse nilsen", "minutes": "5"})
    assert values == {"staff_id": staff.id, "minutes": 5}
    with pytest.raises(ValidationError) as info:
        services.records.parse("interaction", {"staff": "Nobody"})
    assert info.value.field == "staff_id"
    with pytest.raises(ValidationError) as info:
        services.records.parse("interaction", {"colour": "red"})
    assert info.value.field == "colour"
