"""What a book holds, table by table, as the models at the Alembic head describe it: the tables
a copy carries (every table of the models, parents first), read in primary-key order with
plain column types so that both back ends see the same values.

Everything else in a crmnote database is derived (the search index, the customer filter's
texts, FTS5's shadow tables: rebuilt from the copied rows) or Alembic's own bookkeeping. A
table that is neither is refused rather than silently left behind (`unknown_tables`).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, func, inspect, select
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import String, TypeDecorator, TypeEngine

from crmnote.storage import audit_rows as _audit_rows  # noqa: F401  (its tables in the metadata)
from crmnote.storage import rows as _rows  # noqa: F401  (every other table in the metadata)
from crmnote.storage.base import Base
from crmnote.storage.search_queries import is_search_table

BOOKKEEPING = frozenset({"alembic_version"})
# Which records were written since sync last looked: kept by triggers on the target as the
# copy writes (on PostgreSQL, where the load runs without them, marked at the end).
REMARKED = frozenset({"sync_dirty"})


def copied_tables() -> list[Table]:
    """Every table of the models, each after the tables it refers to."""
    return [t for t in Base.metadata.sorted_tables if t.name not in REMARKED]


def _plain(type_: TypeEngine[Any]) -> TypeEngine[Any]:
    """The stored type under a decorator (cents as integers, enums as text): a copy moves
    what is stored, and reading it never judges it."""
    return type_.impl_instance if isinstance(type_, TypeDecorator) else type_


_PLAIN = MetaData()


def plain(table: Table) -> Table:
    """`table` with its stored column types, no constraints (for reading and inserting)."""
    if table.name in _PLAIN.tables:
        return _PLAIN.tables[table.name]
    columns = [
        Column(c.name, _plain(c.type), primary_key=c.primary_key, autoincrement=False)
        for c in table.columns
    ]
    return Table(table.name, _PLAIN, *columns)


def is_derived(name: str) -> bool:
    """Tables rebuilt from the copied rows, and SQLite's own."""
    return is_search_table(name) or name.startswith("sqlite_") or name in REMARKED


def unknown_tables(conn: Connection) -> list[str]:
    """Tables in the database that are neither copied, derived nor Alembic's."""
    names = set(inspect(conn).get_table_names())
    copied = {t.name for t in copied_tables()}
    return sorted(
        n for n in names if n not in copied and n not in BOOKKEEPING and not is_derived(n)
    )


def row_counts(conn: Connection, tables: Sequence[Table] | None = None) -> dict[str, int]:
    """Rows per copied table."""
    return {
        t.name: int(conn.execute(select(func.count()).select_from(plain(t))).scalar_one())
        for t in tables or copied_tables()
    }


def _key(column: Column[Any], dialect: str) -> ColumnElement[Any]:
    """Primary-key order, text by code point on both back ends (SQLite compares bytes)."""
    if dialect == "postgresql" and isinstance(column.type, String):
        return column.collate("C")
    return column


def ordered_rows(conn: Connection, table: Table, batch: int) -> Generator[Sequence[Any]]:
    """The rows of `table` (plain types, the models' column order) in primary-key order,
    `batch` at a time; a server streams them from a cursor of its own.

    Read on the driver's own cursor, each value converted by its column type's result
    processor as SQLAlchemy would (only the columns that have one): its per-row result
    handling cost more than the reading itself when a whole book passes."""
    t = plain(table)
    dialect = conn.dialect
    query = select(t).order_by(*(_key(c, dialect.name) for c in t.primary_key.columns))
    sql = str(query.compile(dialect=dialect))
    raw: Any = conn.connection.driver_connection
    if dialect.name == "postgresql":  # a server-side cursor: fetched `batch` rows at a time
        cursor = raw.cursor(name=f"crmnote_copy_{table.name}")
        cursor.itersize = batch
    else:
        cursor = raw.cursor()
    try:  # a copy stopped half-way closes the cursor now, not at collection
        cursor.execute(sql)
        types = [c.type.dialect_impl(dialect) for c in t.columns]
        codes = [d[1] for d in cursor.description]
        processors = [
            (i, p)
            for i, (type_, code) in enumerate(zip(types, codes, strict=True))
            if (p := type_.result_processor(dialect, code)) is not None
        ]
        while rows := cursor.fetchmany(batch):
            yield converted(rows, processors) if processors else rows
    finally:
        cursor.close()


def converted(
    rows: Sequence[Sequence[Any]], processors: Sequence[tuple[int, Callable[[Any], Any]]]
) -> list[tuple[Any, ...]]:
    """`rows` with the value at each index converted by its processor."""
    out = []
    for row in rows:
        values = list(row)
        for i, process in processors:
            values[i] = process(values[i])
        out.append(tuple(values))
    return out
