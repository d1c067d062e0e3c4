"""postgresql short text shares: how common each character and pair is, for every member

The list finds the page of a one- or two-character filter one of two ways
(`storage/list_queries.py`): walking the first customers of its order (fast for a common
text, wasted for a rarer one) or reading migration 0013's index (fast for a rarer one). And it
counts a common text by reading texts until past its cap, a rarer one from the index. What
tells them apart is ANALYZE's frequency of each element of `ix_customer_text_grams`, which
`pg_stats` shows only to the table's owner: a staff member or a viewer sees no row.

- `crmnote_short_text_shares(book_schema)`: the elements and their frequencies of that index
  in that schema, read with the rights of its owner (`SECURITY DEFINER`, with a fixed
  `search_path`). It tells nothing a member could not count from the texts they may read.

On SQLite this revision does nothing.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-16 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHARES = (
    "CREATE FUNCTION crmnote_short_text_shares(book_schema name) "
    "RETURNS TABLE (element text, share real) LANGUAGE sql STABLE SECURITY DEFINER "
    "SET search_path = pg_catalog, pg_temp AS $$ "
    "SELECT u.element, u.share FROM pg_stats AS s, "
    "unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(element, share) "
    "WHERE s.schemaname = book_schema AND s.tablename = 'ix_customer_text_grams' "
    "AND u.element IS NOT NULL $$"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(SHARES)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION IF EXISTS crmnote_short_text_shares(name)")
