"""Local edits into the change log: each record written since the log last looked (the dirty
marks the triggers keep, whoever wrote) becomes a change against its shadow."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import Any

from crmnote.domain.audit import LOGGED_KINDS
from crmnote.domain.kinds import WRITE_ORDER
from crmnote.domain.sync.change import Change, FieldChange, Op, diff_fields
from crmnote.domain.sync.identity import new_uuid
from crmnote.domain.sync.merge import merge
from crmnote.services.audit_verify import differ_from_log
from crmnote.services.sync import identity, parents
from crmnote.storage import audit_store, sync_bulk
from crmnote.storage import sync_records as records
from crmnote.storage import sync_store as store
from crmnote.storage.many_rows import insert_rows
from crmnote.storage.sessions import Session
from crmnote.storage.team import author as team_author

CHUNK = 500  # marks looked at together
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
    ordinary edit; `held_back` says which, `crmnote verify-log` why.

    The marks are looked at in runs of one kind, each read at once (records, shadows, the
    log's last entries): a book just copied to a server has every record marked."""
    marks = store.dirty(session)
    if not marks:
        return []
    store.serialize_writers(session)  # before the first append (a no-op if taken already)
    marks.sort(key=lambda d: (_ORDER.get(d.kind, 99), d.at_ms, d.record_id))
    ids = records.Ids(session)  # uuids of records referred to, looked up once
    run = _Run(session, identity.Stamper(session), author(session, ids), ids)
    run.now_ms = clock_ms(session) + skew_ms  # every change of one capture: one moment
    looked: list[store.Dirty] = []
    for chunk in _chunks(marks):
        looked += run.chunk(chunk)
    run.clock.save()
    store.clear_dirty(session, looked)
    made = run.made
    # A record with conflicts listed: an edit made here may settle them (overwriting a value
    # set aside, knowing it), so its list is worked out again.
    for customer in sorted(_customers_left(made)):  # a customer kept for records of theirs
        parents.settle(session, customer)
    for record_uuid in store.with_conflicts(session, [c.record_uuid for c in made]):
        store.put_conflicts(
            session, record_uuid, merge(store.of_record(session, record_uuid)).conflicts
        )
    return made


# Told after each run of records: (kind, records looked at so far, records in all).
Told = Callable[[str, int, int], None]


def capture_copied(session: Session, told: Told | None = None) -> int:
    """Every record of a book just filled by `crmnote copy` looked at, in the copy's own
    transaction: kind by kind, parents first (staff, standards, customers, then their
    records), in runs of CHUNK read at once as `capture` reads marks. A record the copy brought
    with its shadow (the source had logged it) makes no change; the others a create. Records
    that differ from the tamper-evident log are marked and held back, as `capture` would.
    Returns the changes made. (Before, the copy marked every record and the first writes
    afterwards captured the marks, at most 100,000 a transaction, taken by kind name.)"""
    kinds = {kind: None for kind in sync_bulk.KINDS}
    total = sync_bulk.count_records(session, list(kinds)) if told is not None else 0
    made, held = _capture_records(session, kinds, told, total)
    store.clear_all_dirty(session)  # the marks the target's triggers made as rows came in
    store.mark_dirty(session, held)
    return made


def capture_added(
    session: Session, after: Mapping[str, int], logged_here: Collection[str] = ()
) -> int:
    """The records a bulk writer (the demo generator) added in this transaction, those of each
    kind with an id above `after[kind]`, looked at as `capture_copied` looks at a copied book's
    (new records: each a create), and their marks cleared: nothing left for the next
    transactions to capture, however many there were. Records that differ from the
    tamper-evident log stay marked and are held back, as `capture` would; but those of the
    kinds `logged_here`, which the writer logged from these very rows in this transaction, are
    not read again to be compared. Returns the changes made."""
    kinds = {kind: after[kind] for kind in sync_bulk.KINDS if kind in after}
    made, held = _capture_records(session, kinds, unchecked=frozenset(logged_here), new=True)
    store.clear_dirty_after(session, kinds)
    store.mark_dirty(session, held)
    return made


