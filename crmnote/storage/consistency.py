"""Running the logical checks: find the offending rows of each, mend them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from crmnote.storage import derived_postgres, filter_sources, search_sources
from crmnote.storage.consistency_rules import (
    SCORES,
    Check,
    cross_customer_checks,
    reference_checks,
    rules,
    summaries,
)
from crmnote.storage.rows import ROW_BY_KIND

# Ids bound per statement: well under SQLite's limit on variables.
CHUNK = 500
# Table → record kind, for the change log and the Changes value.
_KIND_OF = {row.__tablename__: kind for kind, row in ROW_BY_KIND.items()}

# In the order they are mended: references first (deleting an orphan settles the checks of its
# rows), the search index and list columns after the rows they mirror, scores, then the
# customer filter: no other mend writes what it mirrors (names, contacts, tags), and its index
# probe takes the write lock, held until the end of a `find`: best last.
CHECKS: tuple[Check, ...] = (
    *reference_checks(),
    *cross_customer_checks(),
    *rules(),
    *search_sources.checks(),
    *summaries(),
    *SCORES,
    *filter_sources.checks(),
)
# The same on PostgreSQL, in the same order: its spellings, its search index and filter
# (migration 0008). The filter's GIN index is the server's to keep (no FTS5 integrity probe).
POSTGRES_CHECKS: tuple[Check, ...] = (
    *reference_checks("postgresql"),
    *cross_customer_checks("postgresql"),
    *rules("postgresql"),
    *derived_postgres.search_checks(),
    *summaries("postgresql"),
    *SCORES,
    *derived_postgres.filter_checks(),
)


def offending(session: Session, check: Check) -> list[tuple[int, int | None]]:
    """(row id, customer id or None) of the rows `check` finds."""
    if check.probe:
        if session.get_bind().dialect.name != "sqlite":
            return []  # FTS5's own checks
        if session.execute(text("PRAGMA query_only")).scalar():
            return []  # FTS5's check is spelled as a write: a read-only book cannot run it
        try:
            with session.begin_nested():
                session.execute(text(check.find))
        except OperationalError:
            raise  # locked, disk full, …: the environment, not a finding
        except DatabaseError:
            return [(0, None)]
        return []
    return [(int(r[0]), r[1]) for r in session.execute(text(check.find))]


def mend(session: Session, check: Check, row_ids: Sequence[int]) -> None:
    """Run the check's statements over the rows found (those without `:ids` run once)."""
    for stmt in check.fix:
        if ":ids" not in stmt:
            session.execute(text(stmt))
            continue
        bound = text(stmt).bindparams(bindparam("ids", expanding=True))
        for start in range(0, len(row_ids), CHUNK):
            session.execute(bound, {"ids": list(row_ids[start : start + CHUNK])})


def broken_references(session: Session) -> list[tuple[str, int, str]]:
    """(table, row id, parent table) of every row `PRAGMA foreign_key_check` lists (none on
    PostgreSQL, which enforces every foreign key in every transaction)."""
    if session.get_bind().dialect.name != "sqlite":
        return []
    return [(r[0], r[1], r[2]) for r in session.execute(text("PRAGMA foreign_key_check"))]


__all__ = ["CHECKS", "POSTGRES_CHECKS", "Check", "broken_references", "mend", "offending"]


def kind_of_table(table: str) -> str:
    """The record kind a checked table holds; contacts, tags and the derived tables are the
    customer's."""
    return _KIND_OF.get(table, "customer")
