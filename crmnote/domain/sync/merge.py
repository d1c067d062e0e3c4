"""The merge rules: the state of one record from the set of its changes, in any order.

`merge` is a pure function of the *set* of changes (duplicates and order do not matter), so
copies that hold the same changes hold the same records and list the same conflicts:

- Field by field. A field takes the value of the latest change (by hybrid logical clock) that
  wrote it; concurrent edits of different fields both apply.
- The same field written by changes that did not know each other: the later wins and the other
  value is a `Conflict` (reason `same_field`), kept for a person to confirm or restore. A value
  overwritten by someone who had seen it is history, not a conflict.
- A promise closed (kept, broken) beats a concurrent edit of its wording: the edit's wording is
  set aside as a conflict (`promise_closed`) even when it is later.
- An edit beats a concurrent delete: the record stays (comes back) and the delete is reported
  (`delete_undone`). A delete made knowing every edit deletes.
- A record others need stays: a customer deleted while one of their records was added or
  edited elsewhere (`needed`, decided by the caller from those records' own merges) stays, and
  the delete is reported (`kept_for_records`).
- A `resolve` change marks conflicts as settled on every copy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from crmnote.domain.sync.change import Change, Op
from crmnote.domain.sync.hlc import Hlc

# A promise's wording: what was promised. Its closing statuses.
WORDING = {"promise": frozenset({"text", "category", "due", "standard_id", "quantity", "unit"})}
CLOSED = frozenset({"kept", "broken"})


class Reason(StrEnum):
    SAME_FIELD = "same_field"
    PROMISE_CLOSED = "promise_closed"
    DELETE_UNDONE = "delete_undone"
    KEPT_FOR_RECORDS = "kept_for_records"


@dataclass(frozen=True)
class Conflict:
    """A value that lost without its author's knowledge (or a delete that was undone)."""

    record_uuid: str
    kind: str
    field: str | None  # None for a delete
    reason: Reason
    loser: Change
    loser_value: Any
    winner: Change | None
    winner_value: Any
    resolved: bool = False

    @property
    def id(self) -> str:
        return f"{self.loser.change_uuid}:{self.field or '*'}"


@dataclass(frozen=True)
class Merged:
    """One record as its changes make it. `values` holds every field some change wrote; fields
    no change wrote keep what the copy had before its history began."""

    record_uuid: str
    kind: str
    deleted: bool
    values: dict[str, Any]
    clock: Hlc
    heads: frozenset[str]
    conflicts: tuple[Conflict, ...]

    @property
    def open_conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if not c.resolved)


def _order(changes: Iterable[Change]) -> list[Change]:
    unique: dict[str, Change] = {}
    for c in changes:
        unique.setdefault(c.change_uuid, c)
    ordered = sorted(unique.values(), key=lambda c: (c.hlc, c.change_uuid))
    if len({(c.record_uuid, c.kind) for c in ordered}) > 1:
        raise ValueError("merge takes the changes of one record")
    return ordered


class _History:
    """The graph of one record's changes: who knew whom."""

    def __init__(self, ordered: list[Change]) -> None:
        self.by_id = {c.change_uuid: c for c in ordered}
        self._known: dict[str, frozenset[str]] = {}
        for c in ordered:  # parents come first in clock order, so this is one pass
            self.known(c.change_uuid)

    def known(self, change_uuid: str) -> frozenset[str]:
        """Every change the author of `change_uuid` had when making it (its ancestors)."""
        found = self._known.get(change_uuid)
        if found is not None:
            return found
        self._known[change_uuid] = frozenset()  # a cycle in bad data stops here
        out: set[str] = set()
        change = self.by_id.get(change_uuid)
        for p in change.parents if change else ():
            out.add(p)
            out |= self.known(p)
        self._known[change_uuid] = frozenset(out)
        return self._known[change_uuid]

    def knew(self, later: Change, earlier: Change) -> bool:
        return earlier.change_uuid in self.known(later.change_uuid)

    def concurrent(self, a: Change, b: Change) -> bool:
        return a is not b and not self.knew(a, b) and not self.knew(b, a)


def _set_aside(ordered: list[Change], history: _History) -> dict[tuple[str, str], Change]:
    """(change, field) pairs whose wording a concurrent close of the promise beats."""
    wording = WORDING.get(ordered[0].kind, frozenset())
    closes = [
        c for c in ordered if c.writes and "status" in c.fields and c.fields["status"].new in CLOSED
    ]
    out: dict[tuple[str, str], Change] = {}
    for edit in ordered:
        if edit.op is not Op.UPDATE or edit in closes:
            continue
        for close in closes:
            if history.concurrent(edit, close):
                for name in wording & set(edit.fields):
                    out.setdefault((edit.change_uuid, name), close)
    return out


