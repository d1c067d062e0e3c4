"""Records as sync sees them: one JSON-ready state per record, references as uuids, read from
and written to any record table through its columns (so a column added later syncs too)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    MetaData,
    Table,
    bindparam,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from crmnote.domain.money import converted
from crmnote.domain.reasons import Kind, say
from crmnote.domain.sync.identity import new_uuid
from crmnote.storage.among import among, dialect_of
from crmnote.storage.base import Base
from crmnote.storage.book_tables import plain
from crmnote.storage.rows import AttachmentDataRow, ContactRow, TagRow
from crmnote.storage.sync_rows import SYNCED_TABLES

# Columns that are this copy's own bookkeeping or derived from other columns or records, never
# synced: a money row's home amount follows from its amount and rate (set in row_values), so
# two copies changing the amount and the rate apart cannot leave it at a third value.
QUIET = frozenset(
    {"id", "uuid", "updated_at", "version", "updated_by", "home_amount"}
    | {"difficulty", "trust", "last_contact_at", "open_promises", "next_due"}
)
KIND_OF_TABLE = {table: kind for kind, table in SYNCED_TABLES.items()}
# Columns naming a record without a foreign key: a standard's series is its first version.
_LOOSE_REFERENCES = {("standards", "series_id"): "standard"}
# An evidence file's bytes (docs/sync.md, "Evidence files"): never part of its state (so not of
# its shadow, nor of the old and new values of a later edit); the change that creates or
# restores it carries them once, base64, under this field.
BYTES = "data"


_WRITING = MetaData()


def _writable(table: Table) -> Table:
    """`table` with its stored column types and a generated id (for inserts)."""
    if table.name not in _WRITING.tables:
        columns = [
            Column(c.name, _stored_type(c.type), primary_key=c.primary_key) for c in table.columns
        ]
        Table(table.name, _WRITING, *columns)
    return _WRITING.tables[table.name]


def _stored_type(type_: Any) -> Any:
    return type_.impl_instance if isinstance(type_, TypeDecorator) else type_


def table_of(kind: str) -> Table:
    return Base.metadata.tables[SYNCED_TABLES[kind]]


@lru_cache(maxsize=32)
def _references(table: Table) -> dict[str, str]:
    refs = {
        c.name: KIND_OF_TABLE[next(iter(c.foreign_keys)).column.table.name]
        for c in table.columns
        if c.foreign_keys and next(iter(c.foreign_keys)).column.table.name in KIND_OF_TABLE
    }
    refs |= {col: kind for (t, col), kind in _LOOSE_REFERENCES.items() if t == table.name}
    return refs


def uuid_of(session: Session, kind: str, record_id: int | None) -> str | None:
    if record_id is None:
        return None
    return session.execute(_uuid_by_id(kind), {"_id": record_id}).scalar()


@lru_cache(maxsize=64)
def _uuid_by_id(kind: str) -> Any:
    """Built once per kind: capture asks it for the author of every logged record."""
    t = plain(table_of(kind))
    return select(t.c.uuid).where(t.c.id == bindparam("_id"))


@lru_cache(maxsize=64)
def _uuids_by_ids(kind: str, dialect: str) -> Any:
    t = plain(table_of(kind))
    return select(t.c.id, t.c.uuid).where(among(t.c.id, "ids", dialect))


@lru_cache(maxsize=64)
def _ids_by_uuids(kind: str, dialect: str) -> Any:
    t = plain(table_of(kind))
    return select(t.c.uuid, t.c.id).where(among(t.c.uuid, "uuids", dialect))


def id_of(session: Session, kind: str, record_uuid: str | None) -> int | None:
    if record_uuid is None:
        return None
    t = plain(table_of(kind))
    found = session.execute(select(t.c.id).where(t.c.uuid == record_uuid)).scalar()
    return None if found is None else int(found)


class Ids:
    """Local ids by uuid and uuids by local id, of any kind, remembered for one transaction's
    reads and writes (a batch of changes names the same customers and staff again and again)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[tuple[str, str], int | None] = {}
        self._uuids: dict[tuple[str, int], str | None] = {}

    def id_of(self, kind: str, record_uuid: str | None) -> int | None:
        if record_uuid is None:
            return None
        key = (kind, record_uuid)
        if key not in self._ids:
            self._ids[key] = id_of(self._session, kind, record_uuid)
        return self._ids[key]

    def uuid_of(self, kind: str, record_id: int | None) -> str | None:
        if record_id is None:
            return None
        key = (kind, record_id)
        if key not in self._uuids:
            self._uuids[key] = uuid_of(self._session, kind, record_id)
        return self._uuids[key]

    def preload(self, kind: str, record_uuids: Iterable[str]) -> None:
        """Look up many uuids of one kind at once (those not there: None)."""
        wanted = sorted({u for u in record_uuids if (kind, u) not in self._ids})
        stmt = _ids_by_uuids(kind, dialect_of(self._session))
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            found: dict[str, int] = dict(self._session.execute(stmt, {"uuids": part}).all())
            for u in part:
                local = found.get(u)
                self.remember(kind, u, None if local is None else int(local))

    def preload_uuids(self, kind: str, record_ids: Iterable[int]) -> None:
        """Look up the uuids of many records of one kind at once. Only uuids found are kept: a
        record without one yet may get one later in the transaction (`read_state`)."""
        wanted = sorted({i for i in record_ids if (kind, i) not in self._uuids})
        stmt = _uuids_by_ids(kind, dialect_of(self._session))
        for start in range(0, len(wanted), 500):
            found = self._session.execute(stmt, {"ids": wanted[start : start + 500]})
            self.know(kind, {int(i): u for i, u in found})

    def know(self, kind: str, uuids: dict[int, str | None]) -> None:
        """Uuids of records of one kind, by id, as read (those without one are left out)."""
        for record_id, record_uuid in uuids.items():
            if record_uuid and (kind, record_id) not in self._uuids:
                self._uuids[(kind, record_id)] = record_uuid

    def remember(self, kind: str, record_uuid: str, record_id: int | None) -> None:
        self._ids[(kind, record_uuid)] = record_id
        if record_id is not None:
            self._uuids[(kind, record_id)] = record_uuid

    def forget(self, kind: str, record_uuid: str, record_id: int | None) -> None:
        self._ids[(kind, record_uuid)] = None
        if record_id is not None:
            self._uuids.pop((kind, record_id), None)


