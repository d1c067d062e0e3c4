"""Sync conflicts: the values that lost a merge, listed for a person to confirm or restore.
Both answers are changes of their own, so they reach every copy with the next sync."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crmnote.domain.audit import Action
from crmnote.domain.errors import NotFoundError
from crmnote.domain.kinds import KINDS
from crmnote.domain.reasons import say
from crmnote.domain.sync.change import Change, FieldChange, Op
from crmnote.domain.sync.identity import new_uuid
from crmnote.services.audit import log_change, log_erasure
from crmnote.services.base import ServiceBase, wall_ms
from crmnote.services.changes import Changes
from crmnote.services.sync import identity
from crmnote.services.sync.apply import Applied, bring_up_to_date
from crmnote.services.sync.capture import author, capture
from crmnote.storage import sync_records as records
from crmnote.storage import sync_store as store
from crmnote.storage.repository import Repository
from crmnote.storage.sessions import Session


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
    title: str = ""  # the record's name, text or summary (as this copy has it)
    kept_by: str = ""  # the staff member who wrote each, and when
    kept_at: datetime | None = None
    set_aside_by: str = ""
    set_aside_at: datetime | None = None
    kept_text: str = ""  # the values as a person reads them: references by name, lists joined
    set_aside_text: str = ""


class ConflictService(ServiceBase):
    def __init__(self, *args: Any, wall_ms: Callable[[], int] = wall_ms, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wall_ms = wall_ms

    def list(self, include_resolved: bool = False) -> list[ConflictView]:
        with self.reading() as repo:
            session = repo.session
            rows = store.conflict_rows(session, include_resolved)
            made = store.authors(
                session, {r.loser_change for r in rows} | {r.winner_change for r in rows}
            )
            names = {s.uuid: s.name for s in repo.list("staff")}

            def who(change: str | None) -> tuple[str, datetime | None]:
                author, hlc = made.get(change or "", (None, None))
                at = None if hlc is None else datetime.fromtimestamp(hlc.wall / 1000)
                return names.get(author or "", ""), at

            out = []
            for r in rows:
                record_id = records.id_of(session, r.kind, r.record_uuid)
                kept_by, kept_at = who(r.winner_change)
                lost_by, lost_at = who(r.loser_change)
                out.append(
                    ConflictView(
                        id=r.id,
                        kind=r.kind,
                        record_id=record_id,
                        field=r.field,
                        reason=r.reason,
                        kept=json.loads(r.winner_value),
                        set_aside=json.loads(r.loser_value),
                        resolved=r.resolved,
                        title=_title(repo, r.kind, record_id),
                        kept_by=kept_by,
                        kept_at=kept_at,
                        set_aside_by=lost_by,
                        set_aside_at=lost_at,
                        kept_text=_shown(repo, r.kind, r.field, json.loads(r.winner_value)),
                        set_aside_text=_shown(repo, r.kind, r.field, json.loads(r.loser_value)),
                    )
                )
            return out

    def confirm(self, conflict_id: str) -> Changes:
        """Keep the current value: the conflict is settled. (A customer kept for their
        records stays for good: a restore of its own.)"""
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
                raise NotFoundError(
                    say("svc.no_conflict", "there is no open sync conflict {id}", id=conflict_id)
                )
            if restore and row.field is None:  # delete it again, as a delete made here
                self._delete(repo, row.kind, row.record_uuid)
            change = self._change(session, row, restore)
            store.append(session, [change], None)
            out = Applied()
            bring_up_to_date(session, row.kind, row.record_uuid, self.now(), out)
            record_id = records.id_of(session, row.kind, row.record_uuid)
            changes = Changes(kinds=frozenset({row.kind, "sync"}))
            if record_id is not None:
                changes |= Changes.of(row.kind, record_id, None)
            return changes

    def _delete(self, repo: Repository, kind: str, record_uuid: str) -> None:
        """The record deleted as the app deletes it (a customer with their records), and the
        deletes logged: they know every change this copy has, so they stand."""
        record_id = records.id_of(repo.session, kind, record_uuid)
        if record_id is None:
            return
        old = repo.get(kind, record_id)
        repo.delete(kind, record_id)
        if kind == "customer":
            log_erasure(repo.session, record_id, self.now())
        else:
            log_change(repo.session, self.now(), Action.DELETE, old, None)
        repo.session.flush()
        capture(repo.session)

    def _change(self, session: Session, row: Any, restore: bool) -> Change:
        before = store.shadow(session, row.record_uuid)
        state = (before.state if before else None) or {}
        op, fields = Op.RESOLVE, {}
        if not restore and row.reason == "kept_for_records":  # keep them, records or not
            op = Op.RESTORE
            fields = {k: FieldChange(None, v) for k, v in state.items()}
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


def _title(repo: Repository, kind: str, record_id: int | None) -> str:
    if record_id is None or kind not in KINDS:
        return ""
    record = repo.get(kind, record_id)
    return str(getattr(record, KINDS[kind].title_field, "") or "")


def _shown(repo: Repository, kind: str, field: str | None, value: Any) -> str:
    """A value as a person reads it: a reference by the name of what it names, a list of
    contacts or tags joined, nothing for none."""
    if value is None or field is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v[1]) if isinstance(v, list) else str(v) for v in value)
    spec = KINDS.get(kind)
    target = "customer" if field == "customer_id" else None
    if spec is not None and target is None:
        try:
            target = spec.field(field).reference
        except KeyError:
            target = None
    if target is not None and isinstance(value, str):
        found = records.id_of(repo.session, target, value)
        return _title(repo, target, found) if found is not None else ""
    return str(value)
