"""The change log's pure side: canonical record states, field changes and the chained hash."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain.kinds import KINDS, kind_name, plain, to_dict

GENESIS = "0" * 64
# The records whose history is kept: what was said, promised and claimed, and the evidence
# files attached to them (their SHA-256 among their fields).
LOGGED_KINDS = ("interaction", "promise", "claim", "attachment")
# Fields added to logged kinds after entries were first written (migration 0010), left out of
# a record's state while they hold their default, so states logged before them still verify.
LATER_FIELDS: dict[str, dict[str, Any]] = {
    "promise": {"quantity": None, "unit": "", "delivered_quantity": None},
}


class Action(StrEnum):
    ADD = "add"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    BASELINE = "baseline"  # the state of a record that existed before it was ever logged
    ERASE = "erase"  # a customer erased on request: no personal data, only the id


@cache
def reference_fields(kind: str) -> tuple[str, ...]:
    """Fields naming another record that the database may set to NULL when that one goes
    (looked up once per kind: a sync batch logs thousands of records)."""
    if kind not in KINDS:
        return ()  # an attachment goes with its record: it names nothing that can be cleared
    return tuple(
        f.name for f in KINDS[kind].fields if f.reference and f.reference != "customer"
    ) + (("renegotiated_from_id",) if kind == "promise" else ())


def canonical(value: Any) -> str:
    """One text for one value: sorted keys, no spaces, UTF-8 kept as is."""
    return _CANONICAL(value)


# `json.dumps` with these options, its encoder made once (a sync batch logs thousands of records)
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


# Bookkeeping fields that are not the record's content: a state never includes them, so states
# logged before they existed still verify (`version`, migration 0009; `uuid`, migration 0011).
BOOKKEEPING = ("version", "uuid")


def state_of(record: Any) -> dict[str, Any]:
    """Every field of a record, JSON-ready (the `kind` key included), bookkeeping left out,
    and fields added later left out while they hold their default."""
    if isinstance(record, e.Attachment):
        state = {"kind": "attachment"}
        state.update({f.name: plain(getattr(record, f.name)) for f in dataclasses.fields(record)})
        return state
    state = to_dict(record)
    for name in BOOKKEEPING:
        state.pop(name, None)
    for name, default in LATER_FIELDS.get(state["kind"], {}).items():
        if state.get(name) == default:
            del state[name]
    return state


def logged_kind(record: Any) -> str:
    """The kind `state_of(record)` names, without working the state out."""
    return "attachment" if isinstance(record, e.Attachment) else kind_name(record)


def refs_of(kind: str, state: dict[str, Any]) -> dict[str, Any]:
    return {name: state.get(name) for name in reference_fields(kind)}


def diff(old: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, list[Any]]:
    """`{field: [before, after]}` for the fields that differ (every field on add and delete)."""
    names = sorted(set(old or {}) | set(new or {}))
    out: dict[str, list[Any]] = {}
    for name in names:
        if name == "kind":
            continue
        before = (old or {}).get(name)
        after = (new or {}).get(name)
        if old is None or new is None or before != after:
            out[name] = [before, after]
    return out


def digest(salt: str, text: str) -> str:
    """A salted SHA-256: once the salt is erased, the digest says nothing about the text."""
    return hashlib.sha256((salt + text).encode()).hexdigest()


@dataclass(frozen=True)
class ChainFields:
    """What the chained hash of one log entry covers (the payload only through its digests)."""

    at: str
    staff_id: int | None
    kind: str
    record_id: int
    customer_id: int | None
    action: str
    refs: str | None
    changes_digest: str | None
    state_digest: str | None

    def text(self) -> str:
        return canonical(self.__dict__)


def chain_hash(previous: str, fields: ChainFields) -> str:
    """sha256(previous hash + canonical entry): altering or removing an entry breaks the rest."""
    return hashlib.sha256((previous + fields.text()).encode()).hexdigest()


def with_refs(
    state: dict[str, Any], logged: dict[str, Any], was_deleted: Callable[[str, int], bool]
) -> dict[str, Any]:
    """`state` with references the database cleared put back, where the record named was deleted.

    Deleting an interaction, promise, standard or staff member sets the references to it to
    NULL (ON DELETE SET NULL) without a log entry; that is the database doing its job, and it
    stays so when the deleted record is later restored (undo).
    """
    kind = state["kind"]
    out = dict(state)
    for name in reference_fields(kind):
        was = logged.get(name)
        if out.get(name) is None and was is not None and was_deleted(_target(kind, name), was):
            out[name] = was
    return out


def _target(kind: str, name: str) -> str:
    if name == "renegotiated_from_id":
        return "promise"
    reference = KINDS[kind].field(name).reference
    assert reference is not None
    return reference
