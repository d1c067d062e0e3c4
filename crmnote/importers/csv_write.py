"""CSV files of customers and of every kind of record, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain.kinds import KINDS, plain
from crmnote.importers.csv_customers import CUSTOMER_COLUMNS
from crmnote.importers.csv_read import neutralise

# Excel reads UTF-8 only with a byte-order mark; our importer skips it.
ENCODING = "utf-8-sig"


def cell(value: Any) -> str:
    """A field value as text in the command line's syntax (lists comma-separated, label:value)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, e.ContactPoint):
        return f"{value.label}:{value.value}" if value.label else value.value
    if isinstance(value, tuple):
        return ", ".join(cell(v) for v in value)
    value = plain(value)
    return "" if value is None else str(value)


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(list(header))
    for row in rows:
        writer.writerow([neutralise(c) for c in row])
    return out.getvalue()


def customers_csv(customers: Iterable[e.Customer], staff_names: Mapping[int, str]) -> str:
    """One row per customer under CUSTOMER_COLUMNS; the owner by name."""
    return "".join(customers_csv_parts([customers], staff_names))


def customers_csv_parts(
    chunks: Iterable[Iterable[e.Customer]], staff_names: Mapping[int, str]
) -> Iterator[str]:
    """`customers_csv` a chunk of customers at a time: the header, then each chunk's rows."""

    def row(c: e.Customer) -> list[str]:
        values = {f.name: getattr(c, f.name) for f in dataclasses.fields(c)}
        values["owner"] = staff_names.get(c.owner_id, "") if c.owner_id else ""
        return [cell(values[name]) for name in CUSTOMER_COLUMNS]

    yield _table(CUSTOMER_COLUMNS, ())
    for chunk in chunks:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for c in chunk:
            writer.writerow([neutralise(v) for v in row(c)])
        yield out.getvalue()


def kind_csv(kind: str, records: Iterable[Any]) -> str:
    """One row per record, one column per field of the kind, under the field names."""
    # `version` counts saves in this book only; exports leave it out (as the JSON export does).
    names = [f.name for f in dataclasses.fields(KINDS[kind].entity) if f.name != "version"]
    return _table(names, ([cell(getattr(r, n)) for n in names] for r in records))
