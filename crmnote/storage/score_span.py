"""Reading what the whole book's scores are computed from, one range of customers at a time.

A rebuild of every customer reads a million rows: each chunk of customers is one range of every
table's customer index (no id to bind per customer), read through the driver's cursor, each
column converted as its type converts it (an enum by a look-up), without SQLAlchemy's result
rows. What it gives is what `scored_rows.scored_rows_of(..., texts=False)` gives
(tests/unit/services/test_rescore_all.py)."""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.orm import Session

from crmnote.domain.types import CustomerId
from crmnote.storage.base import EnumText
from crmnote.storage.scored_rows import (
    CLAIM_COLUMNS,
    FEEDBACK_COLUMNS,
    MONEY_COLUMNS,
    REQUEST_COLUMNS,
    TEXTS,
    Pledge,
    Scored,
    Talk,
    moment,
    same,
    table_of,
    time_parser,
)

_SPAN_TALK = ("id", "at", "staff_id", "mood", "minutes")
_SPAN_PLEDGE = ("id", "status", "due", "resolved_at", "made_by")


def scored_span(session: Session, first: CustomerId, last: CustomerId) -> Scored:
    """`scored_rows_of` of every customer from `first` to `last` (both included), without
    the records' free texts (read as "")."""
    connection = session.connection()
    read = functools.partial(_span_rows, connection, (first, last))
    # the two long tables converted inline, column by column (no list per row)
    talks: dict[CustomerId, list[Talk]] = defaultdict(list)
    rows = read("interaction", _SPAN_TALK, convert=False)
    parse = time_parser(rows[0][2] if rows else None)  # `at` is never null
    for cid, i, at, staff, mood, minutes in rows:
        talks[cid].append((i, parse(at), staff, mood, "", minutes))
    promises: dict[CustomerId, list[Pledge]] = defaultdict(list)
    columns = table_of("promise").c
    status_of = _converter(connection.dialect, columns.status.type)
    due_of = _converter(connection.dialect, columns.due.type) or same
    for cid, i, status, due, resolved_at, by in read("promise", _SPAN_PLEDGE, convert=False):
        promises[cid].append((
            i,
            status_of(status),
            None if due is None else due_of(due),
            None if resolved_at is None else moment(resolved_at),
            by,
            "",
        ))  # fmt: skip
    return Scored(
        talks,
        promises,
        _grouped(read("claim", CLAIM_COLUMNS)),
        _grouped(read("request", REQUEST_COLUMNS)),
        _grouped(read("money", MONEY_COLUMNS)),
        _grouped(read("feedback", FEEDBACK_COLUMNS)),
        _grouped(read("effort", ("at", "minutes"))),
    )


def _grouped(rows: list[tuple[Any, ...]]) -> dict[CustomerId, list[tuple[Any, ...]]]:
    out: dict[CustomerId, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        out[row[0]].append(row[1:])
    return out


def _span_rows(
    connection: Any,
    span: tuple[int, int],
    kind: str,
    names: tuple[str, ...],
    convert: bool = True,
) -> list[tuple[Any, ...]]:
    """(customer_id, *names) of one table's rows of the customers in `span`, converted (or
    as the driver gives them)."""
    sql, converters = _span_statement(connection.dialect, kind, names)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, span)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    if not converters or not convert:
        return rows  # type: ignore[no-any-return]
    out = []
    for row in rows:
        values = list(row)
        for n, converted in converters:
            if values[n] is not None:
                values[n] = converted(values[n])
        out.append(tuple(values))
    return out


@functools.lru_cache(maxsize=32)
def _span_statement(
    dialect: Any, kind: str, names: tuple[str, ...]
) -> tuple[str, tuple[tuple[int, Any], ...]]:
    table = table_of(kind)
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    columns = ", ".join("''" if n in TEXTS else quote(n) for n in ("customer_id", *names))
    sql = (
        f"SELECT {columns} FROM {quote(table.name)} "
        f"WHERE {quote('customer_id')} BETWEEN {mark} AND {mark}"
    )
    found = (
        (n, _converter(dialect, table.c[name].type))
        for n, name in enumerate(names, 1)
        if name not in TEXTS
    )
    return sql, tuple((n, c) for n, c in found if c is not None)


def _converter(dialect: Any, column_type: Any) -> Any:
    """What turns a column's non-null value as the driver gives it into what SQLAlchemy would
    give: a member of an enum by a look-up, a time by `moment`, else the type's own processor."""
    if isinstance(column_type, EnumText):
        enum = column_type.enum
        members = enum._value2member_map_

        def member(value: Any) -> Any:
            found = members.get(value)
            return enum(value) if found is None else found

        return member
    if isinstance(column_type, DateTime):
        return moment
    return column_type.dialect_impl(dialect).result_processor(dialect, None)
