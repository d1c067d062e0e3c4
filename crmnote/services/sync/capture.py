"""Local edits into the change log: each record written since the log last looked (the dirty
marks the triggers keep, whoever wrote) becomes a change against its shadow."""

from __future__ import annotations

import time
from collections.abc import Callable

from crmnote.domain.kinds import WRITE_ORDER
from crmnote.domain.sync.change import Change, FieldChange, Op, diff_fields
from crmnote.domain.sync.identity import new_uuid
from crmnote.domain.sync.merge import merge
from crmnote.services.audit_verify import differs_from_log
from crmnote.services.sync import identity, parents
from crmnote.storage import sync_records as records
from crmnote.storage import sync_store as store
from crmnote.storage.sessions import Session
from crmnote.storage.team import author as team_author

_ORDER = {kind: i for i, kind in enumerate(("staff", *WRITE_ORDER, "insight"))}


# Where a session finds the clock sync stamps changes with (milliseconds since 1970): the
# sessionmaker's `info` (Services set it; tests give a laptop a clock a day off), else the
# computer's own.
CLOCK_KEY = "crmnote_sync_clock"


def _computer_ms() -> int:
    return time.time_ns() // 1_000_000


def clock_ms(session: Session) -> int:
    """Now, by this book's sync clock."""
    found: Callable[[], int] = session.info.get(CLOCK_KEY, _computer_ms)
    return found()


def author(session: Session, ids: records.Ids | None = None) -> str | None:
    """The uuid of the staff member who records what this session writes: the signed-in
    member of a team book (the server checks it), else the book's current staff member."""
    staff = team_author(session)
    return None if staff is None else (ids or records.Ids(session)).uuid_of("staff", int(staff))


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
    now_ms = clock_ms(session) + skew_ms  # every change of one capture: one moment
    ids = records.Ids(session)  # uuids of records referred to, looked up once
    by = author(session, ids)
    made: list[Change] = []
    looked: list[store.Dirty] = []
    for mark in marks:
        if differs_from_log(session, mark.kind, mark.record_id) is not None:
            continue
        looked.append(mark)
        change = _one(session, mark, clock, by, now_ms, ids)
        if change is not None:
            made.append(change)
    store.append(session, made, None)
    clock.save()
    store.clear_dirty(session, looked)
    # A record with conflicts listed: an edit made here may settle them (overwriting a value
    # set aside, knowing it), so its list is worked out again.
    for customer in sorted(_customers_left(made)):  # a customer kept for records of theirs
        parents.settle(session, customer)
    for record_uuid in store.with_conflicts(session, [c.record_uuid for c in made]):
        store.put_conflicts(
            session, record_uuid, merge(store.of_record(session, record_uuid)).conflicts
        )
    return made


def _customers_left(made: list[Change]) -> set[str]:
    """Customers whose records were deleted here."""
    out = set()
    for c in made:
        if c.op is Op.DELETE and c.kind != "customer" and "customer_id" in c.fields:
            old = c.fields["customer_id"].old
            if isinstance(old, str):
                out.add(old)
    return out


def held_back(session: Session) -> list[str]:
    """The records capture keeps out of the change log, and why."""
    found = (differs_from_log(session, m.kind, m.record_id) for m in store.dirty(session))
    return [why for why in found if why is not None]


def _one(
    session: Session,
    mark: store.Dirty,
    clock: identity.Stamper,
    by: str | None,
    now_ms: int,
    ids: records.Ids,
) -> Change | None:
    found = records.read_state(session, mark.kind, mark.record_id, ids)
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
    if mark.kind == "attachment" and op in (Op.CREATE, Op.RESTORE) and found:
        # the bytes ride with the change that brings the file, once (docs/sync.md)
        fields[records.BYTES] = FieldChange(None, records.attachment_bytes(session, mark.record_id))
    change = Change(
        change_uuid=new_uuid(),
        record_uuid=record_uuid,
        kind=mark.kind,
        op=op,
        hlc=clock.stamp(now_ms),
        device=clock.device,
        author=by,
        fields=fields,
        parents=before.heads if before else frozenset(),
    )
    store.put_shadow(session, record_uuid, mark.kind, state, {change.change_uuid})
    return change
