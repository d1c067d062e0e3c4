"""Evidence files attached before migration 0012 (issue 16): they had no change in the sync log.
The migration marks them, so the next capture gives each its `create` with the bytes: files of
the team book reach the field copies, files of a copy reach the team book and the others, a
file both already had is neither doubled nor its bytes logged twice in one book; a book
offered to the team (`team join --offer`) brings its files. On SQLite and PostgreSQL."""

from __future__ import annotations

import importlib.util
import json
import time
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from crmnote.bootstrap import OpenDatabase
from crmnote.services.book_services import Services
from crmnote.storage.engine import database_url, make_engine
from crmnote.storage.migrate import alembic_config
from tests.unit.services.sync_books import Laptops

AT = datetime(2026, 11, 2, 10, 0)
SIGNED = b"Delivery note 88: 10 tables (2 backordered), signed\n"
PHOTO = b"photo of the damaged tabletop\n"
EMAIL = b"Subject: tables\n\nTwo are missing.\n"


@pytest.fixture
def hub(opened: OpenDatabase, services: Services, database: str) -> str:
    """The team book (a file or a server), with one customer and a claim of theirs."""
    fjord = services.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    services.records.add("claim", {"text": "2 tables missing", "raised_at": AT}, fjord.id)
    return database


def as_before_0012(where: str) -> None:
    """The book as crmnote at migration 0011 would have left it, upgraded again: its files
    without uuids, no change or shadow of theirs in the sync log, then migration 0012 and
    every later one (a peer must be at this code's head to sync)."""
    engine = make_engine(database_url(where), foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0011")
            for table in ("sync_changes", "sync_shadow", "sync_conflicts"):
                conn.execute(text(f"DELETE FROM {table} WHERE kind = 'attachment'"))
            command.upgrade(alembic_config(conn), "head")
    finally:
        engine.dispose()


def files(services: Services) -> list[tuple[str, str, bytes]]:
    """(name, note, bytes) of every evidence file of the book's one claim."""
    claim = services.records.list("claim")[0]
    return sorted(
        (f.name, f.note, services.attachments.data(f.id))
        for f in services.attachments.of_record("claim", claim.id)
    )


def carrying_bytes(where: str) -> dict[str, int]:
    """Per evidence file (uuid): how many changes in the book's sync log carry its bytes."""
    engine = make_engine(database_url(where))
    try:
        with engine.connect() as conn:
            found = conn.execute(
                text("SELECT record_uuid, fields FROM sync_changes WHERE kind = 'attachment'")
            ).all()
    finally:
        engine.dispose()
    out: dict[str, int] = {}
    for record_uuid, fields in found:
        out[str(record_uuid)] = out.get(str(record_uuid), 0) + ("data" in json.loads(fields))
    return out


def test_files_attached_before_0012_travel_both_ways_once(
    laptops: Laptops, hub: str, services: Services, tmp_path: Path
) -> None:
    claim = services.records.list("claim")[0]
    services.attachments.attach("claim", claim.id, "note-88.txt", SIGNED, "signed")
    for name in ("a", "b"):
        assert laptops.join(name, hub).joined  # both hold note-88 from the fill
    services.attachments.attach("claim", claim.id, "tabletop.txt", PHOTO, "")  # on the server
    a = laptops.open("a")
    claim_a = a.services.records.list("claim")[0]
    a.services.attachments.attach("claim", claim_a.id, "mail.eml", EMAIL, "from Fjord")
    # Work after the files on each book, so the log ids the files' changes had stay taken
    # (a book at 0011 never had those changes; SQLite would give their ids out again).
    services.records.update("customer", claim.customer_id, {"notes": "pays late"})
    a.services.records.update("customer", claim_a.customer_id, {"company": "Fjord AS"})
    b = laptops.open("b")
    b.services.records.update("claim", b.services.records.list("claim")[0].id, {"text": "2 gone"})
    for book in list(laptops.books):  # closed while the schema goes down and up again
        book.opened.close()
    laptops.books.clear()
    for where in (hub, str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")):
        as_before_0012(where)
    a, b = laptops.open("a"), laptops.open("b")
    assert a.sync.status().waiting == 3  # its edit and its two files (in the log now)
    laptops.sync(a, hub)
    laptops.sync(b, hub)
    laptops.sync(a, hub)
    want = [
        ("mail.eml", "from Fjord", EMAIL),
        ("note-88.txt", "signed", SIGNED),
        ("tabletop.txt", "", PHOTO),
    ]
    hub_book = laptops.open(hub)
    for book in (hub_book, a, b):
        assert files(book.services) == want
        assert book.conflicts.list() == []
        assert book.services.audit.verify().ok
    for where in (hub, str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")):
        logged = carrying_bytes(where)
        assert len(logged) == 3 and set(logged.values()) == {1}, where
    assert (a.sync.status().waiting, b.sync.status().waiting) == (0, 0)
    again = laptops.sync(b, hub)
    assert (again.pushed, again.pulled) == (0, 0)


def test_a_book_offered_to_the_team_brings_its_files_to_every_copy(
    laptops: Laptops, hub: str, services: Services, tmp_path: Path
) -> None:
    assert laptops.join("b", hub).joined
    mine = laptops.open("mine")
    sykkel = mine.services.records.add("customer", {"name": "Sykkel Ost"})[0]
    claim = mine.services.records.add(
        "claim", {"text": "a wheel bent", "raised_at": AT}, sykkel.id
    )[0]
    mine.services.attachments.attach("claim", claim.id, "wheel.txt", PHOTO, "on arrival")
    mine.opened.close()
    laptops.books.remove(mine)
    as_before_0012(str(tmp_path / "mine.sqlite3"))
    dry = laptops.join("mine", hub)
    assert not dry.joined and dry.offer is not None
    assert ("attachment", "wheel.txt") in {(r.kind, r.name) for r in dry.offer.rows}
    assert laptops.join("mine", hub, offer=True).joined
    b = laptops.open("b")
    laptops.sync(b, hub)
    for book_services in (services, laptops.open("mine").services, b.services):
        ost = next(c for c in book_services.records.list("customer") if c.name == "Sykkel Ost")
        [bent] = book_services.records.list("claim", ost.id)
        [wheel] = book_services.attachments.of_record("claim", bent.id)
        assert (wheel.name, wheel.note) == ("wheel.txt", "on arrival")
        assert book_services.attachments.data(wheel.id) == PHOTO


def test_a_file_gets_one_uuid_whatever_dialect_and_time_zone_upgraded_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLite returns the creation time as its stored text, PostgreSQL as a datetime; the team
    book and a field copy may be upgraded on computers in different time zones."""
    path = Path(alembic_config().get_main_option("script_location") or "")
    spec = importlib.util.spec_from_file_location(
        "m0012", path / "versions" / "0012_attachments_sync.py"
    )
    assert spec is not None and spec.loader is not None
    m0012 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0012)
    seen = set()
    for zone in ("UTC", "Europe/Oslo", "America/Los_Angeles"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        seen.add(m0012.derived_uuid(7, "2026-11-02 10:00:00.000000"))
        seen.add(m0012.derived_uuid(7, datetime(2026, 11, 2, 10, 0)))
    monkeypatch.delenv("TZ")
    time.tzset()
    assert len(seen) == 1
    assert m0012.derived_uuid(8, datetime(2026, 11, 2, 10, 0)) not in seen
