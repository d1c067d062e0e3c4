"""record versions and team members

Both back ends:
- `version` on every record people edit (customers, staff, interactions, standards, promises,
  claims, requests, feedback, money, effort, decisions): 1 for the records there are, one up
  with every saved change. An edit made on an older version is refused instead of silently
  overwriting a colleague's change (storage/rows.py `Versioned`); `updated_by`, the staff
  member who saved that version (unknown, NULL, for what was saved before), so the refusal
  can say who changed it.
- `team_members`: a team book's sign-in (login) roles and the staff member each records as.
  Empty on SQLite and on a PostgreSQL book before `crmnote team init`.

PostgreSQL only:
- `crmnote_member()`: the staff member the signed-in role (`session_user`) records as.
- The change log's author is the server's to say: a statement-level trigger refuses entries a
  member writes in anyone else's name (SQLSTATE 42501), and entries with an author at all from
  a role that is neither a member nor the book's owner.
- Colleagues' changes: statement-level triggers on the record tables (and settings) send a
  small NOTIFY on channel `crmnote_changes` at commit: kind, insert/update/delete, how many, up
  to 20 ids and customer ids, the author's staff id and role, the sending backend's pid and
  its transaction id (so a listener tells one commit's notices from the next one's).
  An update counts only where `version` moved, so the list's summary columns (rewritten with
  every logged call) and references cleared by a delete announce nothing of their own.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table, kind, the column naming the customer ("" when the kind belongs to no customer)
VERSIONED = (
    ("customers", "customer", "id"),
    ("staff", "staff", ""),
    ("interactions", "interaction", "customer_id"),
    ("standards", "standard", ""),
    ("promises", "promise", "customer_id"),
    ("claims", "claim", "customer_id"),
    ("requests", "request", "customer_id"),
    ("feedback", "feedback", "customer_id"),
    ("money", "money", "customer_id"),
    ("effort", "effort", "customer_id"),
    ("decisions", "decision", "customer_id"),
)
CHANNEL = "crmnote_changes"
SHOWN = 20  # ids and customer ids a notice lists; more are "many" (null)

MEMBER = (
    "CREATE FUNCTION crmnote_member() RETURNS integer LANGUAGE sql STABLE AS $$ "
    "SELECT staff_id FROM team_members WHERE role = session_user::text $$"
)

AUTHOR = (
    "CREATE FUNCTION crmnote_change_log_author() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE member integer := crmnote_member(); BEGIN "
    "IF member IS NOT NULL THEN "
    "IF EXISTS (SELECT 1 FROM new_rows WHERE staff_id IS DISTINCT FROM member) THEN "
    "RAISE EXCEPTION 'role % writes the change log in the name of its own staff member (%) "
    "only', session_user, member USING ERRCODE = 'insufficient_privilege'; END IF; "
    # Not a member: the book's owner (a one-person book, a migration, a copy) writes as the
    # app says; anyone else only without an author.
    "ELSIF NOT pg_has_role(session_user, (SELECT relowner FROM pg_class "
    "WHERE oid = 'change_log'::regclass), 'USAGE') "
    "AND EXISTS (SELECT 1 FROM new_rows WHERE staff_id IS NOT NULL) THEN "
    "RAISE EXCEPTION 'role % is no member of this team book and cannot write the change log "
    "in anyone''s name', session_user USING ERRCODE = 'insufficient_privilege'; "
    "END IF; RETURN NULL; END $$"
)

NOTIFY = (
    "CREATE FUNCTION crmnote_notify(kind text, op text, n bigint, ids integer[], "
    "customers integer[]) RETURNS void LANGUAGE sql AS $$ "
    f"SELECT pg_notify('{CHANNEL}', json_build_object("
    "'kind', kind, 'op', op, 'n', n, "
    f"'ids', CASE WHEN n <= {SHOWN} THEN ids END, "
    f"'customers', CASE WHEN cardinality(customers) <= {SHOWN} THEN customers END, "
    "'author', crmnote_member(), 'role', session_user, 'pid', pg_backend_pid(), "
    "'xact', txid_current())::text) $$"
)


def _notify_function(table: str, kind: str, customer: str) -> str:
    """The trigger function announcing one table's changed rows in one notice."""

    def summary(rows: str, where: str = "") -> str:
        customers = (
            f"ARRAY(SELECT DISTINCT r.{customer} FROM {rows} {where} LIMIT {SHOWN + 1})"
            if customer
            else "'{}'::integer[]"
        )
        return (
            f"SELECT count(*) FROM {rows} {where} INTO n; "
            f"ids := ARRAY(SELECT r.id FROM {rows} {where} ORDER BY r.id LIMIT {SHOWN + 1}); "
            f"customers := {customers}; "
        )

    changed = "new_rows r JOIN old_rows o ON o.id = r.id"
    return (
        f"CREATE FUNCTION crmnote_notify_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE n bigint; ids integer[]; customers integer[]; BEGIN "
        f"IF TG_OP = 'INSERT' THEN {summary('new_rows r')}"
        f"ELSIF TG_OP = 'UPDATE' THEN {summary(changed, 'WHERE r.version <> o.version')}"
        f"ELSE {summary('old_rows r')}"
        "END IF; "
        f"IF n > 0 THEN PERFORM crmnote_notify('{kind}', lower(TG_OP), n, ids, customers); "
        "END IF; RETURN NULL; END $$"
    )


