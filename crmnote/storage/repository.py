"""Repositories: receive a Session, return domain records (never ORM rows)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import bindparam, delete, insert, inspect, select
from sqlalchemy.orm import Session, make_transient_to_detached, selectinload
from sqlalchemy.orm.exc import StaleDataError

from crmnote.domain import entities as e
from crmnote.domain.bounds import MAX_INT, MIN_INT
from crmnote.domain.errors import NotFoundError
from crmnote.domain.kinds import KINDS, kind_of
from crmnote.domain.money import home_amount
from crmnote.domain.reasons import Kind, say
from crmnote.domain.sync.identity import new_uuid
from crmnote.domain.types import ContactKind
from crmnote.storage.among import among, dialect_of
from crmnote.storage.base import Base
from crmnote.storage.rows import ROW_BY_KIND, ContactRow, CustomerRow, TagRow
from crmnote.storage.team import author
from crmnote.storage.written import hold

# `version` is the ORM's to keep (rows.Versioned): it goes up by one with every saved change.
_SKIP_ON_WRITE = {"id", "version", "emails", "phones", "tags", "uuid"}
_CHUNK = 500  # ids bound per statement


@functools.cache
def _exists_stmt(kind: str) -> Any:
    """Whether a record of a kind is there, on the table's own columns: each logged record
    checks the records it refers to, and the ORM's `session.get` costs five times this read."""
    table: Any = ROW_BY_KIND[kind].__table__
    return select(table.c.id).where(table.c.id == bindparam("id"))


@functools.cache
def _inserted_plainly(row_cls: Any) -> bool:
    """Whether a new row of this class is one INSERT of its own columns: no related rows to
    write with it, and a version the mapper would count (`_insert` starts it at 1)."""
    return not inspect(row_cls).relationships and "version" in row_cls.__table__.c


@functools.cache
def _insert_stmt(row_cls: Any) -> Any:
    table = row_cls.__table__
    return insert(table).returning(table.c.id)


@functools.cache
def field_names(kind: str) -> tuple[str, ...]:
    """The fields of a kind's domain record that its row holds (contacts and tags are apart)."""
    entity = KINDS[kind].entity
    skip = ("emails", "phones", "tags")
    return tuple(f.name for f in dataclasses.fields(entity) if f.name not in skip)


def to_domain(kind: str, row: Any) -> Any:
    """A domain record from a row of the same shape."""
    entity = KINDS[kind].entity
    values: dict[str, Any] = {name: getattr(row, name) for name in field_names(kind)}
    values["uuid"] = values.get("uuid") or ""
    if kind == "customer":
        values["emails"] = _contacts(row, ContactKind.EMAIL)
        values["phones"] = _contacts(row, ContactKind.PHONE)
        values["tags"] = tuple(t.tag for t in row.tags)
    return entity(**values)


def _contacts(row: CustomerRow, kind: ContactKind) -> tuple[e.ContactPoint, ...]:
    return tuple(
        e.ContactPoint(value=c.value, label=c.label) for c in row.contacts if c.kind == kind
    )


def _write(row: Any, record: Any) -> None:
    for f in dataclasses.fields(record):
        if f.name not in _SKIP_ON_WRITE:
            setattr(row, f.name, getattr(record, f.name))
    if isinstance(record, e.Money):
        row.home_amount = home_amount(record)  # what every sum adds (domain/money.py)
    if not row.uuid:  # a new record, or one written without its identity: it keeps or gets one
        row.uuid = record.uuid or new_uuid()
    if isinstance(record, e.Customer):
        customer = cast(CustomerRow, row)
        points = [(ContactKind.EMAIL, c) for c in record.emails]
        points += [(ContactKind.PHONE, c) for c in record.phones]
        customer.contacts = [
            ContactRow(kind=k, value=c.value, label=c.label, position=i)
            for i, (k, c) in enumerate(points)
        ]
        customer.tags = [TagRow(tag=tag) for tag in sorted(set(record.tags))]


