"""Import and export use cases: customers from files all-or-nothing, snapshots, erasure."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain.errors import ValidationError
from crmnote.domain.kinds import KINDS
from crmnote.domain.rules import validate
from crmnote.domain.types import CustomerId, StaffId
from crmnote.services.audit import log_erasure
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.score_context import ScoreContext
from crmnote.services.sync.capture import capture_inserted
from crmnote.services.transfer_interactions import InteractionItem, InteractionPlan
from crmnote.services.transfer_match import DuplicateIndex, Ref, merge
from crmnote.services.transfer_report import (
    Duplicates,
    ImportItem,
    ImportReport,
    RowAction,
    RowResult,
    Snapshot,
)
from crmnote.services.transfer_snapshot import SnapshotImport, read_snapshot
from crmnote.storage.customer_reads import customers_by_name
from crmnote.storage.import_writes import Inserted, insert_customers
from crmnote.storage.repository import Repository
from crmnote.storage.sessions import Session
from crmnote.storage.team import author

_WRITE_CHUNK = 1_000  # new customers written at a time


class TransferService(ServiceBase):
    """Customers and records in and out of the notebook, each import one transaction."""

    def import_customers(
        self,
        items: Iterable[ImportItem],
        duplicates: Duplicates = Duplicates.SKIP,
        *,
        dry_run: bool = False,
        skip_invalid: bool = False,
    ) -> ImportReport:
        """Create the customers read from a file, matching duplicates against the database and
        against earlier rows; nothing is written if any row is rejected unless `skip_invalid`.

        `items` is iterated once per attempt (a collection, or a source read anew each time:
        an attempt the server aborted for a collision runs again). Without merging, the new
        customers are written `_WRITE_CHUNK` at a time as the rows come, inside the one
        transaction: a row rejected later rolls the whole import back."""
        try:
            with self.transaction() as repo:
                owner = _current_staff(repo.session)
                streamed = not dry_run and duplicates is Duplicates.SKIP
                plan = _Plan(repo, duplicates, self.now(), owner, streamed=streamed)
                if dry_run:
                    plan.stop_writing()
                for item in items:
                    plan.add(item)
                    if plan.blocked(skip_invalid):
                        plan.stop_writing()
                    elif plan.chunk_full():
                        plan.write_chunk()
                plan.read_all()
                if dry_run or plan.blocked(skip_invalid):
                    report = ImportReport(plan.unwritten(), committed=False, dry_run=dry_run)
                    if plan.ids:
                        raise _Refused(report)  # undoes the chunks written already
                    return report
                changes = plan.write()
                return ImportReport(
                    tuple(plan.results), committed=True, dry_run=False, changes=changes
                )
        except _Refused as refused:
            return refused.report

    def import_interactions(
        self,
        items: Iterable[InteractionItem],
        *,
        create_customers: bool = False,
        source: str = "",
        dry_run: bool = False,
        skip_invalid: bool = False,
    ) -> ImportReport:
        """Record the interactions read from a file, each with the customer its row names
        (unknown ones created with `create_customers`), with the same all-or-nothing rule;
        the customers' list columns, scores and change log follow in the same transaction."""
        with self.transaction() as repo:
            plan = InteractionPlan(repo.session, self.now(), create_customers, source)
            for item in items:
                plan.add(item)
            plan.drop_recorded()
            if dry_run or (plan.rejected and not skip_invalid):
                return ImportReport(tuple(plan.results), committed=False, dry_run=dry_run)
            changes = plan.write(insert_customers(repo.session, plan.new_customers))
            return ImportReport(tuple(plan.results), committed=True, dry_run=False, changes=changes)

    def snapshot(self, customer_ids: Sequence[int] | None = None) -> Snapshot:
        """Everything in the database (settings included), or every record about some customers."""
        with self.reading() as repo:
            return read_snapshot(repo, customer_ids)

    def import_snapshot(
        self, snapshot: Snapshot, *, dry_run: bool = False, skip_invalid: bool = False
    ) -> ImportReport:
        """Write the records of a snapshot: ids kept in an empty database, remapped otherwise."""
        return SnapshotImport(self._sessions, self.now()).run(
            snapshot, dry_run=dry_run, skip_invalid=skip_invalid
        )

    def customers(self, customer_ids: Sequence[int] | None = None) -> list[e.Customer]:
        """Some customers, or all of them by name."""
        if customer_ids is None:
            return [c for chunk in self.every_customer() for c in chunk]
        with self.reading() as repo:
            return [repo.get("customer", cid) for cid in customer_ids]

    def every_customer(self) -> Iterator[list[e.Customer]]:
        """Every customer by name, a chunk at a time, read as column tuples: a whole book's
        export never holds them all as ORM rows (storage/customer_reads.py)."""
        with self.reading() as repo:
            yield from customers_by_name(repo.session)

    def staff(self) -> list[e.Staff]:
        with self.reading() as repo:
            return list(repo.list("staff"))

    def erase_customer(self, customer_id: int) -> Changes:
        """Delete a customer and, through the foreign-key cascades, every record about them."""
        with self.transaction() as repo:
            repo.get("customer", customer_id)
            repo.delete("customer", customer_id)
            # Recorded in the change log without the personal data (see docs/facts.md).
            log_erasure(repo.session, customer_id, self.now())
        kinds = {name for name, spec in KINDS.items() if spec.customer_bound} | {"customer"}
        return Changes(
            kinds=frozenset(kinds),
            customer_ids=frozenset({customer_id}),
            records=frozenset({("customer", customer_id)}),
        )


