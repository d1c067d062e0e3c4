"""Bulk imports fill the search index, the filter text and sync's marks after the rows
(storage/bulk_triggers.py): 1,500 rows, written in several chunks of each kind (the chunk sizes
made small), end exactly as the per-row triggers leave them."""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.demo.service import DemoService
from crmnote.importers.imports import import_file
from crmnote.services import transfer, transfer_interactions
from crmnote.services.book_services import Services
from crmnote.services.transfer_report import Duplicates, ImportReport
from crmnote.storage import bulk_triggers, demo_writes, import_writes
from crmnote.storage.consistency import CHECKS, offending

pytestmark = pytest.mark.sqlite_only  # the triggers set aside are SQLite's (sqlite_master)

ROWS = 1_500  # each chunk size below is a fraction of it: every path runs several times
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# What the two books must agree on (uuids, made at random, are masked).
_TABLES = {
    "customers": "SELECT * FROM customers ORDER BY id",
    "contacts": "SELECT * FROM customer_contacts ORDER BY id",
    "tags": "SELECT customer_id, tag FROM customer_tags ORDER BY customer_id, tag",
    "texts": "SELECT id, text FROM customer_text ORDER BY id",
    "search": "SELECT rowid, kind, record_id, customer_id, title, body FROM search_index "
    "ORDER BY rowid",
    "interactions": "SELECT * FROM interactions ORDER BY id",
    "changes": "SELECT kind, op, fields, parents FROM sync_changes ORDER BY id",
    "change log": "SELECT at, kind, record_id, customer_id, action, refs, changes FROM change_log "
    "ORDER BY id",
    "marks left": "SELECT kind, record_id FROM sync_dirty ORDER BY kind, record_id",
    "triggers": "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
    "ORDER BY name",
    "scores": "SELECT customer_id, at, state FROM score_history ORDER BY id",
}
_WORDS = ("fair", "firm", "person", "berlin", "met", "zzz", "call", "order")
_PIECES = ("son 00", "@example", "30 100", "lead", "firm 4", "irm 12", "qqq")


def _customers_csv(path: Path) -> Path:
    """Customers with emails, phones, tags; some rows repeat an earlier email, phone (written
    otherwise) or name, and a few are in the book already."""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "company", "email", "phone", "address", "tags", "notes"])
        for i in range(ROWS):
            email, phone, name = f"p{i}@example.com", f"+49 30 {1000000 + i}", f"Person {i:05d}"
            if i % 97 == 5:
                email = f"p{i - 5}@example.com"  # an earlier row's email: a duplicate
            if i % 89 == 7:
                email, phone = "", f"+49 (30) {1000000 + i - 7}"  # an earlier phone
            if i % 113 == 9:
                email, phone, name = "", "", f"Person {i - 9:05d}"  # an earlier name
            tags = ";".join(("lead", "import", f"t{i % 7}")[: 1 + i % 3])
            note = f"Met at fair {i}" if i % 2 else ""
            company = f"Firm {i % 500}" if i % 3 else ""
            w.writerow([name, company, email, phone, f"Street {i}, Berlin", tags, note])
    return path


