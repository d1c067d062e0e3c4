"""Importing customers all-or-nothing with duplicate handling, and erasing a customer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from crmnote.bootstrap import OpenDatabase
from crmnote.domain import entities as e
from crmnote.domain.errors import NotFoundError
from crmnote.services.customers import CustomerService
from crmnote.services.records import RecordService
from crmnote.services.transfer import TransferService
from crmnote.services.transfer_report import Duplicates, ImportItem, RowAction
from crmnote.storage.engine import make_sessionmaker


@pytest.fixture
def transfer(opened: OpenDatabase, clock: Callable[[], datetime]) -> TransferService:
    return TransferService(make_sessionmaker(opened.engine), clock)


@pytest.fixture
def records(opened: OpenDatabase, clock: Callable[[], datetime]) -> RecordService:
    return RecordService(make_sessionmaker(opened.engine), clock)


def cp(value: str, label: str = "") -> e.ContactPoint:
    return e.ContactPoint(value=value, label=label)


def item(line: int, name: str, **values: object) -> ImportItem:
    return ImportItem(line, e.Customer(name=name, **values))  # type: ignore[arg-type]


def names(transfer: TransferService) -> list[str]:
    return [c.name for c in transfer.customers()]


def test_import_creates_customers_owned_by_the_current_staff(transfer: TransferService) -> None:
    report = transfer.import_customers(
        [item(2, "Ann", emails=(cp("ann@x.example", "work"),)), item(3, "Bob", tags=("vip",))]
    )
    assert report.committed and not report.dry_run
    assert [(r.line, r.action, r.name) for r in report.rows] == [
        (2, RowAction.CREATED, "Ann"),
        (3, RowAction.CREATED, "Bob"),
    ]
    ann, bob = transfer.customers()
    assert report.rows[0].customer_id == ann.id
    assert ann.emails == (cp("ann@x.example", "work"),) and bob.tags == ("vip",)
    assert ann.owner_id is not None
    assert report.changes.created == (("customer", ann.id), ("customer", bob.id))


def test_one_bad_row_means_nothing_is_written(transfer: TransferService) -> None:
    rows = [
        item(2, "Ann"),
        item(3, "Bob", emails=(cp("not-an-address"),)),
        ImportItem(4, field="row", message="has 5 cells"),
        item(5, "Cid"),
    ]
    report = transfer.import_customers(rows)
    assert not report.committed
    assert names(transfer) == []
    assert [(r.line, r.action, r.field) for r in report.rows] == [
        (2, RowAction.CREATED, ""),
        (3, RowAction.REJECTED, "emails"),
        (4, RowAction.REJECTED, "row"),
        (5, RowAction.CREATED, ""),
    ]
    assert "not an email address" in report.rows[1].message
    report = transfer.import_customers(rows, skip_invalid=True)
    assert report.committed and names(transfer) == ["Ann", "Cid"]


def test_dry_run_reports_and_writes_nothing(transfer: TransferService) -> None:
    transfer.import_customers([item(2, "Ann", emails=(cp("ann@x.example"),))])
    report = transfer.import_customers(
        [item(2, "Someone", emails=(cp("ANN@x.example"),)), item(3, "New")], dry_run=True
    )
    assert report.dry_run and not report.committed
    assert [r.action for r in report.rows] == [RowAction.MATCHED, RowAction.CREATED]
    assert report.rows[0].name == "Ann" and report.rows[0].customer_id is not None
    assert names(transfer) == ["Ann"]


def test_duplicates_match_by_email_phone_number_or_name(transfer: TransferService) -> None:
    transfer.import_customers(
        [
            item(2, "Ann Lee", emails=(cp("ann@x.example"),)),
            item(3, "Bob", phones=(cp("+46 (8) 123-456"),)),
            item(4, "Cid Moe"),
            item(5, "Eve", phones=(cp("+44 20 7946 0000"),)),
        ]
    )
    report = transfer.import_customers(
        [
            item(2, "A. Lee", emails=(cp("Ann@X.example"),)),
            item(3, "Robert", phones=(cp("+46 8-12 34 56"),)),
            item(4, "cid moe"),
            item(5, "Dee", phones=(cp("123"),)),
            # The same last eight digits in another country: another customer.
            item(6, "Fay", phones=(cp("+61 2 7946 0000"),)),
        ]
    )
    actions = [r.action for r in report.rows]
    assert actions == [RowAction.MATCHED] * 3 + [RowAction.CREATED] * 2
    assert names(transfer) == ["Ann Lee", "Bob", "Cid Moe", "Dee", "Eve", "Fay"]


def test_numbers_without_country_code_are_read_in_the_settings_region(
    transfer: TransferService, opened: OpenDatabase, clock: Callable[[], datetime]
) -> None:
    from crmnote.domain import settings as declared
    from crmnote.services.settings_service import SettingsService

    transfer.import_customers([item(2, "Gus", phones=(cp("+49 30 1234567"),))])
    national = [item(2, "Gustav", phones=(cp("030 123 45 67"),))]
    assert transfer.import_customers(national, dry_run=True).rows[0].action == RowAction.CREATED
    SettingsService(make_sessionmaker(opened.engine), clock).set(declared.PHONE_REGION, "DE")
    report = transfer.import_customers(national, dry_run=True)
    assert report.rows[0].action == RowAction.MATCHED and report.rows[0].name == "Gus"


def test_merge_adds_missing_emails_phones_tags_and_notes(transfer: TransferService) -> None:
    transfer.import_customers(
        [item(2, "Ann", emails=(cp("ann@x.example"),), tags=("vip",), notes="first")]
    )
    report = transfer.import_customers(
        [
            item(
                2,
                "ann",
                emails=(cp("ann@x.example"), cp("ann@home.example", "home")),
                phones=(cp("555 123 456"),),
                tags=("VIP", "b2b"),
                notes="second",
                company="Acme",
            ),
            item(3, "Ann", notes="first"),
        ],
        Duplicates.MERGE,
    )
    assert [r.action for r in report.rows] == [RowAction.MERGED, RowAction.MATCHED]
    (ann,) = transfer.customers()
    assert ann.emails == (cp("ann@x.example"), cp("ann@home.example", "home"))
    assert ann.phones == (cp("555 123 456"),)
    assert ann.tags == ("b2b", "vip")
    assert ann.notes == "first\n\nsecond"
    assert ann.company == "Acme"


def test_duplicate_rows_within_one_file(transfer: TransferService) -> None:
    rows = [
        item(2, "Ann", emails=(cp("ann@x.example"),)),
        item(3, "Ann", emails=(cp("ann@x.example"),), phones=(cp("555 123 456"),)),
    ]
    skipped = transfer.import_customers(rows, dry_run=True)
    assert [r.action for r in skipped.rows] == [RowAction.CREATED, RowAction.MATCHED]
    merged = transfer.import_customers(rows, Duplicates.MERGE)
    assert [r.action for r in merged.rows] == [RowAction.CREATED, RowAction.MERGED]
    assert merged.rows[0].customer_id == merged.rows[1].customer_id
    (ann,) = transfer.customers()
    assert ann.phones == (cp("555 123 456"),)


def test_erase_customer_removes_everything_attached(
    transfer: TransferService, records: RecordService, opened: OpenDatabase
) -> None:
    customer, _ = records.add("customer", {"name": "Ann"})
    keep, _ = records.add("customer", {"name": "Bob"})
    records.add("interaction", {"summary": "hi"}, customer.id)
    records.add("promise", {"text": "call"}, customer.id)
    records.add("interaction", {"summary": "hi"}, keep.id)
    changes = transfer.erase_customer(customer.id)
    assert changes.customer_ids == {customer.id} and "interaction" in changes.kinds
    assert names(transfer) == ["Bob"]
    assert records.list("interaction") == records.list("interaction", keep.id)
    assert records.list("promise") == []
    with pytest.raises(NotFoundError):
        transfer.erase_customer(customer.id)
    assert CustomerService(make_sessionmaker(opened.engine)).count() == 1