def preload_references(kind: str, states: Iterable[dict[str, Any]], ids: Ids) -> None:
    """Look up at once the local ids of the records these states of `kind` name (by uuid)."""
    states = list(states)
    for name, target in _references(table_of(kind)).items():
        ids.preload(target, {u for s in states if isinstance(u := s.get(name), str)})


def _plain_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def read_state(
    session: Session, kind: str, record_id: int, ids: Ids | None = None
) -> tuple[str, dict[str, Any]] | None:
    """(uuid, state) of a record, or None when it is gone; a row without a uuid gets one.
    `ids` remembers the uuids of records referred to, for several reads in a row."""
    ids = ids or Ids(session)
    row = session.execute(_select(table_of(kind).name), {"_id": record_id}).mappings().first()
    if row is None:
        return None
    return state_from_row(session, kind, row, ids, lambda: _customer_parts(session, record_id))


def state_from_row(
    session: Session, kind: str, row: Any, ids: Ids, parts: Callable[[], dict[str, Any]]
) -> tuple[str, dict[str, Any]]:
    """`read_state` of a row read already (a mapping of all its columns); `parts` gives a
    customer's contacts and tags."""
    table = table_of(kind)
    record_uuid = row["uuid"]
    if not record_uuid:  # written around the models (plain SQL): it gets its identity now
        record_uuid = new_uuid()
        t = plain(table)
        session.execute(update(t).where(t.c.id == row["id"]).values(uuid=record_uuid))
    state = state_of_row(table, row, ids)
    if kind == "customer":
        state |= parts()
    return record_uuid, state


def state_of_row(table: Table, row: Any, ids: Ids) -> dict[str, Any]:
    """A row (a mapping of its columns) as sync sees it: JSON-ready, references as uuids."""
    refs = _references(table)
    state: dict[str, Any] = {}
    for name, value in row.items():
        if name in QUIET:
            continue
        if name in refs:
            state[name] = ids.uuid_of(refs[name], value)
        else:
            state[name] = _plain_value(value)
    return state


def _customer_parts(session: Session, customer_id: int) -> dict[str, Any]:
    c = plain(cast(Table, ContactRow.__table__))
    contacts = session.execute(
        select(c.c.kind, c.c.value, c.c.label)
        .where(c.c.customer_id == customer_id)
        .order_by(c.c.position, c.c.id)
    ).all()
    t = plain(cast(Table, TagRow.__table__))
    tags = session.scalars(select(t.c.tag).where(t.c.customer_id == customer_id)).all()
    return {"contacts": [list(x) for x in contacts], "tags": sorted(tags)}


