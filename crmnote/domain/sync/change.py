"""A change: one create, edit, delete or restore of one record, as it travels between copies.

Values are JSON-ready (text, numbers, booleans, null, lists, objects); a reference to another
record is that record's uuid, never a local integer id. `parents` are the record's changes the
author's copy had as its latest when the change was made: the record's history is a graph of
changes like a revision tree, and it tells an edit that knew another (a sequel) from one that
did not (concurrent).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from crmnote.domain.sync.hlc import Hlc
from crmnote.domain.sync.identity import check_uuid

# New facts: inserted where they arrive, never matched against existing records, never merged
# with another record (a call logged twice on two laptops is two calls).
FACT_KINDS = frozenset({"interaction", "money", "effort", "feedback"})


class Op(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"  # a deleted record put back (undo of a delete), every field given
    RESOLVE = "resolve"  # a person confirmed or restored sync conflicts of the record


@dataclass(frozen=True)
class FieldChange:
    old: Any
    new: Any


def field_change(old: Any, new: Any) -> FieldChange:
    """`FieldChange(old, new)` without the frozen dataclass's `__init__` (four times the cost:
    a sync round reads a hundred thousand of them from the log); the same object."""
    made = object.__new__(FieldChange)
    made.__dict__.update(old=old, new=new)
    return made


@dataclass(frozen=True)
class Change:
    """One change of one record. `fields` hold every field on create, restore and delete (new
    values None on delete), the changed ones on update, none on resolve."""

    change_uuid: str
    record_uuid: str
    kind: str
    op: Op
    hlc: Hlc
    device: str
    author: str | None = None  # the staff member's uuid
    fields: Mapping[str, FieldChange] = field(default_factory=dict)
    parents: frozenset[str] = frozenset()
    resolves: frozenset[str] = frozenset()  # conflict ids (Conflict.id) this change settles

    def __post_init__(self) -> None:
        check_uuid(self.change_uuid)
        check_uuid(self.record_uuid)
        if not self.kind:
            raise ValueError("a change names the kind of its record")
        if self.op is Op.RESOLVE and self.fields:
            raise ValueError("a resolve carries no field values")
        if self.op is Op.UPDATE and not self.fields and not self.resolves:
            raise ValueError("an update changes at least one field")
        if self.change_uuid in self.parents:
            raise ValueError("a change cannot follow itself")

    @property
    def writes(self) -> bool:
        """Whether the change gives fields values (create, update, restore)."""
        return self.op in (Op.CREATE, Op.UPDATE, Op.RESTORE)

    def to_json(self) -> dict[str, Any]:
        return {
            "change": self.change_uuid,
            "record": self.record_uuid,
            "kind": self.kind,
            "op": self.op.value,
            "hlc": self.hlc.text(),
            "device": self.device,
            "author": self.author,
            "fields": {k: [v.old, v.new] for k, v in sorted(self.fields.items())},
            "parents": sorted(self.parents),
            "resolves": sorted(self.resolves),
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> Change:
        """The change a `to_json` dictionary describes; ValueError on anything else."""
        try:
            fields = {str(k): FieldChange(v[0], v[1]) for k, v in dict(data["fields"]).items()}
            return Change(
                change_uuid=data["change"],
                record_uuid=data["record"],
                kind=str(data["kind"]),
                op=Op(data["op"]),
                hlc=Hlc.parse(data["hlc"]),
                device=str(data["device"]),
                author=None if data.get("author") is None else str(data["author"]),
                fields=fields,
                parents=frozenset(check_uuid(p) for p in data.get("parents", ())),
                resolves=frozenset(str(r) for r in data.get("resolves", ())),
            )
        except (KeyError, TypeError, IndexError) as exc:
            raise ValueError(f"not a change: {exc}") from exc


def diff_fields(
    old: Mapping[str, Any] | None, new: Mapping[str, Any] | None
) -> dict[str, FieldChange]:
    """The fields that differ between two states (every field when one side is None)."""
    if old is None and new is not None:  # a create: every field, from nothing
        return {name: FieldChange(None, new[name]) for name in sorted(new)}
    names = sorted(set(old or {}) | set(new or {}))
    out: dict[str, FieldChange] = {}
    for name in names:
        before = None if old is None else old.get(name)
        after = None if new is None else new.get(name)
        if old is None or new is None or before != after:
            out[name] = FieldChange(before, after)
    return out
