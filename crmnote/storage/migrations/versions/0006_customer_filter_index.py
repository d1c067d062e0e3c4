"""customer filter index

Filter-as-you-type matches text anywhere in a customer's name, company, emails, phones and
tags. As LIKE '%…%' over four tables that read every customer on each keystroke (~400 ms at
100k customers). `customer_text` holds those values as one text per customer, kept in step by
triggers whoever writes; an FTS5 trigram index over it answers a substring of three characters
or more from the index (a few ms), and a shorter one is a LIKE over that single narrow table.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 22:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Values are joined by a line feed: the search box is one line, so no match spans two values.
_TEXT = (
    "c.name || char(10) || coalesce(c.company, '') || char(10) || "
    "coalesce((SELECT group_concat(k.value, char(10)) FROM customer_contacts k "
    "WHERE k.customer_id = c.id), '') || char(10) || "
    "coalesce((SELECT group_concat(t.tag, char(10)) FROM customer_tags t "
    "WHERE t.customer_id = c.id), '')"
)


def _refresh(customer: str) -> str:
    """Statements that rewrite one customer's text (nothing when the customer is gone)."""
    return (
        f"DELETE FROM customer_text WHERE id = {customer}; "
        f"INSERT INTO customer_text(id, text) SELECT c.id, {_TEXT} FROM customers c "
        f"WHERE c.id = {customer};"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE customer_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    # External content: the trigram index keeps no second copy of the text.
    op.execute(
        "CREATE VIRTUAL TABLE customer_text_index USING fts5("
        "text, content = 'customer_text', content_rowid = 'id', tokenize = 'trigram')"
    )
    op.execute(
        "CREATE TRIGGER customer_text_insert AFTER INSERT ON customer_text BEGIN "
        "INSERT INTO customer_text_index(rowid, text) VALUES (new.id, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER customer_text_delete AFTER DELETE ON customer_text BEGIN "
        "INSERT INTO customer_text_index(customer_text_index, rowid, text) "
        "VALUES ('delete', old.id, old.text); END"
    )
    op.execute(f"INSERT INTO customer_text(id, text) SELECT c.id, {_TEXT} FROM customers c")
    op.execute(
        "CREATE TRIGGER customer_text_customers_insert AFTER INSERT ON customers BEGIN "
        f"{_refresh('new.id')} END"
    )
    op.execute(
        "CREATE TRIGGER customer_text_customers_update AFTER UPDATE OF name, company "
        f"ON customers BEGIN {_refresh('new.id')} END"
    )
    op.execute(
        "CREATE TRIGGER customer_text_customers_delete AFTER DELETE ON customers BEGIN "
        "DELETE FROM customer_text WHERE id = old.id; END"
    )
    for table, watched in (("customer_contacts", "value"), ("customer_tags", "tag")):
        op.execute(
            f"CREATE TRIGGER customer_text_{table}_insert AFTER INSERT ON {table} BEGIN "
            f"{_refresh('new.customer_id')} END"
        )
        op.execute(
            f"CREATE TRIGGER customer_text_{table}_delete AFTER DELETE ON {table} BEGIN "
            f"{_refresh('old.customer_id')} END"
        )
        op.execute(
            f"CREATE TRIGGER customer_text_{table}_update AFTER UPDATE OF {watched}, customer_id "
            f"ON {table} BEGIN {_refresh('old.customer_id')} {_refresh('new.customer_id')} END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in (
        "customers_insert",
        "customers_update",
        "customers_delete",
        "customer_contacts_insert",
        "customer_contacts_delete",
        "customer_contacts_update",
        "customer_tags_insert",
        "customer_tags_delete",
        "customer_tags_update",
        "insert",
        "delete",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS customer_text_{trigger}")
    op.execute("DROP TABLE IF EXISTS customer_text_index")
    op.execute("DROP TABLE IF EXISTS customer_text")
