"""today's ordered indexes: pending claims and requests, open promises and follow-ups in order

Today (and the main window's first screen) reads the first 500 pending claims and requests
oldest first (`ORDER BY raised_at, id`). With only `ix_claims_verdict` / `ix_requests_judgment`
every pending row was found through the index, read from the table and then sorted: 4,836 and
2,551 rows at 100,000 customers, 11–30 ms and 8–25 ms of the window's start under load.

- `ix_claims_verdict_raised_at` on claims `(verdict, raised_at, id)` and
  `ix_requests_judgment_raised_at` on requests `(judgment, raised_at, id)`: the pending ones
  are one range of the index in Today's order, so the read stops after its first 500 entries,
  with no sort. They replace the single-column indexes (their first column).
- `ix_decisions_follow_up_open` on decisions `(follow_up_due, id)`, partial: only the
  follow-ups with a due date not done yet (the terms of Today's query, no parameter, so both
  back ends match it). It replaces `ix_decisions_follow_up_due`, through which Today read
  every follow-up ever done (a table lookup each) before the open ones due later.
- `ix_promises_status_due_id` on promises `(status, due, id)` replaces `(status, due)`: the
  same walk on SQLite (its index entries end with the row id), and on PostgreSQL the overdue
  and due-soon promises come in Today's order `(due, id)` without an incremental sort.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-15 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, state column, the index before, the index after)
PENDING = (
    ("claims", "verdict", "ix_claims_verdict", "ix_claims_verdict_raised_at"),
    ("requests", "judgment", "ix_requests_judgment", "ix_requests_judgment_raised_at"),
)
PROMISES_BEFORE, PROMISES_AFTER = "ix_promises_status_due", "ix_promises_status_due_id"
FOLLOW_UP_OPEN = "follow_up_due IS NOT NULL AND follow_up_done_at IS NULL"


def upgrade() -> None:
    for table, column, before, after in PENDING:
        op.create_index(after, table, [column, "raised_at", "id"])
        op.drop_index(before, table_name=table)
    op.create_index(PROMISES_AFTER, "promises", ["status", "due", "id"])
    op.drop_index(PROMISES_BEFORE, table_name="promises")
    where = sa.text(FOLLOW_UP_OPEN)
    op.create_index(
        "ix_decisions_follow_up_open",
        "decisions",
        ["follow_up_due", "id"],
        sqlite_where=where,
        postgresql_where=where,
    )
    op.drop_index("ix_decisions_follow_up_due", table_name="decisions")


def downgrade() -> None:
    op.create_index("ix_decisions_follow_up_due", "decisions", ["follow_up_due"])
    op.drop_index("ix_decisions_follow_up_open", table_name="decisions")
    op.create_index(PROMISES_BEFORE, "promises", ["status", "due"])
    op.drop_index(PROMISES_AFTER, table_name="promises")
    for table, column, before, after in PENDING:
        op.create_index(before, table, [column])
        op.drop_index(after, table_name=table)
