"""Customers from vCard files (2.1, 3.0, 4.0) as phones and address books write them."""

from __future__ import annotations

import logging
import re
from typing import Any

import vobject

from crmnote.domain import entities as e
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason, say
from crmnote.domain.types import CustomerStatus
from crmnote.importers.textfile import decode
from crmnote.importers.vcard_lines import Card, split_cards
from crmnote.services.transfer_report import ImportItem

# vobject reports lines it skips through logging; without a handler Python would print them.
logging.getLogger("vobject").addHandler(logging.NullHandler())

# TYPE values that say how, not what: they never become a label.
_NOT_LABELS = {"internet", "pref", "voice", "msg", "x400", "text", "video", "postal", "parcel"}
_LABEL_NAMES = {"cell": "mobile", "iphone": "mobile", "main": "main"}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
STATUS_PROPERTY = "X-CRMNOTE-STATUS"


def _types(line: Any) -> list[str]:
    found: list[str] = []
    for value in line.params.get("TYPE", []):
        found += [t.strip().strip('"').lower() for t in str(value).split(",")]
    found += [str(t).lower() for t in getattr(line, "singletonparams", [])]
    return [t for t in found if t]


def _label(line: Any, group_labels: dict[str, str]) -> str:
    if line.group and line.group.lower() in group_labels:
        return group_labels[line.group.lower()]
    for t in _types(line):
        if t not in _NOT_LABELS and not t.startswith("x-") and t not in ("quoted-printable",):
            return _LABEL_NAMES.get(t, t)
    return ""


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = ",".join(str(v or "") for v in value)
    # Apple escapes colons, which vCard 3.0 does not define: take them back.
    text = str(value or "").replace("\\:", ":")
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _address(value: Any) -> str:
    if not hasattr(value, "street"):
        return _text(value)

    def part(name: str) -> str:
        return _text(getattr(value, name, ""))

    region = " ".join(p for p in (part("region"), part("code")) if p)
    town = ", ".join(p for p in (part("city"), region) if p)
    lines = [part("box"), part("extended"), part("street"), town, part("country")]
    return "\n".join(line for line in lines if line)


def _org(value: Any) -> str:
    units = value if isinstance(value, list) else [value]
    return "; ".join(u for u in (_text(u) for u in units) if u)


def _name(card: Any) -> str:
    for line in card.contents.get("fn", []):
        if text := _text(line.value):
            return " ".join(text.split())
    for line in card.contents.get("n", []):
        n = line.value
        parts = [_text(getattr(n, k, "")) for k in ("prefix", "given", "additional", "family")]
        parts.append(_text(getattr(n, "suffix", "")))
        if text := " ".join(p for p in parts if p):
            return text
    return ""


def customer_from_card(card: Any, source: str = "") -> tuple[e.Customer, tuple[str, ...]]:
    """A customer from a parsed vCard, and warnings about values kept in the notes instead."""
    contents = card.contents
    group_labels = {}
    for line in contents.get("x-ablabel", []):
        if line.group:
            text = _text(line.value)
            m = _APPLE_LABEL.match(text)
            group_labels[line.group.lower()] = (m.group(1) if m else text).lower()
    warnings: list[str] = []
    kept: list[str] = []
    emails: list[e.ContactPoint] = []
    for line in contents.get("email", []):
        value = _text(line.value).removeprefix("mailto:")
        if "@" in value:
            emails.append(e.ContactPoint(value=value, label=_label(line, group_labels)))
        elif value:
            warnings.append(
                say(
                    "import.warn_email",
                    "email {value} is not an address: kept in the notes",
                    value=repr(value),
                )
            )
            kept.append(f"Email: {value}")
    phones: list[e.ContactPoint] = []
    for line in contents.get("tel", []):
        value = _text(line.value).removeprefix("tel:").replace(";ext=", " ext. ")
        if any(ch.isdigit() for ch in value):
            phones.append(e.ContactPoint(value=value, label=_label(line, group_labels)))
        elif value:
            warnings.append(
                say(
                    "import.warn_phone",
                    "phone {value} has no digits: kept in the notes",
                    value=repr(value),
                )
            )
            kept.append(f"Phone: {value}")
    addresses = [_address(line.value) for line in contents.get("adr", [])]
    if not any(addresses):
        addresses = [_text(line.value) for line in contents.get("label", [])]
    tags: list[str] = []
    for line in contents.get("categories", []):
        for tag in re.split(r"\s*,\s*", _text(line.value)):
            if tag and tag not in tags:
                tags.append(tag)
    company = "; ".join(o for o in (_org(line.value) for line in contents.get("org", [])) if o)
    notes = [_text(line.value) for line in contents.get("note", [])]
    notes = [n for n in notes if n]
    if kept:
        notes.append("\n".join(kept))
    name = _name(card) or company or (emails[0].value if emails else "")
    name = name or (phones[0].value if phones else "")
    if not name:
        raise ValidationError(
            "name",
            say("import.contact_unnamed", "the contact has no name, organisation, email or phone"),
        )
    status = CustomerStatus.ACTIVE
    for line in contents.get(STATUS_PROPERTY.lower(), []):
        try:
            status = CustomerStatus(_text(line.value).lower())
        except ValueError:
            warnings.append(
                say(
                    "import.warn_status",
                    "status {value} unknown: left active",
                    value=repr(_text(line.value)),
                )
            )
    customer = e.Customer(
        name=name,
        company=company,
        emails=tuple(emails),
        phones=tuple(phones),
        address="\n\n".join(a for a in addresses if a),
        tags=tuple(tags),
        status=status,
        source=source,
        notes="\n\n".join(notes),
    )
    return customer, tuple(warnings)


def item_from_card(card: Card, source: str = "") -> ImportItem:
    """One import item: the customer of a card, or why the card could not be read."""
    try:
        parsed = vobject.readOne(card.text, ignoreUnreadable=True)
        customer, warnings = customer_from_card(parsed, source)
    except ValidationError as exc:
        return ImportItem(card.line, field=exc.field, message=exc.message)
    except Exception as exc:  # vobject raises many kinds; a bad card must not stop the others
        return ImportItem(card.line, field="vcard", message=_unreadable(card, exc))
    return ImportItem(card.line, customer, warnings=warnings)


def _unreadable(card: Card, exc: Exception) -> Reason:
    """Why vobject could not read a card, in crmnote's words (its own text is English)."""
    at = getattr(exc, "lineNumber", None)
    if isinstance(at, int) and at > 0:
        return say(
            "import.card_bad_line",
            "cannot be read: line {line} is not a vCard property",
            line=card.line + at - 1,
        )
    return say("import.card_unreadable", "cannot be read as a vCard")


def read_vcards(data: bytes, source: str = "") -> tuple[ImportItem, ...]:
    """One item per contact of a .vcf file, in file order; `line` is where the contact begins."""
    text, _ = decode(data)
    cards = split_cards(text)
    if not cards:
        raise ValidationError("file", say("import.no_vcard", "has no vCard in it (no BEGIN:VCARD)"))
    return tuple(item_from_card(card, source) for card in cards)
