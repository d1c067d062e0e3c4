"""The JSON document of an export: every record of every kind, field by field, and back."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from crmnote import __version__
from crmnote.domain import entities as e
from crmnote.domain import rule_messages as m
from crmnote.domain.bounds import check_amount, check_day, check_int, check_number
from crmnote.domain.errors import ValidationError
from crmnote.domain.kinds import KINDS, plain, to_dict
from crmnote.domain.reasons import Kind, Reason, listing, message, say
from crmnote.domain.sync.identity import check_uuid
from crmnote.services.transfer_report import KIND_ORDER, Snapshot

FORMAT = "crmnote"
VERSION = 1
# Fields the entity catalogue leaves out as application-managed, with their types.
_MANAGED: dict[str, tuple[type, bool]] = {
    "id": (int, False),
    "customer_id": (int, False),
    "series_id": (int, False),
    "renegotiated_from_id": (int, True),
    "created_at": (datetime, False),
    "updated_at": (datetime, False),
    # The record's identity (docs/sync.md); files of older versions have none.
    "uuid": (str, False),
}
# A record's version counts its saves in one book: it neither leaves with an export nor comes in
# with an import (an imported record is a new record of the book it goes into).
_LOCAL = ("version",)


def to_document(snapshot: Snapshot) -> dict[str, Any]:
    """A JSON-ready document; no export time in it, so exporting twice gives identical files."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "scope": snapshot.scope,
        "settings": dict(sorted(snapshot.settings.items())),
        "records": {},
    }
    for kind in KIND_ORDER:
        rows = [to_dict(r) for r in snapshot.records.get(kind, ())]
        for row in rows:
            del row["kind"]
            for name in _LOCAL:
                row.pop(name, None)
        doc["records"][kind] = rows
    if snapshot.files:
        doc["attachments"] = [
            {
                **{f.name: plain(getattr(a, f.name)) for f in dataclasses.fields(a)},
                "data": base64.b64encode(data).decode("ascii"),
            }
            for a, data in snapshot.files
        ]
    if snapshot.scope == "customer":
        doc["scores"] = [
            {k: plain(v) for k, v in dataclasses.asdict(p).items() if k != "state"}
            for p in snapshot.scores
        ]
    return doc


def dumps(snapshot: Snapshot) -> str:
    return json.dumps(to_document(snapshot), ensure_ascii=False, indent=2) + "\n"


def _typed(field: str, tp: type, optional: bool, value: Any) -> Any:
    if value is None:
        if optional:
            return None
        raise ValidationError(field, say("import.null", "must not be null"))
    try:
        if isinstance(tp, type) and issubclass(tp, Enum):
            return tp(value)
        if tp is bool:
            if not isinstance(value, bool):
                raise ValueError(value)
            return value
        if tp is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(value)
            return check_int(field, value)
        if tp is float:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(value)
            return check_number(field, float(value))
        if tp is Decimal:
            if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
                raise ValueError(value)
            return check_amount(field, Decimal(str(value)))
        if tp is datetime:
            when = datetime.fromisoformat(value)
            check_day(field, when)
            return when
        if tp is date:
            day = date.fromisoformat(value)
            check_day(field, day)
            return day
        if not isinstance(value, str):
            raise ValueError(value)
        return value
    except (ValueError, TypeError, InvalidOperation):
        raise ValidationError(field, _not_a(tp, value)) from None


_NOT_TEXT = message("import.not_text", "{value} is not text")
_NOT_TRUE_FALSE = message("import.not_true_false", "{value} is not true or false")
_NOT_A = {
    int: m.NOT_WHOLE,
    float: m.NOT_NUMBER,
    Decimal: m.NOT_AMOUNT,
    date: m.NOT_DATE,
    datetime: m.NOT_DATETIME,
    bool: _NOT_TRUE_FALSE,
    str: _NOT_TEXT,
}


def _not_a(tp: type, value: Any) -> Reason:
    """What a JSON value of the wrong type is told, by the type it should have been."""
    shown = repr(value)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return Reason(m.NOT_ONE_OF, value=shown, allowed=listing(tp))
    return Reason(_NOT_A.get(tp, _NOT_TEXT), value=shown)


def _many(field: str, tp: type, value: Any) -> tuple[Any, ...]:
    if not isinstance(value, list):
        raise ValidationError(field, Reason(_LIST))
    if tp is e.ContactPoint:
        points = []
        for item in value:
            if not isinstance(item, dict) or not isinstance(item.get("value"), str):
                raise ValidationError(
                    field,
                    say(
                        "import.not_contact",
                        "{value} is not {shape}",
                        value=repr(item),
                        shape="{'value': …, 'label': …}",
                    ),
                )
            points.append(e.ContactPoint(value=item["value"], label=str(item.get("label") or "")))
        return tuple(points)
    if not all(isinstance(v, str) for v in value):
        raise ValidationError(field, say("import.list_of_text", "must be a list of text"))
    return tuple(value)


_LIST = message("import.list", "must be a list")


