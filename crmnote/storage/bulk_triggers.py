"""Bulk inserts without per-row triggers: the derived tables filled once after the rows.

On SQLite every inserted customer, contact, tag or record runs its AFTER INSERT triggers: the
full-text search entry, the customer filter's text (rebuilt on every contact and tag, each time
feeding the trigram index) and sync's dirty mark. For an import of 100,000 customers that is
most of the writing. `indexes_after` drops those triggers for the duration of the inserts, then
does their work set-based over the rows added (one statement per derived table) and creates the
triggers again with the very SQL the book held, all in the caller's transaction: a rollback
restores them with everything else, so the book is never left without them. A trigger this
module does not know (a newer schema) leaves the triggers in place: correct, only slower.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.storage import filter_sources, search_sources

_SEARCH = {s.table: s for s in search_sources.SOURCES}
_TEXT_TRIGGERS = filter_sources.triggers()
# sync's dirty mark, as migrations 0011/0012 wrote it: one upsert per row.
_DIRTY = re.compile(
    r"CREATE TRIGGER (?P<name>\w+) AFTER INSERT ON (?P<table>\w+) BEGIN "
    r"(?P<insert>INSERT INTO sync_dirty \([\w, ]+\)) VALUES \((?P<values>.*)\) "
    r"(?P<upsert>ON CONFLICT \(kind, record_id\) DO UPDATE SET [^;]*); END",
    re.DOTALL,
)
_NEW = re.compile(r"\bnew\.", re.IGNORECASE)


def _dirty_fill(sql: str, table: str) -> str | None:
    """The dirty-mark trigger's upsert over every row added, or None if it is not one."""
    found = _DIRTY.fullmatch(sql.strip())
    if found is None or found["table"] != table:
        return None
    values = _NEW.sub("n.", found["values"])
    return (
        f"{found['insert']} SELECT {values} FROM {table} AS n WHERE n.rowid > :floor "
        f"{found['upsert']}"
    )


def _customers_added(table: str) -> str:
    """The customers whose filter text rows added to `table` change."""
    column = "id" if table == "customers" else "customer_id"
    return f"SELECT n.{column} FROM {table} AS n WHERE n.rowid > :floor_{table}"


class _Plan:
    """The AFTER INSERT triggers of some tables and the statements that replace them."""

    def __init__(self) -> None:
        self.triggers: dict[str, str] = {}  # name → CREATE TRIGGER as the book holds it
        self.fills: list[tuple[str, str]] = []  # (table whose floor binds :floor, statement)
        self.text_tables: list[str] = []  # tables whose rows change a customer's filter text


def _plan(session: Session, tables: Sequence[str]) -> _Plan | None:
    """What `indexes_after` would do, or None when a trigger is not one it knows."""
    names = {f"t{n}": table for n, table in enumerate(tables)}
    rows = session.execute(
        text(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
            f"AND tbl_name IN ({', '.join(':' + key for key in names)})"
        ),
        names,
    ).all()
    plan = _Plan()
    for name, table, sql in rows:
        if not re.search(r"\bAFTER INSERT ON\b", sql, re.IGNORECASE):
            continue
        plan.triggers[name] = sql
        source = _SEARCH.get(table)
        if source is not None and source.triggers().get(name) == sql:
            where = f" FROM {table} AS n WHERE n.rowid > :floor"
            plan.fills.append((table, source.insert("n") + where))
            continue
        if _TEXT_TRIGGERS.get(name) == sql:
            plan.text_tables.append(table)
            continue
        dirty = _dirty_fill(sql, table)
        if dirty is None:
            return None
        plan.fills.append((table, dirty))
    return plan


@contextmanager
def indexes_after(session: Session, tables: Sequence[str]) -> Iterator[None]:
    """Rows inserted into `tables` inside the block get their search entries, filter texts and
    dirty marks after it, set-based, as the triggers would have left them.

    Only rows added in the block (row ids above the largest before it) are filled; rows of
    these tables must not be updated or deleted meanwhile. Elsewhere than on SQLite, or with a
    trigger not known here, the triggers stay and do the work row by row.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    plan = _plan(session, tables)
    if plan is None or not plan.triggers:
        yield
        return
    floors = {
        t: int(session.execute(text(f"SELECT coalesce(max(rowid), 0) FROM {t}")).scalar_one())
        for t in tables
    }
    for name in plan.triggers:
        session.execute(text(f"DROP TRIGGER {name}"))
    try:
        yield
        for table, statement in plan.fills:
            session.execute(text(statement), {"floor": floors[table]})
        if plan.text_tables:
            _refresh_texts(session, plan.text_tables, floors)
    finally:
        _restore(session, plan.triggers)


def _refresh_texts(session: Session, tables: Sequence[str], floors: dict[str, int]) -> None:
    """Rewrite the filter text of every customer a row added to `tables` belongs to, once."""
    chosen = " UNION ".join(_customers_added(t) for t in tables)
    params = {f"floor_{t}": floors[t] for t in tables}
    session.execute(text(f"DELETE FROM customer_text WHERE id IN ({chosen})"), params)
    session.execute(
        text(f"{filter_sources.fill()} WHERE c.id IN ({chosen})"),
        params,
    )


def _restore(session: Session, triggers: dict[str, str]) -> None:
    """Create the triggers again as they were (those a rollback has not brought back)."""
    present = {
        name
        for (name,) in session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        )
    }
    for name, sql in triggers.items():
        if name not in present:
            session.execute(text(sql))
