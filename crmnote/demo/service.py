"""`crmnote demo`: fill a database with realistic, deterministic demo data, fast enough for 100k."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from crmnote.demo import text as txt
from crmnote.demo.build import Builder
from crmnote.demo.events import TABLES, StaffMember, StandardVersion
from crmnote.domain import rule_messages as rm
from crmnote.domain import settings as declared
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason
from crmnote.domain.team import LOAD_DEMO
from crmnote.domain.types import CustomerId
from crmnote.services.audit import log_new_rows
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.score_context import ScoreContext
from crmnote.services.sync.capture import capture_added
from crmnote.storage import demo_writes as store
from crmnote.storage.sessions import Session
from crmnote.storage.settings_store import read_setting
from crmnote.storage.team import require_owner

CHUNK = 2000  # customers generated and inserted at a time: bounds memory
SCORE_CHUNK = 500  # customers scored per set of statements


_NOT_KINDS = ("contact", "tag")
LOGGED = ("interaction", "promise", "claim")  # the kinds the tamper-evident change log keeps
_DEMO_STAFF = 5


@dataclass(frozen=True)
class DemoReport:
    """How many records of each kind one `generate` call added."""

    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """All records added, of every kind."""
        return sum(self.counts.values())

    def changes(self) -> Changes:
        """The kinds touched (no ids: a demo load may change anything a view shows)."""
        return Changes(kinds=frozenset(k for k, n in self.counts.items() if n))


class DemoService(ServiceBase):
    """Adds demo customers with a plausible history to whatever the database holds."""

    def generate(
        self,
        customers: int = 50,
        seed: int = 1,
        interactions_per_customer: float = 10.0,
        today: date | None = None,
    ) -> DemoReport:
        """Add `customers` customers with their history; the same seed and day give the same data.

        Dates spread over the two years before `today` (default: the clock's date); some promises
        fall due in the coming days. Staff and standards are created only when missing.
        """
        if customers < 0:
            raise ValidationError("customers", Reason(rm.NEGATIVE))
        if interactions_per_customer < 0:
            raise ValidationError("interactions_per_customer", Reason(rm.NEGATIVE))
        day = today or self.now().date()
        rng = random.Random(seed)
        counts = {"staff": 0, "standard": 0} | {n: 0 for n in TABLES if n not in _NOT_KINDS}
        with self.transaction() as repo:
            session = repo.session
            # Rows with ids of its own, the id sequences moved past them: the owner's to do.
            require_owner(session, Reason(LOAD_DEMO))
            before = {name: store.max_id(session, name) for name in ("staff", "standard")}
            staff = _ensure_staff(session, day, counts)
            standards = _ensure_standards(session, day, counts)
            next_ids = store.next_ids(session)
            # the records added are those above these ids (the builder moves `next_ids` on)
            before |= {name: n - 1 for name, n in next_ids.items()}
            first = next_ids["customer"]
            builder = Builder(rng, day, next_ids, staff, standards, interactions_per_customer)
            builder.currency = str(read_setting(session, declared.CURRENCY))
            logged_before = {k: next_ids[k] - 1 for k in LOGGED}
            with store.derived_after(session):
                for done in range(0, customers, CHUNK):
                    for _ in range(min(CHUNK, customers - done)):
                        builder.customer()
                    _insert(session, builder.rows, counts)
            if customers:
                # In the change log like any record: `check` then catches a later edit in SQL.
                log_new_rows(session, datetime.combine(day, time()), logged_before)
                store.refresh_summaries(session, first, first + customers - 1)
                # Scored as of the start of `day`, after every generated event: the same seed and
                # day give the same scores, whatever the clock says.
                _score(session, datetime.combine(day, time()), first, first + customers - 1)
            # Into the sync change log here, set-wise, as a copied book's records are: left
            # marked, 100,000 would be taken by each later transaction (docs/sync.md).
            capture_added(session, before, logged_here=LOGGED if customers else ())
            store.advance_sequences(session)
        return DemoReport(counts)


def _score(session: Session, now: datetime, first: int, last: int) -> None:
    """Score history and list scores for the new customers, as everyday changes would leave."""
    context = ScoreContext(session, now)
    for start in range(first, last + 1, SCORE_CHUNK):
        ids = [CustomerId(i) for i in range(start, min(start + SCORE_CHUNK, last + 1))]
        context.rebuild_many(ids)


def _insert(
    session: Session, rows: dict[str, list[dict[str, Any]]], counts: dict[str, int]
) -> None:
    """One executemany per table, parents first; empties the lists for the next chunk."""
    for name in TABLES:
        batch = rows[name]
        if batch:
            store.insert_rows(session, name, batch)
            if name in counts:
                counts[name] += len(batch)
            rows[name] = []


def _ensure_staff(session: Session, today: date, counts: dict[str, int]) -> list[StaffMember]:
    """The demo's own staff, created when missing: the demo's made-up interactions go to them
    only, never to a real person of the book (the one signed in on this computer)."""
    demo_names = [name for name, _email in txt.STAFF][:_DEMO_STAFF]
    found = [(r.id, r.name) for r in store.staff(session) if r.name in demo_names]
    taken = {name for _, name in found}
    stamp = datetime.combine(today - timedelta(days=800), time(9))
    new_id = store.max_id(session, "staff") + 1
    rows: list[dict[str, Any]] = []
    for name, email in txt.STAFF[:_DEMO_STAFF]:
        if name not in taken:
            rows.append(
                {
                    "id": new_id + len(rows),
                    "name": name,
                    "email": email,
                    "active": True,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
    if rows:
        store.insert_rows(session, "staff", rows)
    counts["staff"] = len(rows)
    found += [(r["id"], r["name"]) for r in rows]
    biases = txt.STAFF_MOOD_BIAS
    return [StaffMember(i, name, biases[n % len(biases)]) for n, (i, name) in enumerate(found)]


def _ensure_standards(
    session: Session, today: date, counts: dict[str, int]
) -> list[StandardVersion]:
    """The standards on file; the demo catalogue when there are none."""
    if not store.max_id(session, "standard"):
        origin = today - timedelta(days=800)
        switches = (today - timedelta(days=300), today - timedelta(days=420))
        rows: list[dict[str, Any]] = []
        for n, series in enumerate(txt.STANDARDS):
            series_id = len(rows) + 1
            for version, (name, category, description, value, unit) in enumerate(series):
                newer = len(series) > 1 and version == 1
                older = len(series) > 1 and version == 0
                valid_from = switches[n] if newer else origin
                stamp = datetime.combine(valid_from, time(9))
                rows.append(
                    {
                        "id": len(rows) + 1,
                        "series_id": series_id,
                        "name": name,
                        "category": category,
                        "description": description,
                        "target_value": value,
                        "target_unit": unit,
                        "valid_from": valid_from,
                        "valid_until": switches[n] - timedelta(days=1) if older else None,
                        "created_at": stamp,
                        "updated_at": stamp,
                    }
                )
        store.insert_rows(session, "standard", rows)
        counts["standard"] = len(rows)
    return [StandardVersion(*r) for r in store.standard_versions(session)]