def _stored(table: Table, name: str, value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    parse = _parsers(table).get(name)
    return value if parse is None else parse(value)


@lru_cache(maxsize=32)
def _parsers(table: Table) -> dict[str, Callable[[str], Any]]:
    """How a state's ISO text is stored, by column (times and dates), looked up once."""
    out: dict[str, Callable[[str], Any]] = {}
    for column in table.columns:
        if isinstance(column.type, DateTime):
            out[column.name] = datetime.fromisoformat
        elif isinstance(column.type, Date):
            out[column.name] = date.fromisoformat
    return out


class MissingReference(Exception):
    """A record names another this copy does not have (yet): `kind` and `uuid` say which."""

    def __init__(self, message: str, kind: str, uuid: str) -> None:
        super().__init__(message)
        self.kind, self.uuid = kind, uuid


class Incomplete(Exception):
    """A record whose changes so far do not give every field it must have."""


def write_state(
    session: Session,
    kind: str,
    record_uuid: str,
    state: dict[str, Any],
    now: datetime,
    by: int | None = None,
    ids: Ids | None = None,
) -> int:
    """Insert or update the record to `state` (references by uuid); returns its local id.
    An update is a new version of the record (a form opened on the old one is told), saved
    by `by` (the local staff id of the change's author)."""
    ids = ids or Ids(session)
    table = table_of(kind)
    t = _writable(table)
    values, record_id = row_values(kind, record_uuid, state, now, by, ids)
    if record_id is None:
        stmt = _insert(table.name, tuple(sorted(values)))
        record_id = int(session.execute(stmt, values).scalar_one())
        ids.remember(kind, record_uuid, record_id)
    else:
        session.execute(_update(table.name, tuple(sorted(values))), {**values, "_id": record_id})
    if kind == "standard" and not values.get("series_id"):
        session.execute(update(t).where(t.c.id == record_id).values(series_id=record_id))
    if kind == "customer":
        _write_customer_parts(session, record_id, state)
    if kind == "attachment" and state.get(BYTES):
        _write_bytes(session, record_id, state)
    return record_id


def attachment_bytes(session: Session, record_id: int) -> str | None:
    """An evidence file's bytes as a change carries them (base64), None when they are gone."""
    d = plain(cast(Table, AttachmentDataRow.__table__))
    data = session.execute(select(d.c.data).where(d.c.attachment_id == record_id)).scalar()
    return None if data is None else base64.b64encode(data).decode("ascii")


def holding_bytes(session: Session, record_uuids: Iterable[str]) -> set[str]:
    """The evidence files among these uuids whose bytes this book holds."""
    a = plain(table_of("attachment"))
    d = plain(cast(Table, AttachmentDataRow.__table__))
    wanted = sorted(set(record_uuids))
    out: set[str] = set()
    for start in range(0, len(wanted), 500):
        found = session.execute(
            select(a.c.uuid)
            .join(d, d.c.attachment_id == a.c.id)
            .where(a.c.uuid.in_(wanted[start : start + 500]))
        )
        out |= {str(u) for u in found.scalars()}
    return out


def _write_bytes(session: Session, record_id: int, state: dict[str, Any]) -> None:
    """Keep the bytes a change brought, unless this copy has them (they never change)."""
    d = plain(cast(Table, AttachmentDataRow.__table__))
    if session.execute(select(d.c.attachment_id).where(d.c.attachment_id == record_id)).first():
        return
    session.execute(insert(d).values(attachment_id=record_id, data=_checked_bytes(state)))


def _checked_bytes(state: dict[str, Any]) -> bytes:
    data = base64.b64decode(state[BYTES], validate=True)
    if hashlib.sha256(data).hexdigest() != state.get("sha256"):
        raise Incomplete(
            say(
                "sync.bytes_differ",
                "evidence file '{name}': its bytes do not match its hash",
                name=str(state.get("name")),
            )
        )
    return data


def row_values(
    kind: str, record_uuid: str, state: dict[str, Any], now: datetime, by: int | None, ids: Ids
) -> tuple[dict[str, Any], int | None]:
    """The column values that write the record to `state`, and its local id (None: to be
    inserted). Raises MissingReference or Incomplete before anything is written."""
    table = table_of(kind)
    refs = _references(table)
    values: dict[str, Any] = {}
    for name, value in state.items():
        if name not in table.columns or name in QUIET:
            continue
        if name in refs and value is not None:
            local = ids.id_of(refs[name], value)
            if local is None and not table.columns[name].nullable:
                raise MissingReference(
                    f"{kind} {record_uuid} names {refs[name]} {value}", refs[name], value
                )
            values[name] = local
        else:
            values[name] = _stored(table, name, value)
    if kind == "money" and values.get("amount") is not None:  # stored: cents and rate text
        home = converted(Decimal(values["amount"]).scaleb(-2), _rate(values.get("rate")))
        values["home_amount"] = None if home is None else int(home.scaleb(2))
    values["updated_at"] = now
    if "updated_by" in table.columns:
        values["updated_by"] = by
    record_id = ids.id_of(kind, record_uuid)
    if record_id is None:
        values["uuid"] = record_uuid
        values.setdefault("created_at", now)
        if kind == "customer":
            values.setdefault("open_promises", 0)
        if kind == "attachment":  # its bytes, checked against its hash before any write
            if not state.get(BYTES):
                raise Incomplete(_not_arrived(kind, record_uuid, BYTES))
            _checked_bytes(state)
        if missing := _required(table) - set(values):  # checked here: nothing for the database
            raise Incomplete(_not_arrived(kind, record_uuid, min(missing)))
    return values, record_id


def _not_arrived(kind: str, record_uuid: str, what: str) -> str:
    return say(
        "sync.incomplete",
        "{kind} {uuid}: not all of it has arrived ({what})",
        kind=Kind(kind),
        uuid=record_uuid,
        what=what,
    )


def _rate(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def refers_to_own_kind(kind: str) -> bool:
    """Whether records of this kind name others of it (a promise renegotiated from another)."""
    return kind in _references(table_of(kind)).values()


@lru_cache(maxsize=32)
def _required(table: Table) -> frozenset[str]:
    """The columns an insert must give (not null, no default the database fills in)."""
    return frozenset(
        c.name
        for c in table.columns
        if not c.nullable and not c.primary_key and c.server_default is None
    )


@lru_cache(maxsize=32)
def _select(table: str) -> Any:
    t = plain(Base.metadata.tables[table])
    return select(t).where(t.c.id == bindparam("_id"))


@lru_cache(maxsize=256)
def _insert(table: str, names: tuple[str, ...]) -> Any:
    """INSERT … RETURNING id of these columns, made once per table and set of columns."""
    t = _WRITING.tables[table]
    return insert(t).values({n: bindparam(n) for n in names}).returning(t.c.id)


@lru_cache(maxsize=256)
def _update(table: str, names: tuple[str, ...]) -> Any:
    """UPDATE of these columns (and the record's version one up) by id, made once per set."""
    t = _WRITING.tables[table]
    values: dict[str, Any] = {n: bindparam(n) for n in names}
    if "version" in t.columns:
        values["version"] = t.c.version + 1
    return update(t).where(t.c.id == bindparam("_id")).values(values)


def _write_customer_parts(session: Session, customer_id: int, state: dict[str, Any]) -> None:
    # Contacts are inserted without ids (the database gives them): the writable table, whose id
    # is generated (`plain`'s is not, and SQLAlchemy warned of a key without a value).
    c = _writable(cast(Table, ContactRow.__table__))
    t = plain(cast(Table, TagRow.__table__))
    if "contacts" in state:
        session.execute(delete(c).where(c.c.customer_id == customer_id))
        rows = [
            {"customer_id": customer_id, "kind": k, "value": v, "label": label, "position": i}
            for i, (k, v, label) in enumerate(state["contacts"] or [])
        ]
        if rows:
            session.execute(insert(c), rows)
    if "tags" in state:
        session.execute(delete(t).where(t.c.customer_id == customer_id))
        tags = sorted(set(state["tags"] or []))
        if tags:
            session.execute(insert(t), [{"customer_id": customer_id, "tag": x} for x in tags])


def delete_record(session: Session, kind: str, record_uuid: str) -> int | None:
    """Delete the record if this copy has it; returns the id it had."""
    record_id = id_of(session, kind, record_uuid)
    if record_id is not None:
        t = plain(table_of(kind))
        session.execute(delete(t).where(t.c.id == record_id))
    return record_id


def children(session: Session, customer_uuid: str) -> list[tuple[str, str]]:
    """(kind, uuid) of every record this copy has of a customer (what deleting them takes)."""
    customer_id = id_of(session, "customer", customer_uuid)
    if customer_id is None:
        return []
    out: list[tuple[str, str]] = []
    for kind, name in SYNCED_TABLES.items():
        t = plain(Base.metadata.tables[name])
        if kind == "customer" or "customer_id" not in t.columns:
            continue
        found = session.execute(select(t.c.uuid).where(t.c.customer_id == customer_id))
        out += [(kind, str(u)) for u in found.scalars() if u]
    return out