def merge(changes: Iterable[Change], *, needed: bool = False) -> Merged:
    """The record the changes make (all of one record; at least one). `needed`: records that
    stand refer to it, so a delete does not stand (it is reported instead)."""
    ordered = _order(changes)
    if not ordered:
        raise ValueError("merge needs at least one change")
    first = ordered[0]
    if len(ordered) == 1 and first.writes:  # a record's one create (a call logged elsewhere)
        return _alone(first)
    return _merge_all(ordered, needed)


def _merge_all(ordered: list[Change], needed: bool) -> Merged:
    """`merge` of changes in order, whatever they are."""
    first = ordered[0]
    history = _History(ordered)
    aside = _set_aside(ordered, history)
    values: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    names = sorted({n for c in ordered if c.writes for n in c.fields})
    for name in names:
        writes = [
            c
            for c in ordered
            if c.writes and name in c.fields and (c.change_uuid, name) not in aside
        ]
        winner = writes[-1] if writes else None
        if winner is not None:
            values[name] = winner.fields[name].new
        for loser in writes[:-1]:
            value = loser.fields[name].new
            if value == values[name] or any(history.knew(w, loser) for w in writes):
                continue
            conflicts.append(_conflict(loser, name, Reason.SAME_FIELD, winner, values))
        for (change_uuid, field_name), close in aside.items():
            loser = history.by_id[change_uuid]
            if field_name == name and loser.fields[name].new != values.get(name):
                conflicts.append(_conflict(loser, name, Reason.PROMISE_CLOSED, close, values))
    deleted = _deleted(ordered, history, conflicts)
    if deleted and needed:
        deleted = False
        edits = [c for c in ordered if c.op in (Op.UPDATE, Op.RESTORE)]
        for d in ordered:  # every delete no later edit or restore took back knowingly
            if d.op is Op.DELETE and not any(history.knew(e, d) for e in edits):
                conflicts.append(
                    Conflict(
                        record_uuid=first.record_uuid,
                        kind=first.kind,
                        field=None,
                        reason=Reason.KEPT_FOR_RECORDS,
                        loser=d,
                        loser_value=None,
                        winner=None,
                        winner_value=None,
                    )
                )
    settled = {r for c in ordered for r in c.resolves}
    conflicts = [replace(c, resolved=c.id in settled) for c in conflicts]
    conflicts.sort(key=lambda c: (c.loser.hlc, c.field or ""))
    parents = {p for c in ordered for p in c.parents}
    return Merged(
        record_uuid=first.record_uuid,
        kind=first.kind,
        deleted=deleted,
        values=values,
        clock=ordered[-1].hlc,
        heads=frozenset(c.change_uuid for c in ordered if c.change_uuid not in parents),
        conflicts=tuple(conflicts),
    )


def _alone(change: Change) -> Merged:
    """What `merge` makes of a record's only change when it writes: its values (in field
    order), nothing deleted, no conflicts, itself the head."""
    fields = change.fields
    return Merged(
        record_uuid=change.record_uuid,
        kind=change.kind,
        deleted=False,
        values={name: fields[name].new for name in sorted(fields)},
        clock=change.hlc,
        heads=frozenset((change.change_uuid,)),
        conflicts=(),
    )


def _conflict(
    loser: Change, name: str, reason: Reason, winner: Change | None, values: dict[str, Any]
) -> Conflict:
    return Conflict(
        record_uuid=loser.record_uuid,
        kind=loser.kind,
        field=name,
        reason=reason,
        loser=loser,
        loser_value=loser.fields[name].new,
        winner=winner,
        winner_value=values.get(name),
    )


def _deleted(ordered: list[Change], history: _History, conflicts: list[Conflict]) -> bool:
    """Whether a delete stands: one that knew every edit and restore. Deletes undone by a
    concurrent edit are added to `conflicts` when the record stays."""
    edits = [c for c in ordered if c.op in (Op.UPDATE, Op.RESTORE)]
    deletes = [c for c in ordered if c.op is Op.DELETE]
    if any(all(history.knew(d, e) for e in edits) for d in deletes):
        return True
    for d in deletes:
        beaten_by = [e for e in edits if history.concurrent(d, e)]
        if beaten_by:
            conflicts.append(
                Conflict(
                    record_uuid=d.record_uuid,
                    kind=d.kind,
                    field=None,
                    reason=Reason.DELETE_UNDONE,
                    loser=d,
                    loser_value=None,
                    winner=beaten_by[-1],
                    winner_value=None,
                )
            )
    return False