class _Refused(Exception):
    """An import refused after some of its chunks were written: the transaction rolls back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("import refused")
        self.report = report


def _with_id(r: RowResult, customer_id: int | None) -> RowResult:
    """`r` naming the customer it created or matched (`dataclasses.replace`, ten times
    faster: 100,000 rows)."""
    return RowResult(r.line, r.action, r.name, customer_id, r.field, r.message, r.kind, r.warnings)


def _current_staff(session: Session) -> StaffId | None:
    return author(session)


class _Plan:
    """The outcome of every row. With `streamed`, new customers are written a chunk at a
    time as soon as the rows are checked (no row is merged into an earlier one then);
    otherwise all is decided before anything is written."""

    def __init__(
        self,
        repo: Repository,
        duplicates: Duplicates,
        now: Any,
        owner: StaffId | None,
        *,
        streamed: bool = False,
    ) -> None:
        self.repo = repo
        self.duplicates = duplicates
        self.now = now
        self.owner = owner
        self.streamed = streamed
        self.index = DuplicateIndex.load(repo.session)
        # New customers not written yet; the n-th new customer of the file is
        # self.new[n - self.offset] until it is written, then has id self.ids[n].
        self.new: list[e.Customer] = []
        self.offset = 0
        self.ids: list[int] = []
        self.updated: dict[int, e.Customer] = {}
        self.dirty: set[int] = set()
        self.results: list[RowResult] = []
        # Rows whose customer is still to be created: result index → its new customer's n.
        self.pending: dict[int, int] = {}
        self.rejected = 0
        self.writing = True

    def read_all(self) -> None:
        """Every row is in: the duplicate index (~40 MB at 100,000 rows) is let go of before
        the report and the changes are made."""
        self.index = DuplicateIndex(self.index.phones.region)

    def unwritten(self) -> tuple[RowResult, ...]:
        """The rows' results when nothing is written: none names a new customer (those of the
        chunks written already go with the transaction), as if none had been."""
        if not self.ids:
            return tuple(self.results)
        gone = set(self.ids)
        return tuple(_with_id(r, None) if r.customer_id in gone else r for r in self.results)

    def blocked(self, skip_invalid: bool) -> bool:
        return bool(self.rejected) and not skip_invalid

    def chunk_full(self) -> bool:
        return self.streamed and self.writing and len(self.new) >= _WRITE_CHUNK

    def stop_writing(self) -> None:
        """Nothing more will be written (a dry run, a row refused): without merging, the new
        customers need not be kept (a merge may still change an earlier row's)."""
        if self.writing and self.duplicates is Duplicates.SKIP:
            self.writing = False
            self.offset += len(self.new)
            self.new = []

    def add(self, item: ImportItem) -> None:
        if item.customer is None:
            self._reject(item, item.field, item.message, "")
            return
        customer = self._stamped(item.customer)
        try:
            validate(customer)
        except ValidationError as exc:
            self._reject(item, exc.field, exc.message, customer.name)
            return
        ref = self.index.find(customer)
        if ref is None:
            n = self.offset + len(self.new)
            self.index.add(("new", n), customer)
            if self.writing:
                self.pending[len(self.results)] = n
                self.new.append(customer)  # stamped: written as it is
            else:
                self.offset += 1
            self._result(item, RowAction.CREATED, customer.name)
            return
        if self.duplicates is Duplicates.SKIP:
            self._result(item, RowAction.MATCHED, self.index.name(ref), ref)
            return
        base = self._current(ref)
        merged = merge(base, customer, self.index.phones.region)
        if merged is None:
            self._result(item, RowAction.MATCHED, base.name, ref)
            return
        try:
            validate(merged)
        except ValidationError as exc:
            self._reject(item, exc.field, exc.message, customer.name)
            return
        self._store(ref, dataclasses.replace(merged, updated_at=self.now))
        self.index.add(ref, merged)
        self._result(item, RowAction.MERGED, base.name, ref)

    def _stamped(self, customer: e.Customer) -> e.Customer:
        """A customer of the file as it is created: no id yet, its owner, the import's time."""
        return dataclasses.replace(
            customer,
            id=CustomerId(0),
            owner_id=customer.owner_id or self.owner,
            created_at=self.now,
            updated_at=self.now,
        )

    def _current(self, ref: Ref) -> e.Customer:
        where, key = ref
        if where == "new":  # merging: nothing is written before the end (not streamed)
            return self.new[key - self.offset]
        if key not in self.updated:
            self.updated[key] = self.repo.get("customer", key)
        return self.updated[key]

    def _store(self, ref: Ref, customer: e.Customer) -> None:
        where, key = ref
        if where == "new":
            self.new[key - self.offset] = customer
        else:
            self.updated[key] = customer
            self.dirty.add(key)

    def _result(
        self, item: ImportItem, action: RowAction, name: str, ref: Ref | None = None
    ) -> None:
        customer_id = None
        if ref is not None:
            where, key = ref
            if where == "db":
                customer_id = key
            elif key < len(self.ids):
                customer_id = self.ids[key]  # a customer of an earlier chunk, written
            elif self.writing:
                self.pending[len(self.results)] = key
        self.results.append(RowResult(item.line, action, name, customer_id, warnings=item.warnings))

    def _reject(self, item: ImportItem, field: str, message: str, name: str) -> None:
        self.rejected += 1
        self.results.append(
            RowResult(
                item.line, RowAction.REJECTED, name, None, field, message, "customer", item.warnings
            )
        )

    def write_chunk(self) -> None:
        """Insert the new customers not written yet in bulk, give them their first scores and
        log them for sync, set-based; the rows naming them learn their ids."""
        if not self.new:
            return
        session = self.repo.session
        inserted: list[Inserted] = []
        ids = insert_customers(session, self.new, inserted)
        self.offset += len(self.new)
        self.new = []
        # Scored in the same transaction, as a customer added by hand: the list shows their
        # scores at once and the database check finds none without. They have no records
        # yet: one customer's start, written for all.
        ScoreContext(session, self.now).start_many([CustomerId(i) for i in ids])
        # Into the change log as the transaction's end would (the same changes), a run at a
        # time: capture would hold every change it makes until it returns.
        # Their states made from the values just inserted, not read back.
        capture_inserted(session, "customer", inserted)
        del inserted
        self.ids += ids
        written = len(self.ids)
        for position, n in list(self.pending.items()):
            if n < written:
                self.results[position] = _with_id(self.results[position], self.ids[n])
                del self.pending[position]

    def write(self) -> Changes:
        """Write the new customers left, `_WRITE_CHUNK` at a time; then update the merged
        ones."""
        while self.new:
            left = self.new[_WRITE_CHUNK:]
            self.new = self.new[:_WRITE_CHUNK]
            self.write_chunk()
            self.new = left
        for key in sorted(self.dirty):
            self.repo.update(self.updated[key])
        # each set made once, from the other (no set of 100,000 ids made and copied)
        created = tuple(("customer", cid) for cid in self.ids)
        merged = [("customer", cid) for cid in sorted(self.dirty)]
        records = frozenset(created + tuple(merged)) if merged else frozenset(created)
        return Changes(
            kinds=frozenset({"customer"}) if records else frozenset(),
            customer_ids=frozenset(cid for _, cid in records),
            records=records,
            created=created,
        )
