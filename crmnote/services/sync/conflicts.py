"""Sync conflicts: the values that lost a merge, listed for a person to confirm or restore.
Both answers are changes of their own, so they reach every copy with the next sync."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from crmnote.domain.errors import NotFoundError
from crmnote.domain.sync.change import Change, FieldChange, Op
from crmnote.domain.sync.identity import new_uuid
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.sync import identity
from crmnote.services.sync.apply import Applied, bring_up_to_date
from crmnote.services.sync.capture import author, capture
from crmnote.storage import sync_records as records
from crmnote.storage import sync_store as store


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    record_id: int | None  # None: the record is gone here
    field: str | None
    reason: str
    kept: Any  # the value the record has
    set_aside: Any  # the value that lost
    resolved: bool


class ConflictService(ServiceBase):
    def __init__(self, *args: Any, wall_ms: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wall_ms = wall_ms

    def list(self, include_resolved: bool = False) -> list[ConflictView]:
        with self.reading() as repo:
            return [
                ConflictView(
                    id=r.id,
                    kind=r.kind,
                    record_id=records.id_of(repo.session, r.kind, r.record_uuid),
                    field=r.field,
                    reason=r.reason,
                    kept=json.loads(r.winner_value),
                    set_aside=json.loads(r.loser_value),
                    resolved=r.resolved,
                )
                for r in store.conflict_rows(repo.session, include_resolved)
            ]

    def confirm(self, conflict_id: str) -> Changes:
        """Keep the current value: the conflict is settled."""
        return self._answer(conflict_id, restore=False)

    def restore(self, conflict_id: str) -> Changes:
        """Write the set-aside value back (or delete again, for an undone delete)."""
        return self._answer(conflict_id, restore=True)

    def _answer(self, conflict_id: str, restore: bool) -> Changes:
        with self.transaction() as repo:
            session = repo.session
            capture(session)
            row = next((r for r in store.conflict_rows(session) if r.id == conflict_id), None)
            if row is None:
                raise NotFoundError(f"there is no open sync conflict {conflict_id}")
            change = self._change(session, row, restore)
            store.append(session, [change], None)
            out = Applied()
            bring_up_to_date(session, row.kind, row.record_uuid, self.now(), out)
            record_id = records.id_of(session, row.kind, row.record_uuid)
            changes = Changes(kinds=frozenset({row.kind, "sync"}))
            if record_id is not None:
                changes |= Changes.of(row.kind, record_id, None)
            return changes

    def _change(self, session: Session, row: Any, restore: bool) -> Change:
        before = store.shadow(session, row.record_uuid)
        state = (before.state if before else None) or {}
        op, fields = Op.RESOLVE, {}
        if restore and row.field is None:
            op = Op.DELETE
            fields = {k: FieldChange(v, None) for k, v in state.items()}
        elif restore and row.field is not None:
            op = Op.UPDATE
            fields = {row.field: FieldChange(state.get(row.field), json.loads(row.loser_value))}
        return Change(
            change_uuid=new_uuid(),
            record_uuid=row.record_uuid,
            kind=row.kind,
            op=op,
            hlc=identity.stamp(session, self._wall_ms()),
            device=identity.device(session),
            author=author(session),
            fields=fields,
            parents=before.heads if before else frozenset(),
            resolves=frozenset({row.id}),
        )
