"""customer list summary columns

The customer list sorts by difficulty, trust, last contact and promises over 100k customers; these
columns hold those values on the customer row so the list is one indexed query.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 19:32:58.389922
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("difficulty", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("trust", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("last_contact_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("open_promises", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("next_due", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_customers_difficulty"), ["difficulty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_customers_last_contact_at"), ["last_contact_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_customers_next_due"), ["next_due"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_trust"), ["trust"], unique=False)
    op.execute(
        """
        UPDATE customers SET
          last_contact_at = (SELECT max(at) FROM interactions i WHERE i.customer_id = customers.id),
          open_promises = (SELECT count(*) FROM promises p
                           WHERE p.customer_id = customers.id AND p.status = 'open'),
          next_due = (SELECT min(due) FROM promises p
                      WHERE p.customer_id = customers.id AND p.status = 'open')
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_trust"))
        batch_op.drop_index(batch_op.f("ix_customers_next_due"))
        batch_op.drop_index(batch_op.f("ix_customers_last_contact_at"))
        batch_op.drop_index(batch_op.f("ix_customers_difficulty"))
        batch_op.drop_column("next_due")
        batch_op.drop_column("open_promises")
        batch_op.drop_column("last_contact_at")
        batch_op.drop_column("trust")
        batch_op.drop_column("difficulty")
