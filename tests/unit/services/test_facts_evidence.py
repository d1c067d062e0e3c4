"""Evidence files: kept in the book with their SHA-256 in the change log; limits; tampering."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from crmnote.domain import settings as declared
from crmnote.domain.errors import NotFoundError, ValidationError
from crmnote.services.book_services import Services

EVIDENCE = Path(__file__).parents[2] / "data" / "evidence"


def promise_of(services: Services) -> tuple[int, int]:
    customer, _ = services.records.add("customer", {"name": "Harbour Café"})
    promise, _ = services.records.add(
        "promise",
        {"text": "deliver 12 tables", "due": date(2026, 11, 9), "quantity": 12, "unit": "tables"},
        customer.id,
    )
    return customer.id, promise.id


def sql(db_path: Path, statement: str, *args: object) -> None:
    con = sqlite3.connect(db_path)
    con.execute(statement, args)
    con.commit()
    con.close()


def test_a_file_is_kept_with_its_hash_type_size_and_who(services: Services) -> None:
    customer, promise = promise_of(services)
    scan = EVIDENCE / "delivery-note-88.png"
    made, changes = services.attachments.attach_file("promise", promise, scan, "signed note")
    assert (made.record_kind, made.record_id, made.customer_id) == ("promise", promise, customer)
    assert made.media_type == "image/png" and made.size == scan.stat().st_size
    assert made.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert made.added_by == services.customers.current_staff()
    assert changes.touches("attachment", "promise")
    assert services.attachments.data(made.id) == scan.read_bytes()
    assert [a.id for a in services.attachments.of_record("promise", promise)] == [made.id]
    assert services.attachments.counts("promise", [promise, 999]) == {promise: 1}
    entry = services.audit.history("attachment", made.id)[0]
    assert entry.action == "add" and ("sha256", None, made.sha256) in (entry.changes or ())


def test_the_bytes_decide_the_type_and_other_types_are_refused(services: Services) -> None:
    _, promise = promise_of(services)
    pdf = (EVIDENCE / "signed.pdf").read_bytes()
    made, _ = services.attachments.attach("promise", promise, "scan.png", pdf)
    assert made.media_type == "application/pdf"
    eml, _ = services.attachments.attach_file("promise", promise, EVIDENCE / "missing-tables.eml")
    assert eml.media_type == "message/rfc822"
    with pytest.raises(ValidationError) as caught:
        services.attachments.attach_file("promise", promise, EVIDENCE / "tool.exe")
    assert caught.value.field == "file" and "not accepted" in caught.value.message
    with pytest.raises(ValidationError, match="is empty"):
        services.attachments.attach("promise", promise, "empty.txt", b"")
    with pytest.raises(ValidationError, match="cannot be read"):
        services.attachments.attach_file("promise", promise, EVIDENCE / "no-such-file.png")
    with pytest.raises(ValidationError, match="files attach to"):
        services.attachments.attach("money", 1, "x.txt", b"x")
    with pytest.raises(NotFoundError):
        services.attachments.attach("claim", 999, "x.txt", b"x")


def test_limits_per_file_and_in_total_refuse_clearly(services: Services) -> None:
    _, promise = promise_of(services)
    services.settings.set(declared.ATTACHMENT_MAX_MB, 0.001)  # about 1 kB
    with pytest.raises(ValidationError) as caught:
        services.attachments.attach_file("promise", promise, EVIDENCE / "delivery-note-88.png")
    assert "files of at most 0.0 MB are kept" in caught.value.message
    services.settings.set(declared.ATTACHMENT_MAX_MB, 10)
    services.settings.set(declared.ATTACHMENTS_TOTAL_MB, 0.006)  # about 6 kB
    services.attachments.attach_file("promise", promise, EVIDENCE / "delivery-note-88.png")
    with pytest.raises(ValidationError) as caught:
        services.attachments.attach_file("promise", promise, EVIDENCE / "delivery-note-88.jpg")
    assert "raise the limit in Settings" in caught.value.message
    assert len(services.attachments.of_record("promise", promise)) == 1  # nothing half-kept


def test_removing_and_putting_back_a_file_is_logged(services: Services, tmp_path: Path) -> None:
    _, promise = promise_of(services)
    made, _ = services.attachments.attach_file("promise", promise, EVIDENCE / "signed.pdf")
    data = services.attachments.data(made.id)
    out = services.attachments.extract(made.id, tmp_path)
    assert out == tmp_path / "signed.pdf" and out.read_bytes() == data
    with pytest.raises(ValidationError, match="exists already"):
        services.attachments.extract(made.id, out)
    services.attachments.remove(made.id)
    assert services.attachments.of_record("promise", promise) == []
    with pytest.raises(ValidationError, match="does not match its SHA-256"):
        services.attachments.restore(made, b"other bytes")
    services.attachments.restore(made, data)
    assert services.attachments.get(made.id) == made
    actions = [h.action for h in services.audit.history("attachment", made.id)]
    assert actions == ["add", "delete", "restore"]
    assert services.audit.verify().ok


def test_files_go_with_their_record(services: Services) -> None:
    _, promise = promise_of(services)
    made, _ = services.attachments.attach_file("promise", promise, EVIDENCE / "signed.pdf")
    services.records.delete("promise", promise)
    with pytest.raises(NotFoundError):
        services.attachments.get(made.id)


def test_a_replaced_file_is_caught_by_the_check(services: Services, db_path: Path) -> None:
    _, promise = promise_of(services)
    made, _ = services.attachments.attach_file("promise", promise, EVIDENCE / "signed.pdf")
    assert services.audit.verify().ok
    # The bytes swapped behind the app's back, the row left as it was.
    sql(
        db_path,
        "UPDATE attachment_data SET data = ? WHERE attachment_id = ?",
        b"%PDF-forged",
        made.id,
    )
    report = services.audit.verify()
    assert [(f.what, f.kind, f.id) for f in report.findings] == [("file", "attachment", made.id)]
    assert "replaced" in report.findings[0].message or "bytes" in report.findings[0].message
    # The hash on the row rewritten to match: the row then differs from its logged state.
    forged = hashlib.sha256(b"%PDF-forged").hexdigest()
    sql(db_path, "UPDATE attachments SET sha256 = ?, size = 11 WHERE id = ?", forged, made.id)
    report = services.audit.verify()
    assert [(f.what, f.id) for f in report.findings] == [("altered", made.id)]


def test_a_copy_of_the_book_carries_its_files(services: Services, tmp_path: Path) -> None:
    import json

    from crmnote.bootstrap import open_database
    from crmnote.importers import json_doc
    from crmnote.importers.imports import import_file

    _, promise = promise_of(services)
    scan, _ = services.attachments.attach_file(
        "promise", promise, EVIDENCE / "delivery-note-88.png", "signed"
    )
    export = tmp_path / "book.json"
    export.write_text(json_doc.dumps(services.transfer.snapshot()), encoding="utf-8")
    other = open_database(str(tmp_path / "copy.sqlite3"))
    try:
        run = import_file(export, other.services.transfer)
        assert run.report.committed
        [copied] = other.services.attachments.of_record("promise", promise)
        assert (copied.name, copied.sha256, copied.note) == (scan.name, scan.sha256, "signed")
        assert other.services.attachments.data(copied.id) == services.attachments.data(scan.id)
        assert other.services.audit.verify().ok
    finally:
        other.close()
    # A file whose bytes no longer match its hash is refused, and with it the whole import.
    doc = json.loads(export.read_text(encoding="utf-8"))
    doc["attachments"][0]["data"] = "AAAA"
    export.write_text(json.dumps(doc), encoding="utf-8")
    third = open_database(str(tmp_path / "third.sqlite3"))
    try:
        run = import_file(export, third.services.transfer)
        assert not run.report.committed
        [bad] = [r for r in run.report.rows if r.kind == "attachment"]
        assert bad.field == "sha256"
    finally:
        third.close()
