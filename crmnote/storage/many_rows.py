"""Many rows of one table inserted at once (their new ids returned in the order given).

On PostgreSQL as one short statement per chunk of rows, the values of each column sent as one
array, in binary (psycopg's text form of an array escapes every element with a regular
expression: fifteen times the client's time): `INSERT … SELECT … FROM unnest($1::integer[],
$2::text[], …) WITH ORDINALITY … ORDER BY ordinality RETURNING id`, prepared once by psycopg.
Two things it saves over a statement per row (psycopg's executemany, used before): the
client's per-row work in the driver (each row dumped, sent and answered on its own), and the
server's: the tables' statement-level triggers (the search index, the change notifications,
the role checks) run once per chunk on the chunk's rows instead of once per row. Over
SQLAlchemy's multi-row `VALUES (…), (…)` it saves the parsing of a statement of a thousand
rows' placeholders that psycopg's cache cannot keep. The ids are given by the sequence in the
statement's row order (the ORDER BY), so the rows' ids sorted are theirs in the order given —
what SQLAlchemy's own "sort by parameter order" relies on for PostgreSQL. Each value is
converted by its column type's bind processor as SQLAlchemy would, and the driver's errors
come wrapped as SQLAlchemy's, as every other statement's do. On SQLite (in-process, no
statement-level triggers) the driver's own executemany; `inserted_ids` SQLAlchemy's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Float, Numeric, String, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeDecorator

CHUNK = 1000  # rows per statement on PostgreSQL


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def inserted_ids(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert `rows` (all with the same keys) into `table` (an integer `id` made by the
    database); their ids, in the order of `rows`."""
    if not rows:
        return []
    if conn.dialect.name != "postgresql":
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return [int(i) for i in conn.execute(stmt, list(rows)).scalars()]
    return _unnest(conn, table, rows, returning=True)


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` (all with the same keys) into `table`, nothing read back."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        _unnest(conn, table, rows, returning=False)
    elif conn.dialect.name == "sqlite":
        _sqlite_many(conn, table, rows)
    else:
        conn.execute(insert(table), list(rows))


def _sqlite_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """SQLite: the driver's own executemany, each value converted by its column type's bind
    processor as SQLAlchemy would (SQLAlchemy's handling of each row's parameters costs more
    than SQLite's insert of the row). A processor sees each distinct value once (an import's
    rows share their times, status and kinds)."""
    dialect = conn.dialect
    names = list(rows[0])
    converted: list[tuple[int, Any, dict[Any, Any]]] = [
        (i, processor, {})
        for i, n in enumerate(names)
        if (processor := table.c[n].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    take = itemgetter(*names)
    values: list[Any] = (
        [take(row) for row in rows] if len(names) > 1 else [(take(r),) for r in rows]
    )
    if converted:
        values = [list(v) for v in values]
        for i, processor, seen in converted:
            for v in values:
                value = v[i]
                try:
                    v[i] = seen[value]
                except KeyError:
                    v[i] = seen[value] = processor(value)
                except TypeError:  # not hashable: converted every time
                    v[i] = processor(value)
        values = [tuple(v) for v in values]
    marks = ", ".join("?" for _ in names)
    sql = f"INSERT INTO {_quote(table.name)} ({', '.join(map(_quote, names))}) VALUES ({marks})"
    conn.exec_driver_sql(sql, values)


def upsert_rows_pg(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], keys: tuple[str, ...]
) -> None:
    """PostgreSQL: insert `rows` (all with the same keys, no two with the same `keys`), or
    update the other columns of those whose `keys` are there."""
    if rows:
        _unnest(conn, table, rows, returning=False, keys=keys)


def _unnest(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    returning: bool,
    keys: tuple[str, ...] = (),
) -> list[int]:
    dialect = conn.dialect
    names = tuple(rows[0])
    sql = _statement(dialect, table, names, returning, keys)
    processors = _processors(dialect, table, names)
    raw: Any = conn.connection.driver_connection
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        part = rows[start : start + CHUNK]
        columns = [
            [row[n] for row in part] if p is None else [p(row[n]) for row in part]
            for n, p in zip(names, processors, strict=True)
        ]
        try:
            with raw.cursor() as cursor:
                cursor.execute(sql, columns, prepare=True)
                if returning:
                    found = sorted(int(r[0]) for r in cursor.fetchall())
                    if len(found) != len(part):  # cannot be: one id per row inserted
                        raise RuntimeError(f"{table.name}: {len(found)} ids for {len(part)} rows")
                    ids += found
        except dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(sql, columns, exc, dialect.loaded_dbapi.Error) from exc
    return ids


@lru_cache(maxsize=64)
def _statement(
    dialect: Dialect, table: Table, names: tuple[str, ...], returning: bool, keys: tuple[str, ...]
) -> str:
    """The INSERT … SELECT … FROM unnest(…) of these columns (… ON CONFLICT (keys) DO UPDATE
    when keys are given), built once."""
    arrays = ", ".join(f"%b::{_array_of(dialect, table.c[n].type)}[]" for n in names)
    columns = ", ".join(_quote(n) for n in names)
    sql = (
        f"INSERT INTO {_quote(table.name)} ({columns}) SELECT {columns} FROM unnest({arrays}) "
        f"WITH ORDINALITY AS v({columns}, crmnote_row) ORDER BY crmnote_row"
    )
    if keys:
        changed = ", ".join(f"{_quote(n)} = excluded.{_quote(n)}" for n in names if n not in keys)
        sql += f" ON CONFLICT ({', '.join(_quote(k) for k in keys)}) DO UPDATE SET {changed}"
    return sql + (" RETURNING id" if returning else "")


def _array_of(dialect: Dialect, type_: Any) -> str:
    """The element type of a column's array: its own, but text for strings of any length (a
    cast to varchar(n) would cut a value that is too long; the insert refuses it)."""
    impl = type_.dialect_impl(dialect)
    if isinstance(impl, TypeDecorator):
        impl = impl.impl_instance
    if isinstance(impl, String):
        return "text"
    return str(impl.compile(dialect=dialect))


@lru_cache(maxsize=64)
def _processors(dialect: Dialect, table: Table, names: tuple[str, ...]) -> tuple[Any, ...]:
    """Per column: its type's bind processor, and for numbers with a fraction the values made
    of one Python type (psycopg dumps no array of ints and floats mixed: a quantity 2 beside
    a quantity 2.5)."""
    out: list[Callable[[Any], Any] | None] = []
    for name in names:
        type_ = table.c[name].type.dialect_impl(dialect)
        bind = type_.bind_processor(dialect)
        impl = type_.impl_instance if isinstance(type_, TypeDecorator) else type_
        if isinstance(impl, Float):
            out.append(_then(bind, _as(float)))
        elif isinstance(impl, Numeric):
            out.append(_then(bind, _as(Decimal)))
        else:
            out.append(bind)
    return tuple(out)


def _as(kind: type) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        return value if value is None or type(value) is kind else kind(value)

    return convert


def _then(first: Callable[[Any], Any] | None, then: Callable[[Any], Any]) -> Callable[[Any], Any]:
    if first is None:
        return then
    return lambda value: then(first(value))
