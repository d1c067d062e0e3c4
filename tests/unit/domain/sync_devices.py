"""Simulated devices for the merge tests: each keeps the changes it has and makes new ones the
way a copy of the book does (parents = the record's latest changes, stamped by its own clock)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from crmnote.domain.sync.change import Change, FieldChange, Op
from crmnote.domain.sync.hlc import Hlc, observe, tick
from crmnote.domain.sync.merge import Merged, merge

_serial = iter(range(1, 1 << 62))


def fake_uuid() -> str:
    """A unique uuid without randomness (hypothesis replays examples exactly)."""
    return str(uuid.UUID(int=next(_serial)))


class Device:
    def __init__(self, name: str, skew_ms: int = 0) -> None:
        self.name = name
        self.skew_ms = skew_ms
        self.clock: Hlc | None = None
        self.changes: dict[str, Change] = {}

    def receive(self, change: Change, now_ms: int) -> None:
        if change.change_uuid in self.changes:
            return
        self.changes[change.change_uuid] = change
        self.clock = observe(self.clock, change.hlc, now_ms + self.skew_ms, self.name)

    def receive_all(self, changes: Iterable[Change], now_ms: int) -> None:
        for c in changes:
            self.receive(c, now_ms)

    def of(self, record_uuid: str) -> list[Change]:
        return [c for c in self.changes.values() if c.record_uuid == record_uuid]

    def record(self, record_uuid: str) -> Merged | None:
        found = self.of(record_uuid)
        return merge(found) if found else None

    def records(self) -> dict[str, Merged]:
        uuids = {c.record_uuid for c in self.changes.values()}
        return {u: merge(self.of(u)) for u in sorted(uuids)}

    def make(
        self,
        record_uuid: str,
        op: Op,
        now_ms: int,
        kind: str = "customer",
        new: dict[str, Any] | None = None,
        resolves: Iterable[str] = (),
    ) -> Change:
        """A change of the record as this device sees it: old values from its merged state."""
        current = self.record(record_uuid)
        values = dict(current.values) if current else {}
        if op is Op.DELETE:
            fields = {k: FieldChange(v, None) for k, v in values.items()}
        else:
            fields = {k: FieldChange(values.get(k), v) for k, v in (new or {}).items()}
        self.clock = tick(self.clock, now_ms + self.skew_ms, self.name)
        change = Change(
            change_uuid=fake_uuid(),
            record_uuid=record_uuid,
            kind=kind,
            op=op,
            hlc=self.clock,
            device=self.name,
            fields=fields,
            parents=current.heads if current else frozenset(),
            resolves=frozenset(resolves),
        )
        self.changes[change.change_uuid] = change
        return change
