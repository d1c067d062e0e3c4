"""Reading every record (or one customer's) into a snapshot, and writing a snapshot back."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.attachments import Limits, check_file
from crmnote.domain.audit import LOGGED_KINDS
from crmnote.domain.errors import ValidationError
from crmnote.domain.kinds import KINDS
from crmnote.domain.money import parse_rates, with_rate
from crmnote.domain.reasons import Kind, say
from crmnote.domain.rules import validate
from crmnote.domain.types import AttachmentId, CustomerId, StaffId
from crmnote.services.audit import log_added
from crmnote.services.changes import Changes
from crmnote.services.score_context import ScoreContext
from crmnote.services.sync.capture import capture
from crmnote.services.transfer_match import DuplicateIndex, merge
from crmnote.services.transfer_report import (
    KIND_ORDER,
    ImportReport,
    RowAction,
    RowResult,
    Snapshot,
)
from crmnote.storage import attachment_store
from crmnote.storage.repository import Repository
from crmnote.storage.score_store import history_of_customers
from crmnote.storage.sessions import Sessions
from crmnote.storage.settings_store import all_settings, put_settings, read_setting
from crmnote.storage.summary_columns import refresh_summary
from crmnote.storage.sync_store import serialize_writers
from crmnote.storage.transfer_queries import delete_all_staff, staff_by_folded_name
from crmnote.storage.transfer_queries import is_empty as is_empty  # sync's join asks it here

# Fields naming another record that the entity catalogue leaves out as application-managed.
_MANAGED_REFS = {"customer_id": "customer", "renegotiated_from_id": "promise"}


def _by_id(records: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(sorted(records, key=lambda r: r.id))


def _references(kind: str) -> dict[str, str]:
    refs = {f.name: f.reference for f in KINDS[kind].fields if f.reference}
    names = {f.name for f in dataclasses.fields(KINDS[kind].entity)}
    refs.update({k: v for k, v in _MANAGED_REFS.items() if k in names})
    return refs


def read_snapshot(repo: Repository, customer_ids: Sequence[int] | None = None) -> Snapshot:
    """Every record and setting, or the records about some customers plus the staff members and
    standards they name and the customers' score history."""
    session = repo.session
    if customer_ids is None:
        records = {kind: _by_id(repo.list(kind)) for kind in KIND_ORDER}
        settings = all_settings(session)
        return Snapshot(records, settings, files=_files(repo, attachment_store.everything(session)))
    found: dict[str, list[Any]] = {kind: [] for kind in KIND_ORDER}
    for cid in customer_ids:
        found["customer"].append(repo.get("customer", cid))
        for kind in KIND_ORDER:
            if KINDS[kind].customer_bound:
                found[kind].extend(repo.list(kind, cid))
    named: dict[str, set[int]] = {"staff": set(), "standard": set()}
    for kind in KIND_ORDER:
        for record in found[kind]:
            for name, ref in _references(kind).items():
                if ref in named and getattr(record, name) is not None:
                    named[ref].add(getattr(record, name))
    for kind, ids in named.items():
        found[kind] = [repo.get(kind, i) for i in ids]
    scores = history_of_customers(session, customer_ids)
    files = [f for cid in customer_ids for f in attachment_store.of_customer(session, cid)]
    return Snapshot(
        {k: _by_id(v) for k, v in found.items()},
        {},
        scores,
        scope="customer",
        files=_files(repo, files),
    )


def _files(
    repo: Repository, files: Sequence[e.Attachment]
) -> tuple[tuple[e.Attachment, bytes], ...]:
    return tuple((f, attachment_store.data(repo.session, f.id)) for f in files)


class _Abort(Exception):
    def __init__(self, report: ImportReport) -> None:
        super().__init__("import not committed")
        self.report = report


