"""Interactions from a file: customer and staff found per row, checked, then written in bulk."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain.audit import Action, refs_of, state_of
from crmnote.domain.audit import diff as field_changes
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import say
from crmnote.domain.rules import default_summary, validate
from crmnote.domain.types import CustomerId, StaffId
from crmnote.services.changes import Changes
from crmnote.services.score_context import ScoreContext
from crmnote.services.sync.capture import capture
from crmnote.services.transfer_finders import CustomerFinder, CustomerKeys, StaffFinder, lookups
from crmnote.services.transfer_match import Ref
from crmnote.services.transfer_report import RowAction, RowResult
from crmnote.storage import audit_store
from crmnote.storage.import_writes import insert_interactions, refresh_last_contact
from crmnote.storage.sessions import Session
from crmnote.storage.team import author
from crmnote.storage.transfer_queries import recorded_interactions

# Customers per IN (...) list and per score rebuild: bounded memory, few round trips.
_CHUNK = 500
_WRITE_CHUNK = 5_000  # interactions written, logged and captured at a time


@dataclass(frozen=True)
class InteractionItem:
    """One row: the interaction read from it (customer and staff still to be found) or why
    it could not be read. `staff` is a name or an id as written; empty means the current one."""

    line: int
    customer: CustomerKeys = CustomerKeys()
    staff: str = ""
    interaction: e.Interaction | None = None
    field: str = ""
    message: str = ""
    warnings: tuple[str, ...] = ()


def _creatable(keys: CustomerKeys, create: bool) -> None:
    """Raise unless a customer no row matched may be created from what the row gives."""
    if not keys.label():
        raise ValidationError("customer", say("svc.row_no_customer", "the row names no customer"))
    if not create or keys.id is not None:
        how = ", ".join(dict.fromkeys(w for w, _ in lookups(keys))) or "id"
        raise ValidationError(
            "customer",
            say(
                "svc.no_customer_by",
                "no customer matches '{name}' (by {how})",
                name=keys.label(),
                how=how,
            ),
        )


def _key(customer: int | Ref, i: e.Interaction) -> tuple[Any, ...]:
    return (customer, i.at, i.channel, i.direction, i.minutes, i.summary, i.notes)


class InteractionPlan:
    """The outcome of every row, decided before anything is written."""

    def __init__(self, session: Session, now: datetime, create: bool, source: str) -> None:
        self.session, self.now, self.create, self.source = session, now, create, source
        self.customers = CustomerFinder.load(session)
        self.staff = StaffFinder(session)
        self.new_customers: list[e.Customer] = []
        self.results: list[RowResult] = []
        # Rows to write: result index → (customer, interaction without its customer id).
        self.pending: dict[int, tuple[Ref, e.Interaction]] = {}
        self.seen: set[tuple[Any, ...]] = set()
        self.refs: dict[int, Ref] = {}  # result index → customer, for every accepted row
        self.rejected = 0

    def add(self, item: InteractionItem) -> None:
        label = item.customer.label()
        if item.interaction is None:
            self._reject(item, item.field, item.message, label)
            return
        ref, problem, warnings = self.customers.find(item.customer)
        name = "" if ref is None else self.customers.names[ref]
        try:
            if problem:
                raise ValidationError("customer", problem)
            if ref is None:
                _creatable(item.customer, self.create)
            record = self._complete(item.interaction, self.staff.find(item.staff))
            if ref is None:  # last: a row rejected for another reason creates nobody
                ref, name = self._new_customer(item.customer)
        except ValidationError as exc:
            self._reject(item, exc.field, exc.message, name or label)
            return
        title = f"{name}: {record.channel.value} {record.at:%Y-%m-%d %H:%M}"
        action = RowAction.MATCHED if _key(ref, record) in self.seen else RowAction.CREATED
        if action is RowAction.CREATED:
            self.seen.add(_key(ref, record))
            self.pending[len(self.results)] = (ref, record)
        customer_id = ref[1] if ref[0] == "db" else None
        self.refs[len(self.results)] = ref
        self.results.append(
            RowResult(
                item.line,
                action,
                title,
                customer_id,
                kind="interaction",
                warnings=item.warnings + warnings,
            )
        )

    def _new_customer(self, keys: CustomerKeys) -> tuple[Ref, str]:
        customer = e.Customer(
            name=keys.name.strip() or keys.company.strip() or keys.email.strip() or keys.phone,
            company=keys.company.strip(),
            emails=(e.ContactPoint(value=keys.email.strip()),) if keys.email.strip() else (),
            phones=(e.ContactPoint(value=keys.phone.strip()),) if keys.phone.strip() else (),
            owner_id=self.staff.current,
            source=self.source,
            created_at=self.now,
            updated_at=self.now,
        )
        validate(customer)
        ref: Ref = ("new", len(self.new_customers))
        self.new_customers.append(customer)
        self.customers.add(ref, customer)
        return ref, f"{customer.name} (new customer)"

    def _complete(self, record: e.Interaction, staff: StaffId | None) -> e.Interaction:
        summary = record.summary if record.summary.strip() else default_summary(record.notes)
        done = dataclasses.replace(
            record, staff_id=staff, summary=summary, created_at=self.now, updated_at=self.now
        )
        validate(done)
        return done

    def _reject(self, item: InteractionItem, field: str, message: str, name: str) -> None:
        self.rejected += 1
        result = RowResult(
            item.line, RowAction.REJECTED, name, None, field, message, "interaction", item.warnings
        )
        self.results.append(result)

    def drop_recorded(self) -> None:
        """Rows the database already holds (the same file imported twice) become `matched`."""
        ids = sorted({ref[1] for ref, _ in self.pending.values() if ref[0] == "db"})
        known = recorded_interactions(self.session, ids, _CHUNK)
        for index, (ref, record) in list(self.pending.items()):
            if _key(ref, record) in known:
                del self.pending[index]
                self.results[index] = dataclasses.replace(
                    self.results[index], action=RowAction.MATCHED
                )

    def write(self, new_ids: Sequence[int]) -> Changes:
        """Insert the interactions, log them, refresh the list columns and the scores."""

        def customer(ref: Ref) -> CustomerId:
            return CustomerId(ref[1] if ref[0] == "db" else new_ids[ref[1]])

        for index, ref in self.refs.items():
            if ref[0] == "new":
                self.results[index] = dataclasses.replace(
                    self.results[index], customer_id=customer(ref)
                )
        records = [
            dataclasses.replace(record, customer_id=customer(ref))
            for ref, record in self.pending.values()
        ]
        saved: list[e.Interaction] = []
        for start in range(0, len(records), _WRITE_CHUNK):
            written = insert_interactions(self.session, records[start : start + _WRITE_CHUNK])
            _log_added(self.session, self.now, written)
            # Into sync's change log chunk by chunk (as services/transfer.py): capture holds
            # every change it makes until it returns, and takes at most 100,000 marks a call.
            capture(self.session)
            saved += written
        touched = sorted({int(r.customer_id) for r in saved} | set(new_ids))
        _refresh(self.session, self.now, touched)
        created = [("customer", int(i)) for i in new_ids]
        created += [("interaction", int(r.id)) for r in saved]
        kinds = {"interaction"} if saved else set()
        return Changes(
            kinds=frozenset(kinds | ({"customer"} if new_ids else set())),
            customer_ids=frozenset(touched),
            records=frozenset(created),
            created=tuple(created),
        )


def _log_added(session: Session, now: datetime, records: Sequence[e.Interaction]) -> None:
    """The change-log entries `log_change` writes for an added record, in one insert."""
    staff = author(session)
    entries = []
    for r in records:
        state = state_of(r)
        entries.append(
            {
                "at": now,
                "staff_id": staff,
                "kind": "interaction",
                "record_id": r.id,
                "customer_id": r.customer_id,
                "action": Action.ADD,
                "changes": field_changes(None, state),
                "state": state,
                "refs": refs_of("interaction", state),
            }
        )
    audit_store.append_many(session, entries)


def _refresh(session: Session, now: datetime, customer_ids: Sequence[int]) -> None:
    """Last contact (the list column interactions move) and scores, rebuilt per chunk."""
    scores = ScoreContext(session, now)
    for start in range(0, len(customer_ids), _CHUNK):
        chunk = customer_ids[start : start + _CHUNK]
        refresh_last_contact(session, chunk)
        scores.rebuild_many([CustomerId(i) for i in chunk])
