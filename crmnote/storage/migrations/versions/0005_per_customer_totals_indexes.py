"""per-customer totals indexes

Logging an interaction refreshes the customer's list columns and cost to serve with three
aggregates over that customer's records: open promises (count, earliest due), minutes spent,
money by kind. With only a customer_id index each read every record of the customer, so a
customer with 10,000 interactions logged ~60% slower than one with 10 (bench/log_bench.py).
These covering indexes answer them from the index alone (open promises: only the open ones).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 21:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_promises_customer_status_due", "promises", ["customer_id", "status", "due"])
    op.create_index("ix_interactions_customer_minutes", "interactions", ["customer_id", "minutes"])
    op.create_index("ix_money_customer_kind_amount", "money", ["customer_id", "kind", "amount"])


def downgrade() -> None:
    op.drop_index("ix_money_customer_kind_amount", table_name="money")
    op.drop_index("ix_interactions_customer_minutes", table_name="interactions")
    op.drop_index("ix_promises_customer_status_due", table_name="promises")
