"""facts: evidence files, quantities, home currency, fix-our-side decisions

- `attachments` and `attachment_data`: evidence files kept in the book (bytes apart), each
  linked to exactly one promise, claim, interaction or request (deleted with it).
- promises: `quantity`, `unit` (what was promised as a number) and `delivered_quantity`;
  requests: `quantity` and `unit` (what they ask for).
- money: `rate` (what 1 of the currency is worth in the home currency, exact text) and
  `home_amount` (cents), which every sum adds. The home currency is the `currency` setting;
  a book without one gets the currency its money is kept in (the most used one), so a
  single-currency book keeps every value as it is. Amounts in another currency than the home
  one get no rate (NULL): they are left out of sums until a rate is entered, never added at
  their face value. The totals index moves from `amount` to `home_amount`.
- decisions: the `fix_our_side` action with its follow-up (what, who, by when, done).
- PostgreSQL: evidence files join 0009's colleagues' notices (`crmnote_notify`, kind
  `attachment`): a file a colleague attaches or removes shows up as it commits.

Dialects: batch mode recreates the tables on SQLite (run with foreign keys off, as every
migration here); on PostgreSQL the same operations are plain ALTER TABLE statements.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 02:00:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
# Chained after 0007 on its branch, re-chained after main's 0008 (PostgreSQL search and
# filter), then after 0009 (record versions and team members) once that landed on main.
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIONS_BEFORE = "'keep', 'watch', 'reprice', 'refer', 'decline'"
ACTIONS_AFTER = "'keep', 'fix_our_side', 'watch', 'reprice', 'refer', 'decline'"
LINKS = (
    ("promise_id", "promises"),
    ("claim_id", "claims"),
    ("interaction_id", "interactions"),
    ("request_id", "requests"),
)

SHOWN = 20  # ids and customer ids a notice lists, as 0009's notices do; more are "many"
# One notice per statement on `attachments` (no `version` there: an update is a changed note).
NOTIFY_ATTACHMENTS = (
    "CREATE FUNCTION crmnote_notify_attachments() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE n bigint; ids integer[]; customers integer[]; BEGIN "
    "IF TG_OP = 'DELETE' THEN "
    "SELECT count(*) FROM old_rows INTO n; "
    f"ids := ARRAY(SELECT r.id FROM old_rows r ORDER BY r.id LIMIT {SHOWN + 1}); "
    f"customers := ARRAY(SELECT DISTINCT r.customer_id FROM old_rows r LIMIT {SHOWN + 1}); "
    "ELSE "
    "SELECT count(*) FROM new_rows INTO n; "
    f"ids := ARRAY(SELECT r.id FROM new_rows r ORDER BY r.id LIMIT {SHOWN + 1}); "
    f"customers := ARRAY(SELECT DISTINCT r.customer_id FROM new_rows r LIMIT {SHOWN + 1}); "
    "END IF; "
    "IF n > 0 THEN PERFORM crmnote_notify('attachment', lower(TG_OP), n, ids, customers); "
    "END IF; RETURN NULL; END $$"
)
_EVENTS = (
    ("INSERT", "NEW TABLE AS new_rows"),
    ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
    ("DELETE", "OLD TABLE AS old_rows"),
)


def _notify_attachments() -> None:
    """Colleagues' notices for evidence files (PostgreSQL, over 0009's `crmnote_notify`)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(NOTIFY_ATTACHMENTS)
    for event, tables in _EVENTS:
        op.execute(
            f"CREATE TRIGGER crmnote_notify_attachments_{event.lower()} AFTER {event} ON "
            f"attachments REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION "
            "crmnote_notify_attachments()"
        )


def _measure(table: str, delivered: bool) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(sa.Column("quantity", sa.Float(), nullable=True))
        batch_op.add_column(
            sa.Column("unit", sa.String(length=100), nullable=False, server_default="")
        )
        if delivered:
            batch_op.add_column(sa.Column("delivered_quantity", sa.Float(), nullable=True))


