"""Finding customers and staff by what a person types (names matched in SQL), and the
book's first staff member."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmnote.storage.rows import CustomerRow, StaffRow


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally."""
    # SQLite refuses patterns over 50,000 bytes. No searched column holds more than 500
    # characters, so a needle cut to 1,000 matches exactly what the whole one would: nothing.
    text = text[:1000]
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def customers_named(session: Session, name: str) -> list[tuple[int, str]]:
    """Customers whose name is `name` (case-insensitive), else whose name contains it."""
    folded = name.strip().lower()
    same = func.lower(CustomerRow.name) == folded
    if _narrowed_by_like(session, folded):
        # SQLite's lower() here is Unicode-aware Python, called once per customer (tens of
        # ms over 100,000). LIKE folds ASCII case in C: it first keeps the few candidates.
        # Only ASCII letters and the Kelvin sign lower to ASCII, so for an ASCII name
        # without a k none is lost.
        escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        same = CustomerRow.name.like(escaped, escape="\\") & same
    exact = session.execute(select(CustomerRow.id, CustomerRow.name).where(same)).all()
    if exact:
        return [(r[0], r[1]) for r in exact]
    partial = session.execute(
        select(CustomerRow.id, CustomerRow.name)
        .where(CustomerRow.name.like(like_pattern(name.strip()), escape="\\"))
        .limit(10)
    ).all()
    return [(r[0], r[1]) for r in partial]


def _narrowed_by_like(session: Session, folded: str) -> bool:
    return (
        session.get_bind().dialect.name == "sqlite"
        and folded.isascii()
        and "k" not in folded
        and len(folded) <= 1000  # LIKE patterns stop at 50,000 bytes; names at 500 characters
    )


def staff_named(session: Session, name: str) -> list[int]:
    """Ids of the staff members whose name is `name` (case-insensitive)."""
    return list(
        session.scalars(select(StaffRow.id).where(func.lower(StaffRow.name) == name.lower()))
    )


def first_staff_id(session: Session) -> int | None:
    """The first staff member made (on first run): who records by default."""
    return session.scalar(select(StaffRow.id).order_by(StaffRow.id).limit(1))


def first_staff_uuid(session: Session) -> str | None:
    """The uuid of the first staff member made: it names the book for sync."""
    return session.scalar(select(StaffRow.uuid).order_by(StaffRow.id).limit(1))
