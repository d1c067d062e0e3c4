"""Customers from the rows of a CSV file, one import item per row."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from crmnote.domain import entities as e
from crmnote.domain import rule_messages as m
from crmnote.domain.errors import ValidationError
from crmnote.domain.parsing import parse_contact
from crmnote.domain.reasons import Reason, listing, say
from crmnote.domain.types import CustomerStatus
from crmnote.importers.csv_columns import Target, map_columns
from crmnote.importers.csv_read import STRAY_CELLS, CsvSource, CsvTable, read_table, unneutralise
from crmnote.importers.textfile import decode
from crmnote.services.transfer_report import ImportItem

# The header of our own customer export (see csv_write); its cells come back unquoted.
CUSTOMER_COLUMNS = (
    "id",
    "name",
    "company",
    "emails",
    "phones",
    "address",
    "tags",
    "status",
    "owner",
    "source",
    "notes",
    "created_at",
    "updated_at",
)
# Google joins several values of one cell with " ::: "; spreadsheets use commas or semicolons.
_SPLIT = re.compile(r"\s*(?::::|[,;\n])\s*")
_SYSTEM_GROUPS = {"mycontacts", "starred"}


@dataclass(frozen=True)
class CsvImport:
    """Customers read from a CSV file, with what was detected and the columns left out;
    `items` may be read as they are iterated (`items_from_source`), each time anew."""

    items: Iterable[ImportItem]
    encoding: str
    delimiter: str
    unmapped: tuple[str, ...]


def _label(text: str) -> str:
    return text.strip().lstrip("*").strip().lower()


def _contacts(text: str, label: str) -> list[e.ContactPoint]:
    points = []
    for part in _SPLIT.split(text.strip()):
        if part:
            cp = parse_contact(part)
            points.append(e.ContactPoint(value=cp.value, label=cp.label or label))
    return points


def _address(parts: Mapping[str, str]) -> str:
    whole = parts.get("formatted", "") or parts.get("value", "")
    if whole.strip():
        return whole.strip()
    locality = " ".join(p for p in (parts.get("region", ""), parts.get("code", "")) if p)
    town = ", ".join(p for p in (parts.get("city", ""), locality) if p)
    lines = [parts.get(k, "") for k in ("pobox", "street", "street2", "street3")]
    lines += [town, parts.get("country", "")]
    return "\n".join(line.strip() for line in lines if line.strip())


def _status(text: str) -> CustomerStatus:
    try:
        return CustomerStatus(text.strip().lower())
    except ValueError:
        allowed = listing(CustomerStatus)
        raise ValidationError(
            "status", Reason(m.NOT_ONE_OF, value=repr(text), allowed=allowed)
        ) from None


def customer_from_row(
    cells: Mapping[int, str], columns: Mapping[int, Target], source: str
) -> e.Customer:
    """One customer from the cells of a row; raises ValidationError naming the field."""
    single: dict[str, list[str]] = {}
    groups: dict[tuple[str, str], dict[str, str]] = {}
    for i, target in columns.items():
        value = cells.get(i, "").replace("\r\n", "\n").strip()
        if not value:
            continue
        if target.field in ("email", "phone", "address", "email_label", "phone_label"):
            kind = target.field.removesuffix("_label")
            group = groups.setdefault((kind, target.group), {"label": target.label})
            if target.field.endswith("_label"):
                group["label"] = _label(value)
            else:
                group[target.part or "value"] = value
        else:
            single.setdefault(target.field, []).append(value)
    emails: list[e.ContactPoint] = []
    phones: list[e.ContactPoint] = []
    addresses: list[str] = []
    for (kind, _), parts in groups.items():
        if kind == "email" and "value" in parts:
            emails += _contacts(parts["value"], parts["label"])
        elif kind == "phone" and "value" in parts:
            phones += _contacts(parts["value"], parts["label"])
        elif kind == "address" and (text := _address(parts)):
            addresses.append(text)
    tags: list[str] = []
    for text in single.get("tags", []):
        for tag in _SPLIT.split(text):
            tag = tag.lstrip("*").strip()
            if tag and tag.lower() not in _SYSTEM_GROUPS and tag not in tags:
                tags.append(tag)
    company = "; ".join(single.get("company", []))
    name = " ".join(single.get("name", [])) or " ".join(
        v for k in ("given", "middle", "family") for v in single.get(k, [])
    )
    name = (
        name
        or company
        or (emails[0].value if emails else "")
        or (phones[0].value if phones else "")
    )
    if not name:
        raise ValidationError(
            "name", say("import.row_unnamed", "the row has no name, company, email or phone")
        )
    status = _status(single["status"][0]) if "status" in single else CustomerStatus.ACTIVE
    return e.Customer(
        name=name,
        company=company,
        emails=tuple(emails),
        phones=tuple(phones),
        address="\n\n".join(addresses),
        tags=tuple(tags),
        status=status,
        source=" ".join(single.get("source", [])) if "source" in single else source,
        notes="\n\n".join(single.get("notes", [])),
    )


class _Items:
    """The import items of a CSV source, made row by row as they are iterated, each time anew
    (an import the server aborted for a collision is run again from the file's rows)."""

    def __init__(
        self,
        rows: Iterable[tuple[int, tuple[str, ...]]],
        header: tuple[str, ...],
        columns: Mapping[int, Target],
        source: str,
    ) -> None:
        self._rows, self._columns, self._source = rows, columns, source
        self._width = len(header)
        self._ours = tuple(h.lower() for h in header) == CUSTOMER_COLUMNS

    def __iter__(self) -> Iterator[ImportItem]:
        width, ours, columns, source = self._width, self._ours, self._columns, self._source
        for line, row in self._rows:
            extra = [c for c in row[width:] if c.strip()]
            if extra:
                said = Reason(STRAY_CELLS, n=len(row), width=width)
                yield ImportItem(line, field="row", message=said)
                continue
            cells = {i: unneutralise(c) if ours else c for i, c in enumerate(row[:width])}
            try:
                yield ImportItem(line, customer_from_row(cells, columns, source))
            except ValidationError as exc:
                yield ImportItem(line, field=exc.field, message=exc.message)


def items_from_source(
    table: CsvSource | CsvTable, overrides: Mapping[str, str] | None = None, source: str = ""
) -> CsvImport:
    """The customers of a CSV file, read row by row as the import goes (a `CsvSource`: the
    file's rows are never all held, nor their items)."""
    columns, unmapped = map_columns(table.header, overrides)
    rows = table if isinstance(table, CsvSource) else table.rows
    items = _Items(rows, table.header, columns, source)
    return CsvImport(items, table.encoding, table.delimiter, tuple(unmapped))


def items_from_table(
    table: CsvTable, overrides: Mapping[str, str] | None = None, source: str = ""
) -> CsvImport:
    parsed = items_from_source(table, overrides, source)
    return replace(parsed, items=tuple(parsed.items))


def read_customers_csv(
    data: bytes, overrides: Mapping[str, str] | None = None, source: str = ""
) -> CsvImport:
    """Customers from the bytes of a CSV file in any of the encodings and layouts we know."""
    return items_from_table(read_table(*decode(data)), overrides, source)