def _home_currency(conn: sa.Connection) -> str:
    """The `currency` setting, else the currency most of the money is in (written as the
    setting), else the default EUR."""
    stored = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'currency'")).scalar()
    if stored is not None:
        return str(json.loads(stored)).upper()
    used = conn.execute(
        sa.text(
            "SELECT upper(currency) AS c, count(*) AS n FROM money "
            "GROUP BY upper(currency) ORDER BY n DESC, c LIMIT 1"
        )
    ).first()
    if used is None:
        return "EUR"
    home = str(used[0])
    conn.execute(
        sa.text("INSERT INTO settings (key, value) VALUES ('currency', :v)"),
        {"v": json.dumps(home)},
    )
    return home


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        *(sa.Column(column, sa.Integer(), nullable=True) for column, _ in LINKS),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c, _ in LINKS) + " = 1",
            name=op.f("ck_attachments_one_record"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_attachments_customer_id_customers"),
            ondelete="CASCADE",
        ),
        *(
            sa.ForeignKeyConstraint(
                [column],
                [f"{table}.id"],
                name=op.f(f"fk_attachments_{column}_{table}"),
                ondelete="CASCADE",
            )
            for column, table in LINKS
        ),
        sa.ForeignKeyConstraint(
            ["added_by"],
            ["staff.id"],
            name=op.f("fk_attachments_added_by_staff"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_customer_id"), ["customer_id"])
        for column, _ in LINKS:
            batch_op.create_index(batch_op.f(f"ix_attachments_{column}"), [column])
    op.create_table(
        "attachment_data",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_attachment_data_attachment_id_attachments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_data")),
    )
    _notify_attachments()

    _measure("promises", delivered=True)
    _measure("requests", delivered=False)

    op.drop_index("ix_money_customer_kind_amount", table_name="money")
    with op.batch_alter_table("money", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rate", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("home_amount", sa.Integer(), nullable=True))
    conn = op.get_bind()
    home = _home_currency(conn)
    # Amounts are integer cents already: at rate 1 the home amount is the amount itself.
    conn.execute(
        sa.text(
            "UPDATE money SET currency = upper(currency), rate = '1', home_amount = amount "
            "WHERE upper(currency) = :home"
        ),
        {"home": home},
    )
    op.create_index(
        "ix_money_customer_kind_home_amount", "money", ["customer_id", "kind", "home_amount"]
    )

    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follow_up", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("follow_up_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("follow_up_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("follow_up_done_at", sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_decisions_follow_up_by_staff"),
            "staff",
            ["follow_up_by"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_decisions_follow_up_due"), ["follow_up_due"])
        batch_op.drop_constraint(batch_op.f("ck_decisions_action"), type_="check")
        batch_op.create_check_constraint(
            batch_op.f("ck_decisions_action"), f"action IN ({ACTIONS_AFTER})"
        )


def _drop_columns(table: str, *columns: str) -> None:
    """Drop columns in place: a batch rebuild on SQLite would drop the search index's triggers
    on promises and requests (migration 0003); SQLite 3.35+ drops a column without one."""
    if op.get_bind().dialect.name == "sqlite":
        for column in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        return
    for column in columns:
        op.drop_column(table, column)


def downgrade() -> None:
    op.execute("DELETE FROM decisions WHERE action = 'fix_our_side'")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_decisions_action"), type_="check")
        batch_op.create_check_constraint(
            batch_op.f("ck_decisions_action"), f"action IN ({ACTIONS_BEFORE})"
        )
        batch_op.drop_index(batch_op.f("ix_decisions_follow_up_due"))
        batch_op.drop_constraint(batch_op.f("fk_decisions_follow_up_by_staff"), type_="foreignkey")
        batch_op.drop_column("follow_up_done_at")
        batch_op.drop_column("follow_up_due")
        batch_op.drop_column("follow_up_by")
        batch_op.drop_column("follow_up")
    op.drop_index("ix_money_customer_kind_home_amount", table_name="money")
    _drop_columns("money", "home_amount", "rate")
    op.create_index("ix_money_customer_kind_amount", "money", ["customer_id", "kind", "amount"])
    _drop_columns("requests", "unit", "quantity")
    _drop_columns("promises", "delivered_quantity", "unit", "quantity")
    op.drop_table("attachment_data")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS crmnote_notify_attachments() CASCADE")
    op.drop_table("attachments")
