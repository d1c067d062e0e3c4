"""`crmnote import`: a .csv, .vcf or .json file read, checked row by row, then committed."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason, Typed, listing, message, say
from crmnote.importers import json_doc
from crmnote.importers.csv_customers import items_from_source
from crmnote.importers.csv_interactions import (
    InteractionCsv,
    holds_interactions,
    interactions_from_table,
)
from crmnote.importers.csv_read import CsvSource, CsvTable
from crmnote.importers.csv_values import DateOrder
from crmnote.importers.parse_errors import NotJsonValue, json_problem, not_json_value
from crmnote.importers.textfile import decode
from crmnote.importers.vcard_read import read_vcards
from crmnote.services.collector import collector_paused
from crmnote.services.transfer import TransferService
from crmnote.services.transfer_report import Duplicates, ImportReport, RowAction, RowResult
from crmnote.storage.sqlite_errors import os_reason

_INTERACTIONS_ONLY = message(
    "import.interactions_only", "applies to CSV files of interactions only"
)
_LEFT_OUT = message("import.left_out", "columns left out: {columns}")
_TOO_DEEP = message("import.too_deep", "is nested too deeply to be a crmnote export")


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
    kind: str = "",
    dates: DateOrder | None = None,
    create_customers: bool = False,
) -> ImportRun:
    """Import a file by its suffix; nothing is written if a row is rejected, unless
    `skip_invalid`, and nothing at all in a dry run.

    A CSV holds customers or interactions: `kind` ("customers" or "interactions") says which,
    else its columns decide. `dates` and `create_customers` apply to interactions only.
    """
    # A big file makes 100,000s of objects that live until the import ends, with no cycles
    # among them: each 700 new ones would start a collection walking them all again.
    with collector_paused():
        return _import_file(
            path,
            transfer,
            duplicates=duplicates,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            mapping=mapping,
            kind=kind,
            dates=dates,
            create_customers=create_customers,
        )


def _import_file(
    path: Path,
    transfer: TransferService,
    *,
    duplicates: Duplicates,
    dry_run: bool,
    skip_invalid: bool,
    mapping: Mapping[str, str] | None,
    kind: str,
    dates: DateOrder | None,
    create_customers: bool,
) -> ImportRun:
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "file", say("import.unreadable", "cannot be read: {why}", why=os_reason(exc))
        ) from None
    options = {"dry_run": dry_run, "skip_invalid": skip_invalid}
    if kind not in ("", "customers", "interactions"):
        raise ValidationError(
            "kind",
            say(
                "import.not_kind",
                "{value} is not {customers} or {interactions}",
                value=repr(kind),
                customers=Typed("customers"),
                interactions=Typed("interactions"),
            ),
        )
    if suffix == ".csv":
        text, encoding = decode(data)
        del data  # the text holds what the import needs: the bytes need not stay meanwhile
        # checked whole, then read again from the file as the rows are imported (the text
        # of 100,000 rows is 12 MB or more)
        source = CsvSource(text, encoding, _file_lines(path, encoding))
        del text
        if (kind or _csv_kind(source.header, mapping)) == "interactions":
            table = CsvTable(source.header, tuple(source), source.delimiter, source.encoding)
            read = interactions_from_table(table, mapping, dates)
            del table, source  # nor the rows, once read into items (about 50 MB at 100,000 rows)
            return _import_interactions(read, transfer, create_customers, path.name, **options)
        _interactions_only(dates, create_customers)
        # the rows are read, checked and written a chunk at a time as the import goes
        parsed = items_from_source(source, mapping, source=path.name)
        notes = [
            say(
                "import.detected",
                "encoding {encoding}, delimiter {delimiter}",
                encoding=parsed.encoding,
                delimiter=repr(parsed.delimiter),
            )
        ]
        if parsed.unmapped:
            notes.append(Reason(_LEFT_OUT, columns=listing(parsed.unmapped)))
        report = transfer.import_customers(parsed.items, duplicates, **options)
        return ImportRun(report, "row", tuple(notes))
    if mapping:
        raise ValidationError(
            "map", say("import.map_csv_only", "column mappings apply to CSV files only")
        )
    if kind == "interactions":
        raise ValidationError(
            "kind",
            say("import.interactions_csv_only", "interactions are imported from CSV files only"),
        )
    _interactions_only(dates, create_customers)
    if suffix in (".vcf", ".vcard"):
        items = read_vcards(data, source=path.name)
        return ImportRun(transfer.import_customers(items, duplicates, **options), "line")
    if suffix == ".json":
        return ImportRun(_import_json(data, transfer, dry_run, skip_invalid), "id")
    raise ValidationError(
        "file",
        say(
            "import.not_import_format",
            "{suffix} is not an import format (.csv, .vcf or .json)",
            suffix=repr(suffix),
        ),
    )


def _file_lines(path: Path, encoding: str) -> Callable[[], Iterator[str]]:
    """The lines of the file with their endings, as `decode` reads its bytes, read anew on
    each call (an import run again after a collision)."""

    def lines() -> Iterator[str]:
        try:
            with path.open(encoding=encoding, errors="replace", newline="") as f:
                yield from f
        except OSError as exc:
            raise ValidationError(
                "file", say("import.unreadable", "cannot be read: {why}", why=os_reason(exc))
            ) from None

    return lines


def _csv_kind(header: tuple[str, ...], mapping: Mapping[str, str] | None) -> str:
    return "interactions" if holds_interactions(header, mapping) else "customers"


def _interactions_only(dates: DateOrder | None, create_customers: bool) -> None:
    if dates is not None:
        raise ValidationError("dates", Reason(_INTERACTIONS_ONLY))
    if create_customers:
        raise ValidationError("create_customers", Reason(_INTERACTIONS_ONLY))


def _import_interactions(
    parsed: InteractionCsv,
    transfer: TransferService,
    create_customers: bool,
    source: str,
    *,
    dry_run: bool,
    skip_invalid: bool,
) -> ImportRun:
    notes = [
        say(
            "import.detected_interactions",
            "interactions; encoding {encoding}, delimiter {delimiter}",
            encoding=parsed.encoding,
            delimiter=repr(parsed.delimiter),
        )
    ]
    why = parsed.order_from
    if parsed.order is DateOrder.DMY:
        notes.append(say("import.day_first", "dates day first ({why})", why=why))
    elif parsed.order is DateOrder.MDY:
        notes.append(say("import.month_first", "dates month first ({why})", why=why))
    if parsed.unmapped:
        notes.append(Reason(_LEFT_OUT, columns=listing(parsed.unmapped)))
    report = transfer.import_interactions(
        parsed.items,
        create_customers=create_customers,
        source=source,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
    )
    return ImportRun(report, "row", tuple(notes))


def _import_json(
    data: bytes, transfer: TransferService, dry_run: bool, skip_invalid: bool
) -> ImportReport:
    try:
        # NaN and Infinity are not JSON (RFC 8259); Python's reader would take them as numbers.
        doc = json.loads(data.decode("utf-8-sig"), parse_constant=not_json_value)
    except (UnicodeDecodeError, json.JSONDecodeError, NotJsonValue) as exc:
        raise ValidationError(
            "file", say("import.not_json", "is not valid JSON ({why})", why=json_problem(exc))
        ) from None
    except RecursionError:
        raise ValidationError("file", Reason(_TOO_DEEP)) from None
    try:
        # JSON may escape half of a surrogate pair alone ("\\ud800"): not text SQLite can store.
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            "file", say("import.not_unicode", "holds text that is not valid Unicode")
        ) from None
    except RecursionError:
        raise ValidationError("file", Reason(_TOO_DEEP)) from None
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
