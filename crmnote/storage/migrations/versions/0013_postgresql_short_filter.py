"""postgresql short filter: an index for one- and two-character customer filters

A filter of one or two characters cannot use 0008's trigram index (pg_trgm pads words: `%gi%`
gives no trigram). The planner walked the customer name index testing each customer's text;
for a pair few customers hold (`zq`, `gi`) that read every text, ~100–200 ms at 100,000
customers.

- `crmnote_grams(text)`: the single characters and pairs of adjacent characters of the folded
  text (`crmnote_fold`), as a `text[]`. A folded filter of one or two characters occurs in a
  text exactly when it is one of these.
- `ix_customer_text_grams`: a GIN index on `crmnote_grams(text)` of `customer_text`, with a
  larger statistics target (ANALYZE keeps the frequency of up to 10,000 single characters and
  pairs). A common letter's page is found by walking the list's order first
  (`storage/list_queries.py`, as on SQLite); the index answers what that walk does not, and
  the count.

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

# The characters (string_to_array with a NULL separator splits into characters) and each one
# joined to the next. Repeats are left in: the index keeps each key once per row, and ANALYZE
# counts an element once per row. ~0.1 ms a call: queries read the index, never compute it text
# by text (storage/list_postgres.py). `crmnote_fold` is named with its schema: pg_restore
# rebuilds the index with an empty search_path, where an unqualified name is not found.
GRAMS = (
    "CREATE FUNCTION crmnote_grams(value text) RETURNS text[] LANGUAGE sql IMMUTABLE "
    "PARALLEL SAFE AS $$ SELECT u || ARRAY(SELECT a || b FROM unnest(u, u[2:]) "
    "AS pair(a, b) WHERE b IS NOT NULL) FROM (SELECT string_to_array({schema}.crmnote_fold(value), "
    "NULL) AS u) AS characters $$"
)
INDEX = "ix_customer_text_grams"
# Elements whose frequency ANALYZE keeps: 10 × the target (letters, digits and their pairs).
STATISTICS = 1000


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    bind = op.get_bind()
    current = bind.exec_driver_sql("SELECT current_schema()").scalar()
    schema = bind.dialect.identifier_preparer.quote(str(current))
    op.execute(GRAMS.format(schema=schema))
    op.execute(f"CREATE INDEX {INDEX} ON customer_text USING gin (crmnote_grams(text))")
    op.execute(f"ALTER INDEX {INDEX} ALTER COLUMN 1 SET STATISTICS {STATISTICS}")
    op.execute("ANALYZE customer_text")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute("DROP FUNCTION IF EXISTS crmnote_grams(text)")