def capture_created(session: Session, kind: str, record_ids: Sequence[int]) -> int:
    """Records of one kind a bulk writer (an import) has just inserted in this transaction,
    by id: each a create, logged in runs of CHUNK read at once and forgotten once written (as
    `capture_added` does), then their marks cleared. Unlike `capture_added` it names the
    records instead of an id floor: on a server, rows above the floor may be a colleague's.
    Returns the changes made."""
    none: str | None = None  # the uuid is read with the row
    runs = (
        (kind, [(i, none) for i in record_ids[start : start + CHUNK]])
        for start in range(0, len(record_ids), CHUNK)
    )
    made, held = _capture_runs(session, runs, new=True)
    store.clear_dirty_of(session, kind, record_ids)
    store.mark_dirty(session, held)
    return made


def capture_inserted(
    session: Session, kind: str, rows: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]]
) -> int:
    """`capture_created` of customers a bulk writer (an import) has just inserted, given as
    the values it inserted them with (`sync_bulk.inserted_customers`: each row's columns with
    its id and uuid, and its contacts and tags): their states are made from those values
    instead of read back, with the same changes and shadows. Falls back to `capture_created`
    when the values do not make the whole state, or for another kind. Returns the changes
    made."""
    record_ids = [int(row["id"]) for row, _ in rows]
    if kind != "customer" or kind in LOGGED_KINDS or not rows:
        return capture_created(session, kind, record_ids)
    store.serialize_writers(session)
    ids = records.Ids(session)
    states = sync_bulk.inserted_customers(rows, ids)
    if states is None:
        return capture_created(session, kind, record_ids)
    run = _Run(session, identity.Stamper(session), author(session, ids), ids)
    run.now_ms = clock_ms(session)
    made = 0
    for start in range(0, len(record_ids), CHUNK):
        made += run.write_created(
            kind, record_ids[start : start + CHUNK], states[start : start + CHUNK]
        )
        for record_uuid in store.with_conflicts(session, [c.record_uuid for c in run.made]):
            store.put_conflicts(
                session, record_uuid, merge(store.of_record(session, record_uuid)).conflicts
            )
        run.forget()
    run.clock.save()
    store.clear_dirty_of(session, kind, record_ids)
    return made


def _capture_records(
    session: Session,
    kinds: Mapping[str, int | None],
    told: Told | None = None,
    total: int = 0,
    unchecked: frozenset[str] = frozenset(),
    new: bool = False,
) -> tuple[int, list[store.Dirty]]:
    """Capture the records of `kinds` (those with an id above the value given, or all) kind by
    kind, parents first, in runs of CHUNK; returns the changes made and the marks held back.
    Records of the kinds `unchecked` are not compared with the tamper-evident log; `new`: the
    records were inserted in this transaction (`_capture_runs`)."""
    runs = (
        (kind, found)
        for kind in sorted(kinds, key=lambda k: (_ORDER.get(k, 99), k))
        for found in sync_bulk.records_in_batches(session, kind, CHUNK, kinds[kind])
    )
    return _capture_runs(session, runs, told, total, unchecked, new)


