"""The change log as a use case: log every change in the caller's transaction, read history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crmnote.domain.audit import LOGGED_KINDS, Action, logged_kind, refs_of, state_of
from crmnote.domain.audit import diff as field_changes
from crmnote.domain.reasons import Reason
from crmnote.domain.team import ERASE
from crmnote.services.audit_verify import VerifyReport, verify_log
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.storage import audit_store as store
from crmnote.storage import logged_records
from crmnote.storage import report_queries as q
from crmnote.storage.sessions import Session
from crmnote.storage.team import author, require_owner

BASELINE_CHUNK = 2000


def _staff(session: Session) -> int | None:
    """The author of an entry: the signed-in member of a team book (the server checks it),
    else the book's current staff member."""
    return author(session)


def log_change(session: Session, now: datetime, action: Action, old: Any, new: Any) -> None:
    """Append the entry for one record going from `old` to `new` (None when absent).

    Only the logged kinds (interactions, promises, claims) are recorded; others pass through.
    """
    log_changes(session, now, [(action, old, new)])


_CURRENT = -1


def log_changes(
    session: Session,
    now: datetime,
    changed: Sequence[tuple[Action, Any, Any]],
    staff_id: int | None = _CURRENT,
) -> None:
    """Append the entries of many `(action, old, new)`: one read of the head, one insert.
    By the current staff member unless `staff_id` names who (a change that arrived by sync)."""
    staff = (_staff(session) if staff_id == _CURRENT else staff_id) if changed else None
    items = [entry_of(now, action, old, new, staff) for action, old, new in changed]
    store.append_many(session, [i for i in items if i is not None])


def entry_of(
    now: datetime, action: Action, old: Any, new: Any, staff: int | None
) -> dict[str, Any] | None:
    """The change-log entry of one record going from `old` to `new` (None when absent), by
    `staff`; None for a kind the log does not keep."""
    record = new if new is not None else old
    kind = logged_kind(record)
    if kind not in LOGGED_KINDS:
        return None
    before = None if old is None else state_of(old)
    after = None if new is None else state_of(new)
    return {
        "at": now,
        "staff_id": staff,
        "kind": kind,
        "record_id": record.id,
        "customer_id": record.customer_id,
        "action": action,
        "changes": field_changes(before, after),
        "state": after,
        "refs": None if after is None else refs_of(kind, after),
    }


def log_added(session: Session, now: datetime, records: Sequence[Any]) -> None:
    """Append `add` entries for records an import or a copy created, in one batch."""
    log_changes(session, now, [(Action.ADD, None, r) for r in records])


def log_new_rows(session: Session, now: datetime, after: dict[str, int]) -> int:
    """Log `add` entries for every logged row written around the services (bulk inserts by the
    demo) with an id above `after[kind]`, a chunk at a time; returns how many."""
    staff = _staff(session)
    count = 0
    for kind in LOGGED_KINDS:
        last = after.get(kind, 0)
        while rows := logged_records.records_after(session, kind, last, BASELINE_CHUNK):
            store.append_many(session, [_added(kind, r, now, staff) for r in rows])
            last = rows[-1].id
            count += len(rows)
            session.expunge_all()
    return count


def log_erasure(session: Session, customer_id: int, now: datetime) -> None:
    """Record that a customer was erased, then strip their earlier entries of personal data.

    The erasure entry names only the customer's id. Earlier entries keep their hashes and
    salted digests, so the chain still verifies; without the salt, a digest reveals nothing.
    Only the book's owner rewrites the log (on a team book the server enforces it too).
    """
    require_owner(session, Reason(ERASE))
    store.append(
        session,
        at=now,
        staff_id=_staff(session),
        kind="customer",
        record_id=customer_id,
        customer_id=customer_id,
        action=Action.ERASE,
    )
    store.redact(session, customer_id)


@dataclass(frozen=True)
class HistoryEntry:
    """One version of a record: who changed it, when, and what each field was and became.

    `changes` is None for a baseline (the record as first found: its values are in the row and
    in the next entry's before-values) and for entries redacted when the customer was erased.
    """

    id: int
    at: datetime
    staff_id: int | None
    staff_name: str
    action: str
    changes: tuple[tuple[str, Any, Any], ...] | None
    redacted: bool
    hash: str


class AuditService(ServiceBase):
    """History of a record, verification of the whole log, and the baseline of unlogged rows."""

    def history(self, kind: str, record_id: int) -> tuple[HistoryEntry, ...]:
        with self.reading() as repo:
            entries = store.history(repo.session, kind, record_id)
            ids: set[int] = {x.staff_id for x in entries if x.staff_id is not None}
            names = q.staff_names(repo.session, ids)
        out = []
        for x in entries:
            changes = None
            if x.changes is not None:
                loaded = json.loads(x.changes)
                changes = tuple((k, v[0], v[1]) for k, v in sorted(loaded.items()))
            name = names.get(x.staff_id, "") if x.staff_id is not None else ""
            out.append(
                HistoryEntry(
                    x.id, x.at, x.staff_id, name, x.action.value, changes, x.redacted, x.hash
                )
            )
        return tuple(out)

    def verify(self) -> VerifyReport:
        """The chain and every current interaction, promise and claim against the log."""
        with self.reading() as repo:
            return verify_log(repo.session)

    def head(self) -> tuple[int, int, str]:
        """(last entry id, entries, head hash): write the hash down to detect a cut tail later."""
        with self.reading() as repo:
            return store.head(repo.session)

    def baseline(self) -> tuple[int, Changes]:
        """Log the current state of every interaction, promise and claim that has no entry yet.

        For records written around the services (demo data, imports, a restored old file): after
        it, `verify` can tell a later change made behind the app's back. One transaction;
        returns how many records were logged.
        """
        now = self.now()
        with self.transaction() as repo:
            session = repo.session
            staff = _staff(session)
            count = 0
            for kind in LOGGED_KINDS:
                after = 0
                while ids := logged_records.unlogged_ids(session, kind, after, BASELINE_CHUNK):
                    records = logged_records.records_with_ids(session, kind, ids).values()
                    store.append_many(session, [_baseline(kind, r, now, staff) for r in records])
                    session.expunge_all()
                    after = ids[-1]
                    count += len(ids)
        return count, Changes(kinds=frozenset({"change_log"}))


def _added(kind: str, record: Any, now: datetime, staff: int | None) -> dict[str, Any]:
    state = state_of(record)
    return {
        "at": now,
        "staff_id": staff,
        "kind": kind,
        "record_id": record.id,
        "customer_id": record.customer_id,
        "action": Action.ADD,
        "changes": field_changes(None, state),
        "state": state,
        "refs": refs_of(kind, state),
    }


def _baseline(kind: str, record: Any, now: datetime, staff: int | None) -> dict[str, Any]:
    state = state_of(record)
    return {
        "at": now,
        "staff_id": staff,
        "kind": kind,
        "record_id": record.id,
        "customer_id": record.customer_id,
        "action": Action.BASELINE,
        "state": state,
        "refs": refs_of(kind, state),
    }
