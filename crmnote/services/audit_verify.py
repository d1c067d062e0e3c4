"""Verifying the change log: the chain, the head, and every current row against its last entry."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crmnote.domain.audit import (
    GENESIS,
    LOGGED_KINDS,
    Action,
    canonical,
    chain_hash,
    digest,
    state_of,
    with_refs,
)
from crmnote.storage import attachment_store, logged_records
from crmnote.storage import audit_store as store
from crmnote.storage.sessions import Session

SAMPLE = 20  # ids listed per kind of finding; the counts are complete


@dataclass(frozen=True)
class Finding:
    """One thing that does not add up: `what` is chain, head, payload, altered, missing, or
    file (an evidence file's bytes no longer match its SHA-256)."""

    what: str
    kind: str
    id: int
    message: str


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of `AuditService.verify()`.

    `findings` are tampering (or damage); `unlogged` counts records that were never logged
    (demo data, imports, rows inserted by hand) per kind, with the first ids in `unlogged_ids`.
    """

    entries: int
    head_hash: str
    findings: tuple[Finding, ...]
    unlogged: dict[str, int] = field(default_factory=dict)
    unlogged_ids: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.findings

    def count(self, what: str) -> int:
        return sum(1 for f in self.findings if f.what == what)


def _chain(session: Session, out: list[Finding]) -> tuple[int, int, str, list[tuple[int, int]]]:
    """Walk the chain; returns (entries, last id, last hash, redacted (entry, customer) pairs)."""
    previous, count, last, redacted = GENESIS, 0, 0, []
    for x in store.entries(session):
        count, last = count + 1, x.id
        if chain_hash(previous, x.fields()) != x.hash:
            out.append(
                Finding("chain", x.kind, x.record_id, f"log entry {x.id} does not match its hash")
            )
        if x.changes_digest is not None:
            if x.salt is None:
                redacted.append((x.id, x.customer_id or 0))
            elif x.changes is None or digest(x.salt, x.changes) != x.changes_digest:
                msg = f"log entry {x.id}: the recorded changes were altered"
                out.append(Finding("payload", x.kind, x.record_id, msg))
        previous = x.hash
    return count, last, previous, redacted


def _compare(session: Session, kind: str, erased: set[int], out: list[Finding], since: Any) -> None:
    """Every record of a kind against the latest entry logged for it, a chunk at a time."""
    after = 0
    while chunk := store.latest(session, kind, after):
        after = chunk[-1].record_id
        ids = [x.record_id for x in chunk]
        records = logged_records.records_with_ids(session, kind, ids)
        for x in chunk:
            record = records.get(x.record_id)
            if x.action is Action.DELETE:
                if record is not None:
                    msg = f"{kind} {x.record_id} is back although its last entry deletes it"
                    out.append(Finding("altered", kind, x.record_id, msg))
                continue
            if record is None:
                if (x.customer_id or 0) not in erased:
                    msg = f"{kind} {x.record_id} was deleted without a log entry"
                    out.append(Finding("missing", kind, x.record_id, msg))
                continue
            if _altered(x, record, since):
                msg = f"{kind} {x.record_id} differs from its last logged version (entry {x.id})"
                out.append(Finding("altered", kind, x.record_id, msg))
        session.expunge_all()


def _altered(x: store.LogEntry, record: Any, since: Any) -> bool:
    """Whether the record differs from the state its entry logged (redacted ones cannot)."""
    if x.salt is None or x.state_digest is None:
        return False  # redacted: reported with the chain
    state = state_of(record)
    state = with_refs(state, json.loads(x.refs or "{}"), since(x.id))
    return digest(x.salt, canonical(state)) != x.state_digest


def differs_from_log(session: Session, kind: str, record_id: int) -> str | None:
    """Why a record is not as its last change-log entry left it (written around crmnote, in
    plain SQL), or None: it is, or its kind is not logged, or it was never logged."""
    if kind not in LOGGED_KINDS:
        return None
    x = store.last_entry(session, kind, record_id)
    if x is None or x.action is Action.ERASE:
        return None
    record = logged_records.logged_record_of(session, kind, record_id)
    if record is None:
        if x.action is Action.DELETE or (x.customer_id or 0) in store.erased_customers(session):
            return None
        return f"{kind} {record_id} was deleted without a log entry"
    if x.action is Action.DELETE:
        return f"{kind} {record_id} is back although its last entry deletes it"
    if _altered(x, record, _deleted_since(session)):
        return f"{kind} {record_id} differs from its last logged version (entry {x.id})"
    return None


def verify_log(session: Session) -> VerifyReport:
    """Check the chain, the head, the redactions, and every logged record's current row."""
    findings: list[Finding] = []
    count, last, last_hash, redacted = _chain(session, findings)
    if store.head(session) != (last, count, last_hash):
        findings.append(
            Finding("head", "change_log", last, "the log's head does not match its last entry")
        )
    erased = store.erased_customers(session)
    for entry_id, customer_id in redacted:
        if customer_id not in erased:
            msg = f"log entry {entry_id} was emptied but customer {customer_id} was not erased"
            findings.append(Finding("payload", "change_log", entry_id, msg))
    since = _deleted_since(session)
    for kind in LOGGED_KINDS:
        _compare(session, kind, erased, findings, since)
    for attachment, wrong in attachment_store.bad_files(session):
        msg = f"attachment {attachment.id} ({attachment.name}): {wrong}"
        findings.append(Finding("file", "attachment", attachment.id, msg))
    unlogged: dict[str, int] = {}
    samples: dict[str, tuple[int, ...]] = {}
    for kind in LOGGED_KINDS:
        n = logged_records.unlogged_count(session, kind)
        if n:
            unlogged[kind] = n
            samples[kind] = tuple(logged_records.unlogged_ids(session, kind, 0, SAMPLE))
    return VerifyReport(count, last_hash, tuple(findings), unlogged, samples)


def _deleted_since(session: Session) -> Callable[[int], Callable[[str, int], bool]]:
    """For an entry: was a record it refers to deleted after it (gone now, or logged deleted)?"""

    def since(entry_id: int) -> Callable[[str, int], bool]:
        def deleted(kind: str, record_id: int) -> bool:
            if not logged_records.record_exists(session, kind, record_id):
                return True
            return kind in LOGGED_KINDS and store.deleted_after(session, kind, record_id, entry_id)

        return deleted

    return since
