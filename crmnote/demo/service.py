"""`crmnote demo`: fill a database with realistic, deterministic demo data, fast enough for 100k."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from crmnote.demo import text as txt
from crmnote.demo.build import Builder
from crmnote.demo.events import TABLES, StaffMember, StandardVersion
from crmnote.domain.errors import ValidationError
from crmnote.domain.types import CustomerId, PromiseStatus
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.scores import ScoreContext
from crmnote.storage.base import Base
from crmnote.storage.rows import (
    ClaimRow,
    ContactRow,
    CustomerRow,
    DecisionRow,
    EffortRow,
    FeedbackRow,
    InteractionRow,
    MoneyRow,
    PromiseRow,
    RequestRow,
    StaffRow,
    StandardRow,
    TagRow,
)
from crmnote.storage.team import require_owner

CHUNK = 2000  # customers generated and inserted at a time: bounds memory
SCORE_CHUNK = 500  # customers scored per set of statements


def _table(row: type[Base]) -> Table:
    return cast(Table, row.__table__)


_STAFF = _table(StaffRow)
_STANDARDS = _table(StandardRow)
_CUSTOMERS = _table(CustomerRow)
_INTERACTIONS = _table(InteractionRow)
_PROMISES = _table(PromiseRow)
_BY_NAME = {
    "customer": _CUSTOMERS,
    "contact": _table(ContactRow),
    "tag": _table(TagRow),
    "interaction": _INTERACTIONS,
    "promise": _PROMISES,
    "claim": _table(ClaimRow),
    "request": _table(RequestRow),
    "feedback": _table(FeedbackRow),
    "money": _table(MoneyRow),
    "effort": _table(EffortRow),
    "decision": _table(DecisionRow),
}
_NOT_KINDS = ("contact", "tag")
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
            raise ValidationError("customers", "must not be negative")
        if interactions_per_customer < 0:
            raise ValidationError("interactions_per_customer", "must not be negative")
        day = today or self.now().date()
        rng = random.Random(seed)
        counts = {"staff": 0, "standard": 0} | {n: 0 for n in TABLES if n not in _NOT_KINDS}
        with self.transaction() as repo:
            session = repo.session
            # Rows with ids of its own, the id sequences moved past them: the owner's to do.
            require_owner(session, "load demo data")
            staff = _ensure_staff(session, day, counts)
            standards = _ensure_standards(session, day, counts)
            next_ids = {name: _max_id(session, table) + 1 for name, table in _BY_NAME.items()}
            del next_ids["tag"]
            first = next_ids["customer"]
            builder = Builder(rng, day, next_ids, staff, standards, interactions_per_customer)
            for done in range(0, customers, CHUNK):
                for _ in range(min(CHUNK, customers - done)):
                    builder.customer()
                _insert(session, builder.rows, counts)
            if customers:
                _refresh_summaries(session, first, first + customers - 1)
                # Scored as of the start of `day`, after every generated event: the same seed and
                # day give the same scores, whatever the clock says.
                _score(session, datetime.combine(day, time()), first, first + customers - 1)
            _advance_sequences(session)
        return DemoReport(counts)


def _score(session: Session, now: datetime, first: int, last: int) -> None:
    """Score history and list scores for the new customers, as everyday changes would leave."""
    context = ScoreContext(session, now)
    for start in range(first, last + 1, SCORE_CHUNK):
        ids = [CustomerId(i) for i in range(start, min(start + SCORE_CHUNK, last + 1))]
        context.rebuild_many(ids)


def _max_id(session: Session, table: Table) -> int:
    if "id" not in table.c:
        return 0
    return int(session.scalar(select(func.max(table.c.id))) or 0)


def _insert(
    session: Session, rows: dict[str, list[dict[str, Any]]], counts: dict[str, int]
) -> None:
    """One executemany per table, parents first; empties the lists for the next chunk."""
    connection = session.connection()
    for name in TABLES:
        batch = rows[name]
        if batch:
            connection.execute(insert(_BY_NAME[name]), batch)
            if name in counts:
                counts[name] += len(batch)
            rows[name] = []


def _advance_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from sequences, which explicit ids do not move; catch them up."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in (_STAFF, _STANDARDS, *_BY_NAME.values()):
        if "id" in table.c:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {table.name}))"
                )
            )


def _ensure_staff(session: Session, today: date, counts: dict[str, int]) -> list[StaffMember]:
    """The demo's own staff, created when missing: the demo's made-up interactions go to them
    only, never to a real person of the book (the one signed in on this computer)."""
    demo_names = [name for name, _email in txt.STAFF][:_DEMO_STAFF]
    query = select(_STAFF.c.id, _STAFF.c.name).order_by(_STAFF.c.id)
    found = [(r.id, r.name) for r in session.execute(query) if r.name in demo_names]
    taken = {name for _, name in found}
    stamp = datetime.combine(today - timedelta(days=800), time(9))
    new_id = _max_id(session, _STAFF) + 1
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
        session.connection().execute(insert(_STAFF), rows)
    counts["staff"] = len(rows)
    found += [(r["id"], r["name"]) for r in rows]
    biases = txt.STAFF_MOOD_BIAS
    return [StaffMember(i, name, biases[n % len(biases)]) for n, (i, name) in enumerate(found)]


def _ensure_standards(
    session: Session, today: date, counts: dict[str, int]
) -> list[StandardVersion]:
    """The standards on file; the demo catalogue when there are none."""
    if not _max_id(session, _STANDARDS):
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
        session.connection().execute(insert(_STANDARDS), rows)
        counts["standard"] = len(rows)
    s = _STANDARDS.c
    query = select(s.id, s.category, s.target_value, s.target_unit, s.valid_from, s.valid_until)
    return [StandardVersion(*r) for r in session.execute(query.order_by(s.id))]


def _refresh_summaries(session: Session, first: int, last: int) -> None:
    """The customer list's summary columns for customers first..last, set-based.

    Each UPDATE…FROM joins an aggregate over the new customers' rows; customers without
    interactions or open promises keep the 0 / NULL they were inserted with.
    """
    c, i, p = _CUSTOMERS.c, _INTERACTIONS.c, _PROMISES.c
    connection = session.connection()
    contacted = (
        select(i.customer_id, func.max(i.at).label("at"))
        .where(i.customer_id.between(first, last))
        .group_by(i.customer_id)
        .subquery()
    )
    connection.execute(
        update(_CUSTOMERS)
        .where(c.id == contacted.c.customer_id)
        .values(last_contact_at=contacted.c.at)
    )
    promised = (
        select(p.customer_id, func.count().label("n"), func.min(p.due).label("due"))
        .where(p.customer_id.between(first, last), p.status == PromiseStatus.OPEN)
        .group_by(p.customer_id)
        .subquery()
    )
    connection.execute(
        update(_CUSTOMERS)
        .where(c.id == promised.c.customer_id)
        .values(open_promises=promised.c.n, next_due=promised.c.due)
    )
