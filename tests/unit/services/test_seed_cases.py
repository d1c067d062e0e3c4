"""docs/facts.md §9, the cases that need a book: a file's hash, an altered import, a referral."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crmnote.bootstrap import open_database
from crmnote.domain.types import CustomerStatus, DecisionAction
from crmnote.importers import json_doc
from crmnote.importers.imports import import_file
from crmnote.services.book_services import Services

DOC = " ".join((Path(__file__).parents[3] / "docs" / "facts.md").read_text("utf-8").split())
NOTE = b"Delivery note 88: 10 tables (2 backordered). Signed A. Smith\n"


def test_case_2_the_signed_delivery_note(services: Services, db_path: Path) -> None:
    customer, _ = services.records.add("customer", {"name": "Harbour Café"})
    promise, _ = services.records.add("promise", {"text": "Deliver 12 tables"}, customer.id)
    made, _ = services.attachments.attach("promise", promise.id, "delivery-note.txt", NOTE)
    assert f"`{made.sha256}`" in DOC
    con = sqlite3.connect(db_path)
    con.execute("UPDATE attachment_data SET data = ?", (NOTE.replace(b"10", b"12"),))
    con.commit()
    con.close()
    [finding] = services.audit.verify().findings
    assert f"`{finding.message}`".replace("attachment 1", f"attachment {made.id}") in DOC


def test_case_8_an_imported_note_altered_later(services: Services, tmp_path: Path) -> None:
    customer, _ = services.records.add("customer", {"name": "Ann Smith"})
    services.records.add("interaction", {"summary": "order", "notes": "12 tables"}, customer.id)
    export = tmp_path / "book.json"
    export.write_text(json_doc.dumps(services.transfer.snapshot()), encoding="utf-8")
    other = open_database(str(tmp_path / "copy.sqlite3"))  # a fresh book: ids are kept
    try:
        assert import_file(export, other.services.transfer).report.committed
        assert other.services.audit.verify().ok
        con = sqlite3.connect(tmp_path / "copy.sqlite3")
        con.execute("UPDATE interactions SET notes = '10 tables'")
        con.commit()
        con.close()
        [finding] = other.services.audit.verify().findings
    finally:
        other.close()
    assert f"`change log: {finding.message}`" in DOC


def test_case_9_referring_from_the_command_line_path(services: Services) -> None:
    customer, _ = services.records.add("customer", {"name": "Ann Smith"})
    decision, _ = services.decisions.decide(
        customer.id,
        {"action": DecisionAction.REFER, "referral_to": "Bolt & Co"},
        why="your project needs weekend support",
    )
    assert "Your project needs weekend support. We believe Bolt & Co" in decision.message
    assert services.records.get("customer", customer.id).status is CustomerStatus.REFERRED
    assert "sets Ann's status to *referred*" in DOC
