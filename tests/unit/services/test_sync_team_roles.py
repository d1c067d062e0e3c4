"""Field copies of a real team book (its owner, a staff member and a viewer, each signing in
as their own role): the author of a change is the server's to say, a viewer pulls but cannot
push, and the change log on the server names who did what."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from crmnote.domain.errors import NotAllowedError
from crmnote.domain.settings import CURRENT_STAFF
from crmnote.services.book_services import Services
from tests.pg.databases import PgServer
from tests.pg.team import TeamBook, make_team_book
from tests.unit.services.sync_books import Laptops, snapshot

pytestmark = [pytest.mark.postgres, pytest.mark.team_roles]  # team init: server-wide roles
AT = datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def team(pg_server: PgServer) -> Iterator[TeamBook]:
    book = make_team_book(pg_server)
    yield book
    book.close()


def staff_named(services: Services, name: str) -> int:
    return next(s.id for s in services.records.list("staff") if s.name == name)


def test_a_staff_members_laptop_records_as_them_and_the_server_checks_it(
    team: TeamBook, laptops: Laptops
) -> None:
    office = laptops.open(team.text("owner"))
    office.services.records.add("customer", {"name": "Fjord Bikes AS"})
    assert laptops.join("bob", team.text("staff")).joined
    bob = laptops.open("bob")
    assert bob.services.settings.get(CURRENT_STAFF) == staff_named(bob.services, "Bob")
    fjord = bob.services.records.list("customer")[0]
    bob.services.records.add("interaction", {"at": AT, "summary": "call on the train"}, fjord.id)
    report = laptops.sync(bob, team.text("staff"))
    assert report.pushed == 1
    (call,) = office.services.records.list("interaction")
    assert call.staff_id == staff_named(office.services, "Bob")
    (entry,) = office.services.audit.history("interaction", call.id)
    assert entry.staff_name == "Bob"
    assert office.services.audit.verify().ok and bob.services.audit.verify().ok
    # A laptop that claims someone else wrote its change is refused, and keeps the change.
    bob.services.settings.set(CURRENT_STAFF, staff_named(bob.services, "Anna"))
    bob.services.records.update("customer", fjord.id, {"company": "Fjord AS"})
    with pytest.raises(NotAllowedError, match="in the name of its own staff member only"):
        laptops.sync(bob, team.text("staff"))
    assert office.services.records.list("customer")[0].company == ""
    assert bob.sync.status().waiting == 1


def test_a_viewer_reads_offline_and_its_own_changes_stay_on_the_laptop(
    team: TeamBook, laptops: Laptops
) -> None:
    office = laptops.open(team.text("owner"))
    office.services.records.add("customer", {"name": "Fjord Bikes AS"})
    assert laptops.join("vera", team.text("viewer")).joined
    vera = laptops.open("vera")
    vera.services.records.add("customer", {"name": "Noted offline"})
    office.services.records.add("customer", {"name": "Helmets Ltd"})
    report = laptops.sync(vera, team.text("viewer"))
    assert (report.pushed, report.unpushed, report.pulled) == (0, 1, 1)
    names = sorted(c.name for c in vera.services.records.list("customer"))
    assert names == ["Fjord Bikes AS", "Helmets Ltd", "Noted offline"]
    assert sorted(c.name for c in office.services.records.list("customer")) == [
        "Fjord Bikes AS",
        "Helmets Ltd",
    ]


def test_a_member_taken_out_of_the_team_is_told_and_keeps_the_laptop_as_it_was(
    team: TeamBook, laptops: Laptops
) -> None:
    """The owner revokes a member's group (they may still sign in to the server, but not to
    the book): a round is refused in one sentence, the laptop's book and its waiting change
    stay as they were, and it still works offline."""
    office = laptops.open(team.text("owner"))
    office.services.records.add("customer", {"name": "Fjord Bikes AS"})
    assert laptops.join("bob", team.text("staff")).joined
    bob = laptops.open("bob")
    fjord = bob.services.records.list("customer")[0]
    bob.services.records.add("interaction", {"at": AT, "summary": "call on the train"}, fjord.id)
    before = snapshot(bob)
    team.server.execute(f"REVOKE crmnote_staff FROM {team.roles['staff']}")
    with pytest.raises(NotAllowedError) as refused:
        laptops.sync(bob, team.text("staff"))
    said = str(refused.value)
    assert "\n" not in said and "has no access to this book: ask its owner" in said, said
    assert snapshot(bob) == before and bob.sync.status().waiting == 1
    bob.services.records.add("interaction", {"at": AT, "summary": "offline still"}, fjord.id)
    assert bob.sync.status().waiting == 2
    assert office.services.records.list("interaction") == []
