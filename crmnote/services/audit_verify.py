"""Verifying the change log: the chain, the head, and every current row against its last entry."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
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
from crmnote.domain.reasons import Kind, Reason, message, say
from crmnote.storage import attachment_store, logged_records
from crmnote.storage import audit_store as store
from crmnote.storage.sessions import Session

SAMPLE = 20  # ids listed per kind of finding; the counts are complete
_MISSING = message("log.missing", "{kind} {id} was deleted without a log entry")
_BACK = message("log.back", "{kind} {id} is back although its last entry deletes it")
_ALTERED = message(
    "log.altered", "{kind} {id} differs from its last logged version (entry {entry})"
)


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
            out.append(Finding("chain", x.kind, x.record_id, _say_entry(x.id)))
        if x.changes_digest is not None:
            if x.salt is None:
                redacted.append((x.id, x.customer_id or 0))
            elif x.changes is None or digest(x.salt, x.changes) != x.changes_digest:
                msg = say(
                    "log.payload",
                    "log entry {entry}: the recorded changes were altered",
                    entry=x.id,
                )
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
                    msg = _back(kind, x.record_id)
                    out.append(Finding("altered", kind, x.record_id, msg))
                continue
            if record is None:
                if (x.customer_id or 0) not in erased:
                    msg = _gone(kind, x.record_id)
                    out.append(Finding("missing", kind, x.record_id, msg))
                continue
            if _altered(x, record, since):
                msg = _differs(kind, x.record_id, x.id)
                out.append(Finding("altered", kind, x.record_id, msg))
        session.expunge_all()


def _altered(x: store.LogEntry, record: Any, since: Any) -> bool:
    """Whether the record differs from the state its entry logged (redacted ones cannot)."""
    if x.salt is None or x.state_digest is None:
        return False  # redacted: reported with the chain
    state = state_of(record)
    state = with_refs(state, json.loads(x.refs or "{}"), since(x.id))
    return digest(x.salt, canonical(state)) != x.state_digest


def _say_entry(entry: int) -> Reason:
    return say("log.chain", "log entry {entry} does not match its hash", entry=entry)


def _gone(kind: str, record_id: int) -> Reason:
    return Reason(_MISSING, kind=Kind(kind), id=record_id)


def _back(kind: str, record_id: int) -> Reason:
    return Reason(_BACK, kind=Kind(kind), id=record_id)


def _differs(kind: str, record_id: int, entry: int) -> Reason:
    return Reason(_ALTERED, kind=Kind(kind), id=record_id, entry=entry)


def differs_from_log(session: Session, kind: str, record_id: int) -> str | None:
    """Why a record is not as its last change-log entry left it (written around crmnote, in
    plain SQL), or None: it is, or its kind is not logged, or it was never logged."""
    if kind not in LOGGED_KINDS:
        return None
    x = store.last_entry(session, kind, record_id)
    if x is None or x.action is Action.ERASE:
        return None
    record = logged_records.logged_record_of(session, kind, record_id)
    return _why(session, x, record, lambda: store.erased_customers(session))


def differ_from_log(
    session: Session,
    kind: str,
    record_ids: Sequence[int],
    erased: Callable[[], set[int]],
    present: Collection[int] | None = None,
) -> dict[int, str]:
    """`differs_from_log` of many records of one kind at once: why, by record id, for those
    that differ. `erased` gives the erased customers (asked only when a record is gone);
    `present`, when given, the ids among them whose rows the caller has just read in this
    transaction (the others are gone): a record the session holds is then not read again."""
    if kind not in LOGGED_KINDS or not record_ids:
        return {}
    entries = store.last_entries(session, kind, record_ids)
    wanted = [i for i, x in entries.items() if x.action is not Action.ERASE]
    records: dict[int, Any] = {}
    if wanted and present is None:
        records = logged_records.records_with_ids(session, kind, wanted)
    elif wanted and present is not None:
        records = logged_records.records_present(session, kind, wanted, present)
    out: dict[int, str] = {}
    for record_id in wanted:
        why = _why(session, entries[record_id], records.get(record_id), erased)
        if why is not None:
            out[record_id] = why
    return out


def _why(
    session: Session, x: store.LogEntry, record: Any, erased: Callable[[], set[int]]
) -> str | None:
    """Why a record (None: gone) is not as its last entry `x` (not an erase) left it."""
    if record is None:
        if x.action is Action.DELETE or (x.customer_id or 0) in erased():
            return None
        return _gone(x.kind, x.record_id)
    if x.action is Action.DELETE:
        return _back(x.kind, x.record_id)
    if _altered(x, record, _deleted_since(session)):
        return _differs(x.kind, x.record_id, x.id)
    return None


def verify_log(session: Session) -> VerifyReport:
    """Check the chain, the head, the redactions, and every logged record's current row."""
    findings: list[Finding] = []
    count, last, last_hash, redacted = _chain(session, findings)
    if store.head(session) != (last, count, last_hash):
        findings.append(
            Finding(
                "head",
                "change_log",
                last,
                say("log.head", "the log's head does not match its last entry"),
            )
        )
    erased = store.erased_customers(session)
    for entry_id, customer_id in redacted:
        if customer_id not in erased:
            msg = say(
                "log.emptied",
                "log entry {entry} was emptied but customer {customer} was not erased",
                entry=entry_id,
                customer=customer_id,
            )
            findings.append(Finding("payload", "change_log", entry_id, msg))
    since = _deleted_since(session)
    for kind in LOGGED_KINDS:
        _compare(session, kind, erased, findings, since)
    for attachment, wrong in attachment_store.bad_files(session):
        msg = say(
            "log.file",
            "attachment {id} ({name}): {wrong}",
            id=attachment.id,
            name=attachment.name,
            wrong=wrong,
        )
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
