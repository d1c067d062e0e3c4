"""Many records of one kind written and read back at once (sync applying a batch of records it
has never had: the calls logged on a laptop, arriving at the team book; capture looking at many
records written here: a book just copied to a server)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select
from sqlalchemy.orm import Session

from crmnote.domain.sync.change import Op
from crmnote.storage import sync_store as store
from crmnote.storage.among import among, dialect_of
from crmnote.storage.book_tables import plain
from crmnote.storage.many_rows import inserted_ids
from crmnote.storage.rows import ContactRow, TagRow
from crmnote.storage.sync_records import (
    QUIET,
    Ids,
    _references,
    _writable,
    state_of_row,
    table_of,
)
from crmnote.storage.sync_rows import SYNCED_TABLES

CHUNK = 500
KINDS = tuple(SYNCED_TABLES)  # every kind of record sync carries


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
        for start in range(0, len(positions), CHUNK):
            part = positions[start : start + CHUNK]
            found = inserted_ids(session.connection(), t, [rows[n][1] for n in part])
            made |= dict(zip(part, found, strict=True))
    for n, (record_uuid, _values) in enumerate(rows):
        ids.remember(kind, record_uuid, made[n])
        out.append(made[n])
    return out


def read_states(
    session: Session, kind: str, record_ids: Sequence[int], ids: Ids
) -> dict[int, dict[str, Any]]:
    """The states of records of one kind (not customers: their contacts are apart), by id;
    the uuids of the records they name looked up at once."""
    table = table_of(kind)
    rows = read_rows(session, kind, record_ids)
    know_references(kind, list(rows.values()), ids)
    return {record_id: state_of_row(table, row, ids) for record_id, row in rows.items()}


def created_rows(
    record_uuid: str,
    kind: str,
    state: dict[str, Any],
    change_uuid: str,
    hlc: str,
    device: str,
    author: str | None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The change-log row and the shadow row of a record created here with `state`: what
    `append` and `shadow_row` write for its create (every field from nothing, no parents),
    made without the Change and its FieldChanges (a bulk writer's 100,000 records)."""
    change = {
        "change_uuid": change_uuid,
        "record_uuid": record_uuid,
        "kind": kind,
        "op": Op.CREATE.value,
        "hlc": hlc,
        "device": device,
        "author": author,
        "fields": store.dumps({name: [None, value] for name, value in state.items()}),
        "parents": "[]",
        "resolves": "[]",
        "source": None,
    }
    return change, store.shadow_row(record_uuid, kind, state, (change_uuid,))


def inserted_customers(
    rows: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]], ids: Ids
) -> list[tuple[str, dict[str, Any]]] | None:
    """(uuid, state) of customers just inserted, made from the values they were inserted with
    (each row's columns with its `id` and `uuid`, and its contacts and tags as the state
    holds them) instead of read back: what `state_from_row` gives for their rows. None when
    the values do not make the whole state (a column the database fills, a time with a zone
    the database would convert, a row without its uuid): then they must be read back."""
    table = table_of("customer")
    names = [c.name for c in table.columns if c.name not in QUIET]
    for row, _parts in rows:
        if not row.get("uuid") or any(n not in row for n in names):
            return None
        if any(isinstance(row[n], datetime) and row[n].tzinfo is not None for n in names):
            return None
    know_references("customer", [row for row, _ in rows], ids)
    return [
        (str(row["uuid"]), state_of_row(table, {n: row[n] for n in names}, ids) | dict(parts))
        for row, parts in rows
    ]


def read_rows(session: Session, kind: str, record_ids: Sequence[int]) -> dict[int, Any]:
    """The rows (mappings of all their columns, as `read_state` reads them) of the records of
    one kind that are there among `record_ids`, by id."""
    stmt = _rows_by_ids(kind, dialect_of(session))
    out: dict[int, Any] = {}
    for start in range(0, len(record_ids), CHUNK):
        part = {"ids": list(record_ids[start : start + CHUNK])}
        result = session.execute(stmt, part)
        names = tuple(result.keys())
        # plain dicts: a RowMapping builds its keys again on every `items()` (capture asks
        # each row once for all its columns)
        for values in result:
            row = dict(zip(names, values, strict=True))
            out[int(row["id"])] = row
    return out


@lru_cache(maxsize=64)
def _rows_by_ids(kind: str, dialect: str) -> Any:
    """Built once per kind: capture reads every logged record through it."""
    t = plain(table_of(kind))
    return select(t).where(among(t.c.id, "ids", dialect))


def know_references(kind: str, rows: Sequence[Any], ids: Ids) -> None:
    """Look up at once the uuids of the records these rows of `kind` name, and learn theirs."""
    for name, target in _references(table_of(kind)).items():
        ids.preload_uuids(target, {r[name] for r in rows if r[name] is not None})
    ids.know(kind, {int(r["id"]): r["uuid"] for r in rows})


def customer_parts(session: Session, customer_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The contacts (in order) and tags (sorted) of many customers, by id, as `read_state`
    gives them."""
    contacts_of, tags_of = _parts_statements()
    out: dict[int, dict[str, Any]] = {i: {"contacts": [], "tags": []} for i in customer_ids}
    for start in range(0, len(customer_ids), CHUNK):
        part = {"ids": list(customer_ids[start : start + CHUNK])}
        for customer_id, kind, value, label in session.execute(contacts_of, part):
            out[customer_id]["contacts"].append([kind, value, label])
        for customer_id, tag in session.execute(tags_of, part):
            out[customer_id]["tags"].append(tag)
    for parts in out.values():
        parts["tags"].sort()
    return out


@lru_cache(maxsize=1)
def _parts_statements() -> tuple[Any, Any]:
    """Built once, with the ids as one expanding parameter (compiled once, cached)."""
    c = plain(cast(Table, ContactRow.__table__))
    t = plain(cast(Table, TagRow.__table__))
    ids: Any = bindparam("ids", expanding=True)
    contacts = (
        select(c.c.customer_id, c.c.kind, c.c.value, c.c.label)
        .where(c.c.customer_id.in_(ids))
        .order_by(c.c.customer_id, c.c.position, c.c.id)
    )
    return contacts, select(t.c.customer_id, t.c.tag).where(t.c.customer_id.in_(ids))


def records_in_batches(
    session: Session, kind: str, size: int = CHUNK, after: int | None = None
) -> Iterator[list[tuple[int, str | None]]]:
    """Every record of `kind` (with an id above `after`, if given) as (id, uuid), in id order,
    `size` at a time (a book just filled by a copy, or the records a bulk writer added,
    looked at whole by capture)."""
    t = plain(table_of(kind))
    while True:
        stmt = select(t.c.id, t.c.uuid).order_by(t.c.id).limit(size)
        if after is not None:
            stmt = stmt.where(t.c.id > after)
        found = [(int(i), u) for i, u in session.execute(stmt)]
        if not found:
            return
        yield found
        after = found[-1][0]


def count_records(session: Session, kinds: Sequence[str]) -> int:
    """How many records of these kinds the book holds."""
    return sum(
        int(session.execute(select(func.count()).select_from(plain(table_of(k)))).scalar_one())
        for k in kinds
    )
