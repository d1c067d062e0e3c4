"""Interactions from the rows of a CSV file (call logs, spreadsheets, other CRMs' exports)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crmnote.domain import entities as e
from crmnote.domain.bounds import as_id
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason, Typed, say
from crmnote.domain.types import CustomerId, Direction
from crmnote.importers.csv_columns import Target, map_columns, normalise
from crmnote.importers.csv_read import STRAY_CELLS, CsvTable, unneutralise
from crmnote.importers.csv_values import (
    DateOrder,
    combine_time,
    decide_order,
    parse_channel,
    parse_direction,
    parse_duration,
    parse_mood,
    parse_when,
)
from crmnote.importers.formats import INTERACTION_FIELDS
from crmnote.services.transfer_finders import CustomerKeys
from crmnote.services.transfer_interactions import InteractionItem

# The header of our own interaction export (csv_write.kind_csv); its cells come back unquoted.
INTERACTION_COLUMNS = (
    "id",
    "customer_id",
    "at",
    "channel",
    "direction",
    "minutes",
    "staff_id",
    "summary",
    "notes",
    "mood",
    "created_at",
    "updated_at",
)
# Since record uuids (migration 0011) the export ends with each record's uuid; files written
# before have no such column. Either is ours.
_OUR_HEADERS = (INTERACTION_COLUMNS, (*INTERACTION_COLUMNS, "uuid"))
# Headers (lowercase, `_` and repeated spaces read as one space) and the field they hold.
_PHRASES = {
    "at": "when|datetime|date/time|date time|date and time|timestamp|at|started|start|"
    "start time|started at|call date/time",
    "date": "date|day|call date|contact date|activity date",
    "time": "time|call time|time of day",
    "customer": "customer|customer name|contact|contact name|name|client|client name|"
    "caller|caller name|full name|display name|who|with",
    "customer_id": "customer id|client id",
    "email": "email|e-mail|email address|e-mail address|customer email|contact email|mail",
    "phone": "phone|phone number|number|telephone|tel|mobile|caller id|from number|to number",
    "company": "company|company name|organisation|organization|account|business",
    "channel": "channel|type|medium|method|via|contact type|interaction type|"
    "activity type|activity|call type|kind",
    "direction": "direction|in/out|inbound/outbound",
    "minutes": "duration|minutes|mins|duration (min)|duration (mins)|duration (minutes)|"
    "length|call duration|time spent",
    "seconds": "seconds|secs|duration (s)|duration (sec)|duration (secs)|"
    "duration (seconds)|duration in seconds",
    "staff": "staff|handled by|staff member|owner|agent|user|employee|assigned to|rep|by|"
    "staff id|taken by",
    "summary": "summary|subject|title|topic|regarding|re",
    "notes": "notes|note|description|details|comments|comment|body|text|content|memo|message",
    "mood": "mood|sentiment|tone|temper",
    "ignore": "id|created at|updated at",
}
_EXACT = {h: field for field, text in _PHRASES.items() for h in text.split("|")}
# A CSV holds interactions when it has a time column and one only interactions have.
_WHEN = {"at", "date", "time"}
_ONLY_INTERACTIONS = {"channel", "direction", "minutes", "seconds", "staff", "summary", "mood"}


def interaction_target(header: str) -> Target | None:
    field = _EXACT.get(normalise(header))
    return None if field is None else Target(field)


@dataclass(frozen=True)
class InteractionCsv:
    """Interactions read from a CSV file, with what was detected and the columns left out."""

    items: tuple[InteractionItem, ...]
    encoding: str
    delimiter: str
    unmapped: tuple[str, ...]
    order: DateOrder | None
    order_from: str  # why: "--dates", a row that proves it, or "" when no date needed it


def holds_interactions(header: Sequence[str], overrides: Mapping[str, str] | None = None) -> bool:
    """Whether a file's columns are those of interactions (see docs/import-export.md)."""
    try:
        columns, _ = map_columns(
            header, overrides, fields=INTERACTION_FIELDS, guess=interaction_target
        )
    except ValidationError:
        return False
    fields = {t.field for t in columns.values()}
    return bool(fields & _WHEN) and bool(fields & _ONLY_INTERACTIONS)


_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+$")
_NAMED_EMAIL = re.compile(r"^\s*\"?([^\"<]*?)\"?\s*<([^<>@\s]+@[^<>@\s]+)>\s*$")
_PHONE = re.compile(r"^[+(]?[\d\s().\-/]+$")


