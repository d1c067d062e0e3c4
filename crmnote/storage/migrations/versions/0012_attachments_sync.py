"""attachments sync: evidence files get a uuid and are marked dirty like every record

- `uuid` on `attachments`: version 7, unique. Existing files get theirs as 0011 gave every other
  record one (from table, id and creation time), so two copies of one book upgraded apart give
  their shared files the same uuids.
- The dirty-marking triggers of 0011 on `attachments` (kind `attachment`): SQLite row triggers
  with an upsert, PostgreSQL row triggers calling 0011's `crmnote_sync_dirty`. Their bytes
  (`attachment_data`) carry no trigger: they are written once, with the attachment's row, and
  never changed (docs/sync.md, "Evidence files").

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-13 10:00:00
"""

import importlib.util
from collections.abc import Sequence
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
    m = _migration_0011()
    m._fill_uuids(conn, TABLE)
    op.create_index(op.f(f"ix_{TABLE}_uuid"), TABLE, ["uuid"], unique=True)
    for statement in dirty_triggers(conn):
        op.execute(statement)


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