class SnapshotImport:
    """One snapshot written in one transaction, rolled back unless every record is accepted."""

    def __init__(self, sessions: Sessions, now: datetime, *, match_customers: bool = False) -> None:
        """`match_customers`: a customer the book has already (by email, phone or name, as
        imports match duplicates) takes what the snapshot's adds, and its records join it."""
        self._sessions = sessions
        self._now = now
        self._match = match_customers

    def run(self, snapshot: Snapshot, *, dry_run: bool, skip_invalid: bool) -> ImportReport:
        try:
            with self._sessions() as session, session.begin():
                serialize_writers(session)
                report = self._run(Repository(session), snapshot, dry_run, skip_invalid)
                capture(session)  # into the sync change log, as every service transaction
                return report
        except _Abort as abort:
            return abort.report

    def _run(
        self, repo: Repository, snapshot: Snapshot, dry_run: bool, skip_invalid: bool
    ) -> ImportReport:
        session = repo.session
        # A whole export into an empty database keeps its ids (and its staff and settings).
        self.keep_ids = (
            snapshot.scope == "all" and bool(snapshot.records.get("staff")) and is_empty(session)
        )
        if self.keep_ids:
            delete_all_staff(session)
        self.staff_by_name = staff_by_folded_name(session)
        self.duplicates = DuplicateIndex.load(session) if self._match else None
        self.maps: dict[str, dict[int, int]] = {kind: {} for kind in (*KIND_ORDER, "attachment")}
        self.owners: dict[tuple[str, int], int] = {}
        self.logged: list[Any] = []
        # Money is added up in the home currency: the file's own when it becomes this book.
        settings = snapshot.settings if self.keep_ids else {}
        self.home = str(settings.get("currency") or read_setting(session, declared.CURRENCY))
        self.rates = parse_rates(
            settings.get("exchange_rates", read_setting(session, declared.EXCHANGE_RATES))
        )
        results: list[RowResult] = []
        for kind in KIND_ORDER:
            for record in snapshot.records.get(kind, ()):
                results.append(self._one(repo, kind, record))
        results += [self._file(repo, f, data) for f, data in snapshot.files]
        rejected = any(r.action is RowAction.REJECTED for r in results)
        if dry_run or (rejected and not skip_invalid):
            raise _Abort(ImportReport(tuple(results), committed=False, dry_run=dry_run))
        if self.keep_ids:
            put_settings(session, snapshot.settings)
        # Every record in the change log, whatever way it arrived: one batch of entries.
        log_added(session, self._now, self.logged)
        touched = {r.customer_id for r in results if r.customer_id is not None}
        scores = ScoreContext(session, self._now)
        for cid in sorted(touched):
            refresh_summary(session, CustomerId(cid))
            # Score history is derived data, not in the file: rebuilt from the records.
            scores.rebuild(CustomerId(cid))
        made = tuple(
            (r.kind, self.maps[r.kind][r.line]) for r in results if r.action is RowAction.CREATED
        )
        changes = Changes(
            kinds=frozenset(kind for kind, _ in made),
            customer_ids=frozenset(touched),
            records=frozenset(made),
            created=made,
        )
        return ImportReport(tuple(results), committed=True, dry_run=False, changes=changes)

    def _one(self, repo: Repository, kind: str, record: Any) -> RowResult:
        title = str(getattr(record, KINDS[kind].title_field, "") or "")
        same = repo.id_of_uuid(kind, record.uuid) if record.uuid and not self.keep_ids else None
        if same is not None:  # the book has this record already (an earlier import, a copy)
            if record.id in self.maps[kind] or record.id <= 0:
                return RowResult(
                    record.id, RowAction.REJECTED, title, None, "id", "not a fresh id", kind
                )
            self.maps[kind][record.id] = same
            if kind in ("interaction", "promise"):
                self.owners[(kind, same)] = repo.get(kind, same).customer_id
            return RowResult(record.id, RowAction.MATCHED, title, kind=kind)
        try:
            new = self._remap(kind, record)
            if kind == "money":
                new = with_rate(new, self.home, self.rates)
            validate(new)
            if kind == "staff" and not self.keep_ids:
                same = self.staff_by_name.get(record.name.strip().lower())
                if same is not None:
                    self.maps["staff"][record.id] = same
                    return RowResult(record.id, RowAction.MATCHED, title, kind=kind)
            found = self._duplicate(repo, record.id, new) if kind == "customer" else None
            if found is not None:
                return found
            saved = repo.add(new)
            if kind == "customer" and self.duplicates is not None:
                self.duplicates.add(("db", saved.id), saved)
            if kind == "standard" and not saved.series_id:
                saved = repo.update(dataclasses.replace(saved, series_id=saved.id))
        except ValidationError as exc:
            return RowResult(
                record.id, RowAction.REJECTED, title, None, exc.field, exc.message, kind
            )
        self.maps[kind][record.id] = saved.id
        if kind in LOGGED_KINDS:
            self.logged.append(saved)
        customer_id = getattr(saved, "customer_id", saved.id if kind == "customer" else None)
        if kind in ("interaction", "promise"):
            self.owners[(kind, saved.id)] = saved.customer_id
        return RowResult(record.id, RowAction.CREATED, title, customer_id, kind=kind)

    def _file(self, repo: Repository, attachment: e.Attachment, data: bytes) -> RowResult:
        """An evidence file onto the record written for the one it belonged to, its bytes
        checked against its SHA-256."""
        try:
            owner = self.maps.get(attachment.record_kind, {}).get(attachment.record_id)
            customer = self.maps["customer"].get(attachment.customer_id)
            if owner is None or customer is None:
                raise ValidationError(
                    "record_id",
                    say(
                        "svc.names_missing",
                        "names {kind} {id}, which is not in the file or was rejected",
                        kind=Kind(attachment.record_kind),
                        id=attachment.record_id,
                    ),
                )
            checked = check_file(attachment.name, data, 0, Limits(len(data), len(data)))
            if checked.sha256 != attachment.sha256:
                raise ValidationError(
                    "sha256",
                    say("svc.bytes_differ", "the file's bytes do not match its SHA-256"),
                )
            staff = self.maps["staff"].get(attachment.added_by or 0)
            moved = dataclasses.replace(
                attachment,
                id=attachment.id if self.keep_ids else AttachmentId(0),
                customer_id=CustomerId(customer),
                record_id=owner,
                added_by=None if staff is None else StaffId(staff),
            )
            made = attachment_store.add(repo.session, moved, data)
        except ValidationError as exc:
            return RowResult(
                attachment.id, RowAction.REJECTED, attachment.name, None, exc.field,
                exc.message, "attachment",
            )  # fmt: skip
        self.logged.append(made)
        self.maps["attachment"][attachment.id] = made.id
        return RowResult(
            attachment.id, RowAction.CREATED, made.name, made.customer_id, kind="attachment"
        )

    def _duplicate(self, repo: Repository, line: int, customer: e.Customer) -> RowResult | None:
        """The customer the book has that this one duplicates, given what it adds."""
        if self.duplicates is None:
            return None
        ref = self.duplicates.find(customer)
        if ref is None:
            return None
        base = repo.get("customer", ref[1])
        merged = merge(base, customer, self.duplicates.phones.region)
        if merged is not None:
            validate(merged)
            repo.update(dataclasses.replace(merged, updated_at=self._now))
            self.duplicates.add(ref, merged)
        self.maps["customer"][line] = base.id
        action = RowAction.MATCHED if merged is None else RowAction.MERGED
        return RowResult(line, action, base.name, base.id, kind="customer")

    def _remap(self, kind: str, record: Any) -> Any:
        """The record with its references pointing at the records written for them."""
        if record.id in self.maps[kind] or record.id <= 0:
            raise ValidationError(
                "id",
                say(
                    "svc.not_fresh",
                    "{id} is not a fresh {kind} id in this file",
                    id=record.id,
                    kind=Kind(kind),
                ),
            )
        values: dict[str, Any] = {"id": record.id if self.keep_ids else 0}
        for name, ref in _references(kind).items():
            old = getattr(record, name)
            if old is None:
                continue
            if old not in self.maps[ref]:
                raise ValidationError(
                    name,
                    say(
                        "svc.names_missing",
                        "names {kind} {id}, which is not in the file or was rejected",
                        kind=Kind(ref),
                        id=old,
                    ),
                )
            values[name] = self.maps[ref][old]
        for name in ("interaction_id", "promise_id", "renegotiated_from_id"):
            ref = "interaction" if name == "interaction_id" else "promise"
            if values.get(name) is not None and self.owners.get((ref, values[name])) != values.get(
                "customer_id"
            ):
                raise ValidationError(
                    name,
                    say(
                        "svc.anothers",
                        "{kind} {id} is another customer's",
                        kind=Kind(ref),
                        id=getattr(record, name),
                    ),
                )
        if kind == "standard":
            values["series_id"] = self.maps["standard"].get(record.series_id, 0)
            if self.keep_ids:
                values["series_id"] = record.series_id
        return dataclasses.replace(record, **values)
