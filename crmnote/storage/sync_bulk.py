"""Many new records of one kind written and read back at once (sync applying a batch of
records it has never had: the calls logged on a laptop, arriving at the team book)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from crmnote.storage.book_tables import plain
from crmnote.storage.sync_records import Ids, _writable, state_of_row, table_of

CHUNK = 500


def insert_many(
    session: Session, kind: str, rows: Sequence[tuple[str, dict[str, Any]]], ids: Ids
) -> list[int]:
    """Insert the rows (uuid, column values) in the order given; their new local ids."""
    t = _writable(table_of(kind))
    out: list[int] = []
    groups: dict[tuple[str, ...], list[int]] = {}
    for n, (_uuid, values) in enumerate(rows):
        groups.setdefault(tuple(sorted(values)), []).append(n)
    made: dict[int, int] = {}
    for positions in groups.values():
        stmt = insert(t).returning(t.c.id, sort_by_parameter_order=True)
        for start in range(0, len(positions), CHUNK):
            part = positions[start : start + CHUNK]
            found = session.execute(stmt, [rows[n][1] for n in part]).scalars().all()
            made |= dict(zip(part, (int(i) for i in found), strict=True))
    for n, (record_uuid, _values) in enumerate(rows):
        ids.remember(kind, record_uuid, made[n])
        out.append(made[n])
    return out


def read_states(
    session: Session, kind: str, record_ids: Sequence[int], ids: Ids
) -> dict[int, dict[str, Any]]:
    """The states of records of one kind (not customers: their contacts are apart), by id."""
    table = table_of(kind)
    t = plain(table)
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(record_ids), CHUNK):
        stmt = select(t).where(t.c.id.in_(record_ids[start : start + CHUNK]))
        for row in session.execute(stmt).mappings():
            out[int(row["id"])] = state_of_row(table, row, ids)
    return out
