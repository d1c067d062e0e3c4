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
from crmnote.services.sync.capture import capture_created
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
from crmnote.storage.import_writes import insert_customers
from crmnote.storage.repository import Repository
from crmnote.storage.sessions import Session
from crmnote.storage.team import author

_WRITE_CHUNK = 5_000  # new customers written at a time


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
        against earlier rows; nothing is written if any row is rejected unless `skip_invalid`."""
        with self.transaction() as repo:
            plan = _Plan(repo, duplicates, self.now(), _current_staff(repo.session))
            for item in items:
                plan.add(item)
            if dry_run or (plan.rejected and not skip_invalid):
                return ImportReport(tuple(plan.results), committed=False, dry_run=dry_run)
            changes = plan.write()
            return ImportReport(tuple(plan.results), committed=True, dry_run=False, changes=changes)

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


def _current_staff(session: Session) -> StaffId | None:
    return author(session)


class _Plan:
    """The outcome of every row, decided before anything is written."""

    def __init__(
        self, repo: Repository, duplicates: Duplicates, now: Any, owner: StaffId | None
    ) -> None:
        self.repo = repo
        self.duplicates = duplicates
        self.now = now
        self.owner = owner
        self.index = DuplicateIndex.load(repo.session)
        self.new: list[e.Customer] = []
        self.updated: dict[int, e.Customer] = {}
        self.dirty: set[int] = set()
        self.results: list[RowResult] = []
        # Rows whose customer is still to be created: result index → position in self.new.
        self.pending: dict[int, int] = {}
        self.rejected = 0

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
            self.pending[len(self.results)] = len(self.new)
            self.index.add(("new", len(self.new)), customer)
            # the item's own customer, stamped again when written: one object held per row
            self.new.append(item.customer)
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
        if where == "new":
            return self._stamped(self.new[key])
        if key not in self.updated:
            self.updated[key] = self.repo.get("customer", key)
        return self.updated[key]

    def _store(self, ref: Ref, customer: e.Customer) -> None:
        where, key = ref
        if where == "new":
            self.new[key] = customer
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
            else:
                self.pending[len(self.results)] = key
        self.results.append(RowResult(item.line, action, name, customer_id, warnings=item.warnings))

    def _reject(self, item: ImportItem, field: str, message: str, name: str) -> None:
        self.rejected += 1
        self.results.append(
            RowResult(
                item.line, RowAction.REJECTED, name, None, field, message, "customer", item.warnings
            )
        )

    def write(self) -> Changes:
        """Insert the new customers in bulk, give them their first scores and log them for
        sync, set-based; then update the merged ones."""
        session = self.repo.session
        ids: list[int] = []
        for start in range(0, len(self.new), _WRITE_CHUNK):
            chunk = [self._stamped(c) for c in self.new[start : start + _WRITE_CHUNK]]
            ids += insert_customers(session, chunk)
        # Scored in the same transaction, as a customer added by hand: the list shows their
        # scores at once and the database check finds none without. They have no records
        # yet: one customer's start, written for all.
        ScoreContext(session, self.now).start_many([CustomerId(i) for i in ids])
        # Into the change log as the transaction's end would (the same changes), a run at a
        # time: capture would hold every change it makes until it returns.
        capture_created(session, "customer", ids)
        for position, row in self.pending.items():
            self.results[position] = dataclasses.replace(
                self.results[position], customer_id=ids[row]
            )
        for key in sorted(self.dirty):
            self.repo.update(self.updated[key])
        created = tuple(("customer", cid) for cid in ids)
        touched = set(ids) | self.dirty
        return Changes(
            kinds=frozenset({"customer"}) if touched else frozenset(),
            customer_ids=frozenset(touched),
            records=frozenset(("customer", cid) for cid in touched),
            created=created,
        )
