"""Field copies of a team book (on SQLite and on PostgreSQL): joined, worked on offline,
synced through the team book; a book with records of its own offered to the team after a dry
run; what cannot join or sync is refused in one sentence with both books unchanged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from crmnote.bootstrap import OpenDatabase
from crmnote.domain.entities import ContactPoint
from crmnote.services.book_services import Services
from crmnote.services.sync.rounds import SyncRefused
from crmnote.services.transfer_report import RowAction
from tests.unit.services.sync_books import Book, Laptops, snapshot

AT = datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def hub(opened: OpenDatabase, services: Services, database: str) -> str:
    """The team book (a file or a server), with one customer and a promise to them."""
    fjord = services.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    services.records.add("promise", {"text": "20 helmets", "made_at": AT}, fjord.id)
    return database


def field_copy(laptops: Laptops, name: str, hub: str) -> Book:
    report = laptops.join(name, hub)
    assert report.joined and report.records > 0
    return laptops.open(name)


def test_a_new_book_joins_and_holds_the_team_book(
    laptops: Laptops, hub: str, services: Services
) -> None:
    a = field_copy(laptops, "a", hub)
    assert [c.name for c in a.services.records.list("customer")] == ["Fjord Bikes AS"]
    assert [p.text for p in a.services.records.list("promise")] == ["20 helmets"]
    status = a.sync.status()
    assert (status.waiting, status.conflicts, status.team) == (0, 0, laptops.shown(hub))
    again = laptops.sync(a, hub)
    assert (again.pushed, again.pulled) == (0, 0)
    with pytest.raises(SyncRefused, match="field copy of that team book already"):
        laptops.join("a", hub)


def test_offline_work_on_two_laptops_meets_in_the_team_book_once(
    laptops: Laptops, hub: str, services: Services
) -> None:
    a, b = field_copy(laptops, "a", hub), field_copy(laptops, "b", hub)
    fa = a.services.records.list("customer")[0]
    a.services.records.add("interaction", {"at": AT, "summary": "call on the train"}, fa.id)
    a.services.records.update("customer", fa.id, {"company": "Fjord AS"})
    fb = b.services.records.list("customer")[0]
    b.services.records.add("interaction", {"at": AT, "summary": "visit by B"}, fb.id)
    b.services.records.update("customer", fb.id, {"notes": "prefers email"})
    b.services.records.add("customer", {"name": "Helmets Ltd"})
    assert a.sync.status().waiting == 2
    pushed = laptops.sync(a, hub)
    assert (pushed.pushed, pushed.pulled) == (2, 0)
    assert a.sync.status().waiting == 0 and a.sync.status().last_sync is not None
    laptops.sync(b, hub)
    laptops.sync(a, hub)
    hub_book = laptops.open(hub)
    assert snapshot(a) == snapshot(b) == snapshot(hub_book)
    calls = sorted(i.summary for i in services.records.list("interaction"))
    assert calls == ["call on the train", "visit by B"]
    fjord = [c for c in services.records.list("customer") if c.name == "Fjord Bikes AS"]
    assert [(c.company, c.notes) for c in fjord] == [("Fjord AS", "prefers email")]
    assert a.conflicts.list() == [] and hub_book.conflicts.list() == []


def test_the_same_field_edited_on_two_laptops_later_wins_and_is_listed_everywhere(
    laptops: Laptops, hub: str, services: Services
) -> None:
    a, b = field_copy(laptops, "a", hub), field_copy(laptops, "b", hub)
    ca, cb = a.services.records.list("customer")[0], b.services.records.list("customer")[0]
    a.services.records.update("customer", ca.id, {"company": "from A"})
    b.services.records.update("customer", cb.id, {"company": "from B"})  # later
    laptops.sync(a, hub)
    laptops.sync(b, hub)
    laptops.sync(a, hub)
    hub_book = laptops.open(hub)
    for book in (a, b, hub_book):
        assert book.services.records.list("customer")[0].company == "from B"
        (conflict,) = book.conflicts.list()
        assert (conflict.set_aside, conflict.kept) == ("from A", "from B")
    a.conflicts.restore(a.conflicts.list()[0].id)
    laptops.sync(a, hub)
    laptops.sync(b, hub)
    for book in (a, b, hub_book):
        assert book.services.records.list("customer")[0].company == "from A"
        assert book.conflicts.list() == [], book.opened.name


def test_an_edit_on_one_laptop_beats_a_delete_on_the_other(
    laptops: Laptops, hub: str, services: Services
) -> None:
    a, b = field_copy(laptops, "a", hub), field_copy(laptops, "b", hub)
    a.services.records.delete("promise", a.services.records.list("promise")[0].id)
    b.services.records.update("promise", b.services.records.list("promise")[0].id,
                              {"evidence": "DN-7"})  # fmt: skip
    laptops.sync(a, hub)
    laptops.sync(b, hub)
    laptops.sync(a, hub)
    for book in (a, b):
        assert [p.evidence for p in book.services.records.list("promise")] == ["DN-7"]
        assert [c.reason for c in book.conflicts.list()] == ["delete_undone"]
    assert [p.evidence for p in services.records.list("promise")] == ["DN-7"]


def test_a_book_with_records_of_its_own_is_offered_after_a_dry_run(
    laptops: Laptops, hub: str, services: Services
) -> None:
    mine = laptops.open("mine")
    dup = mine.services.records.add(
        "customer", {"name": "fjord bikes as", "emails": (ContactPoint(value="post@fjord.no"),)}
    )[0]
    mine.services.records.add("interaction", {"at": AT, "summary": "met at the fair"}, dup.id)
    mine.services.records.add("customer", {"name": "Sykkel Ost"})
    before = snapshot(mine)
    dry = laptops.join("mine", hub)
    assert not dry.joined and dry.offer is not None
    actions = {(r.kind, r.action) for r in dry.offer.rows}
    assert ("customer", RowAction.MERGED) in actions and ("customer", RowAction.CREATED) in actions
    assert len(services.records.list("customer")) == 1  # the team book as it was
    assert snapshot(laptops.open("mine")) == before
    done = laptops.join("mine", hub, offer=True)
    assert done.joined and done.backup is not None and done.backup.is_file()
    mine = laptops.open("mine")
    names = sorted(c.name for c in services.records.list("customer"))
    assert names == ["Fjord Bikes AS", "Sykkel Ost"]
    fjord = next(c for c in services.records.list("customer") if c.name == "Fjord Bikes AS")
    assert [e.value for e in fjord.emails] == ["post@fjord.no"]
    assert [i.summary for i in services.records.list("interaction", fjord.id)] == [
        "met at the fair"
    ]
    assert snapshot(mine) == snapshot(laptops.open(hub))
    assert mine.sync.status().waiting == 0


def test_what_cannot_join_is_refused_and_nothing_changes(
    laptops: Laptops, hub: str, tmp_path: Path
) -> None:
    a = field_copy(laptops, "a", hub)
    with pytest.raises(SyncRefused, match="itself a field copy"):
        laptops.join("b", str(tmp_path / "a.sqlite3"))
    other = laptops.open("other")
    other.services.records.add("customer", {"name": "Someone"})
    laptops.copy("other", "elsewhere")
    laptops.join("elsewhere-copy", str(tmp_path / "other.sqlite3"))
    stranger = laptops.open("elsewhere-copy")
    before = snapshot(stranger)
    with pytest.raises(SyncRefused, match="field copy of another team book"):
        laptops.join("elsewhere-copy", hub)
    with pytest.raises(SyncRefused, match="belongs to another team book"):
        laptops.sync(stranger, hub)
    assert snapshot(laptops.open("elsewhere-copy")) == before
    assert [c.name for c in a.services.records.list("customer")] == ["Fjord Bikes AS"]


def test_a_customer_deleted_while_a_call_was_logged_elsewhere_comes_back_with_the_call(
    laptops: Laptops, hub: str, services: Services
) -> None:
    a, b = field_copy(laptops, "a", hub), field_copy(laptops, "b", hub)
    a.services.records.delete("customer", a.services.records.list("customer")[0].id)
    fjord = b.services.records.list("customer")[0]
    b.services.records.add("interaction", {"at": AT, "summary": "call on the train"}, fjord.id)
    for book in (a, b, a):
        laptops.sync(book, hub)
    hub_book = laptops.open(hub)
    for book in (a, b, hub_book):
        assert [c.name for c in book.services.records.list("customer")] == ["Fjord Bikes AS"]
        assert [i.summary for i in book.services.records.list("interaction")] == [
            "call on the train"
        ]
        assert book.services.records.list("promise") == []  # deleted knowingly: it goes
        (conflict,) = book.conflicts.list()
        assert (conflict.kind, conflict.reason) == ("customer", "kept_for_records")
    assert snapshot(a) == snapshot(b) == snapshot(hub_book)
    a.conflicts.restore(a.conflicts.list()[0].id)  # delete them after all, with the call
    for book in (a, b, a):
        laptops.sync(book, hub)
    for book in (a, b, hub_book):
        assert book.services.records.list("customer") == []
        assert book.services.records.list("interaction") == []
        assert book.conflicts.list() == [], book.opened.name
        assert book.services.audit.verify().ok


def test_a_laptop_whose_clock_runs_a_day_ahead_wins_only_until_its_change_is_seen(
    laptops: Laptops, hub: str, services: Services
) -> None:
    day = 86_400_000
    laptops.join("a", hub)
    laptops.join("b", hub)
    a, ahead = laptops.open("a"), laptops.open("b", skew_ms=day)
    ahead.services.records.update("customer", ahead.services.records.list("customer")[0].id,
                                  {"company": "from the fast clock"})  # fmt: skip
    ca = a.services.records.list("customer")[0]
    a.services.records.update("customer", ca.id, {"company": "from A, later"})
    laptops.sync(ahead, hub)
    report = laptops.sync(a, hub)
    assert report.ahead_ms > 23 * 3_600_000  # said: a clock among the changes runs ahead
    assert a.services.records.list("customer")[0].company == "from the fast clock"
    (conflict,) = a.conflicts.list()
    assert conflict.set_aside == "from A, later"
    # Having seen it, A's next edit is later whatever the clocks say: it wins, and the value
    # set aside, now overwritten by someone who saw it, is history rather than a conflict.
    a.services.records.update("customer", ca.id, {"company": "Fjord AS"})
    laptops.sync(a, hub)
    laptops.sync(ahead, hub)
    for book in (a, ahead, laptops.open(hub)):
        assert book.services.records.list("customer")[0].company == "Fjord AS"
        assert book.conflicts.list() == [], book.opened.name
