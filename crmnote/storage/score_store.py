"""Score history and list columns: the running state read and written, the cost-to-serve
aggregates, the chart's points (what the scores are computed from: `scored_rows`)."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    bindparam,
    case,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from crmnote.domain.entities import ScorePoint
from crmnote.domain.scoring import ScoreState
from crmnote.domain.types import CustomerId, MoneyKind, PromiseStatus
from crmnote.storage.many_rows import insert_rows
from crmnote.storage.rows import (
    CustomerRow,
    EffortRow,
    InteractionRow,
    MoneyRow,
    PromiseRow,
    ScoreHistoryRow,
)
from crmnote.storage.scored_rows import IDS as _IDS
from crmnote.storage.scored_rows import same, time_parser

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
        # as a rebuild counts sales (score_sums.spent_as_of): those that added revenue
        func.count(case((MoneyRow.home_amount > 0, 1))),
    )
    .where(MoneyRow.customer_id == _CUSTOMER)
    .group_by(MoneyRow.kind)
)
_HISTORY: Any = ScoreHistoryRow.__table__
# On the table's columns: each logged record reads it, and the ORM's handling of a statement
# on the mapped attributes costs twice SQLAlchemy's Core handling of this one.
_LATEST = (
    select(_HISTORY.c.state, _HISTORY.c.id)
    .where(_HISTORY.c.customer_id == _CUSTOMER)
    .order_by(_HISTORY.c.at.desc(), _HISTORY.c.id.desc())
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
    found = latest(session, customer_id)
    return None if found is None else found[1]


def latest(
    session: Session, customer_id: CustomerId
) -> tuple[int, ScoreState, dict[str, Any]] | None:
    """The newest history row's id, the customer's running state and everything stored with
    it (the kept cost-to-serve sums, `score_sums.kept_sums`): one indexed row."""
    row = session.execute(_LATEST, {"customer_id": customer_id}).first()
    if row is None:
        return None
    data = json.loads(row[0])
    return row[1], ScoreState.from_dict(data), data


_SET_STATE = (
    update(ScoreHistoryRow)
    .where(ScoreHistoryRow.id == bindparam("row_id", type_=Integer))
    .values(state=bindparam("state", type_=String))
)


def set_state(session: Session, row_id: int, state: dict[str, Any]) -> None:
    """Replace the running state of one history row (the newest: a record with no score
    event changed the sums kept with it)."""
    session.execute(_SET_STATE, {"row_id": row_id, "state": json.dumps(state)})


def clear_history_of(session: Session, customer_ids: Sequence[CustomerId]) -> None:
    session.execute(
        delete(ScoreHistoryRow).where(ScoreHistoryRow.customer_id.in_(_IDS)),
        {"ids": list(customer_ids)},
    )


def clear_history(session: Session) -> bool:
    """Every customer's score history in one statement, before the whole book is rebuilt
    (SQLite empties a table with no WHERE and no triggers without visiting its rows); True
    when done. Only on SQLite, where the rebuild's transaction is the only writer: on a
    server another one may add a customer meanwhile, whose history must stay (False: nothing
    deleted, `clear_history_of` each chunk)."""
    if session.connection().dialect.name != "sqlite":
        return False
    session.execute(delete(ScoreHistoryRow))
    return True


# Core, built once: no ORM bookkeeping for 10,000s of rows, no statement made per logged record
_APPEND_HISTORY = insert(_HISTORY)


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
# state as JSON text); `at` as the column stores it (`time_writer`).
HistoryRow = tuple[int, Any, float, float, str, int, str]
_NO_STATE = "{}"  # the column's default: a point the chart shows, not one to continue from


def history_rows(
    customer_id: int,
    points: Sequence[tuple[datetime, float, float, str, int]],
    last_state: dict[str, float],
    to_db: Any,
) -> list[HistoryRow]:
    """One customer's points (in order) as rows with their times as `to_db` writes them
    (`time_writer`); only the newest keeps the running state."""
    slow = getattr(to_db, "otherwise", None)
    if slow is not None:  # `_Iso`: a naive time's text made here, without a call per point
        rows = [
            (customer_id, at.isoformat(" ", "microseconds") if at.tzinfo is None else slow(at),
             d, t, kind, ref, _NO_STATE)
            for at, d, t, kind, ref in points
        ]  # fmt: skip
    else:
        rows = [(customer_id, to_db(at), d, t, kind, ref, _NO_STATE)
                for at, d, t, kind, ref in points]  # fmt: skip
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
        return _Iso(to_db)
    return to_db


class _Iso:
    """`datetime.isoformat` for naive times, the bind processor `otherwise`."""

    __slots__ = ("otherwise",)

    def __init__(self, otherwise: Any) -> None:
        self.otherwise = otherwise

    def __call__(self, at: datetime) -> Any:
        return at.isoformat(" ", "microseconds") if at.tzinfo is None else self.otherwise(at)


def _mark(connection: Any) -> str:
    """The driver's positional parameter marker: sqlite3's qmark, psycopg's format."""
    return _mark_of(connection.dialect)


