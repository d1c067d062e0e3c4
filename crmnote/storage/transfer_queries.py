"""What imports and exports read: the names and contacts a row is matched against, the
interactions a book already holds, whether a book is still empty, its staff by name."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Row, delete, func, select
from sqlalchemy.orm import Session

from crmnote.domain.types import ContactKind
from crmnote.storage.rows import ROW_BY_KIND, ContactRow, CustomerRow, InteractionRow, StaffRow


def customer_names(session: Session) -> Iterator[Row[int, str]]:
    """(id, name) of every customer, as column tuples (fast on 100k customers)."""
    return iter(session.execute(select(CustomerRow.id, CustomerRow.name)))


def customer_names_and_companies(session: Session) -> Iterator[Row[int, str, str]]:
    """(id, name, company) of every customer."""
    stmt = select(CustomerRow.id, CustomerRow.name, CustomerRow.company)
    return iter(session.execute(stmt))


def contact_values(session: Session) -> Iterator[Row[int, ContactKind, str]]:
    """(customer id, email or phone, value) of every contact point."""
    stmt = select(ContactRow.customer_id, ContactRow.kind, ContactRow.value)
    return iter(session.execute(stmt))


def staff_names(session: Session) -> Iterator[Row[int, str]]:
    """(id, name) of every staff member."""
    return iter(session.execute(select(StaffRow.id, StaffRow.name)))


def staff_by_folded_name(session: Session) -> dict[str, int]:
    """Staff ids by lowercased name (the last of a shared name)."""
    found = session.execute(select(func.lower(StaffRow.name), StaffRow.id)).all()
    return {str(name): sid for name, sid in found}


def delete_all_staff(session: Session) -> None:
    """Remove every staff member: a whole export brings the book's own (with their ids)."""
    session.execute(delete(StaffRow))


def is_empty(session: Session) -> bool:
    """No record of any kind but staff members (a new database has its first-run staff member)."""
    for kind, row in ROW_BY_KIND.items():
        if kind != "staff" and session.scalar(select(func.count()).select_from(row)):
            return False
    return True


def recorded_interactions(
    session: Session, customer_ids: Sequence[int], chunk: int
) -> set[tuple[Any, ...]]:
    """(("db", customer id), at, channel, direction, minutes, summary, notes) of every
    interaction of these customers, read `chunk` customers per IN (...) list."""
    table = InteractionRow
    cols = (table.customer_id, table.at, table.channel, table.direction, table.minutes)
    known: set[tuple[Any, ...]] = set()
    for start in range(0, len(customer_ids), chunk):
        stmt = select(*cols, table.summary, table.notes)
        rows = session.execute(
            stmt.where(table.customer_id.in_(customer_ids[start : start + chunk]))
        )
        known.update((("db", r[0]), *r[1:]) for r in rows)
    return known
