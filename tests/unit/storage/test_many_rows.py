"""Many rows inserted at once with their new ids (storage/many_rows.py): on PostgreSQL one
statement per chunk of rows (arrays unnested), on SQLite through SQLAlchemy; the same ids in
the order given on both, values converted by their column types, the driver's refusals as
SQLAlchemy's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import cast

import pytest
from sqlalchemy import Table, select
from sqlalchemy.exc import DataError, IntegrityError

from crmnote.bootstrap import open_database
from crmnote.domain.sync.change import Op
from crmnote.storage import many_rows
from crmnote.storage.many_rows import insert_rows, inserted_ids, upsert_rows_pg
from crmnote.storage.sync_records import _writable, table_of
from crmnote.storage.sync_rows import SyncChangeRow, SyncShadowRow

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


@pytest.mark.parametrize("kind", KINDS)
def test_rows_beyond_one_statement_keep_their_order_and_values(
    place: Callable[[str], str], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(many_rows, "CHUNK", 3)  # PostgreSQL: three statements for 7 rows
    opened = open_database(place(kind))
    staff = _writable(table_of("staff"))
    rows = [
        {"name": f"Member {n}", "email": "" if n % 3 else f"m{n}@x.test", "active": n % 2 == 0}
        | WHEN
        for n in range(7)
    ]
    try:
        with opened.engine.connect() as conn, conn.begin():
            ids = inserted_ids(conn, staff, rows)
            stored = {
                r.id: (r.name, r.email, r.active, r.created_at)
                for r in conn.execute(select(staff).where(staff.c.id.in_(ids)))
            }
        assert ids == sorted(ids) and len(set(ids)) == 7
        assert [stored[i] for i in ids] == [
            (r["name"], r["email"], r["active"], r["created_at"]) for r in rows
        ]
    finally:
        opened.close()


@pytest.mark.parametrize("kind", KINDS)
def test_a_value_too_long_is_refused_not_cut(place: Callable[[str], str], kind: str) -> None:
    """The arrays are sent as text, whatever the column's length: the insert itself refuses a
    value too long for the column (PostgreSQL; SQLite keeps any length)."""
    opened = open_database(place(kind))
    changes = cast(Table, SyncChangeRow.__table__)
    row = {
        "change_uuid": "x" * 40,  # the column holds 36
        "record_uuid": "0192f0c8-3a1b-7000-8000-000000000001",
        "kind": "customer",
        "op": Op.CREATE,
        "hlc": "0192f0c83a1b7.0000.dev",
        "device": "dev",
        "author": None,
        "fields": "{}",
        "parents": "[]",
        "resolves": "[]",
        "source": None,
    }
    try:
        with opened.engine.connect() as conn:
            if kind == "postgresql":
                with pytest.raises(DataError), conn.begin():
                    insert_rows(conn, changes, [row])
            else:
                with conn.begin():
                    insert_rows(conn, changes, [row])
            with conn.begin():
                stored = conn.execute(
                    select(changes.c.change_uuid, changes.c.op).where(
                        changes.c.record_uuid == row["record_uuid"]
                    )
                ).all()
        assert stored == ([] if kind == "postgresql" else [("x" * 40, Op.CREATE)])
    finally:
        opened.close()


@pytest.mark.postgres
def test_upsert_inserts_new_rows_and_updates_the_others(place: Callable[[str], str]) -> None:
    opened = open_database(place("postgresql"))
    shadows = cast(Table, SyncShadowRow.__table__)

    def row(n: int, state: str | None) -> dict[str, object]:
        uuid = f"0192f0c8-3a1b-7000-8000-00000000000{n}"
        return {"record_uuid": uuid, "kind": "customer", "state": state, "heads": f'["{n}"]'}

    try:
        with opened.engine.connect() as conn, conn.begin():
            upsert_rows_pg(conn, shadows, [row(1, '{"a":1}'), row(2, None)], ("record_uuid",))
            upsert_rows_pg(conn, shadows, [row(2, '{"b":2}'), row(3, None)], ("record_uuid",))
            stored = dict(
                conn.execute(
                    select(shadows.c.record_uuid, shadows.c.state).where(
                        shadows.c.record_uuid.like("0192f0c8-3a1b-7000-8000-%")
                    )
                ).all()
            )
        assert sorted(stored.items()) == [
            (row(1, None)["record_uuid"], '{"a":1}'),
            (row(2, None)["record_uuid"], '{"b":2}'),
            (row(3, None)["record_uuid"], None),
        ]
    finally:
        opened.close()


@pytest.mark.parametrize("kind", KINDS)
def test_whole_and_fractional_numbers_mix_in_one_column(
    place: Callable[[str], str], kind: str
) -> None:
    """A quantity 2 beside a quantity 2.5 (sync states come from JSON): one statement takes
    both (psycopg dumps no array of ints and floats mixed)."""
    opened = open_database(place(kind))
    customers = _writable(table_of("customer"))
    blank = {"company": "", "address": "", "notes": "", "source": "", "status": "active"}
    scores = [(2, 2.5), (None, 1), (3.25, 0)]
    rows = [
        {"name": f"C{n}", "difficulty": d, "trust": t, "open_promises": 0, **blank, **WHEN}
        for n, (d, t) in enumerate(scores)
    ]
    try:
        with opened.engine.connect() as conn, conn.begin():
            ids = inserted_ids(conn, customers, rows)
            stored = dict(
                conn.execute(
                    select(customers.c.id, customers.c.difficulty).where(customers.c.id.in_(ids))
                ).all()
            )
        assert [stored[i] for i in ids] == [2.0, None, 3.25]
    finally:
        opened.close()
