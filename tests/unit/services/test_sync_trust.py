"""Trust across copies: after sync the change log verifies on the team book and on every
copy and names who made each change; a record altered with plain SQL on one laptop is caught
there (verify-log) and held back, not spread as an ordinary edit."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from crmnote.bootstrap import OpenDatabase
from crmnote.domain.settings import CURRENT_STAFF
from crmnote.services.book_services import Services
from tests.unit.services.sync_books import Laptops

AT = datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def hub(opened: OpenDatabase, services: Services, database: str) -> str:
    fjord = services.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    services.records.add("promise", {"text": "20 helmets", "made_at": AT}, fjord.id)
    services.records.add("interaction", {"at": AT, "summary": "first call"}, fjord.id)
    return database


def test_the_change_log_verifies_everywhere_after_sync_and_names_the_author(
    laptops: Laptops, hub: str, services: Services
) -> None:
    anna = services.records.add("staff", {"name": "Anna"})[0]
    laptops.join("a", hub)
    laptops.join("b", hub)
    a, b = laptops.open("a"), laptops.open("b")
    a.services.settings.set(CURRENT_STAFF, anna.id)
    fa = a.services.records.list("customer")[0]
    call = a.services.records.add("interaction", {"at": AT, "summary": "on the train"}, fa.id)[0]
    a.services.records.update("promise", a.services.records.list("promise")[0].id,
                              {"evidence": "DN-1"})  # fmt: skip
    b.services.records.delete("interaction", b.services.records.list("interaction")[0].id)
    services.records.update("promise", services.records.list("promise")[0].id,
                            {"text": "21 helmets"})  # fmt: skip
    for book in (a, b, a):
        laptops.sync(book, hub)
    for s in (a.services, b.services, services):
        report = s.audit.verify()
        assert report.ok, report.findings
    on_hub = next(i for i in services.records.list("interaction") if i.uuid == call.uuid)
    (entry,) = services.audit.history("interaction", on_hub.id)
    assert (entry.action, entry.staff_name) == ("add", "Anna")
    assert [i.summary for i in b.services.records.list("interaction")] == ["on the train"]


def test_a_record_altered_with_plain_sql_is_caught_and_not_spread(
    laptops: Laptops, hub: str, services: Services
) -> None:
    laptops.join("a", hub)
    a = laptops.open("a")
    call = a.services.records.list("interaction")[0]
    with a.opened.engine.begin() as conn:
        conn.execute(text("UPDATE interactions SET summary = 'forged' WHERE id = :i"),
                     {"i": call.id})  # fmt: skip
    fa = a.services.records.list("customer")[0]
    a.services.records.update("customer", fa.id, {"company": "Fjord AS"})  # an honest edit
    findings = a.services.audit.verify().findings
    assert [(f.what, f.kind) for f in findings] == [("altered", "interaction")]
    report = laptops.sync(a, hub)
    assert report.pushed == 1
    (held,) = report.held_back
    assert held.startswith(f"interaction {call.id} differs from its last logged version")
    assert [i.summary for i in services.records.list("interaction")] == ["first call"]
    assert services.records.list("customer")[0].company == "Fjord AS"
    assert services.audit.verify().ok
    assert laptops.sync(a, hub).held_back == report.held_back  # still held, still said
