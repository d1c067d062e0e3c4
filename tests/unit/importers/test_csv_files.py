"""Importing CSV files end to end through the importer: all-or-nothing, duplicates, 10k rows."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest

from crmnote.importers.imports import import_file
from crmnote.services.transfer import TransferService
from crmnote.services.transfer_report import Duplicates, RowAction


def write(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def test_one_malformed_row_blocks_the_whole_file(transfer: TransferService, tmp_path: Path) -> None:
    path = write(
        tmp_path / "people.csv",
        [
            ["name", "email", "phone"],
            ["Ann", "ann@x.example", "555 1234 567"],
            ["Bob", "bob-at-example", ""],
            ["Cid", "cid@x.example", "no digits"],
            ["Dee", "dee@x.example", ""],
        ],
    )
    run = import_file(path, transfer)
    assert not run.report.committed
    assert [(r.line, r.field) for r in run.report.rejected] == [(3, "emails"), (4, "phones")]
    assert transfer.customers() == []
    run = import_file(path, transfer, skip_invalid=True)
    assert [c.name for c in transfer.customers()] == ["Ann", "Dee"]


def test_semicolon_cp1252_file_with_duplicate_rows_merged(
    transfer: TransferService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "export.csv",
        [
            ["Nom", "Société", "E-mail", "Téléphone", "Notes"],
            ["Zoé Léger", "Crème & Café", "zoe@cafe.example", "", "première"],
            ["zoé léger", "", "", "01 23 45 67 89", "deuxième"],
        ],
        encoding="cp1252",
        delimiter=";",
    )
    mapping = {"Nom": "name", "Société": "company", "Téléphone": "phone"}
    run = import_file(path, transfer, duplicates=Duplicates.MERGE, mapping=mapping)
    assert run.notes[0] == "encoding cp1252, delimiter ';'"
    assert [r.action for r in run.report.rows] == [RowAction.CREATED, RowAction.MERGED]
    (zoe,) = transfer.customers()
    assert (zoe.name, zoe.company, zoe.notes) == (
        "Zoé Léger",
        "Crème & Café",
        "première\n\ndeuxième",
    )
    assert [p.value for p in zoe.phones] == ["01 23 45 67 89"]


def test_utf8_bom_google_file_dry_run(transfer: TransferService, tmp_path: Path) -> None:
    path = tmp_path / "google.csv"
    path.write_bytes(
        codecs.BOM_UTF8
        + "Name,E-mail 1 - Type,E-mail 1 - Value\nÅse,* Home,ase@x.example\n".encode()
    )
    run = import_file(path, transfer, dry_run=True)
    assert run.report.dry_run and run.report.rows[0].name == "Åse"
    assert transfer.customers() == []


@pytest.mark.slow
def test_ten_thousand_rows_import_whole(transfer: TransferService, tmp_path: Path) -> None:
    rows = [["Name", "Company", "Email", "Phone", "Tags", "Notes"]]
    for n in range(10_000):
        rows.append(
            [
                f"Customer {n:05d}",
                f"Company {n % 700}",
                f"c{n}@example.com",
                f"+44 20 {n:08d}",
                "csv, bulk" if n % 3 else "",
                f"row {n}\nsecond line",
            ]
        )
    rows.append(["Customer 00001", "", "c1@example.com", "", "", ""])  # a duplicate row
    path = write(tmp_path / "big.csv", rows)
    # Correctness at size only; the speed is a benchmark's business, not a test's.
    run = import_file(path, transfer)
    assert run.report.committed
    assert run.report.count(RowAction.CREATED) == 10_000
    assert run.report.count(RowAction.MATCHED) == 1
    run = import_file(path, transfer, dry_run=True)
    assert run.report.count(RowAction.MATCHED) == 10_001
