"""Create, change, delete and read records of every kind, with validation and references checked."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.audit import Action
from crmnote.domain.errors import ValidationError
from crmnote.domain.kinds import KINDS, FieldSpec, KindSpec
from crmnote.domain.money import parse_rates, with_rate
from crmnote.domain.parsing import parse_value
from crmnote.domain.rules import CLOSED_PROMISE, check_transition, validate
from crmnote.domain.types import PromiseId, PromiseStatus, StaffId
from crmnote.services.audit import log_change, log_erasure
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.references import staff_ref
from crmnote.services.scores import AFFECTING, rescore_after
from crmnote.services.standards_versions import revise_standard
from crmnote.storage.queries import refresh_summary
from crmnote.storage.repository import Repository
from crmnote.storage.settings_store import read_setting

_NOW_FIELDS = ("at", "made_at", "raised_at")
_STAFF_DEFAULTS = ("staff_id", "made_by", "decided_by", "owner_id")
# Kinds whose records feed the customer list's summary columns.
_SUMMARY_KINDS = {"interaction", "promise"}


def _spec_for(kind: KindSpec, name: str) -> FieldSpec:
    """A field by its name or its command-line spelling (`staff` for `staff_id`)."""
    key = name.removeprefix("--").replace("-", "_")
    for f in kind.fields:
        if key in (f.name, f.name.removesuffix("_id")):
            return f
    known = ", ".join(f.option.removeprefix("--") for f in kind.fields)
    raise ValidationError(key, f"{kind.name} has no such field (fields: {known})")


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
            raise ValidationError("kind", f"{name!r} is not a kind ({', '.join(KINDS)})")
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

    def update(self, kind: str, record_id: int, values: Mapping[str, Any]) -> tuple[Any, Changes]:
        """Change some fields of a record; promise status changes follow their rules."""
        spec = self.kind(kind)
        with self.transaction() as repo:
            old = repo.get(kind, record_id)
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

    def restore(self, record: Any) -> Changes:
        """Put a deleted record back with its old id (undo of a delete)."""
        with self.transaction() as repo:
            self._check(repo, record)
            saved = repo.add(record)
            log_change(repo.session, self.now(), Action.RESTORE, None, saved)
            kind = next(k for k, s in KINDS.items() if s.entity is type(record))
            self._refresh(repo, kind, saved)
            if kind == "customer":
                self._rescore(repo, kind, None, saved)
            else:  # back-dated by nature: rebuild
                self._rescore(repo, kind, saved, saved)
            return Changes.of(kind, saved.id, getattr(saved, "customer_id", None), new=True)

    def relink(self, kind: str, record_id: int, refs: Mapping[str, int]) -> Changes:
        """Point references of a record back at a record an undo restored: deleting it had set
        them to NULL. Any reference column, the managed `renegotiated_from_id` included."""
        with self.transaction() as repo:
            old = repo.get(kind, record_id)
            new = dataclasses.replace(old, **refs)
            self._check(repo, new)
            saved = repo.update(new)
            log_change(repo.session, self.now(), Action.UPDATE, old, saved)
            self._rescore(repo, kind, old, saved)
            return Changes.of(kind, record_id, getattr(old, "customer_id", None))

    # -- helpers ---------------------------------------------------------------------------

    def _build(
        self, repo: Repository, spec: KindSpec, values: dict[str, Any], customer_id: int | None
    ) -> Any:
        now = self.now()
        for name in values:
            _spec_for(spec, name)
        if spec.customer_bound:
            if customer_id is None:
                raise ValidationError("customer", "is required")
            values["customer_id"] = customer_id
        names = {f.name for f in dataclasses.fields(spec.entity)}
        for name in _NOW_FIELDS:
            if name in names and values.get(name) is None:
                values[name] = now.date() if spec.name == "money" else now
        if spec.name == "standard" and values.get("valid_from") is None:
            values["valid_from"] = now.date()
        current = read_setting(repo.session, declared.CURRENT_STAFF)
        for name in _STAFF_DEFAULTS:
            if name in names and name not in values and current is not None:
                values[name] = StaffId(int(current))
        if spec.name == "money" and "currency" not in values:
            values["currency"] = read_setting(repo.session, declared.CURRENCY)
        if spec.name == "promise" and values.get("status") in CLOSED_PROMISE:
            values.setdefault("resolved_at", now)
        missing = [f.name for f in spec.required if f.name not in values]
        if missing:
            raise ValidationError(missing[0], "is required")
        return rated(repo, spec.entity(**values, created_at=now, updated_at=now))

    def _store(self, repo: Repository, record: Any) -> Any:
        self._check(repo, record)
        saved = repo.add(record)
        if isinstance(saved, e.Standard) and not saved.series_id:
            saved = repo.update(dataclasses.replace(saved, series_id=saved.id))
        log_change(repo.session, self.now(), Action.ADD, None, saved)
        kind = next(k for k, s in KINDS.items() if s.entity is type(saved))
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
                raise ValidationError(f.name, f"there is no {f.reference} with id {value}")
            if f.reference in ("promise", "interaction"):
                other = repo.get(f.reference, value)
                if other.customer_id != record.customer_id:
                    raise ValidationError(
                        f.name, f"{f.reference} {value} belongs to another customer"
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


def only_changed(old: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """The subset of `values` that differs from `old` (forms send every field)."""
    return {k: v for k, v in values.items() if getattr(old, k) != v}


__all__: Sequence[str] = ("RecordService", "coerce_values", "only_changed", "rated")
