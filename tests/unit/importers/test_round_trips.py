"""Export then import: JSON, CSV and vCard round trips, per-kind CSVs, owner-only files."""

from __future__ import annotations

import csv
import io
import json
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.importers.export import export_to
from crmnote.importers.imports import import_file
from crmnote.services.customers import CustomerService
from crmnote.services.records import RecordService
from crmnote.services.transfer import TransferService
from crmnote.services.transfer_report import RowAction
from crmnote.storage.engine import make_sessionmaker


@pytest.fixture
def second(tmp_path: Path) -> Iterator[OpenDatabase]:
    db = open_database(str(tmp_path / "second.sqlite3"))
    yield db
    db.close()


def service(db: OpenDatabase) -> TransferService:
    return TransferService(make_sessionmaker(db.engine))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_json_round_trip_into_an_empty_database_is_identical(
    transfer: TransferService, filled: dict[str, int], second: OpenDatabase, tmp_path: Path
) -> None:
    first = tmp_path / "all.json"
    export_to(first, transfer)
    assert mode(first) == 0o600
    doc = json.loads(first.read_text())
    assert doc["format"] == "crmnote" and doc["scope"] == "all"
    assert {k: len(v) for k, v in doc["records"].items()}["promise"] == 2
    assert doc["settings"]["current_staff_id"] == 1
    run = import_file(first, service(second))
    assert run.report.committed and not run.report.rejected
    again = tmp_path / "again.json"
    export_to(again, service(second))
    assert again.read_text() == first.read_text()


def test_json_into_a_non_empty_database_remaps_ids(
    transfer: TransferService, filled: dict[str, int], second: OpenDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "all.json"
    export_to(path, transfer)
    other = RecordService(make_sessionmaker(second.engine))
    for name in ("Existing One", "Existing Two", "Existing Three"):
        other.add("customer", {"name": name})
    report = import_file(path, service(second)).report
    assert report.committed
    # The first-run staff member of each database has the same name: matched, not duplicated.
    staff_rows = [r for r in report.rows if r.kind == "staff"]
    assert [r.action for r in staff_rows].count(RowAction.MATCHED) == 1
    zoe = next(c for c in other.list("customer") if c.name == "Zoë Ångström")
    assert zoe.id != filled["zoe"]
    claim = other.list("claim", zoe.id)[0]
    promise = other.get("promise", claim.promise_id)
    assert promise.customer_id == zoe.id and promise.text == "deliver 20 helmets"
    interaction = other.get("interaction", promise.interaction_id)
    assert interaction.customer_id == zoe.id
    assert other.get("staff", zoe.owner_id).name == "Anna Berg"
    assert other.get("standard", promise.standard_id).name == "Reply within a day"
    assert len(other.list("customer")) == 5
    # List columns and scores are derived, not in the file: rebuilt by the import.
    (summary,) = CustomerService(make_sessionmaker(second.engine)).summaries("Zoë")
    assert summary.open_promises == 1 and summary.trust is not None


def test_json_with_a_broken_record_writes_nothing(
    transfer: TransferService, filled: dict[str, int], second: OpenDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "all.json"
    export_to(path, transfer)
    doc = json.loads(path.read_text())
    doc["records"]["money"][0]["amount"] = "-3"
    doc["records"]["effort"][0]["at"] = "yesterday"
    path.write_text(json.dumps(doc))
    report = import_file(path, service(second)).report
    assert not report.committed
    bad = {(r.kind, r.field) for r in report.rejected}
    assert bad == {("money", "amount"), ("effort", "at")}
    assert service(second).customers() == []
    report = import_file(path, service(second), skip_invalid=True).report
    assert report.committed and len(service(second).customers()) == 2


def test_customer_csv_round_trip_with_formula_neutralisation(
    transfer: TransferService, filled: dict[str, int], second: OpenDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "customers.csv"
    export_to(path, transfer)
    assert mode(path) == 0o600
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    zoe = next(r for r in rows if r["name"] == "Zoë Ångström")
    assert zoe["notes"].startswith("'=cmd|")
    assert zoe["phones"] == "mobile:+46 8 123 45 67"  # starts with a label, not "+"
    assert zoe["owner"] == "Anna Berg"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    report = import_file(path, service(second)).report
    assert report.committed and report.count(RowAction.CREATED) == 2
    fields = ("name", "company", "emails", "phones", "address", "tags", "status", "notes")
    before = {c.name: [getattr(c, f) for f in fields] for c in transfer.customers()}
    after = {c.name: [getattr(c, f) for f in fields] for c in service(second).customers()}
    assert after == before


def test_vcf_export_reimports_to_the_same_fields(
    transfer: TransferService, filled: dict[str, int], second: OpenDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "one.vcf"
    export_to(path, transfer, [filled["zoe"]])
    assert path.read_text().count("BEGIN:VCARD") == 1
    import_file(path, service(second))
    fields = ("name", "company", "emails", "phones", "address", "tags", "status", "notes")
    (before,) = transfer.customers([filled["zoe"]])
    (after,) = service(second).customers()
    assert [getattr(after, f) for f in fields] == [getattr(before, f) for f in fields]


@pytest.mark.parametrize("target", ["tables.zip", "tables"])
def test_one_csv_per_kind_in_a_zip_or_a_directory(
    transfer: TransferService, filled: dict[str, int], tmp_path: Path, target: str
) -> None:
    path = tmp_path / target
    result = export_to(path, transfer)
    assert result.counts["money"] == 2
    if target.endswith(".zip"):
        assert mode(path) == 0o600
        with zipfile.ZipFile(path) as archive:
            files = {n: archive.read(n).decode("utf-8-sig") for n in archive.namelist()}
    else:
        assert mode(path) == 0o700
        assert all(mode(f) == 0o600 for f in result.files)
        files = {f.name: f.read_text("utf-8-sig") for f in result.files}
    assert len(files) == 11
    money = list(csv.DictReader(io.StringIO(files["money.csv"])))
    assert [m["reference"] for m in money] == ["'+INV-1", ""]
    effort = list(csv.DictReader(io.StringIO(files["effort.csv"])))
    assert effort[0]["text"] == "'\trework"
    interactions = list(csv.DictReader(io.StringIO(files["interaction.csv"])))
    assert interactions[0]["mood"] == "'-1" and interactions[0]["summary"] == "'-5 helmets"


def test_per_customer_export_has_everything_about_them_only(
    transfer: TransferService, filled: dict[str, int], tmp_path: Path, second: OpenDatabase
) -> None:
    path = tmp_path / "zoe.json"
    export_to(path, transfer, [filled["zoe"]])
    doc = json.loads(path.read_text())
    assert doc["scope"] == "customer" and doc["settings"] == {}
    records = doc["records"]
    assert [c["name"] for c in records["customer"]] == ["Zoë Ångström"]
    assert len(records["interaction"]) == 1 and len(records["promise"]) == 2
    assert {r["customer_id"] for k in ("interaction", "claim", "money") for r in records[k]} == {
        filled["zoe"]
    }
    assert "Anna Berg" in [s["name"] for s in records["staff"]]
    assert [s["name"] for s in records["standard"]] == ["Reply within a day"]
    assert "scores" in doc
    # A privacy export can be taken to another notebook as it is.
    assert import_file(path, service(second)).report.committed


def test_unknown_export_format_is_refused(transfer: TransferService, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="not an export format"):
        export_to(tmp_path / "x.pdf", transfer)
