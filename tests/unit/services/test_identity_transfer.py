"""Record identity through JSON export and import: the same export twice adds nothing the second
time; one laptop's export into another adds its new records once and matches the shared ones."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.importers.json_doc import from_document, to_document
from crmnote.services.book_services import Services
from crmnote.services.transfer_report import RowAction

pytestmark = pytest.mark.sqlite_only
AT = datetime(2026, 11, 2, 10, 0)


def _book(path: Path, template: Path | None, clock: Callable[[], datetime]) -> Services:
    if template is not None:
        shutil.copyfile(template, path)
    opened = open_database(str(path))
    _OPEN.append(opened)
    return Services.over(opened.engine, clock)


_OPEN: list[OpenDatabase] = []


@pytest.fixture(autouse=True)
def _close_books() -> Iterator[None]:
    yield
    while _OPEN:
        _OPEN.pop().close()


def _counts(s: Services) -> dict[str, int]:
    return {k: len(s.records.list(k)) for k in ("customer", "interaction", "promise", "staff")}


def _roundtrip(source: Services, target: Services) -> list[RowAction]:
    snapshot, problems = from_document(to_document(source.transfer.snapshot()))
    assert problems == []
    report = target.transfer.import_snapshot(snapshot)
    assert report.committed
    return [r.action for r in report.rows]


def test_every_saved_record_has_a_uuid_that_an_export_carries(
    tmp_path: Path, sqlite_template: Path, clock: Callable[[], datetime]
) -> None:
    a = _book(tmp_path / "a.sqlite3", sqlite_template, clock)
    fjord = a.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    assert len(fjord.uuid) == 36
    doc = to_document(a.transfer.snapshot())
    assert doc["records"]["customer"][0]["uuid"] == fjord.uuid


def test_the_same_export_twice_changes_nothing_the_second_time(
    tmp_path: Path, sqlite_template: Path, clock: Callable[[], datetime]
) -> None:
    a = _book(tmp_path / "a.sqlite3", sqlite_template, clock)
    b = _book(tmp_path / "b.sqlite3", sqlite_template, clock)
    fjord = a.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    a.records.add("interaction", {"at": AT, "summary": "call"}, fjord.id)
    b.records.add("customer", {"name": "Someone else"})
    first = _roundtrip(a, b)
    assert RowAction.CREATED in first
    after_first = _counts(b)
    second = _roundtrip(a, b)
    assert RowAction.CREATED not in second
    assert _counts(b) == after_first
    assert after_first["customer"] == 2 and after_first["interaction"] == 1


def test_one_laptops_export_adds_its_new_records_once_to_the_other(
    tmp_path: Path, sqlite_template: Path, clock: Callable[[], datetime]
) -> None:
    a = _book(tmp_path / "a.sqlite3", sqlite_template, clock)
    fjord = a.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    a.records.add("interaction", {"at": AT, "summary": "first call"}, fjord.id)
    _OPEN.pop().close()
    shutil.copyfile(tmp_path / "a.sqlite3", tmp_path / "b.sqlite3")  # laptop B began as a copy
    a = _book(tmp_path / "a.sqlite3", None, clock)
    b = _book(tmp_path / "b.sqlite3", None, clock)
    b_fjord = b.records.list("customer")[0]
    b.records.add("interaction", {"at": AT, "summary": "B's call"}, b_fjord.id)
    b.records.add("customer", {"name": "Helmets Ltd"})
    _roundtrip(b, a)
    _roundtrip(b, a)
    names = sorted(c.name for c in a.records.list("customer"))
    assert names == ["Fjord Bikes AS", "Helmets Ltd"]
    summaries = sorted(i.summary for i in a.records.list("interaction"))
    assert summaries == ["B's call", "first call"]
    call = next(i for i in a.records.list("interaction") if i.summary == "B's call")
    assert call.customer_id == fjord.id