def _interactions_csv(path: Path) -> Path:
    start = datetime(2026, 1, 5, 9)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer", "date", "channel", "minutes", "summary", "notes"])
        for i in range(ROWS // 2):
            at = (start + timedelta(hours=5 * i)).strftime("%Y-%m-%d %H:%M")
            who = f"Person {i % 700:05d}" if i % 4 else f"Newcomer {i % 300}"
            w.writerow([who, at, ("call", "email")[i % 2], 5 + i % 30, f"Call {i}", "order"])
    return path


@contextmanager
def _row_by_row(session: Any, tables: Any) -> Iterator[None]:
    yield  # the triggers stay: the reference


def _book(folder: Path, template: Path, name: str) -> OpenDatabase:
    path = folder / name
    shutil.copyfile(template, path)
    return open_database(str(path))


def _state(opened: OpenDatabase, services: Services) -> dict[str, Any]:
    with Session(opened.engine) as session:
        found: dict[str, Any] = {
            name: [
                tuple(_UUID.sub("U", v) if isinstance(v, str) else v for v in row)
                for row in session.execute(text(sql))
            ]
            for name, sql in _TABLES.items()
        }
        for word in _WORDS:
            found[f"match {word}"] = session.execute(
                text("SELECT rowid FROM search_index WHERE search_index MATCH :w ORDER BY rank"),
                {"w": word},
            ).all()
        for piece in _PIECES:
            found[f"filter {piece}"] = session.execute(
                text(
                    "SELECT rowid FROM customer_text_index WHERE customer_text_index MATCH :p "
                    "ORDER BY rowid"
                ),
                {"p": f'"{piece}"'},
            ).all()
        found["problems"] = {c.name for c in CHECKS if offending(session, c)}
    found["hits"] = [
        (h.kind, h.record_id) for word in _WORDS for h in services.search.search(word, limit=50)
    ]
    return found


def _run(
    folder: Path, template: Path, name: str, clock: Any, bulk: bool, mp: pytest.MonkeyPatch
) -> tuple[dict[str, Any], list[ImportReport]]:
    with mp.context() as m:
        if not bulk:
            m.setattr(import_writes, "indexes_after", _row_by_row)
        else:  # several chunks of writes, reads and capture
            m.setattr(transfer, "_WRITE_CHUNK", 400)
            m.setattr(transfer_interactions, "_WRITE_CHUNK", 250)
            m.setattr(transfer_interactions, "_CHUNK", 150)
            m.setattr(import_writes, "CHUNK", 150)
        opened = _book(folder, template, name)
        try:
            services = Services.over(opened.engine, clock())
            services.records.add("customer", {"name": "Person 00012", "company": "Kept"})
            services.records.add("customer", {"name": "Somebody", "tags": ["p"]})
            reports = [
                import_file(folder / "customers.csv", services.transfer),
                import_file(
                    folder / "customers.csv", services.transfer, duplicates=Duplicates.MERGE
                ),
                import_file(folder / "interactions.csv", services.transfer, create_customers=True),
            ]
            return _state(opened, services), [r.report for r in reports]
        finally:
            opened.close()


def _clock() -> Any:
    moments = iter(datetime(2026, 11, 2, 9) + timedelta(seconds=s) for s in range(10**7))
    return lambda: next(moments)


def test_a_bulk_import_ends_as_the_row_by_row_triggers_leave_it(
    tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _customers_csv(tmp_path / "customers.csv")
    _interactions_csv(tmp_path / "interactions.csv")

    before, before_reports = _run(tmp_path, sqlite_template, "a.db", _clock, False, monkeypatch)
    after, after_reports = _run(tmp_path, sqlite_template, "b.db", _clock, True, monkeypatch)

    assert [r.committed for r in after_reports] == [True, True, True]
    assert [r.rows for r in after_reports] == [r.rows for r in before_reports]
    assert len(after["customers"]) > 0.9 * ROWS and len(after["interactions"]) == ROWS // 2
    assert after["problems"] == set() and after["marks left"] == []
    assert any(after[f"filter {p}"] for p in _PIECES) and after["hits"]
    for key in before:
        assert after[key] == before[key], key


def test_the_triggers_are_back_after_the_block_and_after_a_rollback(
    opened: OpenDatabase,
) -> None:
    def triggers(session: Session) -> list[tuple[str, str]]:
        return session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        ).all()

    with Session(opened.engine) as session, session.begin():
        kept = triggers(session)
        with bulk_triggers.indexes_after(session, ("customers",)):
            inside = triggers(session)
        assert triggers(session) == kept
    assert len(inside) == len(kept) - 3  # search, filter text, sync mark
    with Session(opened.engine) as session:
        session.begin()
        with pytest.raises(RuntimeError), bulk_triggers.indexes_after(session, ("customers",)):
            raise RuntimeError("a row refused")
        session.rollback()
        assert triggers(session) == kept


def test_a_trigger_it_does_not_know_keeps_the_triggers_in_place(opened: OpenDatabase) -> None:
    with Session(opened.engine) as session, session.begin():
        session.execute(
            text("CREATE TRIGGER someone_elses AFTER INSERT ON customers BEGIN SELECT new.id; END")
        )
        count = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
        kept = session.execute(text(count)).scalar_one()
        with bulk_triggers.indexes_after(session, ("customers",)):
            assert session.execute(text(count)).scalar_one() == kept
            session.execute(
                text(
                    "INSERT INTO customers (name, company, address, status, source, notes, "
                    "open_promises, created_at, updated_at) VALUES ('Zed', '', '', 'active', "
                    "'', '', 0, '2026-01-01', '2026-01-01')"
                )
            )
        texts = session.execute(text("SELECT text FROM customer_text")).scalars().all()
    assert texts == ["Zed\n\n\n"]  # the filter text's trigger ran for the row


def test_the_demo_fills_search_filter_and_marks_as_the_triggers_would(
    tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = []
    for name, bulk in (("a.db", False), ("b.db", True)):
        with monkeypatch.context() as m:
            if not bulk:
                m.setattr(demo_writes, "indexes_after", _row_by_row)
            opened = _book(tmp_path, sqlite_template, name)
            try:
                services = Services.over(opened.engine, _clock())
                demo = DemoService.beside(services.records)
                demo.generate(customers=40, seed=5, today=date(2026, 10, 1))
                found.append(_state(opened, services))
            finally:
                opened.close()
    before, after = found
    assert len(after["customers"]) == 40 and after["search"] and after["problems"] == set()
    for key in before:
        assert after[key] == before[key], key
