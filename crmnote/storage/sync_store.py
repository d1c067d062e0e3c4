"""Sync's bookkeeping in SQL: the change log, shadows, dirty marks, conflicts, state, peers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (
    Integer,
    Table,
    TextClause,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from crmnote.domain.sync.change import Change, Op, field_change
from crmnote.domain.sync.hlc import Hlc
from crmnote.domain.sync.merge import Conflict
from crmnote.storage.among import among, dialect_of
from crmnote.storage.many_rows import insert_rows, upsert_rows_pg
from crmnote.storage.sync_rows import (
    SyncChangeRow,
    SyncConflictRow,
    SyncDirtyRow,
    SyncPeerRow,
    SyncShadowRow,
    SyncStateRow,
)

_UUID_TEXT = re.compile(r"[0-9a-f-]{36}")  # written as JSON just as it is
_CHANGES = cast(Table, SyncChangeRow.__table__)
CHANGES = _CHANGES  # the change log's table
_DIRTY = cast(Table, SyncDirtyRow.__table__)
_STATE = cast(Table, SyncStateRow.__table__)
_SHADOW = cast(Table, SyncShadowRow.__table__)


# One encoder made once: `json.dumps` with options builds a new one on every call, a third of
# the cost of dumping a small state (capture dumps five values per record).
_dumps = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
dumps = _dumps  # sync's JSON text of states and fields (sorted keys, compact, Unicode as is)


# -- state -----------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _upsert_sql(table: str, columns: tuple[str, ...], keys: tuple[str, ...]) -> TextClause:
    """INSERT … ON CONFLICT … DO UPDATE: the same text on SQLite and PostgreSQL, built once."""
    changed = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
    return text(
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + c for c in columns)}) "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {changed}"
    )


def _upsert(session: Session, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    """Insert the rows, or update the ones whose keys are there."""
    if rows and session.get_bind().dialect.name == "postgresql":  # one statement a chunk
        upsert_rows_pg(session.connection(), table, rows, tuple(keys))
    elif rows:
        session.execute(_upsert_sql(table.name, tuple(rows[0]), tuple(keys)), rows)


def get_state(session: Session, key: str) -> str | None:
    return session.execute(select(_STATE.c.value).where(_STATE.c.key == key)).scalar()


# Statements every capture runs (each logged record's transaction), built once: building a
# statement and its cache key costs more Python than SQLite takes to run it.
_STATES = select(_STATE.c.key, _STATE.c.value).where(
    _STATE.c.key.in_(bindparam("keys", expanding=True))
)


def states(session: Session, *keys: str) -> dict[str, str]:
    return {str(k): str(v) for k, v in session.execute(_STATES, {"keys": list(keys)})}


def set_state(session: Session, key: str, value: str) -> None:
    _upsert(session, _STATE, [{"key": key, "value": value}], ["key"])


# -- the change log --------------------------------------------------------------------------

# On PostgreSQL, writers append to the log one transaction at a time (a transaction-level
# advisory lock, taken before the transaction writes anything, so two writers never wait for
# each other's rows while one holds it). Log ids are then given in commit order, and a reader
# that has seen id N will never later find a smaller one committed: `id` works as a cursor.
# SQLite has one writer at a time anyway (BEGIN IMMEDIATE).
LOG_LOCK = 0x63726D6E6F7465  # "crmnote"


def applying(session: Session) -> None:
    """This transaction writes what the log says (PostgreSQL: the dirty-marking triggers stand
    aside until it ends; SQLite marks, and sync clears the marks itself)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT set_config('crmnote.sync_applying', 'on', true)"))


