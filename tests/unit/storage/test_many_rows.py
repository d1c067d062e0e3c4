"""Many rows inserted at once with their new ids (storage/many_rows.py): on PostgreSQL through
psycopg's executemany with RETURNING, on SQLite through SQLAlchemy; the same ids in the order
given on both, values converted by their column types, the driver's refusals as SQLAlchemy's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from crmnote.bootstrap import open_database
from crmnote.storage.many_rows import inserted_ids
from crmnote.storage.sync_records import _writable, table_of

WHEN = {
    "created_at": datetime(2026, 11, 2, 10, 0, 5, 250),
    "updated_at": datetime(2026, 11, 2, 10, 0),
}
KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.mark.parametrize("kind", KINDS)
def test_the_ids_come_back_in_the_order_given(place: Callable[[str], str], kind: str) -> None:
    opened = open_database(place(kind))
    staff = _writable(table_of("staff"))
    rows = [{"name": f"Member {n}", "email": "", "active": n % 2 == 0, **WHEN} for n in range(7)]
    try:
        with opened.engine.connect() as conn, conn.begin():
            first = max(conn.execute(select(staff.c.id)).scalars(), default=0)
            ids = inserted_ids(conn, staff, rows)
            again = inserted_ids(conn, staff, rows[:1])
            stored = dict(
                conn.execute(select(staff.c.id, staff.c.name).where(staff.c.id > first)).all()
            )
            active = conn.execute(select(staff.c.active).where(staff.c.id.in_(ids))).scalars()
            assert sorted(active) == sorted(r["active"] for r in rows)
            made = conn.execute(select(staff.c.created_at).where(staff.c.id == ids[0])).scalar()
            assert made == WHEN["created_at"]
            assert inserted_ids(conn, staff, []) == []
        assert ids == sorted(ids) and len(set(ids)) == 7 and ids[0] > first
        assert again[0] > ids[-1]
        assert [stored[i] for i in ids] == [r["name"] for r in rows]
    finally:
        opened.close()


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_row_is_sqlalchemy_s_error_and_writes_nothing(
    place: Callable[[str], str], kind: str
) -> None:
    opened = open_database(place(kind))
    staff = _writable(table_of("staff"))
    rows = [
        {"name": "Fine", "email": "", "active": True, **WHEN},
        {"name": None, "email": "", "active": True, **WHEN},
    ]
    try:
        with opened.engine.connect() as conn:
            with conn.begin():
                before = len(conn.execute(select(staff.c.id)).all())
            with pytest.raises(IntegrityError), conn.begin():
                inserted_ids(conn, staff, rows)
            with conn.begin():
                assert len(conn.execute(select(staff.c.id)).all()) == before
    finally:
        opened.close()
