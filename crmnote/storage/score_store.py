"""Reading what the scores are computed from, and writing score history and list columns."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    Integer,
    String,
    Table,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from crmnote.domain.entities import ScorePoint
from crmnote.domain.scoring import ScoreState
from crmnote.domain.types import CustomerId, MoneyKind, PromiseStatus
from crmnote.storage.many_rows import insert_rows
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
    # how many sales with a known, positive value: the cost term waits for a few
    # (domain/evidence.py)
    sales: int = 0


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
    """What the scores of some customers are computed from, by customer, as plain column
    tuples (a long history holds thousands of records, the whole book more than a million):
    interactions (`Talk`), promises (`Pledge`), claims (id, raised_at, verdict, resolution,
    resolved_at, staff_id, text), requests (id, raised_at, kind, judgment, outcome,
    staff_id, text), money (id, at, kind, amount, rate, reference), feedback (id, at, kind,
    staff_id, text) and effort (at, minutes)."""

    talks: dict[CustomerId, list[Talk]]
    promises: dict[CustomerId, list[Pledge]]
    claims: dict[CustomerId, list[tuple[Any, ...]]]
    requests: dict[CustomerId, list[tuple[Any, ...]]]
    money: dict[CustomerId, list[tuple[Any, ...]]]
    feedback: dict[CustomerId, list[tuple[Any, ...]]]
    effort: dict[CustomerId, list[tuple[Any, ...]]]


# Some customers' ids as one expanding parameter: the statement is compiled once and cached,
# not coerced again for each of a chunk's 500 ids.
_IDS: Any = bindparam("ids", expanding=True)


def _by_customer(
    session: Session, table: Any, names: Sequence[str], ids: Sequence[CustomerId]
) -> dict[CustomerId, list[tuple[Any, ...]]]:
    """Columns of one table's rows of these customers, by customer, in one fetch; the
    columns named `*at` are read raw and parsed by `moment` (None stays None)."""
    times = [n == "at" or n.endswith("_at") for n in names]
    timed = table.name != "money" and any(times)  # money's `at` is a date
    columns = [
        _raw_time(table.c[n]) if timed and is_time else table.c[n]
        for n, is_time in zip(names, times, strict=True)
    ]
    out: dict[CustomerId, list[tuple[Any, ...]]] = defaultdict(list)
    rows = session.execute(select(table.c.customer_id, *columns)
                           .where(table.c.customer_id.in_(_IDS)), {"ids": ids}).all()  # fmt: skip
    if not timed:
        for row in rows:
            out[row[0]].append(tuple(row[1:]))
        return out
    at = [n for n, is_time in enumerate(times, 1) if is_time]
    for row in rows:
        values = list(row)
        for n in at:
            if values[n] is not None:
                values[n] = moment(values[n])
        out[values[0]].append(tuple(values[1:]))
    return out


def scored_rows_of(
    session: Session, customer_ids: Sequence[CustomerId], texts: bool = True
) -> Scored:
    """What the scores of these customers are computed from; without `texts`, interactions'
    summaries and promises' texts read as "" (a rebuild writes no reasons)."""
    ids = list(customer_ids)
    t: Any = InteractionRow.__table__
    p: Any = PromiseRow.__table__
    summary, pledge = (t.c.summary, p.c.text) if texts else (literal(""), literal(""))
    columns = (t.c.customer_id, t.c.id, _raw_time(t.c.at), t.c.staff_id, t.c.mood, summary,
               t.c.minutes)  # fmt: skip
    talks: dict[CustomerId, list[Talk]] = defaultdict(list)
    for cid, i, at, staff, mood, text, minutes in session.execute(
        select(*columns).where(t.c.customer_id.in_(_IDS)), {"ids": ids}
    ).all():
        talks[cid].append((i, moment(at), staff, mood, text, minutes))
    columns = (p.c.customer_id, p.c.id, p.c.status, p.c.due, p.c.resolved_at, p.c.made_by, pledge)
    promises: dict[CustomerId, list[Pledge]] = defaultdict(list)
    stmt = select(*columns).where(p.c.customer_id.in_(_IDS))
    for row in session.execute(stmt, {"ids": ids}).all():
        promises[row[0]].append(tuple(row[1:]))
    return Scored(
        talks,
        promises,
        _by_customer(session, _table("claim"), _CLAIM, ids),
        _by_customer(session, _table("request"), _REQUEST, ids),
        _by_customer(session, _table("money"), _MONEY_COLUMNS, ids),
        _by_customer(session, _table("feedback"), _FEEDBACK, ids),
        _by_customer(session, _table("effort"), ("at", "minutes"), ids),
    )


def _table(kind: str) -> Any:
    return ROW_BY_KIND[kind].__table__