def serialize_writers(session: Session) -> None:
    """Take the change log's writer lock for this transaction (PostgreSQL; a no-op on SQLite)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOG_LOCK})


def _row_values(change: Change, source: str | None) -> dict[str, Any]:
    return {
        "change_uuid": change.change_uuid,
        "record_uuid": change.record_uuid,
        "kind": change.kind,
        "op": change.op.value,
        "hlc": change.hlc.text(),
        "device": change.device,
        "author": change.author,
        "fields": _dumps({k: [v.old, v.new] for k, v in change.fields.items()}),
        "parents": _uuids(change.parents),
        "resolves": _uuids(change.resolves),
        "source": source,
    }


def _uuids(values: frozenset[str]) -> str:
    """A set of uuids as a sorted JSON list (most often none or one: no encoder needed)."""
    if not values:
        return "[]"
    if len(values) == 1:
        (value,) = values
        if _UUID_TEXT.fullmatch(value):
            return f'["{value}"]'
    return _dumps(sorted(values))


def _change(row: Any) -> Change:
    return Change(
        change_uuid=row.change_uuid,
        record_uuid=row.record_uuid,
        kind=row.kind,
        op=Op(row.op),
        hlc=Hlc.parse(row.hlc),
        device=row.device,
        author=row.author,
        fields={k: field_change(v[0], v[1]) for k, v in json.loads(row.fields).items()},
        parents=frozenset() if row.parents == "[]" else frozenset(json.loads(row.parents)),
        resolves=frozenset() if row.resolves == "[]" else frozenset(json.loads(row.resolves)),
    )


@lru_cache(maxsize=16)
def _by_uuids(what: str, dialect: str) -> Any:
    """Reads of many changes, shadows or conflicts by uuid (the parameter `uuids`), built once."""
    c, s, x = _CHANGES.c, _SHADOW.c, cast(Table, SyncConflictRow.__table__).c
    if what == "known":
        return select(c.change_uuid).where(among(c.change_uuid, "uuids", dialect))
    if what == "changes":
        return select(_CHANGES).where(among(c.record_uuid, "uuids", dialect))
    if what == "shadows":
        return select(s.record_uuid, s.state, s.heads).where(among(s.record_uuid, "uuids", dialect))
    return select(x.record_uuid).where(among(x.record_uuid, "uuids", dialect))


def known(session: Session, change_uuids: Sequence[str]) -> set[str]:
    """Which of these changes the log has already."""
    found: set[str] = set()
    stmt = _by_uuids("known", dialect_of(session))
    for start in range(0, len(change_uuids), 500):
        part = {"uuids": list(change_uuids[start : start + 500])}
        found |= set(session.execute(stmt, part).scalars())
    return found


def append(session: Session, changes: Sequence[Change], source: str | None) -> None:
    """Append the changes to the log, in order (one statement per chunk on PostgreSQL)."""
    if changes:
        insert_rows(session.connection(), _CHANGES, [_row_values(c, source) for c in changes])


def authors(
    session: Session, change_uuids: Iterable[str | None]
) -> dict[str, tuple[str | None, Hlc]]:
    """Who made each of these changes (author uuid) and when (its clock)."""
    wanted = sorted({u for u in change_uuids if u})
    found: dict[str, tuple[str | None, Hlc]] = {}
    for start in range(0, len(wanted), 500):
        stmt = select(_CHANGES.c.change_uuid, _CHANGES.c.author, _CHANGES.c.hlc).where(
            _CHANGES.c.change_uuid.in_(wanted[start : start + 500])
        )
        for uuid, author, hlc in session.execute(stmt):
            found[uuid] = (author, Hlc.parse(hlc))
    return found


def of_record(session: Session, record_uuid: str) -> list[Change]:
    stmt = select(_CHANGES).where(_CHANGES.c.record_uuid == record_uuid)
    return [_change(r) for r in session.execute(stmt)]


def of_records(session: Session, record_uuids: Sequence[str]) -> dict[str, list[Change]]:
    """The changes of many records, by record."""
    out: dict[str, list[Change]] = {u: [] for u in record_uuids}
    wanted = sorted(set(record_uuids))
    stmt = _by_uuids("changes", dialect_of(session))
    for start in range(0, len(wanted), 500):
        for row in session.execute(stmt, {"uuids": wanted[start : start + 500]}):
            out.setdefault(row.record_uuid, []).append(_change(row))
    return out


def after(
    session: Session, cursor: int, limit: int, not_from: str | None
) -> list[tuple[int, Change]]:
    """Log entries after `cursor` in log order, leaving out those received from `not_from`."""
    stmt = select(_CHANGES).where(_CHANGES.c.id > cursor)
    if not_from is not None:
        stmt = stmt.where((_CHANGES.c.source.is_(None)) | (_CHANGES.c.source != not_from))
    rows = session.execute(stmt.order_by(_CHANGES.c.id).limit(limit)).all()
    return [(int(r.id), _change(r)) for r in rows]


def last_id(session: Session) -> int:
    return int(session.execute(select(func.max(_CHANGES.c.id))).scalar() or 0)


def count_after(session: Session, cursor: int, not_from: str | None = None) -> int:
    """Log entries after `cursor`, leaving out those received from `not_from` (what `after`
    would list, all in all)."""
    stmt = select(func.count()).where(_CHANGES.c.id > cursor)
    if not_from is not None:
        stmt = stmt.where((_CHANGES.c.source.is_(None)) | (_CHANGES.c.source != not_from))
    return int(session.execute(stmt).scalar_one())


def made_here_after(session: Session, cursor: int) -> int:
    """Changes made in this book after `cursor` (what the other side has not acknowledged)."""
    stmt = select(func.count()).where(_CHANGES.c.id > cursor, _CHANGES.c.source.is_(None))
    return int(session.execute(stmt).scalar_one())


# -- shadows and dirty marks -----------------------------------------------------------------


@dataclass(frozen=True)
class Shadow:
    state: dict[str, Any] | None
    heads: frozenset[str]


def shadow(session: Session, record_uuid: str) -> Shadow | None:
    stmt = select(_SHADOW.c.state, _SHADOW.c.heads).where(_SHADOW.c.record_uuid == record_uuid)
    row = session.execute(stmt).first()
    if row is None:
        return None
    state = None if row.state is None else json.loads(row.state)
    return Shadow(state, frozenset(json.loads(row.heads)))


def shadows(session: Session, record_uuids: Sequence[str]) -> dict[str, Shadow]:
    """The shadows of many records (those that have one)."""
    out: dict[str, Shadow] = {}
    wanted = sorted(set(record_uuids))
    stmt = _by_uuids("shadows", dialect_of(session))
    for start in range(0, len(wanted), 500):
        part = {"uuids": wanted[start : start + 500]}
        for uuid, state, heads in session.execute(stmt, part):
            out[uuid] = Shadow(
                None if state is None else json.loads(state), frozenset(json.loads(heads))
            )
    return out


def shadow_row(
    record_uuid: str, kind: str, state: dict[str, Any] | None, heads: Iterable[str]
) -> dict[str, Any]:
    return {
        "record_uuid": record_uuid,
        "kind": kind,
        "state": None if state is None else _dumps(state),
        "heads": _uuids(frozenset(heads)),
    }


def put_shadows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Many shadows at once (`shadow_row`s)."""
    connection = session.connection()
    if rows and connection.dialect.name == "sqlite":
        # texts only, named as the driver names them: no SQLAlchemy handling of every row
        stmt = _upsert_sql(_SHADOW.name, tuple(rows[0]), ("record_uuid",))
        connection.exec_driver_sql(stmt.text, rows)
        return
    _upsert(session, _SHADOW, rows, ["record_uuid"])