SETTINGS_NOTIFY = (
    "CREATE FUNCTION crmnote_notify_settings() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "PERFORM crmnote_notify('settings', lower(TG_OP), 1, '{}'::integer[], '{}'::integer[]); "
    "RETURN NULL; END $$"
)

_EVENTS = (
    ("INSERT", "NEW TABLE AS new_rows"),
    ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
    ("DELETE", "OLD TABLE AS old_rows"),
)


def upgrade() -> None:
    for table, _kind, _customer in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        op.add_column(table, sa.Column("updated_by", sa.Integer(), nullable=True))
    op.create_table(
        "team_members",
        sa.Column("role", sa.String(length=63), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_team_members_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("role", name=op.f("pk_team_members")),
    )
    op.create_index(op.f("ix_team_members_staff_id"), "team_members", ["staff_id"])
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(MEMBER)
    op.execute(AUTHOR)
    op.execute(
        "CREATE TRIGGER change_log_author AFTER INSERT ON change_log REFERENCING NEW TABLE "
        "AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crmnote_change_log_author()"
    )
    op.execute(NOTIFY)
    for table, kind, customer in VERSIONED:
        op.execute(_notify_function(table, kind, customer))
        for event, tables in _EVENTS:
            op.execute(
                f"CREATE TRIGGER crmnote_notify_{table}_{event.lower()} AFTER {event} ON {table} "
                f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION "
                f"crmnote_notify_{table}()"
            )
    op.execute(SETTINGS_NOTIFY)
    op.execute(
        "CREATE TRIGGER crmnote_notify_settings AFTER INSERT OR UPDATE OR DELETE ON settings "
        "FOR EACH STATEMENT EXECUTE FUNCTION crmnote_notify_settings()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS crmnote_notify_settings() CASCADE")
        for table, _kind, _customer in VERSIONED:
            op.execute(f"DROP FUNCTION IF EXISTS crmnote_notify_{table}() CASCADE")
        op.execute(
            "DROP FUNCTION IF EXISTS crmnote_notify(text, text, bigint, integer[], integer[])"
        )
        op.execute("DROP FUNCTION IF EXISTS crmnote_change_log_author() CASCADE")
        op.execute("DROP FUNCTION IF EXISTS crmnote_member()")
    op.drop_index(op.f("ix_team_members_staff_id"), table_name="team_members")
    op.drop_table("team_members")
    for table, _kind, _customer in reversed(VERSIONED):
        if op.get_bind().dialect.name == "sqlite":
            # Not a batch rebuild: that would drop the search and filter triggers (0003, 0006).
            op.execute(f"ALTER TABLE {table} DROP COLUMN updated_by")
            op.execute(f"ALTER TABLE {table} DROP COLUMN version")
        else:
            op.drop_column(table, "updated_by")
            op.drop_column(table, "version")