class ChangedMeanwhile(Exception):
    """An update was made on a version of a record that is no longer the stored one: someone
    saved it since it was read. The transaction is spoilt; the service says who and when."""

    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(f"{kind} {record_id} changed meanwhile")
        self.kind = kind
        self.record_id = record_id


@functools.lru_cache(maxsize=64)
def _rows_with_ids(kind: str, dialect: str) -> Any:
    """The rows of a kind with the ids of the parameter `ids` (a list), built once."""
    row_cls: Any = ROW_BY_KIND[kind]
    stmt = select(row_cls).where(among(row_cls.id, "ids", dialect))
    if kind == "customer":
        stmt = stmt.options(selectinload(CustomerRow.contacts), selectinload(CustomerRow.tags))
    return stmt


class Repository:
    """Load and store records of every kind through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, kind: str, record_id: int) -> Any:
        row_cls = ROW_BY_KIND[kind]
        row: Any
        if not MIN_INT <= record_id <= MAX_INT:  # beyond SQLite's integers: no such record
            raise NotFoundError(no_record(kind, record_id))
        if kind == "customer":
            stmt = (
                select(CustomerRow)
                .where(CustomerRow.id == record_id)
                .options(selectinload(CustomerRow.contacts), selectinload(CustomerRow.tags))
            )
            row = self.session.scalars(stmt).first()
        else:
            row = self.session.get(row_cls, record_id)
        if row is None:
            raise NotFoundError(no_record(kind, record_id))
        return row

    def get(self, kind: str, record_id: int) -> Any:
        return to_domain(kind, self._row(kind, record_id))

    def saved_by(self, kind: str, record_id: int) -> int | None:
        """The staff member who saved the record's current version (None: not known)."""
        by: int | None = self._row(kind, record_id).updated_by
        return by

    def get_many(self, kind: str, ids: Sequence[int]) -> dict[int, Any]:
        """The records of a kind with these ids, by id (missing ones left out), read in chunks."""
        out: dict[int, Any] = {}
        stmt = _rows_with_ids(kind, dialect_of(self.session))
        for start in range(0, len(ids), _CHUNK):
            part = {"ids": list(ids[start : start + _CHUNK])}
            out |= {row.id: to_domain(kind, row) for row in self.session.scalars(stmt, part)}
        return out

    def read_many(self, kind: str, ids: Sequence[int]) -> dict[int, Any]:
        """`get_many` of a kind other than customers as the rows are now, read without the ORM
        (no objects to track: sync reads thousands of records it wrote with plain SQL)."""
        table: Any = ROW_BY_KIND[kind].__table__
        stmt = select(table).where(among(table.c.id, "ids", dialect_of(self.session)))
        out: dict[int, Any] = {}
        for start in range(0, len(ids), _CHUNK):
            part = {"ids": list(ids[start : start + _CHUNK])}
            out |= {row.id: to_domain(kind, row) for row in self.session.execute(stmt, part)}
        return out

    def id_of_uuid(self, kind: str, record_uuid: str) -> int | None:
        """The local id of the record of a kind with this global identity, if there is one."""
        row_cls: Any = ROW_BY_KIND[kind]
        found = self.session.scalar(select(row_cls.id).where(row_cls.uuid == record_uuid))
        return None if found is None else int(found)

    def exists(self, kind: str, record_id: int) -> bool:
        if not MIN_INT <= record_id <= MAX_INT:
            return False
        found = self.session.execute(_exists_stmt(kind), {"id": record_id}).first()
        return found is not None

    def require(self, kind: str, record_id: int) -> None:
        """Raise NotFoundError unless the record is there: one read of its row (a customer's
        contacts and tags are not read, two round trips fewer on a server)."""
        if not self.exists(kind, record_id):
            raise NotFoundError(no_record(kind, record_id))

    def add(self, record: Any) -> Any:
        """Insert a record (keeping its id when it has one, as undo of a delete needs)."""
        kind = kind_of(record).name
        row_cls: Any = ROW_BY_KIND[kind]
        row = row_cls()
        if record.uuid and self.session.scalar(
            _uuid_taken(kind), {"uuid": record.uuid}
        ):  # a new record made from another (a renegotiation, a standard's next version)
            record = dataclasses.replace(record, uuid="")
        _write(row, record)
        if record.id:
            row.id = record.id
        row.updated_by = author(self.session)
        if _inserted_plainly(row_cls):
            self._insert(row)
        else:  # a customer (its contacts and tags are rows of their own), an attachment
            self.session.add(row)
            self.session.flush()
        hold(self.session, row)  # capture checks it against the change log without a read
        return to_domain(kind, row)

    def _insert(self, row: Any) -> None:
        """The row's INSERT as one Core statement, the row then held by the session as the
        ORM's flush would leave it (persistent, at version 1): the unit of work costs twice
        the insert itself for one row (issue 19, item 6)."""
        row_cls: Any = type(row)
        row.version = 1  # what the mapper's version counter gives a new row
        held = row.__dict__
        columns = inspect(row_cls).column_attrs
        values = {p.columns[0].key: held[p.key] for p in columns if p.key in held}
        row.id = self.session.execute(_insert_stmt(row_cls), values).scalar_one()
        make_transient_to_detached(row)
        self.session.add(row)

    def update(self, record: Any, *, expected_version: int | None = None) -> Any:
        """Write a changed record. With `expected_version`, refuse (ChangedMeanwhile) when the
        stored record is at another version; either way the UPDATE itself only applies to the
        version read here, so a save committed by someone else in between is never overwritten.
        """
        kind = kind_of(record).name
        row = self._row(kind, record.id)
        if expected_version is not None and row.version != expected_version:
            raise ChangedMeanwhile(kind, record.id)
        by = author(self.session)  # before the row changes: a query here would flush it
        _write(row, record)
        if self.session.is_modified(row):  # a save that changes nothing stays no save
            row.updated_by = by
        try:
            self.session.flush()
        except StaleDataError:
            raise ChangedMeanwhile(kind, record.id) from None
        return to_domain(kind, row)

    def delete(self, kind: str, record_id: int) -> None:
        row_cls: Any = ROW_BY_KIND[kind]
        result: Any = self.session.execute(delete(row_cls).where(row_cls.id == record_id))
        if result.rowcount == 0:
            raise NotFoundError(no_record(kind, record_id))

    def list(
        self,
        kind: str,
        customer_id: int | None = None,
        limit: int | None = None,
        newest_first: bool = False,
    ) -> Sequence[Any]:
        row_cls: Any = ROW_BY_KIND[kind]
        stmt = select(row_cls)
        if customer_id is not None and KINDS[kind].customer_bound:
            stmt = stmt.where(row_cls.customer_id == customer_id)
        if kind == "customer":
            stmt = stmt.options(
                selectinload(CustomerRow.contacts), selectinload(CustomerRow.tags)
            ).order_by(CustomerRow.name, CustomerRow.id)
        else:
            order = _order_column(row_cls)
            stmt = stmt.order_by(order.desc() if newest_first else order, row_cls.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [to_domain(kind, row) for row in self.session.scalars(stmt)]


def _order_column(row_cls: type[Base]) -> Any:
    for name in ("at", "made_at", "raised_at", "valid_from", "name"):
        if hasattr(row_cls, name):
            return getattr(row_cls, name)
    return row_cls.id  # type: ignore[attr-defined]


def no_record(kind: str, record_id: int) -> str:
    """ "there is no promise with id 4" (the kind by its label in a translation)."""
    return say("svc.no_record", "there is no {kind} with id {id}", kind=Kind(kind), id=record_id)


@functools.lru_cache(maxsize=64)
def _uuid_taken(kind: str) -> Any:
    """The id of the record of `kind` with a uuid (a parameter): built once per kind, as
    `add` asks it for every record it inserts (building the statement each time cost more
    than running it: an import of 10,000 records)."""
    row_cls: Any = ROW_BY_KIND[kind]
    return select(row_cls.id).where(row_cls.uuid == bindparam("uuid"))
