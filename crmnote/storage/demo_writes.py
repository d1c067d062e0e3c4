"""What the demo generator writes around the services: rows with ids of their own, one
executemany per table; the list's summary columns set-based; the id sequences caught up."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, cast

from sqlalchemy import Row, Table, func, select, text, update
from sqlalchemy.orm import Session

from crmnote.domain.types import PromiseStatus
from crmnote.storage import many_rows
from crmnote.storage.base import Base
from crmnote.storage.bulk_triggers import indexes_after
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


def _table(row: type[Base]) -> Table:
    return cast(Table, row.__table__)


_STAFF = _table(StaffRow)
_STANDARDS = _table(StandardRow)
_CUSTOMERS = _table(CustomerRow)
_INTERACTIONS = _table(InteractionRow)
_PROMISES = _table(PromiseRow)
# The tables the generator fills per customer, by the name its rows go under.
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
_ALL = {"staff": _STAFF, "standard": _STANDARDS, **_BY_NAME}


def max_id(session: Session, name: str) -> int:
    """The highest id of a table (`staff`, `standard` or one of the generated ones), 0 for none."""
    table = _ALL[name]
    if "id" not in table.c:
        return 0
    return int(session.scalar(select(func.max(table.c.id))) or 0)


def next_ids(session: Session) -> dict[str, int]:
    """The first free id of every generated table that has ids (all but tags)."""
    ids = {name: max_id(session, name) + 1 for name in _BY_NAME}
    del ids["tag"]
    return ids


def derived_after(session: Session) -> AbstractContextManager[None]:
    """The generated tables' search entries, filter texts and sync marks written once after the
    rows inserted in the block (storage/bulk_triggers.py), not by a trigger per row."""
    return indexes_after(session, [t.name for t in _BY_NAME.values()])


def insert_rows(session: Session, name: str, rows: Sequence[dict[str, Any]]) -> None:
    """One executemany of rows (ids included) into a table, by the name of its rows (the
    driver's own: storage/many_rows.py); the columns' Python defaults (a uuid each) filled in
    first, as SQLAlchemy's executemany fills them."""
    table = _ALL[name]
    if rows:
        missing = [c for c in table.columns if c.default is not None and c.name not in rows[0]]
        for column in missing:
            default = cast(Any, column.default)
            if default.is_scalar:
                for row in rows:
                    row[column.name] = default.arg
            else:  # a callable, which SQLAlchemy hands the execution context
                for row in rows:
                    row[column.name] = default.arg(None)
    many_rows.insert_rows(session.connection(), table, rows)


def staff(session: Session) -> list[Row[int, str]]:
    """(id, name) of every staff member, by id."""
    query = select(_STAFF.c.id, _STAFF.c.name).order_by(_STAFF.c.id)
    return list(session.execute(query))


def standard_versions(session: Session) -> list[Row[Any, Any, Any, Any, Any, Any]]:
    """(id, category, target value, target unit, valid from, valid until) of every standard
    version, by id."""
    s = _STANDARDS.c
    query = select(s.id, s.category, s.target_value, s.target_unit, s.valid_from, s.valid_until)
    return list(session.execute(query.order_by(s.id)))


def refresh_summaries(session: Session, first: int, last: int) -> None:
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


def advance_sequences(session: Session) -> None:
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
