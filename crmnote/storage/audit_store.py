"""Writing and reading the change log: append one chained entry, history, redaction, scans."""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Integer, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from crmnote.domain.audit import GENESIS, Action, ChainFields, canonical, chain_hash, digest
from crmnote.storage.audit_rows import ChangeLogHeadRow, ChangeLogRow
from crmnote.storage.many_rows import insert_rows, inserted_ids

_HEAD = 1


@dataclass(frozen=True)
class LogEntry:
    """One stored entry, as read back."""

    id: int
    at: datetime
    staff_id: int | None
    kind: str
    record_id: int
    customer_id: int | None
    action: Action
    refs: str | None
    changes: str | None
    salt: str | None
    changes_digest: str | None
    state_digest: str | None
    hash: str

    def fields(self) -> ChainFields:
        return ChainFields(
            at=self.at.isoformat(),
            staff_id=self.staff_id,
            kind=self.kind,
            record_id=self.record_id,
            customer_id=self.customer_id,
            action=self.action.value,
            refs=self.refs,
            changes_digest=self.changes_digest,
            state_digest=self.state_digest,
        )

    @property
    def redacted(self) -> bool:
        return self.salt is None and self.changes_digest is not None


_LOG = cast(Table, ChangeLogRow.__table__)
_HEAD_TABLE = cast(Table, ChangeLogHeadRow.__table__)

# The table's own columns, not the mapped attributes: the ORM's handling of a statement on
# these costs twice SQLAlchemy's Core, and nothing here is an object the session tracks.
# In the order of LogEntry's fields.
_NAMES = (
    "id", "at", "staff_id", "kind", "record_id", "customer_id", "action", "refs", "changes",
    "salt", "changes_digest", "state_digest", "hash",
)  # fmt: skip
_COLUMNS = tuple(_LOG.c[name] for name in _NAMES)


def _entry(row: Any) -> LogEntry:
    return LogEntry(*row)  # the row has the columns in field order


# Statements every logged change runs, built once: building a statement and its cache key
# costs more Python than SQLite takes to run it.
# FOR UPDATE: on PostgreSQL a second writer waits here and then sees the new head.
_HEAD_HASH = select(_HEAD_TABLE.c.hash).where(_HEAD_TABLE.c.id == _HEAD).with_for_update()
_INSERT = insert(_LOG).returning(_LOG.c.id, sort_by_parameter_order=True)
_MOVE_HEAD = (
    update(_HEAD_TABLE)
    .where(_HEAD_TABLE.c.id == _HEAD)
    .values(
        last_id=bindparam("new_last"),
        hash=bindparam("new_hash"),
        entries=_HEAD_TABLE.c.entries + bindparam("added", type_=Integer),
    )
)
_NEWEST = (
    select(func.max(_LOG.c.id))
    .where(
        _LOG.c.kind == bindparam("kind"),
        _LOG.c.record_id.in_(bindparam("ids", expanding=True)),
    )
    .group_by(_LOG.c.record_id)
)
_LAST_ENTRIES = select(*_COLUMNS).where(_LOG.c.id.in_(_NEWEST))


def _head_hash(session: Session) -> str | None:
    return session.connection().execute(_HEAD_HASH).scalar()


