"""The change log: every change logged in its transaction, history, and tampering detected."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from crmnote.bootstrap import OpenDatabase
from crmnote.domain.audit import GENESIS, ChainFields, chain_hash, diff
from crmnote.domain.types import PromiseStatus
from crmnote.services.audit import AuditService
from crmnote.services.records import RecordService
from crmnote.storage.engine import make_sessionmaker
from tests.conftest import TickingClock


@pytest.fixture
def records(opened: OpenDatabase, clock: TickingClock) -> RecordService:
    return RecordService(make_sessionmaker(opened.engine), clock)


@pytest.fixture
def audit(opened: OpenDatabase, clock: TickingClock) -> AuditService:
    return AuditService(make_sessionmaker(opened.engine), clock)


def sql(db_path: Path, statement: str) -> None:
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(statement)
    con.commit()
    con.close()


def fill(records: RecordService) -> tuple[int, int, int]:
    customer, _ = records.add("customer", {"name": "Fjord Bikes AS"})
    call, _ = records.add("interaction", {"summary": "order", "minutes": 5}, customer.id)
    promise, _ = records.add(
        "promise", {"text": "deliver 20 helmets", "due": date(2026, 11, 9)}, customer.id
    )
    claim, _ = records.add(
        "claim", {"text": "late", "promise_id": promise.id, "interaction_id": call.id}, customer.id
    )
    records.update("promise", promise.id, {"status": PromiseStatus.KEPT, "evidence": "note 4411"})
    return call.id, promise.id, claim.id


def test_chain_hash_depends_on_the_previous_entry() -> None:
    fields = ChainFields("2026-11-02T09:00:00", 1, "promise", 1, 1, "add", None, "a", "b")
    assert chain_hash(GENESIS, fields) != chain_hash("1" * 64, fields)
    assert diff({"kind": "x", "a": 1, "b": 2}, {"kind": "x", "a": 1, "b": 3}) == {"b": [2, 3]}


def test_every_change_is_logged_with_who_and_what(
    records: RecordService, audit: AuditService
) -> None:
    _, promise, _ = fill(records)
    history = audit.history("promise", promise)
    assert [h.action for h in history] == ["add", "update"]
    changes = dict((name, (old, new)) for name, old, new in history[1].changes or ())
    assert changes["status"] == ("open", "kept") and changes["evidence"] == ("", "note 4411")
    assert history[1].staff_name  # the current staff member
    report = audit.verify()
    assert report.ok and report.entries == 4 and not report.unlogged


def test_a_row_changed_with_plain_sql_is_reported(
    records: RecordService, audit: AuditService, db_path: Path
) -> None:
    _, promise, claim = fill(records)
    sql(db_path, f"UPDATE promises SET evidence = 'forged' WHERE id = {promise}")
    sql(db_path, f"UPDATE claims SET verdict = 'unsubstantiated' WHERE id = {claim}")
    report = audit.verify()
    assert not report.ok
    assert {(f.what, f.kind, f.id) for f in report.findings} == {
        ("altered", "promise", promise),
        ("altered", "claim", claim),
    }


def test_a_deleted_row_and_an_edited_log_are_reported(
    records: RecordService, audit: AuditService, db_path: Path
) -> None:
    call, _, _ = fill(records)
    sql(db_path, f"DELETE FROM interactions WHERE id = {call}")
    sql(db_path, "UPDATE change_log SET staff_id = 99 WHERE id = 2")
    whats = {(f.what, f.id) for f in audit.verify().findings}
    assert ("missing", call) in whats and ("chain", call) in whats


def test_removing_the_last_entry_is_reported(
    records: RecordService, audit: AuditService, db_path: Path
) -> None:
    fill(records)
    sql(db_path, "DELETE FROM change_log WHERE id = (SELECT max(id) FROM change_log)")
    whats = {f.what for f in audit.verify().findings}
    assert "head" in whats and "altered" in whats


def test_deleting_through_the_app_keeps_the_facts(
    records: RecordService, audit: AuditService
) -> None:
    call, promise, claim = fill(records)
    records.delete("interaction", call)  # the claim's interaction_id is set to NULL by the db
    old = records.get("promise", promise)
    records.delete("promise", promise)
    records.restore(old)
    assert [h.action for h in audit.history("promise", promise)] == [
        "add",
        "update",
        "delete",
        "restore",
    ]
    deleted = audit.history("interaction", call)[-1]
    assert (
        deleted.action == "delete"
        and dict((n, o) for n, o, _ in deleted.changes or ())["summary"] == "order"
    )
    assert audit.verify().ok, audit.verify().findings
    assert records.get("claim", claim).interaction_id is None


def test_unlogged_rows_are_reported_apart_and_baselined(
    records: RecordService, audit: AuditService, db_path: Path
) -> None:
    fill(records)
    sql(
        db_path,
        "INSERT INTO interactions (customer_id, at, channel, direction, minutes, summary, notes,"
        " created_at, updated_at) VALUES (1, '2026-01-01 10:00:00.000000', 'call', 'in', 3,"
        " 'imported', '', '2026-01-01 10:00:00.000000', '2026-01-01 10:00:00.000000')",
    )
    report = audit.verify()
    assert report.ok and report.unlogged == {"interaction": 1}
    count, _ = audit.baseline()
    assert count == 1
    assert audit.verify().unlogged == {}
    sql(db_path, "UPDATE interactions SET minutes = 300 WHERE summary = 'imported'")
    assert [f.what for f in audit.verify().findings] == ["altered"]


def test_erasing_a_customer_keeps_the_chain_without_personal_data(
    records: RecordService, audit: AuditService, db_path: Path
) -> None:
    _, promise, _ = fill(records)
    records.delete("customer", 1)
    history = audit.history("promise", promise)
    assert history and all(h.changes is None and h.redacted for h in history)
    assert audit.history("customer", 1)[-1].action == "erase"
    report = audit.verify()
    assert report.ok, report.findings
    con = sqlite3.connect(db_path)
    text = " ".join(str(r) for r in con.execute("SELECT * FROM change_log"))
    con.close()
    assert "helmets" not in text and "Fjord" not in text
