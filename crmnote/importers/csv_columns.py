"""Which customer field each CSV column holds: Google Contacts, Outlook and plain spreadsheets."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from crmnote.domain import rule_messages as m
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason, say


@dataclass(frozen=True)
class Target:
    """What a column holds: `field` (name, given, family, company, email, phone, address, tags,
    notes, status, source…), which group it belongs to (`E-mail 2`, `Business`), and for
    emails, phones and addresses the label it gives or the part it is."""

    field: str
    group: str = ""
    label: str = ""
    part: str = ""


# Fields a user may name in an explicit mapping (`--map "Column=field"`).
USER_FIELDS = (
    "name",
    "given",
    "middle",
    "family",
    "company",
    "email",
    "phone",
    "address",
    "tags",
    "notes",
    "status",
    "source",
    "ignore",
)

_EXACT: dict[str, Target] = {}


def _add(target: Target, *headers: str) -> None:
    for h in headers:
        _EXACT[h] = target


_add(
    Target("name"),
    "name",
    "full name",
    "fullname",
    "display name",
    "contact",
    "contact name",
    "customer",
    "customer name",
)
_add(Target("given"), "given name", "first name", "firstname", "forename")
_add(Target("middle"), "additional name", "middle name")
_add(Target("family"), "family name", "last name", "lastname", "surname")
_add(
    Target("company"),
    "company",
    "company name",
    "organisation",
    "organization",
    "organization name",
    "organisation name",
    "business",
    "org",
)
_add(Target("email"), "email", "e-mail", "email address", "e-mail address", "emails", "mail")
_add(Target("email", "2"), "e-mail 2 address", "email 2 address")
_add(Target("email", "3"), "e-mail 3 address", "email 3 address")
_add(Target("phone"), "phone", "phones", "telephone", "tel", "phone number", "primary phone")
_add(Target("phone", "mobile", "mobile"), "mobile", "mobile phone", "cell", "cell phone")
_add(Target("phone", "work", "work"), "business phone", "work phone", "company main phone")
_add(Target("phone", "work2", "work"), "business phone 2")
_add(Target("phone", "home", "home"), "home phone")
_add(Target("phone", "home2", "home"), "home phone 2")
_add(Target("phone", "other", "other"), "other phone")
_add(Target("phone", "fax", "fax"), "business fax", "fax")
_add(Target("phone", "homefax", "home fax"), "home fax")
_add(Target("phone", "pager", "pager"), "pager")
_add(Target("phone", "car", "car"), "car phone")
_add(Target("address"), "address", "street address", "postal address", "mailing address")
_add(Target("tags"), "tags", "tag", "labels", "categories", "groups", "group membership")
_add(Target("notes"), "notes", "note", "comments", "comment", "description")
_add(Target("status"), "status")
_add(Target("source"), "source")
# Our own customer export: columns the import does not take back.
_add(Target("ignore"), "id", "owner", "created at", "updated at")

_ADDRESS_PARTS = {
    "formatted": "formatted",
    "street": "street",
    "street 2": "street2",
    "street 3": "street3",
    "extended address": "street2",
    "po box": "pobox",
    "city": "city",
    "region": "region",
    "state": "region",
    "postal code": "code",
    "country": "country",
    "country/region": "country",
}
_GOOGLE = re.compile(
    r"^(e-mail|phone|address|organization|website|relation|event|im) (\d+) - (.+)$"
)
_OUTLOOK_ADDRESS = re.compile(r"^(business|home|other) (.+)$")


def normalise(header: str) -> str:
    return " ".join(header.replace("_", " ").strip().lower().split())


def _google(kind: str, group: str, what: str) -> Target | None:
    if kind == "e-mail" and what == "value":
        return Target("email", f"g{group}")
    if kind == "e-mail" and what in ("type", "label"):
        return Target("email_label", f"g{group}")
    if kind == "phone" and what == "value":
        return Target("phone", f"g{group}")
    if kind == "phone" and what in ("type", "label"):
        return Target("phone_label", f"g{group}")
    if kind == "address" and what in _ADDRESS_PARTS:
        return Target("address", f"g{group}", part=_ADDRESS_PARTS[what])
    if kind == "organization" and what == "name":
        return Target("company", f"g{group}")
    return None


def target_of(header: str) -> Target | None:
    """The field a column holds, judged from its header; None when no field fits."""
    key = normalise(header)
    if key in _EXACT:
        return _EXACT[key]
    if m := _GOOGLE.match(key):
        return _google(m.group(1), m.group(2), m.group(3))
    if (m := _OUTLOOK_ADDRESS.match(key)) and m.group(2) in _ADDRESS_PARTS:
        label = "work" if m.group(1) == "business" else m.group(1)
        return Target("address", m.group(1), label=label, part=_ADDRESS_PARTS[m.group(2)])
    return None


def map_columns(
    header: Sequence[str],
    overrides: Mapping[str, str] | None = None,
    *,
    fields: Sequence[str] = USER_FIELDS,
    guess: Callable[[str], Target | None] = target_of,
) -> tuple[dict[int, Target], list[str]]:
    """The target of every column it can place, and the headers it leaves out.

    `overrides` maps a header (as written, case-insensitive) to one of `fields`; `guess` places
    the other columns (customer fields by default, see csv_interactions for interactions).
    """
    given = {normalise(k): v.strip().lower() for k, v in (overrides or {}).items()}
    known = {normalise(h) for h in header}
    for name, field in given.items():
        if name not in known:
            raise ValidationError(
                "map", say("import.no_column", "the file has no column {name}", name=repr(name))
            )
        if field not in fields:
            raise ValidationError(
                "map", Reason(m.NOT_ONE_OF, value=repr(field), allowed=", ".join(fields))
            )
    columns: dict[int, Target] = {}
    unmapped: list[str] = []
    for i, h in enumerate(header):
        key = normalise(h)
        target = Target(given[key], f"col{i}") if key in given else guess(h)
        if target is None:
            if h.strip():
                unmapped.append(h)
        elif target.field != "ignore":
            columns[i] = target
    return columns, unmapped
