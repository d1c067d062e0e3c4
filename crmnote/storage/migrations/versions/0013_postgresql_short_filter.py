"""postgresql short filter: an index for one- and two-character customer filters

A filter of one or two characters cannot use 0008's trigram index (pg_trgm pads words: `%gi%`
gives no trigram). The planner walked the customer name index testing each customer's text;
for a pair few customers hold (`zq`, `gi`) that read every text, ~100–200 ms at 100,000
customers.

- `crmnote_grams(text)`: the distinct single characters and pairs of adjacent characters of
  the folded text (`crmnote_fold`), as a `text[]`. A folded filter of one or two characters
  occurs in a text exactly when it is one of these.
- `ix_customer_text_grams`: a GIN index on `crmnote_grams(text)` of `customer_text`, with a
  larger statistics target: ANALYZE keeps the frequency of up to 10,000 single characters and
  pairs, so the planner can tell a rare pair (read its few texts from the index) from a common
  one (walk the list's order, stopping at the page's last match).

On SQLite this revision does nothing (a short filter there is a scan of one narrow table).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-14 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GRAMS = (
    "CREATE FUNCTION crmnote_grams(value text) RETURNS text[] LANGUAGE sql IMMUTABLE "
    "PARALLEL SAFE AS $$ SELECT coalesce(array_agg(DISTINCT substr(f, i, n)), '{}') "
    "FROM (SELECT crmnote_fold(value) AS f) AS folded, generate_series(1, length(f)) AS i, "
    "(VALUES (1), (2)) AS width(n) WHERE i + n - 1 <= length(f) $$"
)
INDEX = "ix_customer_text_grams"
# Elements whose frequency ANALYZE keeps: 10 × the target (letters, digits and their pairs).
STATISTICS = 1000


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(GRAMS)
    op.execute(f"CREATE INDEX {INDEX} ON customer_text USING gin (crmnote_grams(text))")
    op.execute(f"ALTER INDEX {INDEX} ALTER COLUMN 1 SET STATISTICS {STATISTICS}")
    op.execute("ANALYZE customer_text")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute("DROP FUNCTION IF EXISTS crmnote_grams(text)")
