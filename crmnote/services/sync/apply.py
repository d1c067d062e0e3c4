"""Changes from another copy into this book: logged once (by change uuid), each touched record
recomputed from all its changes (domain/sync/merge.py) and written, conflicts listed, scores of
touched customers recomputed. Runs inside the caller's transaction.

A batch is applied as a batch: the changes, shadows and local ids of every record it touches
are read at once, and the shadows and change-log entries it makes written at once (`_Run`);
one record costs little more than its own write and the read of what it became."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from crmnote.domain.audit import LOGGED_KINDS, Action
from crmnote.domain.kinds import WRITE_ORDER
from crmnote.domain.sync.change import Change
from crmnote.domain.sync.hlc import ahead_ms
from crmnote.domain.sync.merge import merge
from crmnote.domain.types import CustomerId
from crmnote.services.audit import entry_of, log_erasure
from crmnote.services.score_context import ScoreContext
from crmnote.services.sync import identity, parents
from crmnote.services.sync.capture import capture
from crmnote.storage import audit_store, logged_records, sync_bulk, sync_scope
from crmnote.storage import sync_records as records
from crmnote.storage import sync_store as store
from crmnote.storage.repository import Repository
from crmnote.storage.sessions import Session
from crmnote.storage.summary_columns import refresh_summaries
from crmnote.storage.sync_records import BYTES

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
    parents: set[str] = field(default_factory=set)  # customers whose records were written


class _Run:
    """What one application of changes reads once and writes once."""

    def __init__(
        self,
        session: Session,
        touched: Sequence[tuple[str, str]],
        changes: dict[str, list[Change]] | None = None,
    ) -> None:
        """`changes`: every change of the touched records, when the caller knows them."""
        self.session = session
        self.ids = records.Ids(session)
        uuids = [u for _k, u in touched]
        for kind in {k for k, _u in touched}:
            self.ids.preload(kind, [u for k, u in touched if k == kind])
        self.changes = store.of_records(session, uuids) if changes is None else changes
        found = store.shadows(session, uuids)
        self.shadows: dict[str, store.Shadow | None] = {u: found.get(u) for u in uuids}
        self.looked = set(uuids)  # records whose listed conflicts `conflicted` knows
        self.conflicted = set(store.with_conflicts(session, uuids))
        self.pending_shadows: dict[str, dict[str, Any]] = {}
        # Change-log entries to make: (kind, record id or None, action, old, staff, at).
        self.entries: list[tuple[str, int | None, Action, Any, int | None, datetime]] = []
        self.repo = Repository(session)
        self.old: dict[tuple[str, int], Any] = {}  # logged records as they were, read at once
        for kind in {k for k, _u in touched if k in LOGGED_KINDS}:
            ids = [self.ids.id_of(kind, u) for k, u in touched if k == kind]
            wanted = [i for i in ids if i is not None]
            self.old |= {(kind, i): r for i, r in self._many(kind, wanted).items()}

    def _many(self, kind: str, ids: list[int]) -> dict[int, Any]:
        """Logged records by id (evidence files are no repository kind: read as logged)."""
        if kind == "attachment":
            return logged_records.records_with_ids(self.session, kind, ids)
        return self.repo.read_many(kind, ids)

    def before(self, kind: str, record_id: int | None) -> Any:
        """A logged record as it was before this run wrote it (None: it was not there)."""
        if record_id is None:
            return None
        if (kind, record_id) not in self.old:
            self.old[(kind, record_id)] = self._many(kind, [record_id]).get(record_id)
        return self.old[(kind, record_id)]

    def preload_changes(self, record_uuids: Iterable[str]) -> None:
        """Read the changes of many records at once (those not known yet)."""
        wanted = [u for u in record_uuids if u not in self.changes]
        if wanted:
            self.changes |= store.of_records(self.session, wanted)

    def changes_of(self, record_uuid: str) -> list[Change]:
        if record_uuid not in self.changes:
            self.changes[record_uuid] = store.of_record(self.session, record_uuid)
        return self.changes[record_uuid]

    def shadow(self, record_uuid: str) -> store.Shadow | None:
        if record_uuid not in self.shadows:
            self.shadows[record_uuid] = store.shadow(self.session, record_uuid)
        return self.shadows[record_uuid]

    def has_conflicts(self, record_uuid: str) -> bool:
        if record_uuid not in self.looked:
            self.looked.add(record_uuid)
            self.conflicted |= set(store.with_conflicts(self.session, [record_uuid]))
        return record_uuid in self.conflicted

    def put_shadow(self, record_uuid: str, kind: str, state: Any, heads: frozenset[str]) -> None:
        self.shadows[record_uuid] = store.Shadow(state, heads)
        self.pending_shadows[record_uuid] = store.shadow_row(record_uuid, kind, state, heads)

    def flush(self) -> None:
        store.put_shadows(self.session, list(self.pending_shadows.values()))
        self.pending_shadows.clear()
        after: dict[tuple[str, int], Any] = {}
        for kind in {k for k, i, *_ in self.entries if i is not None}:
            ids = [i for k, i, *_ in self.entries if k == kind and i is not None]
            after |= {(kind, i): r for i, r in self._many(kind, ids).items()}
        items = []
        for kind, record_id, action, old, staff, at in self.entries:
            new = None if record_id is None else after.get((kind, record_id))
            entry = entry_of(at, action, old, new, staff)
            if entry is not None:
                items.append(entry)
        audit_store.append_many(self.session, items)
        self.entries.clear()


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
    store.applying(session)
    out = Applied()
    have = store.known(session, [c.change_uuid for c in changes])
    fresh = [c for c in changes if c.change_uuid not in have]
    fresh = _without_bytes_held(session, list({c.change_uuid: c for c in fresh}.values()))
    # The changes the log had of the records these touch, read before they are appended:
    # with them, each record's changes are known without reading the batch back.
    known = store.of_records(session, sorted({c.record_uuid for c in fresh}))
    for c in fresh:
        known[c.record_uuid].append(c)
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
    held = set(store.dirty(session))  # marks capture holds back (written around crmnote)
    run = _Run(session, touched, known)
    for kind in dict.fromkeys(k for k, _u in touched):  # kinds in the order they are written
        group = [u for k, u in touched if k == kind]
        for record_uuid in _insert_new(run, kind, group, now, out, latest):
            bring_up_to_date(session, kind, record_uuid, now, out, latest[record_uuid], run=run)
    run.preload_changes(sorted(out.parents))
    for parent in sorted(out.parents):  # a customer the changes deleted, kept by records?
        if parents.deleted_by(run.changes_of(parent)):
            bring_up_to_date(session, "customer", parent, now, out, run=run)
    run.flush()
    # What this transaction wrote is the log's own doing (records deleted with their customer
    # included: the copy that deleted the customer logged those deletes): nothing to capture.
    store.clear_dirty_but(session, held)
    there = [CustomerId(c) for c in sorted(out.customers) if run.ids.uuid_of("customer", c)]
    refresh_summaries(session, there)
    ScoreContext(session, now).rebuild_many(there)  # as after any back-dated record
    return out


def _without_bytes_held(session: Session, changes: list[Change]) -> list[Change]:
    """The changes with the bytes of evidence files this book holds already left out: they
    never change, so they are logged here once (a file attached before migration 0012 that
    two books had is brought by a `create` from each, docs/sync.md)."""
    carrying = [c.record_uuid for c in changes if c.kind == "attachment" and BYTES in c.fields]
    held = records.holding_bytes(session, carrying) if carrying else set()
    if not held:
        return changes
    return [
        replace(c, fields={k: v for k, v in c.fields.items() if k != BYTES})
        if c.kind == "attachment" and c.record_uuid in held
        else c
        for c in changes
    ]


def _insert_new(
    run: _Run,
    kind: str,
    record_uuids: list[str],
    now: datetime,
    out: Applied,
    latest: dict[str, Change],
) -> list[str]:
    """Insert at once the records of a kind this copy has never had and whose changes give
    them whole, without conflicts (the common case: calls logged elsewhere); returns the
    others, for `bring_up_to_date` one by one."""
    if kind in ("customer", "standard", "attachment") or records.refers_to_own_kind(kind):
        return record_uuids
    rest: list[str] = []
    rows: list[tuple[str, dict[str, Any]]] = []
    made: dict[str, tuple[Any, Change, int | None]] = {}
    whole: list[tuple[str, Any]] = []
    for record_uuid in record_uuids:
        if run.ids.id_of(kind, record_uuid) is not None or run.shadow(record_uuid) is not None:
            rest.append(record_uuid)
            continue
        merged = merge(run.changes_of(record_uuid))
        if merged.deleted or merged.conflicts or run.has_conflicts(record_uuid):
            rest.append(record_uuid)
            continue
        whole.append((record_uuid, merged))
    # the records they name (their customers, the authors) looked up at once, not one by one
    records.preload_references(kind, [m.values for _u, m in whole], run.ids)
    run.ids.preload("staff", {a for u, _m in whole if (a := latest[u].author)})
    for record_uuid, merged in whole:
        by = latest[record_uuid]
        staff = run.ids.id_of("staff", by.author) if by.author else None
        try:
            values, _ = records.row_values(kind, record_uuid, merged.values, now, staff, run.ids)
        except (records.MissingReference, records.Incomplete):
            rest.append(record_uuid)  # one by one: it may bring its customer back, or skip
            continue
        rows.append((record_uuid, values))
        made[record_uuid] = (merged, by, staff)
    if not rows:
        return rest
    new_ids = sync_bulk.insert_many(run.session, kind, rows, run.ids)
    states = sync_bulk.read_states(run.session, kind, new_ids, run.ids)
    for (record_uuid, _values), record_id in zip(rows, new_ids, strict=True):
        merged, by, staff = made[record_uuid]
        state = states[record_id]
        run.put_shadow(record_uuid, kind, state, merged.heads)
        if kind in LOGGED_KINDS:
            run.entries.append((kind, record_id, Action.ADD, None, staff, _at(by, now)))
        customer = state.get("customer_id")
        if isinstance(customer, str):
            out.parents.add(customer)
            if (customer_id := run.ids.id_of("customer", customer)) is not None:
                out.customers.add(customer_id)
    return rest


def _at(by: Change | None, now: datetime) -> datetime:
    """When a change was made, as the change log writes times (local, to the second)."""
    if by is None:
        return now
    return datetime.fromtimestamp(by.hlc.wall / 1000).replace(microsecond=0)


def bring_up_to_date(
    session: Session,
    kind: str,
    record_uuid: str,
    now: datetime,
    out: Applied,
    by: Change | None = None,
    *,
    needed: bool = False,
    run: _Run | None = None,
) -> None:
    """Recompute the record from all its changes and write it; `by` is the latest change
    that brought this about: the change log (verify-log) names its author and time.
    `needed`: a record of this customer stands, so the customer does (parents.py)."""
    alone = run is None
    run = run or _Run(session, [(kind, record_uuid)])
    changes = run.changes_of(record_uuid)
    merged = merge(changes)
    if merged.deleted and kind == "customer":
        needed = needed or parents.children_stand(session, record_uuid)
        merged = merge(changes, needed=needed)
    if merged.conflicts or run.has_conflicts(record_uuid):
        store.put_conflicts(session, record_uuid, merged.conflicts)
        run.conflicted.add(record_uuid)
    out.conflicts += len(merged.open_conflicts)
    before = run.ids.id_of(kind, record_uuid)
    audit = _Audit(run, kind, before, by, now)
    if merged.deleted:
        shadow = run.shadow(record_uuid)
        customer = _customer_of(run, kind, record_uuid, shadow)
        gone_from = (shadow.state or {}).get("customer_id") if shadow else None
        if kind != "customer" and isinstance(gone_from, str):
            out.parents.add(gone_from)  # was it what kept its customer?
        records.delete_record(session, kind, record_uuid)
        run.ids = records.Ids(session)  # what was deleted with it (cascades) is gone too
        run.put_shadow(record_uuid, kind, None, merged.heads)
        audit.done(None)
    else:
        shadow = run.shadow(record_uuid)
        state = dict(shadow.state or {}) if shadow else {}
        state |= merged.values
        record_id = _write(run, kind, record_uuid, state, now, out, audit.staff)
        if record_id is not None:
            found = records.read_state(session, kind, record_id, run.ids)
            run.put_shadow(record_uuid, kind, found[1] if found else None, merged.heads)
            audit.done(record_id, restored=shadow is not None and shadow.state is None)
            customer = _customer_of(run, kind, record_uuid, run.shadow(record_uuid))
            if kind != "customer" and isinstance(state.get("customer_id"), str):
                out.parents.add(state["customer_id"])
        else:
            customer = None
    if customer is not None:
        out.customers.add(customer)
    if alone:
        run.flush()


def _write(
    run: _Run,
    kind: str,
    record_uuid: str,
    state: dict[str, Any],
    now: datetime,
    out: Applied,
    by: int | None,
) -> int | None:
    """Write the record; a customer it names that the changes deleted comes back first (it is
    needed). None when this copy cannot hold it yet (what it names has not arrived)."""
    session = run.session
    # What a record this copy cannot hold lacks (a field, a record it names) is found before
    # any statement: it is skipped alone, with no savepoint per record.
    for attempt in (1, 2):
        try:
            return records.write_state(session, kind, record_uuid, state, now, by=by, ids=run.ids)
        except records.MissingReference as exc:
            if (
                attempt == 1
                and exc.kind == "customer"
                and parents.deleted_by_merge(session, exc.uuid)
            ):
                bring_up_to_date(session, "customer", exc.uuid, now, out, needed=True, run=run)
                continue
            out.skipped.append(str(exc))
        except records.Incomplete as exc:
            out.skipped.append(str(exc))
        return None
    return None


class _Audit:
    """The change-log entry (interactions, promises, claims) for a record sync rewrote, so
    that `crmnote verify-log` passes on every copy and names who made the change, and when."""

    def __init__(
        self, run: _Run, kind: str, before: int | None, by: Change | None, now: datetime
    ) -> None:
        self.run, self.kind, self.before = run, kind, before
        self.logged = kind in LOGGED_KINDS
        self.old = run.before(kind, before) if self.logged else None
        self.staff = run.ids.id_of("staff", by.author) if by and by.author else None
        self.at = _at(by, now)

    def done(self, record_id: int | None, *, restored: bool = False) -> None:
        run = self.run
        if self.kind == "customer" and record_id is None and self.before is not None:
            run.flush()  # the entries so far go before the erasure, which redacts them
            log_erasure(run.session, self.before, self.at)  # as a customer deleted here
            return
        if not self.logged or (record_id is None and self.old is None):
            return
        if record_id is None:
            action = Action.DELETE
        elif self.old is None:
            action = Action.RESTORE if restored else Action.ADD
        else:
            action = Action.UPDATE
        run.entries.append((self.kind, record_id, action, self.old, self.staff, self.at))


def _customer_of(run: _Run, kind: str, record_uuid: str, shadow: store.Shadow | None) -> int | None:
    """The local id of the customer a record is about (itself, for a customer)."""
    if kind == "customer":
        return run.ids.id_of("customer", record_uuid)
    state = shadow.state if shadow else None
    ref = (state or {}).get("customer_id")
    return run.ids.id_of("customer", ref) if isinstance(ref, str) else None


def let_go_of(session: Session, kind: str, record_uuid: str, now: datetime) -> bool:
    """A record this copy stops holding (a `--mine` copy: moved onto a customer it does not
    hold) is deleted here as a pulled delete deletes it (the change log says so), and its
    changes, shadow and conflicts are forgotten: nothing of it is pushed, and should it come
    back onto a customer held here, it arrives whole (scope.py). False: not here."""
    run = _Run(session, [(kind, record_uuid)])
    record_id = run.ids.id_of(kind, record_uuid)
    if record_id is None:
        return False
    for file in sync_scope.files_of(session, kind, record_id):  # its evidence files first,
        let_go_of(session, "attachment", file, now)  # each with its change-log entry
    audit = _Audit(run, kind, record_id, None, now)
    records.delete_record(session, kind, record_uuid)
    audit.done(None)
    run.flush()
    store.forget_records(session, [record_uuid])
    return True