def _mark_of(dialect: Any) -> str:
    return "?" if dialect.paramstyle == "qmark" else "%s"


_HISTORY_COLUMNS = ("customer_id", "at", "difficulty", "trust", "cause_kind", "cause_id", "state")


def time_writer(session: Session) -> Any:
    """How score history's `at` goes to the driver: the column type's own bind processor
    (or what writes the same text faster), or the datetime itself where the type has none."""
    dialect = session.connection().dialect
    table: Any = ScoreHistoryRow.__table__
    to_db = table.c.at.type.dialect_impl(dialect).bind_processor(dialect)
    return same if to_db is None else _fast(to_db)


def append_history_rows(session: Session, rows: Sequence[HistoryRow]) -> None:
    """Insert history rows (`history_rows`) through the driver's executemany: SQLAlchemy's
    processing of each row's parameters cost ten times what SQLite takes to insert it."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":  # one statement per chunk: many_rows.py
        # (`at` as `time_writer` gave it: the column type has no bind processor there)
        table: Any = ScoreHistoryRow.__table__
        insert_rows(connection, table, [dict(zip(_HISTORY_COLUMNS, r, strict=True)) for r in rows])
        return
    mark = _mark(connection)
    sql = (
        "INSERT INTO score_history (customer_id, at, difficulty, trust, cause_kind, cause_id, "
        f"state) VALUES ({', '.join([mark] * 7)})"
    )
    connection.exec_driver_sql(sql, list(rows))


def set_scores_many(session: Session, scores: Sequence[tuple[CustomerId, float, float]]) -> None:
    if not scores:
        return
    connection = session.connection()  # the driver's executemany, as `append_history_rows`
    if connection.dialect.name == "postgresql":  # one statement: its triggers run once
        last = {cid: (d, t) for cid, d, t in scores}  # a customer given twice: the last
        ids = list(last)
        connection.exec_driver_sql(  # floats all (an array holds one type: 0 is an int)
            "UPDATE customers AS c SET difficulty = u.d, trust = u.t "
            "FROM unnest(%s::float8[], %s::float8[], %s::integer[]) AS u(d, t, id) "
            "WHERE c.id = u.id",
            ([_real(last[i][0]) for i in ids], [_real(last[i][1]) for i in ids], ids),
        )
        return
    mark = _mark(connection)
    sql = f"UPDATE customers SET difficulty = {mark}, trust = {mark} WHERE id = {mark}"
    connection.exec_driver_sql(sql, [(d, t, cid) for cid, d, t in scores])


def _real(value: float | None) -> float | None:
    return None if value is None else float(value)


def history(session: Session, customer_id: CustomerId) -> list[ScorePoint]:
    """One customer's points in time order, read through the driver's cursor in one fetch: a
    long history has 10,000 points and more, and SQLAlchemy's result rows cost more than the
    read (the same points as the ORM's, tests/unit/storage/test_score_points.py)."""
    connection = session.connection()
    cursor = connection.connection.cursor()
    try:
        cursor.execute(_history_sql(connection.dialect), (customer_id,))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    parse = time_parser(rows[0][0] if rows else None)  # `at` is never null
    new, put_customer, put_at, put_d, put_t, put_kind, put_cause, put_state = _new, *_SET
    points = []
    for at, d, t, kind, cause in rows:  # `_point`, unrolled: a call per field, none per point
        point = new(ScorePoint)
        put_customer(point, customer_id)
        put_at(point, parse(at))
        put_d(point, d)
        put_t(point, t)
        put_kind(point, kind)
        put_cause(point, cause)
        put_state(point, {})
        points.append(point)
    return points


@functools.lru_cache(maxsize=4)
def _history_sql(dialect: Any) -> str:
    return (
        "SELECT at, difficulty, trust, cause_kind, cause_id FROM score_history "
        f"WHERE customer_id = {_mark_of(dialect)} ORDER BY at, id"
    )


_new = object.__new__
# Each field's slot, set directly: what the frozen dataclass's `__init__` does through
# `object.__setattr__`, a third of reading 12,000 points.
_SET = tuple(getattr(ScorePoint, f).__set__ for f in ScorePoint.__slots__)


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
