"""Reading what the scores are computed from, and writing score history and list columns."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    bindparam,
    delete,
    func,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from crmnote.domain.entities import ScorePoint
from crmnote.domain.kinds import KINDS
from crmnote.domain.scoring import ScoreState
from crmnote.domain.types import CustomerId, MoneyKind, PromiseStatus
from crmnote.storage.repository import field_names
from crmnote.storage.rows import (
    ROW_BY_KIND,
    CustomerRow,
    EffortRow,
    InteractionRow,
    MoneyRow,
    PromiseRow,
    ScoreHistoryRow,
)

SCORED_KINDS = ("interaction", "promise", "claim", "request", "money", "feedback")


@dataclass(frozen=True)
class Totals:
    """Minutes spent on a customer and money they brought (home currency), for cost to serve.

    `unconverted`: amounts in another currency with no rate, left out of `money`.
    """

    minutes: int
    money: dict[MoneyKind, Decimal]
    unconverted: int = 0
    sales: int = 0  # how many sales: the cost term waits for a few (domain/evidence.py)


def _records(session: Session, kind: str, where: Any) -> list[Any]:
    """Domain records of one kind, built from their columns in one fetch (as `to_domain`)."""
    table: Any = ROW_BY_KIND[kind].__table__
    names = field_names(kind)
    entity = KINDS[kind].entity
    out = []
    for row in session.execute(select(*(table.c[n] for n in names)).where(where)).all():
        values = dict(zip(names, row, strict=True))
        values["uuid"] = values["uuid"] or ""  # as `to_domain` gives it
        out.append(entity(**values))
    return out


def _raw_time(column: Any) -> Any:
    """A timestamp column as the driver gives it: SQLAlchemy's parsing of SQLite's text costs
    more than the read itself for 10,000s of rows; `moment` parses it."""
    return type_coerce(column, String)


def moment(value: str | datetime) -> datetime:
    """A timestamp read by `_raw_time`: SQLite's ISO text, or the server's datetime."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


# An interaction as the scores read it: (id, at, staff_id, mood, summary, minutes).
Talk = tuple[int, datetime, int | None, int | None, str, int]
# A promise as the scores read it: (id, status, due, resolved_at, made_by, text).
Pledge = tuple[int, PromiseStatus, date | None, datetime | None, int | None, str]


@dataclass(frozen=True)
class Scored:
    """What the scores of some customers are computed from, by customer: interactions and
    promises as plain tuples (a long history holds thousands of them, the whole book more than
    a million), the other scored records and effort as domain records."""

    talks: dict[CustomerId, list[Talk]]
    promises: dict[CustomerId, list[Pledge]]
    others: dict[CustomerId, list[Any]]


def scored_rows_of(session: Session, customer_ids: Sequence[CustomerId]) -> Scored:
    """What the scores of these customers are computed from."""
    t: Any = InteractionRow.__table__
    columns = (t.c.customer_id, t.c.id, _raw_time(t.c.at), t.c.staff_id, t.c.mood, t.c.summary,
               t.c.minutes)  # fmt: skip
    talks: dict[CustomerId, list[Talk]] = defaultdict(list)
    for cid, i, at, staff, mood, text, minutes in session.execute(
        select(*columns).where(t.c.customer_id.in_(customer_ids))
    ):
        talks[CustomerId(cid)].append((i, moment(at), staff, mood, text, minutes))
    p: Any = PromiseRow.__table__
    columns = (p.c.customer_id, p.c.id, p.c.status, p.c.due, p.c.resolved_at, p.c.made_by, p.c.text)
    promises: dict[CustomerId, list[Pledge]] = defaultdict(list)
    for row in session.execute(select(*columns).where(p.c.customer_id.in_(customer_ids))):
        promises[CustomerId(row[0])].append(tuple(row[1:]))
    others: dict[CustomerId, list[Any]] = defaultdict(list)
    for kind in (*SCORED_KINDS, "effort"):
        if kind not in ("interaction", "promise"):
            table: Any = ROW_BY_KIND[kind].__table__
            for record in _records(session, kind, table.c.customer_id.in_(customer_ids)):
                others[CustomerId(record.customer_id)].append(record)
    return Scored(talks, promises, others)


# Statements run on every logged record, built once: building a statement costs more Python
# than SQLite takes to run it.
_CUSTOMER: Any = bindparam("customer_id", type_=Integer)
_SPENT = select(
    select(func.coalesce(func.sum(InteractionRow.minutes), 0))
    .where(InteractionRow.customer_id == _CUSTOMER)
    .scalar_subquery()
    + select(func.coalesce(func.sum(EffortRow.minutes), 0))
    .where(EffortRow.customer_id == _CUSTOMER)
    .scalar_subquery()
)
_MONEY = (
    select(
        MoneyRow.kind,
        func.sum(MoneyRow.home_amount),
        func.count(MoneyRow.id) - func.count(MoneyRow.home_amount),
        func.count(),
    )
    .where(MoneyRow.customer_id == _CUSTOMER)
    .group_by(MoneyRow.kind)
)
_LATEST = (
    select(ScoreHistoryRow.state)
    .where(ScoreHistoryRow.customer_id == _CUSTOMER)
    .order_by(ScoreHistoryRow.at.desc(), ScoreHistoryRow.id.desc())
    .limit(1)
)