_CLAIM = ("id", "raised_at", "verdict", "resolution", "resolved_at", "staff_id", "text")
_REQUEST = ("id", "raised_at", "kind", "judgment", "outcome", "staff_id", "text")
_MONEY_COLUMNS = ("id", "at", "kind", "amount", "rate", "reference")
_FEEDBACK = ("id", "at", "kind", "staff_id", "text")


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
        # as a rebuild counts sales (score_context.sales_by): those that added revenue
        func.count(case((MoneyRow.home_amount > 0, 1))),
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
        delete(ScoreHistoryRow).where(ScoreHistoryRow.customer_id.in_(_IDS)),
        {"ids": list(customer_ids)},
    )


# Core, built once: no ORM bookkeeping for 10,000s of rows, no statement made per logged record
_APPEND_HISTORY = insert(cast(Table, ScoreHistoryRow.__table__))


def append_history_many(session: Session, points: Sequence[ScorePoint]) -> None:
    if not points:
        return
    session.execute(
        _APPEND_HISTORY,
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


# A score history row as written: (customer, at, difficulty, trust, cause kind, cause id,
# state as JSON text).
HistoryRow = tuple[int, datetime, float, float, str, int, str]
_NO_STATE = "{}"  # the column's default: a point the chart shows, not one to continue from


def history_rows(
    customer_id: int,
    points: Sequence[tuple[datetime, float, float, str, int]],
    last_state: dict[str, float],
) -> list[HistoryRow]:
    """One customer's points (in order) as rows; only the newest keeps the running state."""
    rows = [(customer_id, at, d, t, kind, ref, _NO_STATE) for at, d, t, kind, ref in points]
    if rows:
        rows[-1] = (*rows[-1][:6], json.dumps(last_state))
    return rows


_SAMPLES = (datetime(2026, 1, 2, 3, 4, 5), datetime(987, 6, 5, 4, 3, 2, 10))


def _iso(at: datetime) -> str:
    return at.isoformat(" ", "microseconds")


def _fast(to_db: Any) -> Any:
    """The column type's bind processor, or `datetime.isoformat` where that writes the same
    text (SQLite's storage format, for naive times): a fifth of the processor's cost."""
    if all(to_db(at) == _iso(at) for at in _SAMPLES):
        return lambda at: at.isoformat(" ", "microseconds") if at.tzinfo is None else to_db(at)
    return to_db


def _mark(connection: Any) -> str:
    """The driver's positional parameter marker: sqlite3's qmark, psycopg's format."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


_HISTORY_COLUMNS = ("customer_id", "at", "difficulty", "trust", "cause_kind", "cause_id", "state")


def append_history_rows(session: Session, rows: Sequence[HistoryRow]) -> None:
    """Insert history rows through the driver's executemany: SQLAlchemy's processing of each
    row's parameters cost ten times what SQLite takes to insert it. Times are stored as the
    column's type stores them (its own bind processor)."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    table: Any = ScoreHistoryRow.__table__
    if dialect.name == "postgresql":  # one statement per chunk: storage/many_rows.py
        insert_rows(connection, table, [dict(zip(_HISTORY_COLUMNS, r, strict=True)) for r in rows])
        return
    to_db = table.c.at.type.dialect_impl(dialect).bind_processor(dialect)
    mark = _mark(connection)
    sql = (
        "INSERT INTO score_history (customer_id, at, difficulty, trust, cause_kind, cause_id, "
        f"state) VALUES ({', '.join([mark] * 7)})"
    )
    if to_db is not None:
        to_db = _fast(to_db)
        rows = [(c, to_db(at), d, t, k, i, s) for c, at, d, t, k, i, s in rows]
    connection.exec_driver_sql(sql, list(rows))


def set_scores_many(session: Session, scores: Sequence[tuple[CustomerId, float, float]]) -> None:
    if not scores:
        return
    connection = session.connection()  # the driver's executemany, as `append_history_rows`
    mark = _mark(connection)
    sql = f"UPDATE customers SET difficulty = {mark}, trust = {mark} WHERE id = {mark}"
    connection.exec_driver_sql(sql, [(d, t, cid) for cid, d, t in scores])


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
    return [_point(customer_id, moment(at), d, t, kind, cid) for at, d, t, kind, cid in rows]


_new = object.__new__
# Each field's slot, set directly: what the frozen dataclass's `__init__` does through
# `object.__setattr__`, a third of reading 12,000 points.
_SET = tuple(getattr(ScorePoint, f).__set__ for f in ScorePoint.__slots__)


def _point(
    customer_id: CustomerId, at: datetime, d: float, t: float, kind: str, cause: int
) -> ScorePoint:
    """`ScorePoint(customer_id=…, at=…, …)` without the frozen dataclass's `__init__`; the
    same object (tests/unit/storage/test_score_points.py)."""
    point = _new(ScorePoint)
    for put, value in zip(_SET, (customer_id, at, d, t, kind, cause, {}), strict=True):
        put(point, value)
    return point


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
