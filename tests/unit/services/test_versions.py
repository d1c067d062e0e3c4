"""No lost update: every record carries a version; an edit made on an old one is refused with
who changed it and when, and saving one's own values over theirs keeps theirs in the history."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import text

from crmnote.domain import settings as declared
from crmnote.domain.errors import StaleRecordError
from crmnote.importers.json_doc import record_from, to_document
from crmnote.services.book_services import Services
from crmnote.services.transfer_report import Snapshot
from tests.conftest import TickingClock


@pytest.fixture
def book(services: Services) -> dict[str, Any]:
    anna, _ = services.records.add("staff", {"name": "Anna"})
    services.settings.set(declared.CURRENT_STAFF, anna.id)
    customer, _ = services.records.add("customer", {"name": "Fjord Bikes"})
    promise, _ = services.records.add("promise", {"text": "20 helmets by Friday"}, customer.id)
    return {"anna": anna, "customer": customer, "promise": promise}


def test_a_record_starts_at_version_one_and_each_saved_change_adds_one(
    services: Services, book: dict[str, Any]
) -> None:
    customer = book["customer"]
    assert customer.version == 1 and book["promise"].version == 1
    changed, _ = services.records.update("customer", customer.id, {"notes": "pays late"})
    assert changed.version == 2
    # A logged call rewrites the list's summary columns on the customer row, not its content.
    services.records.add("interaction", {"summary": "asked about the helmets"}, customer.id)
    services.records.add("interaction", {"summary": "again"}, customer.id)
    assert services.records.get("customer", customer.id).version == 2


def test_an_edit_on_an_old_version_is_refused_saying_who_and_when(
    services: Services, book: dict[str, Any], clock: TickingClock
) -> None:
    promise = book["promise"]
    theirs, _ = services.records.update(
        "promise", promise.id, {"evidence": "tracking 1Z999"}, expected_version=1
    )
    saved_at = clock.current  # the clock ticks once per reading: the save read it last
    with pytest.raises(StaleRecordError) as refused:
        services.records.update(
            "promise", promise.id, {"evidence": "delivered by hand"}, expected_version=1
        )
    exc = refused.value
    assert exc.by == "Anna" and exc.kind == "promise"
    assert exc.current == services.records.get("promise", promise.id) == theirs
    assert abs((exc.at - saved_at).total_seconds()) <= 2
    assert str(exc) == (
        f"this promise was changed by Anna at {exc.at:%H:%M} while you were editing; "
        "your change was not saved"
    )
    assert services.records.get("promise", promise.id).evidence == "tracking 1Z999"


def test_keep_mine_saves_over_theirs_and_their_version_stays_in_the_history(
    services: Services, book: dict[str, Any]
) -> None:
    promise = book["promise"]
    services.records.update("promise", promise.id, {"evidence": "tracking 1Z999"})
    with pytest.raises(StaleRecordError) as refused:
        services.records.update(
            "promise", promise.id, {"evidence": "by hand"}, expected_version=promise.version
        )
    current = refused.value.current
    mine, _ = services.records.update(
        "promise", promise.id, {"evidence": "by hand"}, expected_version=current.version
    )
    assert (mine.evidence, mine.version) == ("by hand", 3)
    history = services.audit.history("promise", promise.id)
    assert [h.action for h in history] == ["add", "update", "update"]
    assert history[2].changes is not None
    assert ("evidence", "tracking 1Z999", "by hand") in history[2].changes


def test_a_kind_the_log_does_not_keep_yet_says_who_from_the_record(
    services: Services, book: dict[str, Any]
) -> None:
    """A customer is not in the change log: who saved it comes from the record itself, the
    staff member signed in (here the book's current one) when it was saved."""
    customer = book["customer"]
    bo, _ = services.records.add("staff", {"name": "Bo"})
    services.settings.set(declared.CURRENT_STAFF, bo.id)
    services.records.update("customer", customer.id, {"company": "Fjord Bikes AS"})
    with pytest.raises(StaleRecordError, match="this customer was changed by Bo at ") as refused:
        services.records.update("customer", customer.id, {"notes": "old form"}, expected_version=1)
    assert refused.value.by == "Bo"
    assert refused.value.at == services.records.get("customer", customer.id).updated_at


def test_who_saved_a_record_before_it_was_known_is_not_guessed(
    services: Services, book: dict[str, Any]
) -> None:
    """A record saved before crmnote kept who saved it (an older book, demo data) names no one;
    a save moves its version by one, whoever saves it."""
    customer = book["customer"]
    with services.records.transaction() as repo:
        repo.session.execute(
            text("UPDATE customers SET updated_by = NULL, version = 2 WHERE id = :i"),
            {"i": customer.id},
        )
    bo, _ = services.records.add("staff", {"name": "Bo"})
    services.settings.set(declared.CURRENT_STAFF, bo.id)
    with pytest.raises(StaleRecordError) as refused:
        services.records.update("customer", customer.id, {"notes": "old form"}, expected_version=1)
    assert refused.value.by == ""
    assert str(refused.value).startswith("this customer was changed at ")
    saved, _ = services.records.update(
        "customer", customer.id, {"notes": "new"}, expected_version=2
    )
    assert saved.version == 3
    with pytest.raises(StaleRecordError, match="changed by Bo at "):
        services.records.update("customer", customer.id, {"notes": "x"}, expected_version=2)


def test_without_a_version_a_change_applies_to_what_is_stored(
    services: Services, book: dict[str, Any]
) -> None:
    """The command line's `set` without --expect-version: a one-shot change, no form."""
    promise = book["promise"]
    services.records.update("promise", promise.id, {"evidence": "a"})
    saved, _ = services.records.update("promise", promise.id, {"evidence": "b"})
    assert (saved.evidence, saved.version) == ("b", 3)


def test_the_version_stays_in_its_book(services: Services, book: dict[str, Any]) -> None:
    """Exports leave it out; an import never takes one (the record is new where it goes)."""
    promise, _ = services.records.update("promise", book["promise"].id, {"evidence": "x"})
    document = to_document(Snapshot({"promise": (promise,)}, {}))
    (row,) = document["records"]["promise"]
    assert "version" not in row
    read = record_from("promise", {**row, "version": 99})
    assert read.version == 0 and dataclasses.replace(read, version=2) == promise
