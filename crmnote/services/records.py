"""Create, change, delete and read records of every kind, with validation and references checked."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.audit import Action
from crmnote.domain.errors import ValidationError
from crmnote.domain.kinds import (
    CLEARED_ON_DELETE,
    CUSTOMER_RECORDS,
    KINDS,
    FieldSpec,
    KindSpec,
    kind_of,
)
from crmnote.domain.money import parse_rates, with_rate
from crmnote.domain.parsing import parse_value
from crmnote.domain.reasons import Kind, Typed, listing, say
from crmnote.domain.rules import CLOSED_PROMISE, check_transition, validate
from crmnote.domain.types import PromiseId, PromiseStatus
from crmnote.services.audit import log_change, log_erasure
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.conflicts import changed_meanwhile
from crmnote.services.references import staff_ref
from crmnote.services.score_context import AFFECTING, rescore_after
from crmnote.services.standards_versions import revise_standard
from crmnote.storage import attachment_store
from crmnote.storage.repository import ChangedMeanwhile, Repository
from crmnote.storage.settings_store import read_setting
from crmnote.storage.summary_columns import refresh_summary
from crmnote.storage.team import author

_NOW_FIELDS = ("at", "made_at", "raised_at")
# Kinds whose records feed the customer list's summary columns.
_SUMMARY_KINDS = {"interaction", "promise"}


_REQUIRED = say("svc.required", "is required")


def _spec_for(kind: KindSpec, name: str) -> FieldSpec:
    """A field by its name or its command-line spelling (`staff` for `staff_id`)."""
    key = name.removeprefix("--").replace("-", "_")
    for f in kind.fields:
        if key in (f.name, f.name.removesuffix("_id")):
            return f
    known = listing(Typed(f.option.removeprefix("--")) for f in kind.fields)
    raise ValidationError(
        key,
        say(
            "svc.no_field",
            "{kind} has no such field (fields: {known})",
            kind=Kind(kind.name),
            known=known,
        ),
    )


def coerce_values(spec: KindSpec, values: Mapping[str, Any]) -> dict[str, Any]:
    """Text given for a typed field (an enum's value, an ISO date) becomes that type.

    Forms and scripts may hand over `"unreasonable"` for a judgment; stored as text it would
    compare unequal to the enum everywhere else.
    """
    out: dict[str, Any] = {}
    for name, value in values.items():
        f = _spec_for(spec, name)
        if isinstance(value, str) and not f.many and f.type is not str:
            value = parse_value(f, value)
        elif f.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)  # as the database gives it back: 12 is stored as 12.0
        out[f.name] = value
    return out


class RecordService(ServiceBase):
    """Every kind of record through one interface; specific use cases build on it."""

    def kind(self, name: str) -> KindSpec:
        if name not in KINDS:
            raise ValidationError(
                "kind",
                say(
                    "svc.no_kind",
                    "'{name}' is not a kind ({kinds})",
                    name=name,
                    kinds=listing(Typed(k) for k in KINDS),
                ),
            )
        return KINDS[name]

    def parse(self, kind: str, raw: Mapping[str, str]) -> dict[str, Any]:
        """Typed values from text, resolving staff by name; raises naming the bad field."""
        spec = self.kind(kind)
        values: dict[str, Any] = {}
        with self.reading() as repo:
            for name, text in raw.items():
                f = _spec_for(spec, name)
                if f.reference == "staff" and text.strip():
                    values[f.name] = staff_ref(repo, text, f.name)
                else:
                    values[f.name] = parse_value(f, text)
        return values

    def get(self, kind: str, record_id: int) -> Any:
        self.kind(kind)
        with self.reading() as repo:
            return repo.get(kind, record_id)

    def list(self, kind: str, customer_id: int | None = None, limit: int | None = None) -> Any:
        self.kind(kind)
        with self.reading() as repo:
            return repo.list(kind, customer_id, limit)

    def add(
        self, kind: str, values: Mapping[str, Any], customer_id: int | None = None
    ) -> tuple[Any, Changes]:
        """Create one record; times default to now, staff to the current staff member."""
        with self.transaction() as repo:
            return self.add_in(repo, kind, values, customer_id)

    def add_in(
        self, repo: Repository, kind: str, values: Mapping[str, Any], customer_id: int | None
    ) -> tuple[Any, Changes]:
        """`add` inside a transaction a use case already holds (one user action)."""
        spec = self.kind(kind)
        record = self._build(repo, spec, coerce_values(spec, values), customer_id)
        saved = self._store(repo, record)
        changes = Changes.of(kind, saved.id, getattr(saved, "customer_id", None), new=True)
        return saved, changes

    def update(
        self,
        kind: str,
        record_id: int,
        values: Mapping[str, Any],
        *,
        expected_version: int | None = None,
    ) -> tuple[Any, Changes]:
        """Change some fields of a record; promise status changes follow their rules.

        `expected_version` is the version the change was made on (a form's record): when the
        stored record has moved on since, StaleRecordError says who changed it and when, and
        nothing is written. Without it the change applies to whatever is stored now; either
        way a save committed by someone else while this one runs is never overwritten.
        """
        spec = self.kind(kind)
        try:
            return self._update(spec, kind, record_id, values, expected_version)
        except ChangedMeanwhile:
            raise changed_meanwhile(self, kind, record_id) from None

    def _update(
        self,
        spec: KindSpec,
        kind: str,
        record_id: int,
        values: Mapping[str, Any],
        expected_version: int | None,
    ) -> tuple[Any, Changes]:
        with self.transaction() as repo:
            old = repo.get(kind, record_id)
            if expected_version is not None and old.version != expected_version:
                raise ChangedMeanwhile(kind, record_id)
            changes = Changes.of(kind, record_id, getattr(old, "customer_id", None))
            fields = coerce_values(spec, values)
            follow_up = None
            if kind == "promise":
                fields, follow_up = self._promise_change(old, fields)
            elif kind == "claim" and fields.get("resolution") and not old.resolved_at:
                fields.setdefault("resolved_at", self.now())
            if kind == "standard" and set(fields) - {"valid_until"}:
                # A standard is never rewritten: the change becomes a new dated version.
                return revise_standard(repo, old, fields, self.now())
            if kind == "money" and "currency" in fields and "rate" not in fields:
                fields["rate"] = None  # another currency: its own rate, not the old one's
            new = dataclasses.replace(old, **fields, updated_at=self.now())
            new = rated(repo, new)
            self._check(repo, new)
            saved = repo.update(new)
            log_change(repo.session, self.now(), Action.UPDATE, old, saved)
            if follow_up is not None:
                made = self._store(repo, follow_up)
                changes |= Changes.of("promise", made.id, made.customer_id, new=True)
            self._refresh(repo, kind, saved)
            self._rescore(repo, kind, old, saved)
            return saved, changes

    def delete(self, kind: str, record_id: int) -> Changes:
        self.kind(kind)
        with self.transaction() as repo:
            return self._delete(repo, kind, record_id)

    def restore(self, record: Any) -> Changes:
        """Put a deleted record back with its old id (undo of a delete)."""
        with self.transaction() as repo:
            return self._restore(repo, record)

    def relink(self, kind: str, record_id: int, refs: Mapping[str, int]) -> Changes:
        """Point references of a record back at a record an undo restored: deleting it had set
        them to NULL. Any reference column, the managed `renegotiated_from_id` included."""
        with self.transaction() as repo:
            return self._relink(repo, kind, record_id, refs)

    # -- whole user actions that an undo takes back, each one transaction -------------------

    def defaults(self, kind: str) -> dict[str, Any]:
        """What a new record's form starts with: the entity's defaults, and the signed-in staff
        member in every field naming who did it."""
        spec = self.kind(kind)
        start = spec.defaults()
        with self.reading() as repo:
            current = author(repo.session)
        if current is not None:
            start.update({name: current for name in spec.staff_fields})
        return start

    def delete_keeping(self, kind: str, record_id: int) -> tuple[Removal, Changes]:
        """Delete a record and return what puts it back: the record, the records the delete
        cascades to (a customer's own) and the references it clears in others."""
        self.kind(kind)
        with self.transaction() as repo:
            removal = _removal(repo, kind, repo.get(kind, record_id))
            return removal, self._delete(repo, kind, record_id)

    def put_back(self, removal: Removal) -> Changes:
        """Undo of `delete_keeping`: every record back with its id, every reference relinked."""
        with self.transaction() as repo:
            changes = Changes()
            for record in removal.records:
                changes |= self._restore(repo, record)
            for kind, record_id, refs in removal.links:
                changes |= self._relink(repo, kind, record_id, refs)
            for attachment, data in removal.files:
                made = attachment_store.add(repo.session, attachment, data)
                log_change(repo.session, self.now(), Action.RESTORE, None, made)
                changes |= Changes.of("attachment", made.id, made.customer_id)
            return changes

    def restore_many(self, records: Sequence[Any]) -> Changes:
        """Put records back with their ids (redo of an add), in the order given."""
        with self.transaction() as repo:
            changes = Changes()
            for record in records:
                changes |= self._restore(repo, record)
            return changes

    def delete_many(self, records: Sequence[Any]) -> Changes:
        """Delete records, newest first (undo of an add)."""
        with self.transaction() as repo:
            changes = Changes()
            for record in reversed(records):
                changes |= self._delete(repo, kind_of(record).name, record.id)
            return changes

    # -- helpers ---------------------------------------------------------------------------

    def _delete(self, repo: Repository, kind: str, record_id: int) -> Changes:
        old = repo.get(kind, record_id)
        repo.delete(kind, record_id)
        if kind == "customer":
            log_erasure(repo.session, record_id, self.now())
        else:
            log_change(repo.session, self.now(), Action.DELETE, old, None)
        self._refresh(repo, kind, old)
        if kind != "customer":
            self._rescore(repo, kind, old, None)
        return Changes.of(kind, record_id, getattr(old, "customer_id", None))

    def _restore(self, repo: Repository, record: Any) -> Changes:
        self._check(repo, record)
        saved = repo.add(record)
        log_change(repo.session, self.now(), Action.RESTORE, None, saved)
        kind = kind_of(record).name
        self._refresh(repo, kind, saved)
        if kind == "customer":
            self._rescore(repo, kind, None, saved)
        else:  # back-dated by nature: rebuild
            self._rescore(repo, kind, saved, saved)
        return Changes.of(kind, saved.id, getattr(saved, "customer_id", None), new=True)

    def _relink(
        self, repo: Repository, kind: str, record_id: int, refs: Mapping[str, int]
    ) -> Changes:
        old = repo.get(kind, record_id)
        new = dataclasses.replace(old, **refs)
        self._check(repo, new)
        saved = repo.update(new)
        log_change(repo.session, self.now(), Action.UPDATE, old, saved)
        self._rescore(repo, kind, old, saved)
        return Changes.of(kind, record_id, getattr(old, "customer_id", None))

    def _build(
        self, repo: Repository, spec: KindSpec, values: dict[str, Any], customer_id: int | None
    ) -> Any:
        now = self.now()
        for name in values:
            _spec_for(spec, name)
        if spec.customer_bound:
            if customer_id is None:
                raise ValidationError("customer", _REQUIRED)
            values["customer_id"] = customer_id
        names = {f.name for f in dataclasses.fields(spec.entity)}
        for name in _NOW_FIELDS:
            if name in names and values.get(name) is None:
                values[name] = now.date() if spec.name == "money" else now
        if spec.name == "standard" and values.get("valid_from") is None:
            values["valid_from"] = now.date()
        current = author(repo.session)
        for name in spec.staff_fields:
            if name not in values and current is not None:
                values[name] = current
        if spec.name == "money" and "currency" not in values:
            values["currency"] = read_setting(repo.session, declared.CURRENCY)
        if spec.name == "promise" and values.get("status") in CLOSED_PROMISE:
            values.setdefault("resolved_at", now)
        missing = [f.name for f in spec.required if f.name not in values]
        if missing:
            raise ValidationError(missing[0], _REQUIRED)
        return rated(repo, spec.entity(**values, created_at=now, updated_at=now))

    def _store(self, repo: Repository, record: Any) -> Any:
        self._check(repo, record)
        saved = repo.add(record)
        if isinstance(saved, e.Standard) and not saved.series_id:
            saved = repo.update(dataclasses.replace(saved, series_id=saved.id))
        log_change(repo.session, self.now(), Action.ADD, None, saved)
        kind = kind_of(saved).name
        self._refresh(repo, kind, saved)
        # Every new record keeps its customer's scores current, whichever use case made it.
        self._rescore(repo, kind, None, saved)
        return saved

    def _check(self, repo: Repository, record: Any) -> None:
        validate(record)
        spec = next(s for s in KINDS.values() if s.entity is type(record))
        for f in spec.fields:
            value = getattr(record, f.name)
            if f.reference is None or value is None:
                continue
            if not repo.exists(f.reference, value):
                raise ValidationError(
                    f.name,
                    say(
                        "svc.no_record",
                        "there is no {kind} with id {id}",
                        kind=Kind(f.reference),
                        id=value,
                    ),
                )
            if f.reference in ("promise", "interaction"):
                other = repo.get(f.reference, value)
                if other.customer_id != record.customer_id:
                    raise ValidationError(
                        f.name,
                        say(
                            "svc.other_customer",
                            "{kind} {id} belongs to another customer",
                            kind=Kind(f.reference),
                            id=value,
                        ),
                    )

    def _refresh(self, repo: Repository, kind: str, record: Any) -> None:
        if kind in _SUMMARY_KINDS:
            refresh_summary(repo.session, record.customer_id)

    def _rescore(self, repo: Repository, kind: str, old: Any, new: Any) -> None:
        if kind == "customer" and old is None:
            rescore_after(repo.session, self.now(), new.id, None, new)
        elif kind in AFFECTING:
            customer_id = (new or old).customer_id
            rescore_after(repo.session, self.now(), customer_id, old, new)

    def _promise_change(
        self, old: e.Promise, fields: dict[str, Any]
    ) -> tuple[dict[str, Any], e.Promise | None]:
        """Apply the status rules; renegotiating with a new due date makes a follow-up promise."""
        status = fields.get("status")
        follow_up = None
        if status is None or status == old.status:
            return fields, None
        check_transition(old.status, status)
        now = self.now()
        if status is PromiseStatus.OPEN:
            fields["resolved_at"] = None
        else:
            fields.setdefault("resolved_at", now)
        if status is PromiseStatus.RENEGOTIATED and "due" in fields:
            new_due: date | None = fields.pop("due")
            made: datetime = now
            follow_up = dataclasses.replace(
                old,
                id=PromiseId(0),
                made_at=made,
                due=new_due,
                status=PromiseStatus.OPEN,
                resolved_at=None,
                evidence="",
                renegotiated_from_id=old.id,
                created_at=now,
                updated_at=now,
            )
        return fields, follow_up


def rated(repo: Repository, record: Any) -> Any:
    """A money record with the rate it is added up with: 1 in the home currency, else the rate
    given or the default from Settings (raises naming `rate` when there is none)."""
    if not isinstance(record, e.Money):
        return record
    home = str(read_setting(repo.session, declared.CURRENCY))
    defaults = parse_rates(read_setting(repo.session, declared.EXCHANGE_RATES))
    return with_rate(record, home, defaults)


@dataclass(frozen=True)
class Removal:
    """What a delete took away, to put back on undo: records in write order, and the
    (kind, id, {column: id}) references the delete cleared in other records."""

    records: tuple[Any, ...]
    links: tuple[tuple[str, int, dict[str, int]], ...]
    # Evidence files the delete takes with it, with their bytes (put back last).
    files: tuple[tuple[e.Attachment, bytes], ...] = ()


def _removal(repo: Repository, kind: str, record: Any) -> Removal:
    records = [record]
    if kind == "customer":
        for child in CUSTOMER_RECORDS:
            records.extend(sorted(repo.list(child, record.id), key=lambda r: r.id))
    links = []
    names = CLEARED_ON_DELETE.get(kind, ())
    for child in CUSTOMER_RECORDS if names else ():
        for other in repo.list(child, record.customer_id):
            refs = {n: record.id for n in names if getattr(other, n, None) == record.id}
            if refs:
                links.append((child, other.id, refs))
    if kind == "customer":
        files = attachment_store.of_customer(repo.session, record.id)
    elif kind in e.ATTACHABLE:
        files = attachment_store.of_record(repo.session, kind, record.id)
    else:
        files = []
    kept = tuple((f, attachment_store.data(repo.session, f.id)) for f in files)
    return Removal(tuple(records), tuple(links), kept)


def only_changed(old: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """The subset of `values` that differs from `old` (forms send every field)."""
    return {k: v for k, v in values.items() if getattr(old, k) != v}


__all__: Sequence[str] = ("RecordService", "Removal", "coerce_values", "only_changed", "rated")
