"""The catalogue of record kinds and their fields, read from the entity dataclasses.

One description serves the generic command line (`add`, `set`, `show`, `list`), JSON output and
forms, so a field added to an entity shows up everywhere without being listed twice.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from crmnote.domain import entities as e

# Fields that name another record, and which kind they name.
_REFERENCES = {
    "owner_id": "staff",
    "staff_id": "staff",
    "made_by": "staff",
    "decided_by": "staff",
    "follow_up_by": "staff",
    "promise_id": "promise",
    "interaction_id": "interaction",
    "standard_id": "standard",
    "customer_id": "customer",
}
# Fields that name the staff member who did something; new records default them to the
# staff member who is signed in.
STAFF_FIELDS = frozenset(f for f, kind in _REFERENCES.items() if kind == "staff")
# Kinds in an order where every record's references point to a kind written before it: the
# order in which imports, copies and undo write records back.
WRITE_ORDER = (
    "staff",
    "standard",
    "customer",
    "interaction",
    "promise",
    "claim",
    "request",
    "feedback",
    "money",
    "effort",
    "decision",
)
# A customer's own records, in WRITE_ORDER: what deleting the customer cascades to.
CUSTOMER_RECORDS = WRITE_ORDER[WRITE_ORDER.index("customer") + 1 :]
# Columns that name a record of the key's kind within one customer, declared ON DELETE SET NULL:
# deleting that record clears them, and undoing the delete must point them back.
CLEARED_ON_DELETE = {
    "interaction": ("interaction_id",),
    "promise": ("promise_id", "renegotiated_from_id"),
}
# Kinds never rewritten in place: a change of content becomes a new dated version.
VERSIONED = frozenset({"standard"})
# Fields kept by the application itself, never typed by a user.
_MANAGED = {
    "id",
    "created_at",
    "updated_at",
    "uuid",
    "version",
    "series_id",
    "renegotiated_from_id",
    "customer_id",
}


@dataclass(frozen=True)
class FieldSpec:
    """One user-editable field: its Python type, whether it may be empty, what it refers to."""

    name: str
    type: type
    optional: bool
    has_default: bool
    reference: str | None = None
    many: bool = False

    @property
    def option(self) -> str:
        """The command-line spelling: `--resolved-at`, `--staff` for `staff_id`."""
        name = self.name.removesuffix("_id") if self.reference else self.name
        return "--" + name.replace("_", "-")

    @property
    def choices(self) -> tuple[str, ...]:
        if isinstance(self.type, type) and issubclass(self.type, Enum):
            return tuple(str(m.value) for m in self.type)
        return ()


@dataclass(frozen=True)
class KindSpec:
    """A kind of record: its name, entity class and fields."""

    name: str
    entity: type[Any]
    fields: tuple[FieldSpec, ...]
    customer_bound: bool
    title_field: str

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def required(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if not f.has_default)

    @property
    def staff_fields(self) -> tuple[str, ...]:
        """The fields naming who did it, which default to the signed-in staff member."""
        return tuple(f.name for f in self.fields if f.name in STAFF_FIELDS)

    @property
    def versioned(self) -> bool:
        """True when a change of content makes a new version instead of rewriting the record."""
        return self.name in VERSIONED

    def defaults(self) -> dict[str, Any]:
        """The entity's own default values for its user fields (category: other, …)."""
        found = {}
        for f in dataclasses.fields(self.entity):
            if any(s.name == f.name for s in self.fields) and f.default is not dataclasses.MISSING:
                found[f.name] = f.default
        return found


def _unwrap(tp: Any) -> tuple[type, bool, bool]:
    """Return (base type, optional, many) for an annotation such as `StaffId | None`."""
    optional = False
    many = False
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        optional = len(args) < len(typing.get_args(tp))
        tp = args[0]
        origin = typing.get_origin(tp)
    if origin is tuple:
        many = True
        tp = typing.get_args(tp)[0]
    while hasattr(tp, "__supertype__"):  # NewType ids are ints
        tp = tp.__supertype__
    return tp, optional, many


def _spec(name: str, entity: type[Any], title_field: str) -> KindSpec:
    hints = typing.get_type_hints(entity)
    fields: list[FieldSpec] = []
    for f in dataclasses.fields(entity):
        if f.name in _MANAGED:
            continue
        base, optional, many = _unwrap(hints[f.name])
        has_default = (
            f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        )
        fields.append(FieldSpec(f.name, base, optional, has_default, _REFERENCES.get(f.name), many))
    customer_bound = any(f.name == "customer_id" for f in dataclasses.fields(entity))
    return KindSpec(name, entity, tuple(fields), customer_bound, title_field)


KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        _spec("customer", e.Customer, "name"),
        _spec("staff", e.Staff, "name"),
        _spec("interaction", e.Interaction, "summary"),
        _spec("standard", e.Standard, "name"),
        _spec("promise", e.Promise, "text"),
        _spec("claim", e.Claim, "text"),
        _spec("request", e.Request, "text"),
        _spec("feedback", e.Feedback, "text"),
        _spec("money", e.Money, "reference"),
        _spec("effort", e.Effort, "text"),
        _spec("decision", e.Decision, "reason"),
    )
}


def kind_of(record: object) -> KindSpec:
    """The kind of a domain record."""
    for spec in KINDS.values():
        if type(record) is spec.entity:
            return spec
    raise KeyError(type(record).__name__)


_AS_IS = frozenset({str, int, float, bool, type(None)})  # JSON-ready already (exact types)


def plain(value: Any) -> Any:
    """A JSON-ready form of a field value (ISO dates, enum values, decimal strings)."""
    if type(value) in _AS_IS:  # most values: nothing to look at (a StrEnum is no `str` here)
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, e.ContactPoint):
        return {"value": value.value, "label": value.label}
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value


def to_dict(record: object) -> dict[str, Any]:
    """Every field of a record, JSON-ready, plus its `kind`."""
    name, fields = _shape(type(record))
    out: dict[str, Any] = {"kind": name}
    for field in fields:
        out[field] = plain(getattr(record, field))
    return out


def kind_name(record: object) -> str:
    """`to_dict(record)["kind"]`, without the rest."""
    return _shape(type(record))[0]


_SHAPES: dict[type, tuple[str, tuple[str, ...]]] = {}


def _shape(entity: type) -> tuple[str, tuple[str, ...]]:
    """A record type's kind and field names, looked up once per type (a sync round logs
    thousands of records)."""
    found = _SHAPES.get(entity)
    if found is None:
        spec = next((s for s in KINDS.values() if entity is s.entity), None)
        if spec is None:
            raise KeyError(entity.__name__)
        found = _SHAPES[entity] = (spec.name, tuple(f.name for f in dataclasses.fields(entity)))
    return found