def totals(session: Session, customer_id: CustomerId) -> Totals:
    """Indexed aggregates over one customer's interactions, effort and money."""
    spent = session.scalar(_SPENT, {"customer_id": customer_id})
    money: dict[MoneyKind, Decimal] = {k: Decimal(0) for k in MoneyKind}
    unconverted = 0
    counts: dict[MoneyKind, int] = {}
    rows = session.execute(_MONEY, {"customer_id": customer_id})
    for kind, amount, n, count in rows:  # home amounts summed in cents, read back as Decimal
        money[MoneyKind(kind)] = amount or Decimal(0)
        unconverted += int(n or 0)
        counts[MoneyKind(kind)] = int(count)
    return Totals(int(spent or 0), money, unconverted, counts.get(MoneyKind.SALE, 0))


def latest_state(session: Session, customer_id: CustomerId) -> ScoreState | None:
    text = session.scalar(_LATEST, {"customer_id": customer_id})
    return None if text is None else ScoreState.from_dict(json.loads(text))


def clear_history_of(session: Session, customer_ids: Sequence[CustomerId]) -> None:
    session.execute(
        delete(ScoreHistoryRow).where(ScoreHistoryRow.customer_id.in_(list(customer_ids)))
    )


def append_history_many(session: Session, points: Sequence[ScorePoint]) -> None:
    if not points:
        return
    table: Any = ScoreHistoryRow.__table__  # Core: no ORM bookkeeping for 10,000s of rows
    session.execute(
        insert(table),
        [
            {
                "customer_id": p.customer_id,
                "at": p.at,
                "difficulty": p.difficulty,
                "trust": p.trust,
                "cause_kind": p.cause_kind,
                "cause_id": p.cause_id,
                "state": json.dumps(p.state),
            }
            for p in points
        ],
    )


def set_scores_many(session: Session, scores: Sequence[tuple[CustomerId, float, float]]) -> None:
    if not scores:
        return
    table: Any = CustomerRow.__table__
    session.execute(
        update(table).where(table.c.id == bindparam("cid")),
        [{"cid": cid, "difficulty": d, "trust": t} for cid, d, t in scores],
    )


def history(session: Session, customer_id: CustomerId) -> list[ScorePoint]:
    rows = session.execute(
        select(
            _raw_time(ScoreHistoryRow.at),
            ScoreHistoryRow.difficulty,
            ScoreHistoryRow.trust,
            ScoreHistoryRow.cause_kind,
            ScoreHistoryRow.cause_id,
        )
        .where(ScoreHistoryRow.customer_id == customer_id)
        .order_by(ScoreHistoryRow.at, ScoreHistoryRow.id)
    ).all()  # one fetch: a long history has 10,000 points and more
    return [
        ScorePoint(
            customer_id=customer_id,
            at=moment(at),
            difficulty=d,
            trust=t,
            cause_kind=kind,
            cause_id=cid,
        )
        for at, d, t, kind, cid in rows
    ]


def history_of_customers(session: Session, customer_ids: Sequence[int]) -> tuple[ScorePoint, ...]:
    """The score history of some customers, by customer, then in time order."""
    rows = session.scalars(
        select(ScoreHistoryRow)
        .where(ScoreHistoryRow.customer_id.in_(list(customer_ids)))
        .order_by(ScoreHistoryRow.customer_id, ScoreHistoryRow.at, ScoreHistoryRow.id)
    )
    return tuple(
        ScorePoint(
            customer_id=CustomerId(h.customer_id),
            at=h.at,
            difficulty=h.difficulty,
            trust=h.trust,
            cause_kind=h.cause_kind,
            cause_id=h.cause_id,
        )
        for h in rows
    )


def set_scores(
    session: Session, customer_id: CustomerId, difficulty: float | None, trust: float | None
) -> None:
    session.execute(_SET_SCORES, {"cid": customer_id, "difficulty": difficulty, "trust": trust})
    forget(session, customer_id, "difficulty", "trust")


_CUSTOMERS: Any = CustomerRow.__table__
_SET_SCORES = (
    update(_CUSTOMERS)
    .where(_CUSTOMERS.c.id == bindparam("cid"))
    .values(difficulty=bindparam("difficulty"), trust=bindparam("trust"))
)


def forget(session: Session, customer_id: CustomerId, *columns: str) -> None:
    """After a Core update: a customer the session holds reads these columns afresh."""
    held = session.identity_map.get(identity_key(CustomerRow, customer_id))
    if held is not None:
        session.expire(held, list(columns))


def customers_falling_overdue(
    session: Session, first_due: date, last_due: date
) -> list[CustomerId]:
    """Customers with an open promise due from `first_due` to `last_due` (both included)."""
    stmt = (
        select(PromiseRow.customer_id)
        .where(
            PromiseRow.status == PromiseStatus.OPEN,
            PromiseRow.due >= first_due,
            PromiseRow.due <= last_due,
        )
        .distinct()
        .order_by(PromiseRow.customer_id)
    )
    return [CustomerId(i) for i in session.scalars(stmt)]


def customer_ids(session: Session) -> list[CustomerId]:
    return [CustomerId(i) for i in session.scalars(select(CustomerRow.id).order_by(CustomerRow.id))]


def last_change(session: Session, customer_id: CustomerId) -> datetime | None:
    return session.scalar(
        select(func.max(ScoreHistoryRow.at)).where(ScoreHistoryRow.customer_id == customer_id)
    )
