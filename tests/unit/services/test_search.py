"""Search is consistent after every commit and ranks the right records."""

from __future__ import annotations

import pytest

from crmnote.domain.types import CustomerId
from crmnote.services.book_services import Services


def customer(services: Services, name: str, notes: str = "") -> CustomerId:
    record, _ = services.records.add("customer", {"name": name, "notes": notes})
    return CustomerId(record.id)


def kinds(services: Services, text: str) -> list[tuple[str, int]]:
    return [(h.kind, h.record_id) for h in services.search.search(text)]


def test_every_kind_is_searchable(services: Services) -> None:
    cid = customer(services, "Fjord Bikes AS", notes="prefers mornings")
    i, _ = services.interactions.log(cid, notes="Asked about the helmet delivery")
    p, _ = services.records.add("promise", {"text": "deliver 20 helmets"}, cid)
    c, _ = services.records.add("claim", {"text": "helmets arrived scratched"}, cid)
    r, _ = services.records.add("request", {"text": "free helmet stickers"}, cid)
    f, _ = services.records.add("feedback", {"text": "helmet box torn", "theme": "packaging"}, cid)
    found = set(kinds(services, "helmet*"))
    assert found == {
        ("interaction", i.id),
        ("promise", p.id),
        ("claim", c.id),
        ("request", r.id),
        ("feedback", f.id),
    }
    assert kinds(services, "mornings") == [("customer", cid)]
    assert kinds(services, "fjord") == [("customer", cid)]
    assert kinds(services, "packaging") == [("feedback", f.id)]


def test_index_follows_edits_and_deletes(services: Services) -> None:
    cid = customer(services, "Acme")
    i, _ = services.interactions.log(cid, summary="call", notes="talked about invoices")
    assert kinds(services, "invoices") == [("interaction", i.id)]
    services.records.update("interaction", i.id, {"notes": "talked about pallets"})
    assert kinds(services, "invoices") == []
    assert kinds(services, "pallets") == [("interaction", i.id)]
    services.records.delete("interaction", i.id)
    assert kinds(services, "pallets") == []


def test_customer_erase_removes_everything_from_the_index(services: Services) -> None:
    cid = customer(services, "Acme")
    services.interactions.log(cid, notes="secret pallets")
    services.records.delete("customer", cid)
    assert services.search.search("pallets") == []
    assert services.search.search("acme") == []


def test_hit_carries_snippet_spans_and_customer(services: Services) -> None:
    cid = customer(services, "Zoë Ångström")
    services.interactions.log(cid, summary="call", notes="The helmets arrived late again")
    (hit,) = services.search.search('"arrived late"')
    assert hit.customer_name == "Zoë Ångström" and hit.customer_id == cid
    assert [hit.snippet[a:b] for a, b in hit.matches] == ["arrived late"]
    assert "\x01" not in hit.snippet


def test_phrase_and_operators(services: Services) -> None:
    cid = customer(services, "Acme")
    a, _ = services.interactions.log(cid, notes="late delivery of racks")
    b, _ = services.interactions.log(cid, notes="delivery was late, racks fine")
    c, _ = services.interactions.log(cid, notes="helmets only")
    assert kinds(services, '"late delivery"') == [("interaction", a.id)]
    assert set(kinds(services, "racks OR helmets")) == {
        ("interaction", a.id),
        ("interaction", b.id),
        ("interaction", c.id),
    }
    assert kinds(services, "racks NOT fine") == [("interaction", a.id)]


@pytest.mark.parametrize(
    "text", ['"', "*", "NEAR(", "a:b", "'; DROP TABLE customers; --", "((((", "^", "\x00", "-x"]
)
def test_hostile_queries_never_fail(services: Services, text: str) -> None:
    customer(services, "Acme")
    services.search.search(text)
    assert services.customers.count() == 1
