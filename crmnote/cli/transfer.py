"""The data commands: `import`, `export`, `export-customer` and `erase-customer`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crmnote.cli import language
from crmnote.cli.counts import counted
from crmnote.cli.failures import EXIT_ERROR, fail
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Kind, Typed, say
from crmnote.importers.csv_values import DateOrder
from crmnote.importers.formats import FORMATS, INTERACTION_FIELDS
from crmnote.services.transfer_report import Duplicates, RowAction

if TYPE_CHECKING:  # the importers (and the services under them) load when a command runs
    from crmnote.importers.imports import ImportRun

COMMANDS = ("import", "export", "export-customer", "erase-customer")


def add_transfer_commands(sub: Any) -> None:
    imp = sub.add_parser(
        "import",
        help="import customers or interactions from .csv, customers from .vcf, "
        "or a whole .json export",
        description="Every row is checked first; if one is rejected nothing is written "
        "(unless --skip-invalid). The per-row report is printed either way. A CSV holds "
        "customers or interactions (call logs…): its columns decide, or --kind.",
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="report what would happen only")
    imp.add_argument(
        "--duplicates",
        choices=[d.value for d in Duplicates],
        default=Duplicates.SKIP.value,
        help="a customer matching an existing one (same email, phone or name): leave it "
        "(skip, default) or add its missing emails, phones, tags and notes (merge)",
    )
    imp.add_argument(
        "--skip-invalid", action="store_true", help="write the valid rows, leave out the others"
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="CSV only: read COLUMN as FIELD (customers: name, given, middle, family, company, "
        "email, phone, address, tags, notes, status, source, ignore; interactions: "
        f"{', '.join(INTERACTION_FIELDS)}); repeatable",
    )
    imp.add_argument(
        "--kind",
        choices=("customers", "interactions"),
        default="",
        help="CSV only: what the rows are (default: judged from the columns)",
    )
    imp.add_argument(
        "--dates",
        choices=[o.value for o in DateOrder],
        default=None,
        help="interactions: read 03/04/2026 day first (dmy) or month first (mdy); "
        "default: what the file's other dates prove, else such dates are rejected",
    )
    imp.add_argument(
        "--create-customers",
        action="store_true",
        help="interactions: create the customers no row matches (by email, phone, name) "
        "instead of rejecting those rows",
    )

    exp = sub.add_parser("export", help=f"export to {FORMATS} (one CSV per kind)")
    exp.add_argument("file", type=Path)
    exp.add_argument(
        "--customer",
        action="append",
        default=[],
        help="only this customer (id or name); repeatable",
    )

    one = sub.add_parser(
        "export-customer", help="everything about one customer as JSON (privacy request)"
    )
    one.add_argument("customer", help="customer id or unambiguous name")
    one.add_argument("-o", "--output", type=Path, required=True, help="the .json file to write")

    erase = sub.add_parser(
        "erase-customer", help="delete a customer and every record about them (privacy request)"
    )
    erase.add_argument("customer", help="customer id or unambiguous name")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")


def _mapping(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip():
            raise ValidationError(
                "map",
                say("cli.expected_map", "expected COLUMN=FIELD, got {value}", value=repr(pair)),
            )
        out[column] = field
    return out


def _where(run: ImportRun, line: int, kind: str) -> str:
    """Where a row is: "row 3", "line 12" or "promise 7" (a JSON record by its id)."""
    if run.unit == "id":
        return language.sentence(say("import.record_at", "{kind} {id}", kind=Kind(kind), id=line))
    if run.unit == "line":
        return language.tr("import", "line {0}").format(line)
    return language.tr("import", "row {0}").format(line)


def _action(action: RowAction) -> str:
    words = {
        RowAction.CREATED: language.tr("import", "created"),
        RowAction.MATCHED: language.tr("import", "matched"),
        RowAction.MERGED: language.tr("import", "merged"),
        RowAction.REJECTED: language.tr("import", "rejected"),
    }
    return words[action]


def _counts(run: ImportRun) -> str:
    count = run.report.count
    return language.tr("import", "{0} created, {1} matched, {2} merged, {3} rejected").format(
        count(RowAction.CREATED),
        count(RowAction.MATCHED),
        count(RowAction.MERGED),
        count(RowAction.REJECTED),
    )


def _shown(name: str) -> str:
    """A name from a file as the terminal may show it: control characters (escape sequences
    that would recolour or move the cursor) as Python escapes."""
    return name if name.isprintable() else repr(name)


def print_report(run: ImportRun) -> None:
    """One line per row, then a count; warnings indented under their row."""
    report = run.report
    for note in run.notes:
        print(language.sentence(note))
    for r in report.rows:
        where = _where(run, r.line, r.kind)
        if r.action is RowAction.REJECTED:
            name = f" ({_shown(r.name)})" if r.name else ""
            said = language.sentence(r.message)
            line = language.tr("import", "{0}: rejected{1}: {2}: {3}")
            print(line.format(where, name, r.field.replace("_", "-"), said))
        else:
            shown = r.kind == "customer" or run.unit == "row"
            ref = ""
            if r.customer_id and shown:
                ref = language.tr("import", " (customer {0})").format(r.customer_id)
            print(f"{where}: {_action(r.action)} {_shown(r.name)}{ref}")
        for warning in r.warnings:
            print(language.tr("import", "  warning: {0}").format(language.sentence(warning)))
    if report.dry_run:
        print(language.tr("import", "{0}; dry run, nothing written").format(_counts(run)))
    elif report.committed:
        print(language.tr("import", "{0}; written").format(_counts(run)))


def _not_written(n: int, dry_run: bool, unknown: bool) -> str:
    """The import's refusal when rows were rejected (and not skipped)."""
    skip, create = Typed("--skip-invalid"), Typed("--create-customers")
    if unknown and dry_run:
        return say(
            "import.rejected_unknown_dry",
            "{count} rejected; nothing would be written (correct them, or pass {skip} to leave "
            "them out; import those customers first or pass {create})",
            count=n,
            skip=skip,
            create=create,
        )
    if unknown:
        return say(
            "import.rejected_unknown",
            "{count} rejected; nothing was written (correct them, or pass {skip} to leave them "
            "out; import those customers first or pass {create})",
            count=n,
            skip=skip,
            create=create,
        )
    if dry_run:
        return say(
            "import.rejected_dry",
            "{count} rejected; nothing would be written (correct them, or pass {skip} to leave "
            "them out)",
            count=n,
            skip=skip,
        )
    return say(
        "import.rejected",
        "{count} rejected; nothing was written (correct them, or pass {skip} to leave them out)",
        count=n,
        skip=skip,
    )