def put_shadow(
    session: Session,
    record_uuid: str,
    kind: str,
    state: dict[str, Any] | None,
    heads: Iterable[str],
) -> None:
    row = {
        "record_uuid": record_uuid,
        "kind": kind,
        "state": None if state is None else _dumps(state),
        "heads": _dumps(sorted(heads)),
    }
    _upsert(session, _SHADOW, [row], ["record_uuid"])


@dataclass(frozen=True)
class Dirty:
    kind: str
    record_id: int
    record_uuid: str | None
    mark: int
    at_ms: int


_MARKS = (
    select(_DIRTY)
    .order_by(_DIRTY.c.at_ms, _DIRTY.c.kind, _DIRTY.c.record_id)
    .limit(bindparam("limit", type_=Integer))
)


def dirty(session: Session, limit: int = 100_000) -> list[Dirty]:
    return [
        Dirty(r.kind, r.record_id, r.record_uuid, r.mark, r.at_ms)
        for r in session.execute(_MARKS, {"limit": limit})
    ]


def clear_dirty(session: Session, marks: Sequence[Dirty]) -> None:
    """Forget marks looked at; a record written again since (a higher mark) stays marked."""
    if marks:
        session.execute(
            _CLEAR_DIRTY,
            [{"kind": d.kind, "record_id": d.record_id, "mark": d.mark} for d in marks],
        )


_CLEAR_DIRTY = text(
    "DELETE FROM sync_dirty WHERE kind = :kind AND record_id = :record_id AND mark = :mark"
)


def clear_dirty_but(session: Session, kept: Iterable[Dirty]) -> None:
    """Forget every mark but these (as they were: a mark written again since goes too)."""
    kept = list(kept)
    if not kept:
        session.execute(delete(_DIRTY))
        return
    session.execute(delete(_DIRTY).where(~_DIRTY.c.kind.in_({d.kind for d in kept})))
    for kind in {d.kind for d in kept}:
        session.execute(
            delete(_DIRTY).where(
                _DIRTY.c.kind == kind,
                _DIRTY.c.record_id.not_in([d.record_id for d in kept if d.kind == kind]),
            )
        )
    for d in kept:  # written again since: not the one held back any more
        session.execute(
            delete(_DIRTY).where(
                _DIRTY.c.kind == d.kind, _DIRTY.c.record_id == d.record_id, _DIRTY.c.mark != d.mark
            )
        )


