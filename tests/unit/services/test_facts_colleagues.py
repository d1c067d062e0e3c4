"""Evidence files on a team book reach a colleague's open app as they commit (0010's notices
over 0009's): who attached or removed a file, for which customer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.services.changes import Changes
from crmnote.services.colleagues import ColleagueChange, ColleagueWatch
from tests.pg.team import TeamBook

EVIDENCE = Path(__file__).parents[2] / "data" / "evidence"


@pytest.fixture
def owner(team_book: TeamBook) -> Iterator[OpenDatabase]:
    opened = open_database(team_book.text("owner"))
    yield opened
    opened.services.colleagues.stop()
    opened.close()


@pytest.fixture
def staff(team_book: TeamBook) -> Iterator[OpenDatabase]:
    opened = open_database(team_book.text("staff"))
    yield opened
    opened.close()


def _next(watch: ColleagueWatch, wait_until: Callable[..., None]) -> ColleagueChange:
    found: list[ColleagueChange] = []

    def arrived() -> bool:
        found.extend(watch.drain())
        return bool(found)

    wait_until(arrived, timeout=10_000)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.postgres
def test_a_colleagues_evidence_file_arrives_and_its_removal_too(
    qtbot: object, owner: OpenDatabase, staff: OpenDatabase
) -> None:
    wait = qtbot.waitUntil  # type: ignore[attr-defined]
    watch = owner.services.colleagues
    assert watch.start()
    customer, _ = owner.services.records.add("customer", {"name": "Harbour Café"})
    claim, _ = owner.services.records.add("claim", {"text": "2 tables missing"}, customer.id)
    scan, _ = staff.services.attachments.attach_file(
        "claim", claim.id, EVIDENCE / "delivery-note-88.png"
    )
    change = _next(watch, wait)
    assert (change.author, change.kind, change.op, change.count) == (
        "Bob",
        "attachment",
        "insert",
        1,
    )
    assert change.customer == "Harbour Café"
    assert change.changes == Changes(
        kinds=frozenset({"attachment"}),
        customer_ids=frozenset({customer.id}),
        records=frozenset({("attachment", scan.id)}),
    )
    staff.services.attachments.remove(scan.id)
    gone = _next(watch, wait)
    assert (gone.kind, gone.op) == ("attachment", "delete")
    owner.services.attachments.attach_file("claim", claim.id, EVIDENCE / "signed.pdf")  # mine
    staff.services.records.add("interaction", {"summary": "called back"}, customer.id)
    assert _next(watch, wait).kind == "interaction"  # nothing of the owner's own file came
