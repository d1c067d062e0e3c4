"""Many rows of one table inserted at once, their new ids returned in the order given.

On PostgreSQL through psycopg's own `executemany(..., returning=True)`: one short statement,
parsed once and prepared, sent for every row in one pipeline. SQLAlchemy's way for an
executemany with RETURNING ("insertmanyvalues") writes a statement of up to a thousand rows'
placeholders that psycopg parses anew each time (too long for its cache): most of the
client's time when a sync round writes 10,000 changes into a team book. Each value is
converted by its column type's bind processor as SQLAlchemy would, and the driver's errors
come wrapped as SQLAlchemy's, as every other statement's do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.exc import DBAPIError


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` (all with the same keys) into `table`. On SQLite through the driver's own
    executemany, each value converted by its column type's bind processor as SQLAlchemy
    would: SQLAlchemy's handling of each row's parameters costs more than SQLite's insert of
    the row. A processor sees each distinct value once (an import's rows share their times,
    status and kinds)."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return
    dialect = conn.dialect
    names = list(rows[0])
    converted: list[tuple[int, Any, dict[Any, Any]]] = [
        (i, processor, {})
        for i, n in enumerate(names)
        if (processor := table.c[n].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    values: list[Any] = [tuple(row.values()) for row in rows]
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


def inserted_ids(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert `rows` (all with the same keys) into `table` (an integer `id` made by the
    database); their ids, in the order of `rows`."""
    if not rows:
        return []
    if conn.dialect.name != "postgresql":
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return [int(i) for i in conn.execute(stmt, list(rows)).scalars()]
    dialect = conn.dialect
    names = list(rows[0])
    processors = [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    values = [
        tuple(
            v if p is None else p(v)
            for p, v in zip(processors, (row[n] for n in names), strict=True)
        )
        for row in rows
    ]
    columns = ", ".join(_quote(n) for n in names)
    marks = ", ".join("%s" for _ in names)
    sql = f"INSERT INTO {_quote(table.name)} ({columns}) VALUES ({marks}) RETURNING id"
    raw: Any = conn.connection.driver_connection
    ids: list[int] = []
    try:
        with raw.cursor() as cursor:
            cursor.executemany(sql, values, returning=True)
            while True:
                found = cursor.fetchone()
                ids.append(int(found[0]))
                if not cursor.nextset():
                    break
    except dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, values, exc, dialect.loaded_dbapi.Error) from exc
    return ids