def _prepare(
    previous: str,
    *,
    at: datetime,
    staff_id: int | None,
    kind: str,
    record_id: int,
    customer_id: int | None,
    action: Action,
    changes: dict[str, Any] | None = None,
    state: dict[str, Any] | None = None,
    refs: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The column values of an entry chained after `previous`."""
    salt = secrets.token_hex(16) if changes is not None or state is not None else None
    changes_text = None if changes is None else canonical(changes)
    fields = ChainFields(
        at=at.isoformat(),
        staff_id=staff_id,
        kind=kind,
        record_id=record_id,
        customer_id=customer_id,
        action=action.value,
        refs=None if refs is None else canonical(refs),
        changes_digest=None if changes_text is None else digest(salt or "", changes_text),
        state_digest=None if state is None else digest(salt or "", canonical(state)),
    )
    values = dict(fields.__dict__)
    values.update(at=at, action=action, changes=changes_text, salt=salt)
    values["hash"] = chain_hash(previous, fields)
    return values


# The entries this transaction appended, by (kind, record id), as they would be read back:
# the change capture at its end checks each record just written against its latest entry
# (`services.audit_verify.differ_from_log`) without reading the entry again. Only small
# appends are kept (a user's action); a bulk writer's thousands are read when asked for.
_APPENDED = "crmnote_appended_entries"
_REMEMBERED = 64


def _appended(session: Session) -> dict[tuple[str, int], LogEntry]:
    """The entries remembered, for this very transaction (none after a rollback)."""
    transaction, appended = session.info.get(_APPENDED, (None, None))
    if appended is None or transaction is not session.get_transaction():
        appended = {}
        session.info[_APPENDED] = (session.get_transaction(), appended)
    return cast(dict[tuple[str, int], LogEntry], appended)


def _remember(session: Session, rows: Sequence[dict[str, Any]], ids: Sequence[int]) -> None:
    appended = _appended(session)
    if len(rows) > _REMEMBERED:
        appended.clear()  # older entries may be superseded by these: forget them all
        return
    if len(appended) > 8 * _REMEMBERED:
        appended.clear()
    for entry_id, v in zip(ids, rows, strict=True):
        entry = LogEntry(entry_id, *(v[name] for name in _NAMES[1:]))
        appended[entry.kind, entry.record_id] = entry


def append(session: Session, **entry: Any) -> int:
    """Add one entry after the current head, in the caller's transaction; returns its id.

    Costs a primary-key read and write of the head and one insert, whatever the log's length.
    """
    return append_many(session, [entry])


def append_many(session: Session, items: list[dict[str, Any]]) -> int:
    """Add entries in order after the head, in one multi-row insert; returns the last id.

    Core statements: the ORM's unit of work would double the cost of logging one change.
    """
    if not items:
        return 0
    previous = _head_hash(session)
    had_head = previous is not None
    rows = []
    for item in items:
        values = _prepare(previous or GENESIS, **item)
        rows.append(values)
        previous = values["hash"]
    connection = session.connection()  # plain Core: no ORM bookkeeping per statement
    ids: Sequence[int]
    if connection.dialect.name == "postgresql":  # psycopg's executemany: storage/many_rows.py
        ids = inserted_ids(connection, _LOG, rows)
    elif connection.dialect.name == "sqlite" and len(rows) > 1:
        # The driver's executemany (a bulk writer logs thousands: SQLAlchemy's handling of
        # each row's parameters for a multi-row INSERT … RETURNING cost more than SQLite's
        # insert); the ids follow one another, the last one is the connection's last rowid.
        insert_rows(connection, _LOG, rows)
        last = connection.exec_driver_sql("SELECT last_insert_rowid()").scalar_one()
        ids = range(last - len(rows) + 1, last + 1)
    else:
        ids = list(connection.execute(_INSERT, rows).scalars())
    last = max(ids)
    _remember(session, rows, ids)
    if had_head:
        moved = {"new_last": last, "new_hash": previous, "added": len(items)}
        connection.execute(_MOVE_HEAD, moved)
    else:
        values = {"id": _HEAD, "last_id": last, "entries": len(items), "hash": previous}
        connection.execute(insert(_HEAD_TABLE).values(values))
    return int(last)


def head(session: Session) -> tuple[int, int, str]:
    """(last entry id, number of entries, hash) as the head row records them."""
    row = session.get(ChangeLogHeadRow, _HEAD)
    return (0, 0, GENESIS) if row is None else (row.last_id, row.entries, row.hash)


def entries(session: Session, chunk: int = 5000) -> Iterator[LogEntry]:
    """Every entry in chain order, read in chunks so memory stays flat on a long log."""
    after = 0
    while True:
        stmt = select(*_COLUMNS).where(ChangeLogRow.id > after).order_by(ChangeLogRow.id)
        rows = session.execute(stmt.limit(chunk)).all()
        if not rows:
            return
        for r in rows:
            yield _entry(r)
        after = rows[-1][0]


def history(session: Session, kind: str, record_id: int) -> list[LogEntry]:
    stmt = (
        select(*_COLUMNS)
        .where(ChangeLogRow.kind == kind, ChangeLogRow.record_id == record_id)
        .order_by(ChangeLogRow.id)
    )
    return [_entry(r) for r in session.execute(stmt)]


def latest(session: Session, kind: str, after: int = 0, chunk: int = 5000) -> list[LogEntry]:
    """The latest entry of each record of a kind with id > `after`, by record id, one chunk."""
    newest = (
        select(func.max(ChangeLogRow.id))
        .where(ChangeLogRow.kind == kind, ChangeLogRow.record_id > after)
        .group_by(ChangeLogRow.record_id)
        .order_by(ChangeLogRow.record_id)
        .limit(chunk)
    )
    ids = list(session.scalars(newest))
    if not ids:
        return []
    stmt = select(*_COLUMNS).where(ChangeLogRow.id.in_(ids)).order_by(ChangeLogRow.record_id)
    return [_entry(r) for r in session.execute(stmt)]


def _unlogged(kind: str, table: Any) -> Any:
    logged = select(ChangeLogRow.id).where(
        ChangeLogRow.kind == kind, ChangeLogRow.record_id == table.id
    )
    return ~logged.exists()


def unlogged_count(session: Session, kind: str, table: Any) -> int:
    """How many rows of `table` have no log entry (one indexed probe per row)."""
    return int(session.scalar(select(func.count(table.id)).where(_unlogged(kind, table))) or 0)


def unlogged_ids(session: Session, kind: str, table: Any, after: int, limit: int) -> list[int]:
    """Ids above `after` of rows without a log entry, in order, at most `limit`."""
    stmt = select(table.id).where(table.id > after, _unlogged(kind, table))
    return list(session.scalars(stmt.order_by(table.id).limit(limit)))


def erased_customers(session: Session) -> set[int]:
    stmt = select(ChangeLogRow.record_id).where(
        ChangeLogRow.kind == "customer", ChangeLogRow.action == Action.ERASE
    )
    return set(session.scalars(stmt))


def redact(session: Session, customer_id: int) -> int:
    """Clear the personal payload (changes and salt) of a customer's entries; hashes stay."""
    session.info.pop(_APPENDED, None)  # those it remembers may be among them
    result: Any = session.execute(
        update(ChangeLogRow)
        .where(ChangeLogRow.customer_id == customer_id, ChangeLogRow.action != Action.ERASE)
        .values(changes=None, salt=None)
    )
    return int(result.rowcount or 0)


def deleted_after(session: Session, kind: str, record_id: int, entry_id: int) -> bool:
    """Whether the log deletes a record in an entry after `entry_id` (indexed)."""
    stmt = select(ChangeLogRow.id).where(
        ChangeLogRow.kind == kind,
        ChangeLogRow.record_id == record_id,
        ChangeLogRow.id > entry_id,
        ChangeLogRow.action == Action.DELETE,
    )
    return session.scalar(stmt.limit(1)) is not None


def last_entries(session: Session, kind: str, record_ids: Sequence[int]) -> dict[int, LogEntry]:
    """The latest entry of each of these records that has one, by record id (`last_entry` of
    many at once: one statement per 500). Those this transaction appended are not read."""
    out: dict[int, LogEntry] = {}
    appended = _appended(session)
    for record_id in record_ids:
        if (kind, record_id) in appended:
            out[record_id] = appended[kind, record_id]
    wanted = sorted(set(record_ids) - out.keys())
    for start in range(0, len(wanted), 500):
        part = {"kind": kind, "ids": wanted[start : start + 500]}
        for row in session.execute(_LAST_ENTRIES, part):
            entry = _entry(row)
            out[entry.record_id] = entry
    return out


def last_entry(session: Session, kind: str, record_id: int) -> LogEntry | None:
    """The latest entry of one record (indexed): who changed it last, and when."""
    stmt = (
        select(*_COLUMNS)
        .where(ChangeLogRow.kind == kind, ChangeLogRow.record_id == record_id)
        .order_by(ChangeLogRow.id.desc())
        .limit(1)
    )
    row = session.execute(stmt).first()
    return None if row is None else _entry(row)
