"""Sync rounds between two local books (`crmnote sync --with`): both end with the union."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from crmnote.domain.entities import ContactPoint
from crmnote.services.sync.rounds import SyncRefused
from tests.unit.services.sync_books import Book, Laptops, snapshot

pytestmark = pytest.mark.sqlite_only
AT = datetime(2026, 11, 2, 10, 0)


def two(laptops: Laptops) -> tuple[Book, Book]:
    a = laptops.open("a")
    fjord = a.services.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    a.services.records.add("promise", {"text": "20 helmets", "made_at": AT}, fjord.id)
    laptops.copy("a", "b")
    return laptops.open("a"), laptops.open("b")


def test_new_records_on_both_sides_end_on_both_once(laptops: Laptops) -> None:
    a, b = two(laptops)
    fa = a.services.records.list("customer")[0]
    a.services.records.add("interaction", {"at": AT, "summary": "call from A"}, fa.id)
    fb = b.services.records.list("customer")[0]
    b.services.records.add("interaction", {"at": AT, "summary": "visit by B"}, fb.id)
    b.services.records.add("customer", {"name": "Helmets Ltd"})
    report = a.sync.sync_with(b.sessions, "b")
    assert report.pushed >= 1 and report.pulled >= 2
    assert snapshot(a) == snapshot(b)
    assert sorted(i.summary for i in a.services.records.list("interaction")) == [
        "call from A",
        "visit by B",
    ]
    again = a.sync.sync_with(b.sessions, "b")
    assert (again.pushed, again.pulled) == (0, 0)
    assert len(a.services.records.list("customer")) == 2


def test_edits_of_different_fields_both_apply(laptops: Laptops) -> None:
    a, b = two(laptops)
    ca, cb = a.services.records.list("customer")[0], b.services.records.list("customer")[0]
    a.services.records.update("customer", ca.id, {"company": "Fjord AS"})
    b.services.records.update("customer", cb.id, {"notes": "prefers email"})
    a.sync.sync_with(b.sessions, "b")
    for book in (a, b):
        c = book.services.records.list("customer")[0]
        assert (c.company, c.notes) == ("Fjord AS", "prefers email")
    assert a.conflicts.list() == []


def test_the_same_field_later_wins_and_the_loser_is_listed(laptops: Laptops) -> None:
    a, b = two(laptops)
    ca, cb = a.services.records.list("customer")[0], b.services.records.list("customer")[0]
    a.services.records.update("customer", ca.id, {"company": "from A"})
    b.services.records.update("customer", cb.id, {"company": "from B"})  # later
    a.sync.sync_with(b.sessions, "b")
    assert snapshot(a) == snapshot(b)
    assert a.services.records.list("customer")[0].company == "from B"
    (conflict,) = a.conflicts.list()
    assert (conflict.field, conflict.set_aside, conflict.kept) == ("company", "from A", "from B")
    a.conflicts.restore(conflict.id)
    assert a.services.records.list("customer")[0].company == "from A"
    assert a.conflicts.list() == []
    a.sync.sync_with(b.sessions, "b")
    assert b.services.records.list("customer")[0].company == "from A"
    assert b.conflicts.list() == [] and snapshot(a) == snapshot(b)


def test_an_edit_beats_a_concurrent_delete(laptops: Laptops) -> None:
    a, b = two(laptops)
    pa = a.services.records.list("promise")[0]
    pb = b.services.records.list("promise")[0]
    a.services.records.delete("promise", pa.id)
    b.services.records.update("promise", pb.id, {"evidence": "DN-7"})
    a.sync.sync_with(b.sessions, "b")
    assert [p.evidence for p in a.services.records.list("promise")] == ["DN-7"]
    assert [c.reason for c in a.conflicts.list()] == ["delete_undone"]


def test_books_without_a_shared_past_are_refused(laptops: Laptops, tmp_path: Path) -> None:
    a = laptops.open("a")
    a.services.records.add("customer", {"name": "Fjord"})
    stranger = laptops.open("stranger")
    with pytest.raises(SyncRefused, match="share no past"):
        a.sync.sync_with(stranger.sessions, "stranger")
    assert len(stranger.services.records.list("customer")) == 0


def _home_amounts(book: Book) -> list[tuple[str, str | None]]:
    with book.sessions() as session:
        rows = session.execute(text("SELECT amount, rate, home_amount FROM money")).all()
    return [(f"{a} × {r}", None if h is None else str(h)) for a, r, h in rows]


def test_a_home_amount_follows_the_merged_amount_and_rate(laptops: Laptops) -> None:
    """The amount edited on one laptop and the rate on the other: both end with the home
    amount of the merged pair (it is derived, never synced as a value of its own)."""
    a, b = two(laptops)
    fjord = a.services.records.list("customer")[0]
    values = {"at": AT.date(), "amount": Decimal("100.00"), "currency": "USD", "rate": "0.90"}
    sale, _ = a.services.records.add("money", values, fjord.id)
    a.sync.sync_with(b.sessions, "b")
    assert _home_amounts(b) == [("10000 × 0.9", "9000")]
    (on_b,) = b.services.records.list("money")
    a.services.records.update("money", sale.id, {"amount": Decimal("200.00")})
    b.services.records.update("money", on_b.id, {"rate": "0.95"})
    a.sync.sync_with(b.sessions, "b")
    assert _home_amounts(a) == _home_amounts(b) == [("20000 × 0.95", "19000")]


@pytest.mark.filterwarnings("error")  # SQLAlchemy warned of contacts inserted without an id
def test_a_customers_contacts_and_tags_sync_without_a_warning(laptops: Laptops) -> None:
    a, b = two(laptops)
    ca = a.services.records.list("customer")[0]
    a.services.records.update(
        "customer",
        ca.id,
        {
            "emails": (ContactPoint(value="post@fjord.no"), ContactPoint(value="a@fjord.no")),
            "phones": (ContactPoint(value="+47 22 33 44 55", label="desk"),),
            "tags": ("bikes", "oslo"),
        },
    )
    b.services.records.add("customer", {"name": "Helmets Ltd", "tags": ("helmets",)})
    report = a.sync.sync_with(b.sessions, "b")
    assert (report.pushed, report.pulled, report.skipped) == (1, 1, [])
    for book in (a, b):
        fjord = next(c for c in book.services.records.list("customer") if c.name.startswith("F"))
        assert [e.value for e in fjord.emails] == ["post@fjord.no", "a@fjord.no"]
        assert [(p.value, p.label) for p in fjord.phones] == [("+47 22 33 44 55", "desk")]
        assert sorted(fjord.tags) == ["bikes", "oslo"]
    assert snapshot(a) == snapshot(b)
