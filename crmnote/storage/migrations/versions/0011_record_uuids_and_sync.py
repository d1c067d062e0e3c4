"""record uuids and sync: identity for every record, the change log of every kind, sync state

- `uuid` on every record table: version 7, unique. Existing records get theirs from their
  kind, id and creation time (48 bits of its milliseconds, the rest from a SHA-256), so two
  copies of one book upgraded apart give their shared records the same uuids.
- `sync_changes`: the change log of every kind (change uuid, record uuid, clock, device,
  author, fields with old and new values, parents); `sync_shadow`: each record as the log last
  left it; `sync_dirty`: the records written since, kept by triggers on every record table (and
  a customer's contacts and tags), whoever writes; `sync_conflicts`; `sync_state` (this book's
  identity, device and clock, the team book it belongs to); `sync_peers` (push and pull cursors).

Triggers are per dialect: SQLite row triggers with an upsert, PostgreSQL row triggers calling
one function; on PostgreSQL a statement trigger on `sync_changes` also refuses changes a member
adds in anyone else's name (the author is the server's to say, as for the change log, 0009). A later batch migration that rebuilds a record table on SQLite must create its
triggers again (`dirty_triggers_sqlite`).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-12 10:00:00
"""

import hashlib
import uuid
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table, kind, columns whose update is no edit (the customer list's summary; and `version` and
# `updated_by`, migration 0009, which each copy keeps for itself)
RECORD_TABLES = (
    ("staff", "staff", ()),
    ("standards", "standard", ()),
    (
        "customers",
        "customer",
        ("difficulty", "trust", "last_contact_at", "open_promises", "next_due"),
    ),
    ("interactions", "interaction", ()),
    ("promises", "promise", ()),
    ("claims", "claim", ()),
    ("requests", "request", ()),
    ("feedback", "feedback", ()),
    ("money", "money", ()),
    ("effort", "effort", ()),
    ("decisions", "decision", ()),
    ("insights", "insight", ()),
)
CHILD_TABLES = ("customer_contacts", "customer_tags")  # a write there is an edit of the customer
NOW_SQLITE = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
NOW_PG = "(extract(epoch FROM clock_timestamp()) * 1000)::bigint"
CHUNK = 5000


def derived_uuid(table: str, record_id: int, created_at: object) -> str:
    """A version-7 uuid from the record's creation time and a hash of where it stands."""
    when = created_at if isinstance(created_at, datetime) else None
    if when is None and isinstance(created_at, str):
        when = datetime.fromisoformat(created_at)
    ms = int(when.timestamp() * 1000) if when else 0
    ms = max(0, min(ms, (1 << 48) - 1))
    digest = hashlib.sha256(f"{table}:{record_id}:{created_at}".encode()).digest()
    rand = int.from_bytes(digest[:10], "big")  # 80 bits, 74 of them used
    value = (ms << 80) | (0x7 << 76) | ((rand >> 62) & 0xFFF) << 64 | (0b10 << 62)
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def _fill_uuids(conn: sa.Connection, table: str) -> None:
    after = -(1 << 62)
    while True:
        rows = conn.execute(
            sa.text(f"SELECT id, created_at FROM {table} WHERE id > :a ORDER BY id LIMIT {CHUNK}"),
            {"a": after},
        ).all()
        if not rows:
            return
        conn.execute(
            sa.text(f"UPDATE {table} SET uuid = :u WHERE id = :i"),
            [{"u": derived_uuid(table, r[0], r[1]), "i": r[0]} for r in rows],
        )
        after = rows[-1][0]


BOOKKEEPING = ("id", "version", "updated_by")


def _synced_columns(conn: sa.Connection, table: str, quiet: Sequence[str]) -> list[str]:
    names = [c["name"] for c in sa.inspect(conn).get_columns(table)]
    return [n for n in names if n not in quiet and n not in BOOKKEEPING]


def _upsert(kind: str, record_id: str, record_uuid: str, now: str) -> str:
    return (
        "INSERT INTO sync_dirty (kind, record_id, record_uuid, mark, at_ms) "
        f"VALUES ('{kind}', {record_id}, {record_uuid}, 1, {now}) "
        "ON CONFLICT (kind, record_id) DO UPDATE SET mark = sync_dirty.mark + 1, "
        "at_ms = excluded.at_ms, "
        "record_uuid = coalesce(excluded.record_uuid, sync_dirty.record_uuid)"
    )


def dirty_triggers_sqlite(conn: sa.Connection) -> list[str]:
    """The statements creating SQLite's triggers (also for a later rebuild of a table)."""
    out = []
    for table, kind, quiet in RECORD_TABLES:
        columns = ", ".join(_synced_columns(conn, table, quiet))
        for event, row, of in (
            ("INSERT", "NEW", ""),
            ("UPDATE", "NEW", f" OF {columns}"),
            ("DELETE", "OLD", ""),
        ):
            out.append(
                f"CREATE TRIGGER sync_dirty_{table}_{event.lower()} AFTER {event}{of} ON {table} "
                f"BEGIN {_upsert(kind, f'{row}.id', f'{row}.uuid', NOW_SQLITE)}; END"
            )
    for table in CHILD_TABLES:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            out.append(
                f"CREATE TRIGGER sync_dirty_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {_upsert('customer', f'{row}.customer_id', 'NULL', NOW_SQLITE)}; END"
            )
    return out


# While sync itself writes (a transaction applying changes sets crmnote.sync_applying), there is
# nothing to mark: what it writes is already in the log.
APPLYING = "crmnote.sync_applying"
PG_FUNCTION = (
    "CREATE FUNCTION crmnote_sync_dirty() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE r jsonb; BEGIN "
    f"IF current_setting('{APPLYING}', true) = 'on' THEN RETURN NULL; END IF; "
    "IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF; "
    "IF TG_ARGV[1] = 'child' THEN "
    + _upsert("customer", "(r->>'customer_id')::integer", "NULL", NOW_PG)
    + "; ELSE "
    + _upsert("KIND", "(r->>'id')::integer", "r->>'uuid'", NOW_PG).replace("'KIND'", "TG_ARGV[0]")
    + "; END IF; RETURN NULL; END $$"
)


# The author of a change is the server's to say, as for the change log (0009): a member adds
# changes in the name of their own staff member only (a laptop pushing, the desktop app).
PG_AUTHOR = (
    "CREATE FUNCTION crmnote_sync_author() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE member integer := crmnote_member(); who text; BEGIN "
    "IF member IS NOT NULL THEN "
    "SELECT uuid INTO who FROM staff WHERE id = member; "
    "IF EXISTS (SELECT 1 FROM new_rows WHERE author IS DISTINCT FROM who) THEN "
    "RAISE EXCEPTION 'role % adds changes in the name of its own staff member only', "
    "session_user USING ERRCODE = 'insufficient_privilege'; END IF; "
    "END IF; RETURN NULL; END $$"
)


def _triggers_postgresql(conn: sa.Connection) -> None:
    op.execute(PG_AUTHOR)
    op.execute(
        "CREATE TRIGGER sync_changes_author AFTER INSERT ON sync_changes REFERENCING NEW TABLE "
        "AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crmnote_sync_author()"
    )
    op.execute(PG_FUNCTION)
    for table, kind, quiet in RECORD_TABLES:
        columns = ", ".join(_synced_columns(conn, table, quiet))
        for event, of in (("INSERT", ""), ("UPDATE", f" OF {columns}"), ("DELETE", "")):
            op.execute(
                f"CREATE TRIGGER sync_dirty_{table}_{event.lower()} AFTER {event}{of} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION crmnote_sync_dirty('{kind}', 'record')"
            )
    for table in CHILD_TABLES:
        op.execute(
            f"CREATE TRIGGER sync_dirty_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION crmnote_sync_dirty('customer', 'child')"
        )


def upgrade() -> None:
    conn = op.get_bind()
    for table, _kind, _quiet in RECORD_TABLES:
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        _fill_uuids(conn, table)
        op.create_index(op.f(f"ix_{table}_uuid"), table, ["uuid"], unique=True)
    op.create_table(
        "sync_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_uuid", sa.String(length=36), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("op", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.String(length=100), nullable=False),
        sa.Column("device", sa.String(length=64), nullable=False),
        sa.Column("author", sa.String(length=36), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("parents", sa.Text(), nullable=False),
        sa.Column("resolves", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=36), nullable=True),
        sa.CheckConstraint(
            "op IN ('create', 'update', 'delete', 'restore', 'resolve')",
            name=op.f("ck_sync_changes_op"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_changes")),
        sa.UniqueConstraint("change_uuid", name=op.f("uq_sync_changes_change_uuid")),
    )
    op.create_index(op.f("ix_sync_changes_record_uuid"), "sync_changes", ["record_uuid"])
    op.create_table(
        "sync_shadow",
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("state", sa.Text(), nullable=True),
        sa.Column("heads", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("record_uuid", name=op.f("pk_sync_shadow")),
    )
    op.create_table(
        "sync_dirty",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=True),
        sa.Column("mark", sa.Integer(), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id", name=op.f("pk_sync_dirty")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("loser_change", sa.String(length=36), nullable=False),
        sa.Column("winner_change", sa.String(length=36), nullable=True),
        sa.Column("loser_value", sa.Text(), nullable=False),
        sa.Column("winner_value", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(op.f("ix_sync_conflicts_record_uuid"), "sync_conflicts", ["record_uuid"])
    op.create_index("ix_sync_conflicts_open", "sync_conflicts", ["resolved", "record_uuid"])
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_peers",
        sa.Column("peer", sa.String(length=36), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("pushed", sa.Integer(), nullable=False),
        sa.Column("pulled", sa.Integer(), nullable=False),
        sa.Column("last_sync", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("peer", name=op.f("pk_sync_peers")),
    )
    if conn.dialect.name == "postgresql":
        _triggers_postgresql(conn)
    else:
        for statement in dirty_triggers_sqlite(conn):
            op.execute(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS crmnote_sync_dirty() CASCADE")
        op.execute("DROP FUNCTION IF EXISTS crmnote_sync_author() CASCADE")
    else:
        for table, _kind, _quiet in RECORD_TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS sync_dirty_{table}_{event}")
        for table in CHILD_TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS sync_dirty_{table}_{event}")
    for name in (
        "sync_peers",
        "sync_state",
        "sync_conflicts",
        "sync_dirty",
        "sync_shadow",
        "sync_changes",
    ):
        op.drop_table(name)
    for table, _kind, _quiet in reversed(RECORD_TABLES):
        op.drop_index(op.f(f"ix_{table}_uuid"), table_name=table)
        if conn.dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} DROP COLUMN uuid")  # not a batch rebuild (triggers)
        else:
            op.drop_column(table, "uuid")
