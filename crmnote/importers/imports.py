"""`crmnote import`: a .csv, .vcf or .json file read, checked row by row, then committed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from crmnote.domain.errors import ValidationError
from crmnote.importers import json_doc
from crmnote.importers.csv_customers import read_customers_csv
from crmnote.importers.vcard_read import read_vcards
from crmnote.services.transfer import TransferService
from crmnote.services.transfer_report import Duplicates, ImportReport, RowAction, RowResult


@dataclass(frozen=True)
class ImportRun:
    """The report of an import, how its rows are numbered ("row", "line" or "id") and notes on
    what was detected (encoding, delimiter, columns left out)."""

    report: ImportReport
    unit: str
    notes: tuple[str, ...] = ()


def import_file(
    path: Path,
    transfer: TransferService,
    *,
    duplicates: Duplicates = Duplicates.SKIP,
    dry_run: bool = False,
    skip_invalid: bool = False,
    mapping: Mapping[str, str] | None = None,
) -> ImportRun:
    """Import a file by its suffix; nothing is written if a row is rejected, unless
    `skip_invalid`, and nothing at all in a dry run."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"cannot be read: {exc.strerror or exc}") from None
    options = {"dry_run": dry_run, "skip_invalid": skip_invalid}
    if suffix == ".csv":
        parsed = read_customers_csv(data, mapping, source=path.name)
        notes = [f"encoding {parsed.encoding}, delimiter {parsed.delimiter!r}"]
        if parsed.unmapped:
            notes.append("columns left out: " + ", ".join(parsed.unmapped))
        report = transfer.import_customers(parsed.items, duplicates, **options)
        return ImportRun(report, "row", tuple(notes))
    if mapping:
        raise ValidationError("map", "column mappings apply to CSV files only")
    if suffix in (".vcf", ".vcard"):
        items = read_vcards(data, source=path.name)
        return ImportRun(transfer.import_customers(items, duplicates, **options), "line")
    if suffix == ".json":
        return ImportRun(_import_json(data, transfer, dry_run, skip_invalid), "id")
    raise ValidationError("file", f"{suffix!r} is not an import format (.csv, .vcf or .json)")


def _import_json(
    data: bytes, transfer: TransferService, dry_run: bool, skip_invalid: bool
) -> ImportReport:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError("file", f"is not valid JSON ({exc})") from None
    snapshot, problems = json_doc.from_document(doc)
    unread = tuple(
        RowResult(ident, RowAction.REJECTED, "", None, exc.field, exc.message, kind)
        for kind, ident, exc in problems
    )
    blocked = bool(unread) and not skip_invalid
    report = transfer.import_snapshot(
        snapshot, dry_run=dry_run or blocked, skip_invalid=skip_invalid
    )
    return replace(report, rows=unread + report.rows, dry_run=dry_run)
