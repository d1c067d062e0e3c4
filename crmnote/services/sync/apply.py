"""Changes from another copy into this book: logged once (by change uuid), each touched record
recomputed from all its changes (domain/sync/merge.py) and written, conflicts listed, scores of
touched customers recomputed. Runs inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crmnote.domain.audit import LOGGED_KINDS, Action
from crmnote.domain.kinds import WRITE_ORDER
from crmnote.domain.sync.change import Change
from crmnote.domain.sync.hlc import ahead_ms
from crmnote.domain.sync.merge import merge
from crmnote.domain.types import CustomerId
from crmnote.services.audit import log_changes, log_erasure
from crmnote.services.scores import ScoreContext
from crmnote.services.sync import identity
from crmnote.services.sync.capture import capture
from crmnote.storage import sync_records as records
from crmnote.storage import sync_store as store
from crmnote.storage.repository import Repository
from crmnote.storage.summary_columns import refresh_summary

_ORDER = {kind: i for i, kind in enumerate(("staff", *WRITE_ORDER, "insight"))}
HOUR_MS = 3_600_000


@dataclass
class Applied:
    """What applying some changes did."""

    new: int = 0
    customers: set[int] = field(default_factory=set)
    conflicts: int = 0
    ahead_ms: int = 0  # the furthest a received clock ran ahead of this one
    skipped: list[str] = field(default_factory=list)  # records naming ones not here


def apply_changes(
    session: Session,
    changes: Sequence[Change],
    source: str | None,
    now: datetime,
    now_ms: int,
    skew_ms: int = 0,
) -> Applied:
    """Log the changes this book lacks and bring their records up to date."""
    store.serialize_writers(session)  # first: this transaction writes records and the log
    capture(session, skew_ms)  # local edits first, so none is overwritten unlogged
    out = Applied()
    have = store.known(session, [c.change_uuid for c in changes])
    fresh = [c for c in changes if c.change_uuid not in have]
    fresh = list({c.change_uuid: c for c in fresh}.values())
    store.append(session, fresh, source)
    clock = identity.Stamper(session)
    for c in fresh:
        clock.seen(c.hlc, now_ms + skew_ms)
        out.ahead_ms = max(out.ahead_ms, ahead_ms(c.hlc, now_ms + skew_ms))
    clock.save()
    out.new = len(fresh)
    touched = sorted(
        {(c.kind, c.record_uuid) for c in fresh}, key=lambda k: (_ORDER.get(k[0], 99), k[1])
    )
    latest = {c.record_uuid: c for c in sorted(fresh, key=lambda c: c.hlc)}
    for kind, record_uuid in touched:
        bring_up_to_date(session, kind, record_uuid, now, out, latest[record_uuid])
    scores = ScoreContext(session, now)
    for cid in sorted(out.customers):
        if records.uuid_of(session, "customer", cid) is not None:
            refresh_summary(session, CustomerId(cid))
            scores.rebuild(CustomerId(cid))
    return out


def bring_up_to_date(
    session: Session,
    kind: str,
    record_uuid: str,
    now: datetime,
    out: Applied,
    by: Change | None = None,
) -> None:
    """Recompute the record from all its changes and write it; `by` is the latest change
    that brought this about: the change log (verify-log) names its author and time."""
    merged = merge(store.of_record(session, record_uuid))
    store.put_conflicts(session, record_uuid, merged.conflicts)
    out.conflicts += len(merged.open_conflicts)
    before = records.id_of(session, kind, record_uuid)
    customer = _customer_of(session, kind, before)
    audit = _Audit(session, kind, before, by, now)
    if merged.deleted:
        records.delete_record(session, kind, record_uuid)
        store.put_shadow(session, record_uuid, kind, None, merged.heads)
        audit.done(None)
    else:
        shadow = store.shadow(session, record_uuid)
        state = dict(shadow.state or {}) if shadow else {}
        state |= merged.values
        try:
            with session.begin_nested():  # a record this copy cannot hold is skipped alone
                record_id = records.write_state(
                    session, kind, record_uuid, state, now, by=audit.staff
                )
        except records.MissingReference as exc:
            out.skipped.append(str(exc))
            return
        except IntegrityError:
            out.skipped.append(f"{kind} {record_uuid}: not all of it has arrived")
            return
        found = records.read_state(session, kind, record_id)
        store.put_shadow(session, record_uuid, kind, found[1] if found else None, merged.heads)
        store.forget_dirty(session, kind, record_id)
        audit.done(record_id, restored=shadow is not None and shadow.state is None)
        customer = customer or _customer_of(session, kind, record_id)
    if before is not None:
        store.forget_dirty(session, kind, before)
    if customer is not None:
        out.customers.add(customer)


class _Audit:
    """The change-log entry (interactions, promises, claims) for a record sync rewrote, so
    that `crmnote verify-log` passes on every copy and names who made the change, and when."""

    def __init__(
        self, session: Session, kind: str, before: int | None, by: Change | None, now: datetime
    ) -> None:
        self.session, self.kind, self.before = session, kind, before
        self.repo = Repository(session)
        self.logged = kind in LOGGED_KINDS
        self.old = self.repo.get(kind, before) if self.logged and before is not None else None
        self.staff = records.id_of(session, "staff", by.author) if by and by.author else None
        self.at = now
        if by is not None:
            self.at = datetime.fromtimestamp(by.hlc.wall / 1000).replace(microsecond=0)

    def done(self, record_id: int | None, *, restored: bool = False) -> None:
        if self.kind == "customer" and record_id is None and self.before is not None:
            log_erasure(self.session, self.before, self.at)  # as a customer deleted here
            return
        if not self.logged or (record_id is None and self.old is None):
            return
        new = None if record_id is None else self.repo.get(self.kind, record_id)
        if new is None:
            action = Action.DELETE
        elif self.old is None:
            action = Action.RESTORE if restored else Action.ADD
        else:
            action = Action.UPDATE
        log_changes(self.session, self.at, [(action, self.old, new)], staff_id=self.staff)


def _customer_of(session: Session, kind: str, record_id: int | None) -> int | None:
    if record_id is None:
        return None
    if kind == "customer":
        return record_id
    found = records.read_state(session, kind, record_id)
    ref = (found[1] if found else {}).get("customer_id")
    return records.id_of(session, "customer", ref) if ref else None