def _capture_runs(
    session: Session,
    runs: Iterable[tuple[str, list[tuple[int, str | None]]]],
    told: Told | None = None,
    total: int = 0,
    unchecked: frozenset[str] = frozenset(),
    new: bool = False,
) -> tuple[int, list[store.Dirty]]:
    """Capture runs of records of one kind each ((id, uuid) pairs), each run forgotten once
    written; returns the changes made and the marks held back. With `new` (records a bulk
    writer inserted in this transaction), the runs of kinds not compared with the
    tamper-evident log have their rows made straight from their states (`_Run.created`)."""
    store.serialize_writers(session)
    ids = records.Ids(session)
    run = _Run(session, identity.Stamper(session), author(session, ids), ids)
    run.unchecked = unchecked
    run.now_ms = clock_ms(session)
    done, made = 0, 0
    held: list[store.Dirty] = []
    for kind, found in runs:
        if new and kind != "attachment" and (kind not in LOGGED_KINDS or kind in unchecked):
            made += run.created(kind, [i for i, _ in found])  # attachments: their bytes ride
        else:
            marks = [store.Dirty(kind, i, u, 1, 0) for i, u in found]
            looked = {m.record_id for m in run.chunk(marks)}
            held += [m for m in marks if m.record_id not in looked]
            made += len(run.made)
        for record_uuid in store.with_conflicts(session, [c.record_uuid for c in run.made]):
            store.put_conflicts(
                session, record_uuid, merge(store.of_record(session, record_uuid)).conflicts
            )
        run.forget()  # each record is looked at once: nothing to keep for later runs
        done += len(found)
        if told is not None:
            told(kind, done, total)
    run.clock.save()
    return made, held


def _chunks(marks: list[store.Dirty]) -> Iterator[list[store.Dirty]]:
    """The marks in their order, in runs of one kind of at most CHUNK."""
    chunk: list[store.Dirty] = []
    for mark in marks:
        if chunk and (chunk[0].kind != mark.kind or len(chunk) == CHUNK):
            yield chunk
            chunk = []
        chunk.append(mark)
    if chunk:
        yield chunk


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
    marks = store.dirty(session)
    why: dict[tuple[str, int], str] = {}
    erased = _Once(lambda: audit_store.erased_customers(session))
    for chunk in _chunks(sorted(marks, key=lambda d: (d.kind, d.record_id))):
        found = differ_from_log(session, chunk[0].kind, [m.record_id for m in chunk], erased)
        why |= {(chunk[0].kind, i): w for i, w in found.items()}
    return [why[(m.kind, m.record_id)] for m in marks if (m.kind, m.record_id) in why]


class _Once:
    """A value worked out when first asked for (the erased customers: only when a logged
    record is gone)."""

    def __init__(self, work: Callable[[], set[int]]) -> None:
        self._work = work
        self._value: set[int] | None = None

    def __call__(self) -> set[int]:
        if self._value is None:
            self._value = self._work()
        return self._value


