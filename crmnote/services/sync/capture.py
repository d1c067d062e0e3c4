"""Local edits into the change log: each record written since the log last looked (the dirty
marks the triggers keep, whoever wrote) becomes a change against its shadow."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from crmnote.domain.kinds import WRITE_ORDER
from crmnote.domain.sync.change import Change, FieldChange, Op, diff_fields
from crmnote.domain.sync.identity import new_uuid
from crmnote.services.audit_verify import differs_from_log
from crmnote.services.sync import identity
from crmnote.storage import sync_records as records
from crmnote.storage import sync_store as store
from crmnote.storage.team import author as team_author

_ORDER = {kind: i for i, kind in enumerate(("staff", *WRITE_ORDER, "insight"))}


def _ms(value: Any) -> int:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return int(value.timestamp() * 1000) if isinstance(value, datetime) else 0


def author(session: Session, known: dict[tuple[str, int], str | None] | None = None) -> str | None:
    """The uuid of the staff member who records what this session writes: the signed-in
    member of a team book (the server checks it), else the book's current staff member."""
    staff = team_author(session)
    if staff is None:
        return None
    key = ("staff", int(staff))
    if known is None:
        return records.uuid_of(session, *key)
    if key not in known:
        known[key] = records.uuid_of(session, *key)
    return known[key]


def capture(session: Session, skew_ms: int = 0) -> list[Change]:
    """Turn every dirty mark into a change (or none, when nothing synced changed).

    A record of a logged kind that is not as its last change-log entry left it was written
    around crmnote (plain SQL): it is held back, its mark kept, so that it is not spread as an
    ordinary edit; `held_back` says which, `crmnote verify-log` why."""
    marks = store.dirty(session)
    if not marks:
        return []
    store.serialize_writers(session)  # before the first append (a no-op if taken already)
    marks.sort(key=lambda d: (_ORDER.get(d.kind, 99), d.at_ms, d.record_id))
    clock = identity.Stamper(session)
    known: dict[tuple[str, int], str | None] = {}  # uuids of records referred to
    by = author(session, known)
    made: list[Change] = []
    looked: list[store.Dirty] = []
    for mark in marks:
        if differs_from_log(session, mark.kind, mark.record_id) is not None:
            continue
        looked.append(mark)
        change = _one(session, mark, clock, by, skew_ms, known)
        if change is not None:
            made.append(change)
    store.append(session, made, None)
    clock.save()
    store.clear_dirty(session, looked)
    return made


def held_back(session: Session) -> list[str]:
    """The records capture keeps out of the change log, and why."""
    found = (differs_from_log(session, m.kind, m.record_id) for m in store.dirty(session))
    return [why for why in found if why is not None]


def _one(
    session: Session,
    mark: store.Dirty,
    clock: identity.Stamper,
    by: str | None,
    skew_ms: int,
    known: dict[tuple[str, int], str | None],
) -> Change | None:
    found = records.read_state(session, mark.kind, mark.record_id, known)
    record_uuid = found[0] if found else mark.record_uuid
    if record_uuid is None:
        return None  # a contact of a customer deleted with it: the customer's mark says so
    state = found[1] if found else None
    before = store.shadow(session, record_uuid)
    old = before.state if before else None
    if state is None and before is not None and old is None:
        return None  # deleted here already
    if state is not None and old == state:
        return None
    if state is None:
        op, fields = Op.DELETE, {k: FieldChange(v, None) for k, v in (old or {}).items()}
    elif before is None:
        op, fields = Op.CREATE, diff_fields(None, state)
    elif old is None:
        op, fields = Op.RESTORE, diff_fields(None, state)
    else:
        op, fields = Op.UPDATE, diff_fields(old, state)
    wall = mark.at_ms or _ms((state or {}).get("created_at"))
    change = Change(
        change_uuid=new_uuid(),
        record_uuid=record_uuid,
        kind=mark.kind,
        op=op,
        hlc=clock.stamp(wall + skew_ms),
        device=clock.device,
        author=by,
        fields=fields,
        parents=before.heads if before else frozenset(),
    )
    store.put_shadow(session, record_uuid, mark.kind, state, {change.change_uuid})
    return change