def record_from(kind: str, data: Any) -> Any:
    """A domain record from its JSON object; raises ValidationError naming the bad field."""
    if not isinstance(data, dict):
        raise ValidationError(
            kind, say("import.record_object", "each record must be a JSON object")
        )
    spec = KINDS[kind]
    specs = {f.name: f for f in spec.fields}
    values: dict[str, Any] = {}
    for f in dataclasses.fields(spec.entity):
        if f.name in _LOCAL:
            continue
        if f.name not in data:
            if f.name in _MANAGED and f.name not in ("id", "customer_id"):
                continue
            if f.name in specs and specs[f.name].has_default:
                continue
            raise ValidationError(f.name, say("import.missing", "is missing"))
        if f.name in specs:
            fs = specs[f.name]
            raw = data[f.name]
            values[f.name] = (
                _many(f.name, fs.type, raw)
                if fs.many
                else _typed(f.name, fs.type, fs.optional, raw)
            )
        else:
            tp, optional = _MANAGED[f.name]
            values[f.name] = _typed(f.name, tp, optional, data[f.name])
            if f.name == "uuid" and values[f.name]:
                try:
                    values[f.name] = check_uuid(values[f.name])
                except ValueError:
                    said = say(
                        "import.not_identity",
                        "not a record identity: {value}",
                        value=repr(values[f.name]),
                    )
                    raise ValidationError("uuid", said) from None
    return spec.entity(**values)


def from_document(doc: Any) -> tuple[Snapshot, list[tuple[str, int, ValidationError]]]:
    """A snapshot from a parsed document, and the records that could not be read.

    Raises ValidationError when the document as a whole is not a crmnote export.
    """
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError(
            "file",
            say("import.not_export", 'is not a crmnote JSON export (no "format": "crmnote")'),
        )
    version = doc.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ValidationError(
            "file",
            say(
                "import.newer",
                "was written by a newer crmnote (version {version})",
                version=str(version),
            ),
        )
    raw = doc.get("records")
    if not isinstance(raw, dict):
        raise ValidationError(
            "records", say("import.records_shape", "must be an object of lists by kind")
        )
    unknown = set(raw) - set(KIND_ORDER)
    if unknown:
        raise ValidationError(
            "records",
            say(
                "import.unknown_kinds",
                "unknown kinds: {kinds}",
                kinds=listing(Kind(k) for k in sorted(unknown)),
            ),
        )
    records: dict[str, tuple[Any, ...]] = {}
    problems: list[tuple[str, int, ValidationError]] = []
    for kind in KIND_ORDER:
        items = raw.get(kind, [])
        if not isinstance(items, list):
            raise ValidationError(kind, Reason(_LIST))
        read = []
        for position, item in enumerate(items, 1):
            try:
                read.append(record_from(kind, item))
            except ValidationError as exc:
                ident = item.get("id") if isinstance(item, dict) else None
                problems.append((kind, ident if isinstance(ident, int) else position, exc))
        records[kind] = tuple(read)
    settings = doc.get("settings") or {}
    if not isinstance(settings, dict):
        raise ValidationError("settings", say("import.object", "must be an object"))
    scope = "customer" if doc.get("scope") == "customer" else "all"
    files = _files(doc.get("attachments") or [], problems)
    return Snapshot(records, settings, scope=scope, files=files), problems


_FILE_FIELDS: dict[str, tuple[type, bool]] = {
    "id": (int, False),
    "customer_id": (int, False),
    "record_kind": (str, False),
    "record_id": (int, False),
    "name": (str, False),
    "media_type": (str, False),
    "size": (int, False),
    "sha256": (str, False),
    "note": (str, False),
    "added_by": (int, True),
    "created_at": (datetime, False),
    "updated_at": (datetime, False),
}


def _files(
    items: Any, problems: list[tuple[str, int, ValidationError]]
) -> tuple[tuple[e.Attachment, bytes], ...]:
    """Evidence files with their bytes (base64 in the document); bad ones go to `problems`."""
    if not isinstance(items, list):
        raise ValidationError("attachments", Reason(_LIST))
    out = []
    for position, item in enumerate(items, 1):
        try:
            if not isinstance(item, dict):
                raise ValidationError(
                    "attachment", say("import.file_object", "each file must be a JSON object")
                )
            values = {
                name: _typed(name, tp, optional, item.get(name))
                for name, (tp, optional) in _FILE_FIELDS.items()
            }
            if values["record_kind"] not in e.ATTACHABLE:
                raise ValidationError(
                    "record_kind",
                    say(
                        "import.no_files",
                        "{kind} takes no files",
                        kind=repr(values["record_kind"]),
                    ),
                )
            try:
                data = base64.b64decode(str(item.get("data", "")), validate=True)
            except (binascii.Error, ValueError):
                raise ValidationError("data", say("import.not_base64", "is not base64")) from None
            out.append((e.Attachment(**values), data))
        except ValidationError as exc:
            ident = item.get("id") if isinstance(item, dict) else None
            problems.append(("attachment", ident if isinstance(ident, int) else position, exc))
    return tuple(out)
