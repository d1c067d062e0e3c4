"""interaction reference indexes

Promises, claims, requests, feedback and money may name the interaction they came up in
(`interaction_id`, ON DELETE SET NULL). Without an index, deleting one interaction made SQLite
scan all five tables to clear those references: 150–200 ms per interaction at 100k customers,
so deleting a customer with a long history took minutes. With these indexes: ~10 ms. The same
for a promise's `renegotiated_from_id`, cleared when the promise it replaced is deleted.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 23:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("promises", "claims", "requests", "feedback", "money")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_interaction_id", table, ["interaction_id"])
    op.create_index("ix_promises_renegotiated_from_id", "promises", ["renegotiated_from_id"])


def downgrade() -> None:
    op.drop_index("ix_promises_renegotiated_from_id", table_name="promises")
    for table in reversed(TABLES):
        op.drop_index(f"ix_{table}_interaction_id", table_name=table)