class _Run:
    """One capture: the changes made so far and the shadows written, chunk after chunk."""

    def __init__(
        self, session: Session, clock: identity.Stamper, by: str | None, ids: records.Ids
    ) -> None:
        self.session, self.clock, self.by, self.ids = session, clock, by, ids
        self.now_ms = 0
        self.unchecked: frozenset[str] = frozenset()  # kinds not compared with the log
        self.made: list[Change] = []
        self.erased = _Once(lambda: audit_store.erased_customers(session))
        self._written: dict[str, dict[str, Any]] = {}  # shadow rows written, by record uuid

    def forget(self) -> None:
        """Drop the changes made, shadows written and uuids learnt so far (a copy's capture,
        run by run: 1.96 million records would otherwise all stay in memory)."""
        self.made = []
        self._written = {}
        self.ids = records.Ids(self.session)

    def created(self, kind: str, record_ids: Sequence[int]) -> int:
        """Log records of a kind not in the tamper-evident log, just inserted here, each as a
        create: the change-log and shadow rows made straight from their states (what `chunk`
        writes for a record without a shadow, without its Change objects). A record the log
        knows already goes the ordinary way. Returns the changes made."""
        session = self.session
        read = sync_bulk.read_rows(session, kind, record_ids)
        sync_bulk.know_references(kind, list(read.values()), self.ids)
        parts = sync_bulk.customer_parts(session, list(read)) if kind == "customer" else {}
        present = [i for i in record_ids if i in read]
        found = [
            records.state_from_row(session, kind, read[i], self.ids, partial(parts.__getitem__, i))
            for i in present
        ]
        return self.write_created(kind, present, found)

    def write_created(
        self, kind: str, present: Sequence[int], found: Sequence[tuple[str, dict[str, Any]]]
    ) -> int:
        """`created`'s writing: records (their ids, and their uuids and states) just inserted
        here, each a create; a record with a shadow already goes the ordinary way."""
        session = self.session
        if store.shadows(session, [u for u, _ in found]):
            marks = [
                store.Dirty(kind, i, u, 1, 0) for i, (u, _) in zip(present, found, strict=True)
            ]
            self.chunk(marks)
            return len(self.made)
        changes: list[dict[str, Any]] = []
        shadows: list[dict[str, Any]] = []
        device, by, now_ms = self.clock.device, self.by, self.now_ms
        for record_uuid, state in found:
            change_uuid = new_uuid()
            stamp = self.clock.stamp(now_ms).text()
            made, shadow = sync_bulk.created_rows(
                record_uuid, kind, state, change_uuid, stamp, device, by
            )
            changes.append(made)
            shadows.append(shadow)
        insert_rows(session.connection(), store.CHANGES, changes)
        store.put_shadows(session, shadows)
        return len(changes)

    def chunk(self, marks: list[store.Dirty]) -> list[store.Dirty]:
        """Capture marks of one kind (in order); returns those looked at (not held back)."""
        session, kind = self.session, marks[0].kind
        # the rows first: the check against the log then reads only records the session
        # does not hold (the one just written is checked as held, not read a second time)
        ids = [m.record_id for m in marks]
        read = sync_bulk.read_rows(session, kind, ids)
        held = (
            {}
            if kind in self.unchecked
            else differ_from_log(session, kind, ids, self.erased, present=read.keys())
        )
        looked = [m for m in marks if m.record_id not in held]
        rows = {m.record_id: read[m.record_id] for m in looked if m.record_id in read}
        sync_bulk.know_references(kind, list(rows.values()), self.ids)
        parts = sync_bulk.customer_parts(session, list(rows)) if kind == "customer" else {}
        uuids = {r["uuid"] for r in rows.values()} | {m.record_uuid for m in looked}
        stored = store.shadows(session, [u for u in uuids if u and u not in self._written])
        made: list[Change] = []
        written: dict[str, dict[str, Any]] = {}
        for mark in looked:
            row = rows.get(mark.record_id)
            found = None
            if row is not None:
                found = records.state_from_row(
                    session, kind, row, self.ids, partial(parts.__getitem__, mark.record_id)
                )
            record_uuid = found[0] if found else mark.record_uuid
            if record_uuid is None:
                continue  # a contact of a customer deleted with it: the customer's mark says so
            state = found[1] if found else None
            before = self._shadow(record_uuid, stored)
            change = self._change(mark, record_uuid, state, before, found is not None)
            if change is not None:
                made.append(change)
                row_out = store.shadow_row(record_uuid, kind, state, {change.change_uuid})
                written[record_uuid] = self._written[record_uuid] = row_out
        store.append(session, made, None)
        store.put_shadows(session, list(written.values()))
        self.made += made
        return looked

    def _shadow(self, record_uuid: str, stored: dict[str, store.Shadow]) -> store.Shadow | None:
        """The record's shadow as it is now: written by this capture, else as stored."""
        row = self._written.get(record_uuid)
        if row is None:
            return stored.get(record_uuid)
        state = None if row["state"] is None else json.loads(row["state"])
        return store.Shadow(state, frozenset(json.loads(row["heads"])))

    def _change(
        self,
        mark: store.Dirty,
        record_uuid: str,
        state: dict[str, Any] | None,
        before: store.Shadow | None,
        found: bool,
    ) -> Change | None:
        """The change that brings the record from its shadow to `state` (None: gone)."""
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
            data = records.attachment_bytes(self.session, mark.record_id)
            fields[records.BYTES] = FieldChange(None, data)
        return Change(
            change_uuid=new_uuid(),
            record_uuid=record_uuid,
            kind=mark.kind,
            op=op,
            hlc=self.clock.stamp(self.now_ms),
            device=self.clock.device,
            author=self.by,
            fields=fields,
            parents=before.heads if before else frozenset(),
        )
