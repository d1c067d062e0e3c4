"""attachments sync: evidence files get a uuid and are marked dirty like every record

- `uuid` on `attachments`: version 7, unique. Existing files get theirs as 0011 gave every other
  record one (from table, id and creation time), so two copies of one book upgraded apart give
  their shared files the same uuids, also when one is the team book on PostgreSQL and the other
  a field copy on SQLite, on computers in different time zones (the creation time is read as
  written, to the microsecond, whatever the dialect returns).
- Every existing file is marked dirty: files attached before this migration have no change in
  the sync log, so the next capture (the first write or sync round) gives each its `create`,
  bytes included, and they travel like files attached later (docs/sync.md, "Evidence files").
- The dirty-marking triggers of 0011 on `attachments` (kind `attachment`): SQLite row triggers
  with an upsert, PostgreSQL row triggers calling 0011's `crmnote_sync_dirty`. Their bytes
  (`attachment_data`) carry no trigger: they are written once, with the attachment's row, and
  never changed (docs/sync.md, "Evidence files").

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-13 10:00:00
"""

import hashlib
import importlib.util
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE, KIND = "attachments", "attachment"
EVENTS = ("insert", "update", "delete")


def _migration_0011() -> ModuleType:
    """0011's helpers (uuid derivation, the trigger statements): one way to make either."""
    path = Path(__file__).with_name("0011_record_uuids_and_sync.py")
    spec = importlib.util.spec_from_file_location("crmnote_migration_0011", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def derived_uuid(record_id: int, created_at: object) -> str:
    """0011's derivation with the creation time in one form on every dialect and computer: as
    written (naive, to the microsecond), its milliseconds read as UTC. SQLite returns the
    stored text, PostgreSQL a datetime; 0011 hashed each as it came."""
    when = created_at if isinstance(created_at, datetime) else None
    if when is None and isinstance(created_at, str):
        when = datetime.fromisoformat(created_at)
    written = when.replace(tzinfo=None).isoformat(" ", "microseconds") if when else ""
    ms = int(when.replace(tzinfo=UTC).timestamp() * 1000) if when else 0
    ms = max(0, min(ms, (1 << 48) - 1))
    digest = hashlib.sha256(f"{TABLE}:{record_id}:{written}".encode()).digest()
    rand = int.from_bytes(digest[:10], "big")  # 80 bits, 74 of them used
    value = (ms << 80) | (0x7 << 76) | ((rand >> 62) & 0xFFF) << 64 | (0b10 << 62)
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def _fill_uuids(conn: sa.Connection) -> None:
    rows = conn.execute(sa.text(f"SELECT id, created_at FROM {TABLE} ORDER BY id")).all()
    if rows:
        conn.execute(
            sa.text(f"UPDATE {TABLE} SET uuid = :u WHERE id = :i"),
            [{"u": derived_uuid(r[0], r[1]), "i": r[0]} for r in rows],
        )


def dirty_triggers(conn: sa.Connection) -> list[str]:
    """The statements creating the triggers on `attachments`, for this book's dialect."""
    m = _migration_0011()
    columns = ", ".join(m._synced_columns(conn, TABLE, ()))
    out = []
    for event, row, of in (
        ("INSERT", "NEW", ""),
        ("UPDATE", "NEW", f" OF {columns}"),
        ("DELETE", "OLD", ""),
    ):
        if conn.dialect.name == "postgresql":
            body = f"FOR EACH ROW EXECUTE FUNCTION crmnote_sync_dirty('{KIND}', 'record')"
        else:
            upsert = m._upsert(KIND, f"{row}.id", f"{row}.uuid", m.NOW_SQLITE)
            body = f"BEGIN {upsert}; END"
        out.append(
            f"CREATE TRIGGER sync_dirty_{TABLE}_{event.lower()} AFTER {event}{of} ON {TABLE} {body}"
        )
    return out


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column(TABLE, sa.Column("uuid", sa.String(length=36), nullable=True))
    _fill_uuids(conn)
    op.create_index(op.f(f"ix_{TABLE}_uuid"), TABLE, ["uuid"], unique=True)
    for statement in dirty_triggers(conn):
        op.execute(statement)
    m = _migration_0011()
    now = m.NOW_PG if conn.dialect.name == "postgresql" else m.NOW_SQLITE
    op.execute(  # every file there already: into the sync log at the next capture
        "INSERT INTO sync_dirty (kind, record_id, record_uuid, mark, at_ms) "
        f"SELECT '{KIND}', id, uuid, 1, {now} FROM {TABLE}"
    )


def downgrade() -> None:
    conn = op.get_bind()
    for event in EVENTS:
        if conn.dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS sync_dirty_{TABLE}_{event} ON {TABLE}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS sync_dirty_{TABLE}_{event}")
    op.execute(f"DELETE FROM sync_dirty WHERE kind = '{KIND}'")
    op.drop_index(op.f(f"ix_{TABLE}_uuid"), table_name=TABLE)
    if conn.dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {TABLE} DROP COLUMN uuid")  # not a batch rebuild (triggers)
    else:
        op.drop_column(TABLE, "uuid")
