"""Customers imported a chunk at a time (services/transfer.py `_WRITE_CHUNK`): the new
customers are written as the rows come, inside the one transaction, so a row refused in a later
chunk must still undo the chunks written before it, and rows naming a customer of an earlier
chunk must learn its id. The chunk is lowered to three rows so that small files span several."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.bootstrap import OpenDatabase
from crmnote.domain import entities as e
from crmnote.services import transfer as transfer_module
from crmnote.services.transfer import TransferService
from crmnote.services.transfer_report import Duplicates, ImportItem, RowAction
from crmnote.storage.engine import make_sessionmaker

# Tables an import writes to (besides the search and filter indexes the triggers fill).
_WRITTEN = (
    "customers",
    "customer_contacts",
    "customer_tags",
    "score_history",
    "sync_changes",
    "sync_shadow",
)


@pytest.fixture
def transfer(
    opened: OpenDatabase, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> TransferService:
    monkeypatch.setattr(transfer_module, "_WRITE_CHUNK", 3)
    return TransferService(make_sessionmaker(opened.engine), clock)


def _person(line: int, n: int) -> ImportItem:
    return ImportItem(
        line,
        e.Customer(
            name=f"Person {n}",
            emails=(e.ContactPoint(value=f"p{n}@example.com"),),
            phones=(e.ContactPoint(value=f"+49 30 {1000000 + n}"),),
            tags=("lead", "fair"),
        ),
    )


def _counts(opened: OpenDatabase) -> dict[str, int]:
    with Session(opened.engine) as session:
        return {
            t: int(session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in _WRITTEN
        }


def test_a_bad_row_in_a_later_chunk_undoes_the_chunks_written(
    transfer: TransferService, opened: OpenDatabase
) -> None:
    before = _counts(opened)
    items = [_person(n + 2, n) for n in range(10)]
    # the second row of the second chunk (rows 2-4 are the first chunk, 5-7 the second)
    items[4] = ImportItem(6, field="row", message="has 9 cell(s) but the header has 7")
    report = transfer.import_customers(items)
    assert not report.committed
    assert [r.line for r in report.rejected] == [6]
    assert report.rejected[0].field == "row"
    # every other row is reported as it would have been, none with an id
    assert len(report.rows) == 10
    assert report.count(RowAction.CREATED) == 9
    assert all(r.customer_id is None for r in report.rows)
    assert _counts(opened) == before


def test_a_row_failing_the_checks_in_a_later_chunk_undoes_everything(
    transfer: TransferService, opened: OpenDatabase
) -> None:
    before = _counts(opened)
    items = [_person(n + 2, n) for n in range(8)]
    items[7] = ImportItem(9, e.Customer(name="Bad Mail", emails=(e.ContactPoint(value="no"),)))
    report = transfer.import_customers(items)
    assert not report.committed
    assert [(r.line, r.field) for r in report.rejected] == [(9, "emails")]
    assert _counts(opened) == before


def test_rows_matching_customers_of_earlier_chunks_name_them(
    transfer: TransferService, opened: OpenDatabase
) -> None:
    before = _counts(opened)
    items = [_person(n + 2, n) for n in range(7)]
    items.append(
        ImportItem(20, e.Customer(name="Again", emails=(e.ContactPoint(value="P1@example.com"),)))
    )
    items.append(ImportItem(21, e.Customer(name="Person 5")))  # same chunk's, by name
    report = transfer.import_customers(items)
    assert report.committed
    created = [r for r in report.rows if r.action is RowAction.CREATED]
    assert len(created) == 7 and len({r.customer_id for r in created}) == 7
    by_line = {r.line: r for r in report.rows}
    assert by_line[20].action is RowAction.MATCHED
    assert by_line[20].customer_id == by_line[3].customer_id
    assert by_line[20].name == "Person 1"
    assert by_line[21].customer_id == by_line[7].customer_id
    assert report.changes.created == tuple(("customer", r.customer_id) for r in created)
    after = _counts(opened)
    assert after["customers"] - before["customers"] == 7
    assert after["customer_contacts"] - before["customer_contacts"] == 14
    assert after["customer_tags"] - before["customer_tags"] == 14
    # one create each in sync's change log, no marks left for the next transaction
    assert after["sync_changes"] - before["sync_changes"] == 7
    with Session(opened.engine) as session:
        assert session.execute(text("SELECT count(*) FROM sync_dirty")).scalar_one() == 0
    assert [c.name for c in transfer.customers([r.customer_id or 0 for r in created])] == [
        f"Person {n}" for n in range(7)
    ]


def test_skipping_invalid_rows_writes_the_other_chunks(
    transfer: TransferService, opened: OpenDatabase
) -> None:
    before = _counts(opened)
    items = [_person(n + 2, n) for n in range(8)]
    items[4] = ImportItem(6, field="name", message="the row has no name")
    report = transfer.import_customers(items, skip_invalid=True)
    assert report.committed
    assert [r.line for r in report.rejected] == [6]
    assert _counts(opened)["customers"] - before["customers"] == 7


@pytest.mark.parametrize("duplicates", list(Duplicates))
def test_a_dry_run_over_several_chunks_writes_nothing(
    transfer: TransferService, opened: OpenDatabase, duplicates: Duplicates
) -> None:
    before = _counts(opened)
    items = [_person(n + 2, n) for n in range(8)]
    items.append(ImportItem(20, e.Customer(name="Person 2", tags=("more",))))
    report = transfer.import_customers(items, duplicates, dry_run=True)
    assert not report.committed and report.dry_run
    expected = RowAction.MATCHED if duplicates is Duplicates.SKIP else RowAction.MERGED
    assert report.rows[-1].action is expected
    assert _counts(opened) == before


def test_merging_within_the_file_across_chunks_writes_the_merged_customer_once(
    transfer: TransferService, opened: OpenDatabase
) -> None:
    items = [_person(n + 2, n) for n in range(7)]
    items.append(ImportItem(20, e.Customer(name="Person 0", tags=("later",))))
    report = transfer.import_customers(items, Duplicates.MERGE)
    assert report.committed
    first = report.rows[0].customer_id
    assert report.rows[-1].action is RowAction.MERGED and report.rows[-1].customer_id == first
    (merged,) = transfer.customers([first or 0])
    assert set(merged.tags) == {"lead", "fair", "later"}
    with Session(opened.engine) as session:
        ops = session.execute(
            text(
                "SELECT s.op FROM sync_changes s JOIN customers c ON c.uuid = s.record_uuid "
                "WHERE c.id = :i"
            ),
            {"i": first},
        ).all()
    assert [op for (op,) in ops] == ["create"]
