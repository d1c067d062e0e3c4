"""A field copy of one's own customers only (`crmnote team join URL --mine`) on a real team
book: the customers the member owns or served arrive with their records, everyone else's stay
on the server (neither records nor changes on the laptop); a customer who becomes theirs later
arrives whole; the change log verifies on the laptop throughout."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from crmnote.domain.audit import Action
from crmnote.domain.sync.change import Change, Op
from crmnote.services.audit import log_change
from crmnote.services.book_services import Services
from crmnote.services.sync.rounds import SyncRefused
from crmnote.storage import sync_records as records_module
from crmnote.storage import sync_store as store
from tests.pg.databases import PgServer
from tests.pg.team import TeamBook, make_team_book
from tests.unit.services.sync_books import Book, Laptops

pytestmark = [pytest.mark.postgres, pytest.mark.team_roles]  # team init: server-wide roles
AT = datetime(2026, 11, 2, 10, 0)
EVIDENCE = Path(__file__).parents[2] / "data" / "evidence" / "signed.pdf"


@pytest.fixture
def team(pg_server: PgServer) -> Iterator[TeamBook]:
    book = make_team_book(pg_server)
    yield book
    book.close()


def staff_named(services: Services, name: str) -> int:
    return next(s.id for s in services.records.list("staff") if s.name == name)


def customer(book: Book, name: str) -> int:
    return next(c.id for c in book.services.records.list("customer") if c.name == name)


def names(book: Book, kind: str, field: str = "name") -> list[str]:
    return sorted(str(getattr(r, field)) for r in book.services.records.list(kind))


def changes_of(book: Book, uuid: str) -> int:
    with book.sessions() as session:
        return len(store.of_record(session, uuid))


def test_only_the_customers_one_owns_or_served_and_those_who_become_theirs(
    team: TeamBook, laptops: Laptops
) -> None:
    office = laptops.open(team.text("owner"))
    records = office.services.records
    bob = staff_named(office.services, "Bob")
    fjord = records.add("customer", {"name": "Fjord Bikes AS", "owner_id": bob})[0]
    helmets = records.add("customer", {"name": "Helmets Ltd"})[0]
    records.add("interaction", {"at": AT, "summary": "Bob's visit", "staff_id": bob}, helmets.id)
    other = records.add("customer", {"name": "Anna's client"})[0]
    records.add("interaction", {"at": AT, "summary": "Anna's call"}, other.id)
    records.add("promise", {"text": "20 helmets", "made_at": AT}, other.id)

    report = laptops.join("bob", team.text("staff"), only_mine=True)
    assert report.joined and report.left_out == 1
    laptop = laptops.open("bob")
    assert names(laptop, "customer") == ["Fjord Bikes AS", "Helmets Ltd"]
    assert names(laptop, "interaction", "summary") == ["Bob's visit"]
    assert names(laptop, "promise", "text") == []
    assert "Bob" in names(laptop, "staff") and "Anna" in names(laptop, "staff")
    assert changes_of(laptop, other.uuid) == 0  # nothing of Anna's client on the laptop
    assert laptop.services.audit.verify().ok

    # Offline on the laptop, at the office meanwhile: only Bob's customers reach the laptop.
    laptop.services.records.add(
        "interaction",
        {"at": AT, "summary": "call on the train"},
        customer(laptop, "Fjord Bikes AS"),
    )
    records.update("customer", fjord.id, {"company": "Fjord AS"})
    records.update("customer", other.id, {"company": "Anna's Ltd"})
    records.add("interaction", {"at": AT, "summary": "Anna's second call"}, other.id)
    first = laptops.sync(laptop, team.text("staff"))
    assert first.pushed == 1 and first.skipped == []
    assert [c.company for c in laptop.services.records.list("customer")
            if c.name == "Fjord Bikes AS"] == ["Fjord AS"]  # fmt: skip
    assert names(laptop, "customer") == ["Fjord Bikes AS", "Helmets Ltd"]
    assert changes_of(laptop, other.uuid) == 0
    assert "call on the train" in names(office, "interaction", "summary")

    # Anna hands her client to Bob; a new customer is served by Bob at the office.
    records.update("customer", other.id, {"owner_id": bob})
    newco = records.add("customer", {"name": "New Co"})[0]
    records.add("interaction", {"at": AT, "summary": "Bob at the desk", "staff_id": bob}, newco.id)
    records.add("customer", {"name": "Still Anna's"})
    laptops.sync(laptop, team.text("staff"))
    assert names(laptop, "customer") == ["Anna's client", "Fjord Bikes AS", "Helmets Ltd", "New Co"]
    handed = next(c for c in laptop.services.records.list("customer") if c.name == "Anna's client")
    assert handed.company == "Anna's Ltd" and handed.owner_id == staff_named(laptop.services, "Bob")
    assert names(laptop, "interaction", "summary") == [
        "Anna's call", "Anna's second call", "Bob at the desk", "Bob's visit", "call on the train"
    ]  # fmt: skip
    assert names(laptop, "promise", "text") == ["20 helmets"]
    assert changes_of(laptop, other.uuid) == changes_of(office, other.uuid)
    assert laptop.services.audit.verify().ok and office.services.audit.verify().ok
    again = laptops.sync(laptop, team.text("staff"))
    assert (again.pushed, again.pulled) == (0, 0) and laptop.sync.status().waiting == 0


def test_only_mine_needs_a_member_and_a_new_book(team: TeamBook, laptops: Laptops) -> None:
    office = laptops.open(team.text("owner"))
    office.services.records.add("customer", {"name": "Fjord Bikes AS"})
    own = laptops.open("own")
    own.services.records.add("customer", {"name": "Someone"})
    with pytest.raises(SyncRefused, match=r"fill a new or empty book"):
        laptops.join("own", team.text("staff"), only_mine=True)
    assert names(laptops.open("own"), "customer") == ["Someone"]
    hub = laptops.tmp_path / "hub.sqlite3"
    laptops.open("hub").services.records.add("customer", {"name": "On a file"})
    with pytest.raises(SyncRefused, match=r"knows no staff member of yours"):
        laptops.join("new", str(hub), only_mine=True)


def test_a_call_moved_onto_ones_customer_arrives_whole(team: TeamBook, laptops: Laptops) -> None:
    office = laptops.open(team.text("owner"))
    records = office.services.records
    bob = staff_named(office.services, "Bob")
    fjord = records.add("customer", {"name": "Fjord Bikes AS", "owner_id": bob})[0]
    other = records.add("customer", {"name": "Anna's client"})[0]
    call = records.add("interaction", {"at": AT, "summary": "about Fjord's tables"}, other.id)[0]
    assert laptops.join("bob", team.text("staff"), only_mine=True).joined
    laptop = laptops.open("bob")
    assert names(laptop, "interaction", "summary") == []
    records.update("interaction", call.id, {"summary": "Fjord's tables, 2 missing"})
    with records.transaction() as repo:  # filed under the wrong customer: moved, logged
        old = repo.get("interaction", call.id)
        new = repo.update(replace(old, customer_id=fjord.id))
        log_change(repo.session, AT, Action.UPDATE, old, new)
    report = laptops.sync(laptop, team.text("staff"))
    assert report.skipped == []
    [moved] = laptop.services.records.list("interaction", customer(laptop, "Fjord Bikes AS"))
    assert moved.summary == "Fjord's tables, 2 missing" and moved.uuid == call.uuid
    assert changes_of(laptop, call.uuid) == changes_of(office, call.uuid) == 3
    assert names(laptop, "customer") == ["Fjord Bikes AS"]
    assert laptop.services.audit.verify().ok
    again = laptops.sync(laptop, team.text("staff"))
    assert (again.pushed, again.pulled, again.skipped) == (0, 0, [])


def test_a_customer_handed_on_leaves_the_copy_once_nothing_of_it_waits_here(
    team: TeamBook, laptops: Laptops
) -> None:
    office = laptops.open(team.text("owner"))
    records = office.services.records
    anna, bob = staff_named(office.services, "Anna"), staff_named(office.services, "Bob")
    vera = staff_named(office.services, "Vera")
    fjord = records.add("customer", {"name": "Fjord Bikes AS", "owner_id": bob})[0]
    records.add("customer", {"name": "Helmets Ltd", "owner_id": bob})
    vera_s = records.add("customer", {"name": "Vera's client", "owner_id": vera})[0]
    assert laptops.join("bob", team.text("staff"), only_mine=True).joined
    assert laptops.join("vera", team.text("viewer"), only_mine=True).joined
    laptop, reader = laptops.open("bob"), laptops.open("vera")

    # Bob logs a call offline; meanwhile Fjord is handed on to Anna at the office.
    here = customer(laptop, "Fjord Bikes AS")
    laptop.services.records.add("interaction", {"at": AT, "summary": "on the train"}, here)
    records.update("customer", fjord.id, {"owner_id": anna})
    report = laptops.sync(laptop, team.text("staff"))
    assert report.pushed == 1 and report.handed_on == ["Fjord Bikes AS"]
    assert report.handed_kept == []
    assert names(laptop, "customer") == ["Helmets Ltd"]
    assert names(laptop, "interaction", "summary") == []
    assert changes_of(laptop, fjord.uuid) == 0
    assert "on the train" in names(office, "interaction", "summary")  # it reached the team
    assert laptop.services.audit.verify().ok and laptop.sync.status().waiting == 0
    again = laptops.sync(laptop, team.text("staff"))
    assert (again.pushed, again.pulled, again.handed_on) == (0, 0, [])
    assert names(laptop, "customer") == ["Helmets Ltd"]

    # Vera may only read: her call cannot reach the team book, so her client stays with it.
    mine = customer(reader, "Vera's client")
    reader.services.records.add("interaction", {"at": AT, "summary": "Vera's note"}, mine)
    records.update("customer", vera_s.id, {"owner_id": bob})
    kept = laptops.sync(reader, team.text("viewer"))
    assert kept.unpushed == 1 and kept.handed_kept == ["Vera's client"]
    assert kept.handed_on == []
    assert names(reader, "customer") == ["Vera's client"]
    assert names(reader, "interaction", "summary") == ["Vera's note"]
    still = laptops.sync(reader, team.text("viewer"))  # asked again at every round
    assert still.handed_kept == ["Vera's client"]
    # Handed back to Vera at the office: hers again, nothing pending any more.
    records.update("customer", vera_s.id, {"owner_id": vera})
    back = laptops.sync(reader, team.text("viewer"))
    assert (back.handed_kept, back.handed_on) == ([], [])
    assert names(reader, "customer") == ["Vera's client"]


def test_a_call_moved_off_ones_customer_leaves_the_copy(team: TeamBook, laptops: Laptops) -> None:
    """The other way round: a call filed under Bob's customer, moved at the office onto a
    customer Bob's copy does not hold, leaves the copy (the team book keeps it under its new
    customer); moved back, it arrives whole again."""
    office = laptops.open(team.text("owner"))
    records = office.services.records
    bob = staff_named(office.services, "Bob")
    fjord = records.add("customer", {"name": "Fjord Bikes AS", "owner_id": bob})[0]
    other = records.add("customer", {"name": "Anna's client"})[0]
    call = records.add("interaction", {"at": AT, "summary": "about Anna's order"}, fjord.id)[0]
    records.add("interaction", {"at": AT, "summary": "Fjord's own"}, fjord.id)
    attached, _ = office.services.attachments.attach_file("interaction", call.id, EVIDENCE)
    with office.sessions() as session:
        file = records_module.Ids(session).uuid_of("attachment", attached.id)
    assert file is not None
    assert laptops.join("bob", team.text("staff"), only_mine=True).joined
    laptop = laptops.open("bob")
    assert names(laptop, "interaction", "summary") == ["Fjord's own", "about Anna's order"]
    assert changes_of(laptop, file) > 0  # the call's evidence file came with it

    def move(to: int) -> None:
        with records.transaction() as repo:  # filed under the wrong customer: moved, logged
            old = repo.get("interaction", call.id)
            new = repo.update(replace(old, customer_id=to))
            log_change(repo.session, AT, Action.UPDATE, old, new)

    move(other.id)
    report = laptops.sync(laptop, team.text("staff"))
    assert report.skipped == [] and (report.moved_off, report.moved_kept) == (1, 0)
    assert names(laptop, "interaction", "summary") == ["Fjord's own"]
    assert names(laptop, "customer") == ["Fjord Bikes AS"]
    assert changes_of(laptop, call.uuid) == changes_of(laptop, file) == 0  # its file too
    assert [i.summary for i in records.list("interaction", other.id)] == ["about Anna's order"]
    assert laptop.services.audit.verify().ok and laptop.sync.status().waiting == 0
    again = laptops.sync(laptop, team.text("staff"))
    assert (again.pushed, again.pulled, again.skipped, again.moved_off) == (0, 0, [], 0)

    records.update("interaction", call.id, {"summary": "Anna's order, confirmed"})
    later = laptops.sync(laptop, team.text("staff"))  # an edit under its new customer: passed over
    assert later.skipped == [] and names(laptop, "interaction", "summary") == ["Fjord's own"]

    move(fjord.id)  # back onto Bob's customer: it arrives whole, edits included
    back = laptops.sync(laptop, team.text("staff"))
    assert back.skipped == [] and back.moved_off == 0
    assert names(laptop, "interaction", "summary") == ["Anna's order, confirmed", "Fjord's own"]
    assert changes_of(laptop, call.uuid) == changes_of(office, call.uuid)
    assert laptop.services.audit.verify().ok


def test_a_reference_to_a_call_moved_off_is_cleared_on_both_sides(
    team: TeamBook, laptops: Laptops
) -> None:
    """A promise of Bob's customer made in a call that moves onto a customer Bob's copy does
    not hold: the call leaves the copy and the database clears the promise's reference to it.
    That clearing is an ordinary edit of the copy, pushed at the next round: the team book and
    the laptop agree on the promise, and both change logs verify."""
    office = laptops.open(team.text("owner"))
    records = office.services.records
    bob = staff_named(office.services, "Bob")
    fjord = records.add("customer", {"name": "Fjord Bikes AS", "owner_id": bob})[0]
    other = records.add("customer", {"name": "Anna's client"})[0]
    call = records.add("interaction", {"at": AT, "summary": "the order"}, fjord.id)[0]
    promise = records.add(
        "promise", {"text": "20 helmets", "made_at": AT, "interaction_id": call.id}, fjord.id
    )[0]
    assert laptops.join("bob", team.text("staff"), only_mine=True).joined
    laptop = laptops.open("bob")
    held = laptop.services.records.list("promise")
    assert [p.interaction_id for p in held] == [customer_call(laptop)]

    with records.transaction() as repo:  # the call filed under the wrong customer: moved
        old = repo.get("interaction", call.id)
        new = repo.update(replace(old, customer_id=other.id))
        log_change(repo.session, AT, Action.UPDATE, old, new)
    report = laptops.sync(laptop, team.text("staff"))
    assert report.moved_off == 1 and names(laptop, "interaction", "summary") == []
    assert [p.interaction_id for p in laptop.services.records.list("promise")] == [None]
    assert laptop.sync.status().waiting == 1  # the cleared reference, to be pushed

    pushed = laptops.sync(laptop, team.text("staff"))
    assert pushed.pushed == 1 and pushed.skipped == []
    assert records.get("promise", promise.id).interaction_id is None  # the team book agrees
    assert laptop.sync.status().waiting == 0
    assert laptop.services.audit.verify().ok and office.services.audit.verify().ok
    quiet = laptops.sync(laptop, team.text("staff"))
    assert (quiet.pushed, quiet.pulled, quiet.moved_off) == (0, 0, 0)
    assert [p.text for p in laptop.services.records.list("promise")] == ["20 helmets"]


def test_a_fresh_join_clears_a_reference_to_a_call_left_out_on_both_sides(
    team: TeamBook, laptops: Laptops
) -> None:
    """A promise of Bob's customer names a call on Anna's client (made in it, the call moved
    since): a fresh `--mine` join leaves the call out and the database clears the promise's
    reference on the copy. That clearing is an edit of the copy, pushed at the first round, as
    when a later round lets such a call go: the team book and the laptop agree, the old value
    stays in the promise's history on the server, and both change logs verify. (It was
    cleared without a word: the laptop differed from the team book, and its next edit of the
    promise pushed the clearing along with the new wording.)"""
    office = laptops.open(team.text("owner"))
    records = office.services.records
    bob = staff_named(office.services, "Bob")
    fjord = records.add("customer", {"name": "Fjord Bikes AS", "owner_id": bob})[0]
    other = records.add("customer", {"name": "Anna's client"})[0]
    call = records.add("interaction", {"at": AT, "summary": "the order"}, fjord.id)[0]
    promise = records.add(
        "promise", {"text": "20 helmets", "made_at": AT, "interaction_id": call.id}, fjord.id
    )[0]
    with records.transaction() as repo:  # the call filed under the wrong customer: moved
        old = repo.get("interaction", call.id)
        new = repo.update(replace(old, customer_id=other.id))
        log_change(repo.session, AT, Action.UPDATE, old, new)

    assert laptops.join("bob", team.text("staff"), only_mine=True).left_out == 1
    laptop = laptops.open("bob")
    assert names(laptop, "interaction", "summary") == []
    assert [p.interaction_id for p in laptop.services.records.list("promise")] == [None]
    assert laptop.services.audit.verify().ok
    assert laptop.sync.status().waiting == 1  # the cleared reference, to be pushed

    first = laptops.sync(laptop, team.text("staff"))
    assert first.pushed == 1 and first.skipped == [] and first.moved_off == 0
    assert records.get("promise", promise.id).interaction_id is None  # the team book agrees
    cleared = [c for c in edits(office, promise.uuid) if "interaction_id" in c.fields]
    assert [(c.fields["interaction_id"].old, c.fields["interaction_id"].new) for c in cleared] == [
        (call.uuid, None)  # the old value kept in the server's history
    ]
    assert cleared[0].author == records.get("staff", bob).uuid  # in the copy's name
    assert laptop.sync.status().waiting == 0
    assert laptop.services.audit.verify().ok and office.services.audit.verify().ok

    held = laptop.services.records.list("promise")[0]
    laptop.services.records.update("promise", held.id, {"text": "20 helmets, red"})
    worded = laptops.sync(laptop, team.text("staff"))
    assert worded.pushed == 1 and worded.skipped == []
    assert records.get("promise", promise.id).text == "20 helmets, red"
    assert sorted(sorted(c.fields) for c in edits(office, promise.uuid)) == [
        ["interaction_id"],
        ["text"],
    ]
    assert laptop.services.audit.verify().ok and office.services.audit.verify().ok
    quiet = laptops.sync(laptop, team.text("staff"))
    assert (quiet.pushed, quiet.pulled, quiet.moved_off) == (0, 0, 0)


def edits(book: Book, uuid: str) -> list[Change]:
    with book.sessions() as session:
        return [c for c in store.of_record(session, uuid) if c.op is Op.UPDATE]


def customer_call(book: Book) -> int:
    return next(i.id for i in book.services.records.list("interaction"))