def run_transfer_command(services: Any, args: argparse.Namespace) -> int:
    from crmnote.importers.export import export_to
    from crmnote.importers.imports import import_file

    transfer = services.transfer
    if args.command == "import":
        run = import_file(
            args.file,
            transfer,
            duplicates=Duplicates(args.duplicates),
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            mapping=_mapping(args.map),
            kind=args.kind,
            dates=None if args.dates is None else DateOrder(args.dates),
            create_customers=args.create_customers,
        )
        print_report(run)
        rejected = run.report.rejected
        if rejected and not args.skip_invalid:
            unknown = any(r.message.startswith("no customer matches") for r in rejected)
            said = _not_written(len(rejected), args.dry_run, unknown)
            return fail(language.sentence(said), EXIT_ERROR)
        return 0
    if args.command == "export":
        ids = [services.customers.find(c) for c in args.customer] or None
        result = export_to(args.file, transfer, ids)
        made = counted(result.counts)
        if made:
            said = say(
                "cli.export.done", "exported to {path}: {made}", path=str(args.file), made=made
            )
        else:
            said = say("cli.export.nothing", "exported to {path}: nothing", path=str(args.file))
        print(language.sentence(said))
        return 0
    customer_id = services.customers.find(args.customer)
    if args.command == "export-customer":
        if args.output.suffix.lower() != ".json":
            raise ValidationError("output", say("cli.json_only", "must be a .json file"))
        result = export_to(args.output, transfer, [customer_id])
        said = say(
            "cli.export.customer",
            "exported customer {id} to {path}: {made}",
            id=customer_id,
            path=str(args.output),
            made=counted(result.counts),
        )
        print(language.sentence(said))
        return 0
    if not args.yes:
        raise ValidationError(
            "yes",
            say(
                "cli.erase_confirm",
                "erasing a customer cannot be undone; add {option} to confirm",
                option=Typed("--yes"),
            ),
        )
    transfer.erase_customer(customer_id)
    said = say("cli.erase.done", "erased customer {id} and every record about them", id=customer_id)
    print(language.sentence(said))
    return 0