def _keys(cells: Mapping[str, str]) -> CustomerKeys:
    """Which customer a row names; a customer cell holding an email, a phone or an id counts
    as that ("Ann Lee <ann@x.example>" as both a name and an email)."""
    name, email, phone = cells.get("customer", ""), cells.get("email", ""), cells.get("phone", "")
    ident: int | None = None
    if (m := _NAMED_EMAIL.match(email)) is not None:
        email = m.group(2)
        name = name or m.group(1)
    if (m := _NAMED_EMAIL.match(name)) is not None:
        name, email = m.group(1), email or m.group(2)
    elif _EMAIL.match(name):
        name, email = "", email or name
    elif name.isdecimal() and len(name) < 6:
        name, ident = "", int(name)
    elif _PHONE.match(name) and sum(ch.isdigit() for ch in name) >= 6:
        name, phone = "", phone or name
    raw_id = cells.get("customer_id", "")
    if raw_id:
        found = as_id(raw_id)
        if not found:
            raise ValidationError(
                "customer_id",
                say(
                    "import.not_customer_id",
                    "{value} is not a customer id",
                    value=repr(raw_id[:30]),
                ),
            )
        ident = found
    return CustomerKeys(ident, email, phone, name, cells.get("company", ""))


def _cells(row: Sequence[str], columns: Mapping[int, Target], ours: bool) -> dict[str, str]:
    """The text of each field in a row; several notes columns are kept one after the other."""
    out: dict[str, str] = {}
    for i, target in columns.items():
        value = row[i] if i < len(row) else ""
        value = (unneutralise(value) if ours else value).replace("\r\n", "\n").strip()
        if not value:
            continue
        if target.field == "notes" and "notes" in out:
            out["notes"] += "\n\n" + value
        else:
            out.setdefault(target.field, value)
    return out


def _interaction(cells: Mapping[str, str], order: DateOrder | None) -> tuple[e.Interaction, str]:
    """The interaction of a row (customer id 0 until matched) and the staff text."""
    if "at" in cells:
        at = parse_when("at", cells["at"], order)
    elif "date" in cells:
        at = parse_when("at", cells["date"], order)
        if "time" in cells:
            at = combine_time("at", at, cells["time"])
    elif "time" in cells:  # a lone "Time" column holds the date too
        at = parse_when("at", cells["time"], order)
    else:
        raise ValidationError("at", say("import.row_no_date", "the row has no date"))
    channel, implied = parse_channel("channel", cells.get("channel", "call"))
    if "direction" in cells:
        direction = parse_direction("direction", cells["direction"])
    else:
        direction = implied or Direction.IN
    if "minutes" in cells:
        minutes = parse_duration("minutes", cells["minutes"])
    else:
        minutes = parse_duration("minutes", cells.get("seconds", ""), unit=1)
    record = e.Interaction(
        customer_id=CustomerId(0),
        at=at,
        channel=channel,
        direction=direction,
        minutes=minutes,
        summary=cells.get("summary", ""),
        notes=cells.get("notes", ""),
        mood=parse_mood("mood", cells.get("mood", "")),
    )
    return record, cells.get("staff", "")


def interactions_from_table(
    table: CsvTable,
    overrides: Mapping[str, str] | None = None,
    dates: DateOrder | None = None,
) -> InteractionCsv:
    """One item per data row; the date order is `dates`, else what the file's dates prove."""
    columns, unmapped = map_columns(
        table.header, overrides, fields=INTERACTION_FIELDS, guess=interaction_target
    )
    columns = {i: Target("customer") if t.field == "name" else t for i, t in columns.items()}
    header = tuple(normalise(h) for h in table.header)
    ours = any(header == tuple(normalise(h) for h in known) for known in _OUR_HEADERS)
    width = len(table.header)
    rows = []
    for line, row in table.rows:
        spill = any(c.strip() for c in row[width:])
        rows.append((line, _cells(row[:width], columns, ours), spill, len(row)))
    order, order_from = dates, Typed("--dates") if dates else ""
    if dates is None:
        samples = (
            (line, c.get("at") or c.get("date") or c.get("time", "")) for line, c, _, _ in rows
        )
        order, order_from = decide_order(samples)
    items = []
    for line, cells, spill, count in rows:
        keys = CustomerKeys()
        try:
            if spill:
                raise ValidationError("row", Reason(STRAY_CELLS, n=count, width=width))
            keys = _keys(cells)
            if keys == CustomerKeys():
                raise ValidationError(
                    "customer", say("import.row_no_customer", "the row names no customer")
                )
            record, staff = _interaction(cells, order)
        except ValidationError as exc:
            items.append(InteractionItem(line, keys, field=exc.field, message=exc.message))
            continue
        items.append(InteractionItem(line, keys, staff, record))
    return InteractionCsv(
        tuple(items), table.encoding, table.delimiter, tuple(unmapped), order, order_from
    )
