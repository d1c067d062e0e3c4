"""Evidence files sync (migration 0012): a file attached on one laptop arrives on the other with
its bytes and hash; the bytes travel once, in the change that brings the file, never in its
shadow or a later change; a removal syncs; bytes that do not match the hash are not kept."""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from crmnote.bootstrap import OpenDatabase
from crmnote.domain.sync.identity import new_uuid
from crmnote.services.book_services import Services
from crmnote.storage import sync_records as records
from tests.unit.services.sync_books import Book, Laptops

AT = datetime(2026, 11, 2, 10, 0)
SCAN = b"Delivery note 88: 10 tables (2 backordered)\n"


def two(laptops: Laptops) -> tuple[Book, Book]:
    a = laptops.open("a")
    fjord = a.services.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    a.services.records.add("claim", {"text": "2 tables missing", "raised_at": AT}, fjord.id)
    laptops.copy("a", "b")
    return laptops.open("a"), laptops.open("b")


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.sqlite_only
def test_a_file_attached_on_one_side_arrives_with_its_bytes(
    laptops: Laptops, tmp_path: Path
) -> None:
    a, b = two(laptops)
    claim_a = a.services.records.list("claim")[0]
    made, _ = a.services.attachments.attach("claim", claim_a.id, "note-88.txt", SCAN, "signed")
    a.sync.sync_with(b.sessions, "b")
    claim_b = b.services.records.list("claim")[0]
    [got] = b.services.attachments.of_record("claim", claim_b.id)
    assert (got.name, got.note, got.sha256, got.size) == (
        made.name,
        "signed",
        made.sha256,
        len(SCAN),
    )
    assert b.services.attachments.data(got.id) == SCAN
    again = a.sync.sync_with(b.sessions, "b")
    assert (again.pushed, again.pulled) == (0, 0)
    assert len(b.services.attachments.of_record("claim", claim_b.id)) == 1


@pytest.mark.sqlite_only
def test_the_bytes_travel_once_and_a_removal_syncs(laptops: Laptops, tmp_path: Path) -> None:
    a, b = two(laptops)
    claim_a = a.services.records.list("claim")[0]
    made, _ = a.services.attachments.attach("claim", claim_a.id, "note-88.txt", SCAN)
    a.sync.sync_with(b.sessions, "b")
    a.services.attachments.remove(made.id)
    a.sync.sync_with(b.sessions, "b")
    claim_b = b.services.records.list("claim")[0]
    assert b.services.attachments.of_record("claim", claim_b.id) == []
    for name in ("a", "b"):
        book = next(tmp_path.rglob(f"{name}.sqlite3"))
        changes = rows(book, "SELECT op, fields FROM sync_changes WHERE kind = 'attachment'")
        assert [op for op, _ in changes] == ["create", "delete"]
        carrying = [op for op, fields in changes if "data" in json.loads(str(fields))]
        assert carrying == ["create"]
        shadows = rows(book, "SELECT state FROM sync_shadow WHERE kind = 'attachment'")
        assert shadows and all(s is None or "data" not in json.loads(str(s)) for (s,) in shadows)
        assert rows(book, "SELECT count(*) FROM attachment_data") == [(0,)]


@pytest.mark.sqlite_only
def test_bytes_that_do_not_match_the_hash_are_refused_before_any_write(
    laptops: Laptops,
) -> None:
    a, _b = two(laptops)
    claim = a.services.records.list("claim")[0]
    made, _ = a.services.attachments.attach("claim", claim.id, "note-88.txt", SCAN)
    with a.sessions() as session:
        ids = records.Ids(session)
        found = records.read_state(session, "attachment", made.id, ids)
        assert found is not None and records.BYTES not in found[1]
        state = found[1] | {records.BYTES: base64.b64encode(b"something else").decode()}
        with pytest.raises(records.Incomplete, match="do not match its hash"):
            records.row_values("attachment", new_uuid(), state, AT, None, ids)
        with pytest.raises(records.Incomplete, match="not all of it has arrived"):
            records.row_values("attachment", new_uuid(), found[1], AT, None, ids)


@pytest.fixture
def hub(opened: OpenDatabase, services: Services, database: str) -> str:
    """The team book (a file or a server), with one customer and a claim of theirs."""
    fjord = services.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    services.records.add("claim", {"text": "2 tables missing", "raised_at": AT}, fjord.id)
    return database


def test_a_file_reaches_the_team_book_and_the_other_field_copy(
    laptops: Laptops, hub: str, services: Services
) -> None:
    for name in ("a", "b"):
        assert laptops.join(name, hub).joined
    a, b = laptops.open("a"), laptops.open("b")
    claim = a.services.records.list("claim")[0]
    made, _ = a.services.attachments.attach("claim", claim.id, "note-88.txt", SCAN, "signed")
    laptops.sync(a, hub)
    laptops.sync(b, hub)
    for book_services in (services, b.services):
        [there] = book_services.attachments.of_record(
            "claim", book_services.records.list("claim")[0].id
        )
        assert (there.sha256, there.note) == (made.sha256, "signed")
        assert book_services.attachments.data(there.id) == SCAN