def forget_dirty(session: Session, kind: str, record_id: int) -> None:
    session.execute(delete(_DIRTY).where(_DIRTY.c.kind == kind, _DIRTY.c.record_id == record_id))


def clear_all_dirty(session: Session) -> None:
    session.execute(delete(_DIRTY))


def clear_dirty_of(session: Session, kind: str, record_ids: Sequence[int]) -> None:
    """Forget the marks of these records of one kind (records a bulk writer added and
    captured itself)."""
    stmt = delete(_DIRTY).where(
        _DIRTY.c.kind == kind, _DIRTY.c.record_id.in_(bindparam("ids", expanding=True))
    )
    for start in range(0, len(record_ids), 500):
        session.execute(stmt, {"ids": list(record_ids[start : start + 500])})


def clear_dirty_after(session: Session, after: Mapping[str, int]) -> None:
    """Forget the marks of records of each kind with an id above `after[kind]` (records a
    bulk writer added and captured itself)."""
    for kind, floor in after.items():
        session.execute(delete(_DIRTY).where(_DIRTY.c.kind == kind, _DIRTY.c.record_id > floor))


def forget_records(session: Session, record_uuids: Sequence[str]) -> None:
    """Drop every change, shadow and listed conflict of these records (a field copy that
    stops holding them)."""
    for start in range(0, len(record_uuids), 500):
        part = list(record_uuids[start : start + 500])
        for row in (SyncChangeRow, SyncShadowRow, SyncConflictRow):
            session.execute(delete(row).where(row.record_uuid.in_(part)))


def mark_dirty(session: Session, marks: Sequence[Dirty]) -> None:
    """Mark these records (as the triggers do) for capture to look at again."""
    if marks:
        session.execute(
            insert(_DIRTY),
            [
                {"kind": d.kind, "record_id": d.record_id, "record_uuid": d.record_uuid,
                 "mark": d.mark, "at_ms": d.at_ms}
                for d in marks
            ],
        )  # fmt: skip


def dirty_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(_DIRTY)).scalar_one())


# -- conflicts -------------------------------------------------------------------------------


def put_conflicts(session: Session, record_uuid: str, conflicts: Sequence[Conflict]) -> None:
    session.execute(delete(SyncConflictRow).where(SyncConflictRow.record_uuid == record_uuid))
    for c in conflicts:
        session.add(
            SyncConflictRow(
                id=c.id,
                record_uuid=c.record_uuid,
                kind=c.kind,
                field=c.field,
                reason=c.reason.value,
                loser_change=c.loser.change_uuid,
                winner_change=None if c.winner is None else c.winner.change_uuid,
                loser_value=_dumps(c.loser_value),
                winner_value=_dumps(c.winner_value),
                resolved=c.resolved,
            )
        )
    session.flush()


def with_conflicts(session: Session, record_uuids: Sequence[str]) -> list[str]:
    """Which of these records have conflicts listed (settled ones included)."""
    wanted = sorted(set(record_uuids))
    found: set[str] = set()
    stmt = _by_uuids("conflicted", dialect_of(session))
    for start in range(0, len(wanted), 500):
        found |= set(session.scalars(stmt, {"uuids": wanted[start : start + 500]}))
    return sorted(found)


def open_conflict_count(session: Session) -> int:
    stmt = select(func.count()).where(SyncConflictRow.resolved.is_(False))
    return int(session.execute(stmt).scalar_one())


def conflict_rows(session: Session, include_resolved: bool = False) -> list[SyncConflictRow]:
    stmt = select(SyncConflictRow)
    if not include_resolved:
        stmt = stmt.where(SyncConflictRow.resolved.is_(False))
    return list(session.scalars(stmt.order_by(SyncConflictRow.record_uuid, SyncConflictRow.id)))


# -- peers -----------------------------------------------------------------------------------


def peer(session: Session, peer_id: str, url: str) -> SyncPeerRow:
    row = session.get(SyncPeerRow, peer_id)
    if row is None:
        row = SyncPeerRow(peer=peer_id, url=url, pushed=0, pulled=0, last_sync=None)
        session.add(row)
        session.flush()
    return row


def move_cursor(session: Session, peer_id: str, url: str, **values: Any) -> None:
    peer(session, peer_id, url)
    session.execute(update(SyncPeerRow).where(SyncPeerRow.peer == peer_id).values(**values))


def forget_peers(session: Session) -> None:
    session.execute(delete(SyncPeerRow))


def peers(session: Session) -> list[SyncPeerRow]:
    return list(session.scalars(select(SyncPeerRow).order_by(SyncPeerRow.peer)))
