"""postgresql search and filter

Migrations 0003 (full-text search) and 0006 (customer filter) build their indexes with SQLite's
FTS5 and skip other databases. This revision builds the same two on PostgreSQL with its own
engines, kept by the database itself whoever writes; on SQLite it does nothing.

Why a new revision rather than PostgreSQL branches in 0003 and 0006: a PostgreSQL book made by
an earlier crmnote is already at 0007 without them, and would never run an edited 0003 again.

- `crmnote_fold(text)`: lower case over all of Unicode (ICU's root locale when the server has
  ICU, so it does not depend on the database's locale); `crmnote_words(text)`: that, with
  every run of characters other than letters and digits turned into one space, so words split
  where SQLite's unicode61 tokenizer splits them (an address `anna@example.com` is three words).
- The text search configuration `crmnote_search`: the default parser, `unaccent` then
  `simple` (no stemming, no stop words): accent- and case-insensitive like `remove_diacritics`.
- `search_index`: one row per searchable record, id `record id × 8 + kind code` as in 0003,
  the title and body copied by statement-level triggers on the six source tables, and a
  generated `document` tsvector (title weight A, body weight B, a one-position gap between them
  so a phrase never spans the two, as FTS5 columns), GIN-indexed.
- `customer_text`: one text per customer (name, company, contact values, tags, joined by line
  feeds as in 0006), kept by triggers on customers, contacts and tags, with a `pg_trgm` GIN
  index on its folded text: a case-insensitive substring is a `LIKE` the index answers. The
  triggers take a transaction-level advisory lock per customer before they rewrite its text, so
  two sessions adding contacts to one customer at once both end up in it.
- `ix_customers_name_c`: the customer list sorts text in code point order (`COLLATE "C"`), as
  SQLite does, whatever the database's locale; this index serves that order.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table, kind, code, title expression, body expression, columns whose change re-indexes (0003)
SOURCES = (
    (
        "customers",
        "customer",
        1,
        "{r}.name",
        "{r}.company || ' ' || {r}.notes",
        "name, company, notes",
    ),
    ("interactions", "interaction", 2, "{r}.summary", "{r}.notes", "summary, notes, customer_id"),
    ("promises", "promise", 3, "{r}.text", "{r}.evidence", "text, evidence, customer_id"),
    ("claims", "claim", 4, "{r}.text", "{r}.verdict_note", "text, verdict_note, customer_id"),
    ("requests", "request", 5, "{r}.text", "{r}.judgment_note", "text, judgment_note, customer_id"),
    ("feedback", "feedback", 6, "{r}.text", "{r}.theme", "text, theme, customer_id"),
)

# Advisory lock class of the customer filter texts ("crm" in ASCII).
FILTER_LOCK = 6517357

# One customer's text over the row alias `c`: values joined by a line feed (0006).
TEXT = (
    "c.name || chr(10) || coalesce(c.company, '') || chr(10) || "
    "coalesce((SELECT string_agg(k.value, chr(10) ORDER BY k.id) FROM customer_contacts k "
    "WHERE k.customer_id = c.id), '') || chr(10) || "
    "coalesce((SELECT string_agg(t.tag, chr(10) ORDER BY t.tag) FROM customer_tags t "
    "WHERE t.customer_id = c.id), '')"
)

TOKEN_TYPES = (
    "asciiword, word, numword, uint, int, "
    "asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart"
)


def _collate() -> str:
    """ICU's root locale when the server has ICU, else the database's own."""
    found = (
        op.get_bind()
        .exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'")
        .first()
    )
    return '"und-x-icu"' if found else '"default"'


def _functions(collate: str) -> list[str]:
    return [
        "CREATE FUNCTION crmnote_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE "
        f"PARALLEL SAFE AS $$ SELECT lower(value COLLATE {collate}) $$",
        "CREATE FUNCTION crmnote_words(value text) RETURNS text LANGUAGE sql IMMUTABLE "
        f"PARALLEL SAFE AS $$ SELECT regexp_replace(lower(value COLLATE {collate}), "
        "'[^[:alnum:]]+', ' ', 'g') $$",
        "CREATE TEXT SEARCH CONFIGURATION crmnote_search (PARSER = default)",
        f"ALTER TEXT SEARCH CONFIGURATION crmnote_search ADD MAPPING FOR {TOKEN_TYPES} "
        "WITH unaccent, simple",
    ]


def _vector(column: str, weight: str) -> str:
    return (
        f"setweight(to_tsvector('crmnote_search'::regconfig, "
        f"coalesce(crmnote_words({column}), '')), '{weight}')"
    )


SEARCH_TABLE = (
    "CREATE TABLE search_index ("
    "id bigint NOT NULL, kind varchar(32) NOT NULL, record_id integer NOT NULL, "
    "customer_id integer NOT NULL, title text, body text, "
    f"document tsvector GENERATED ALWAYS AS ({_vector('title', 'A')} || "
    # `\\:` keeps SQLAlchemy from reading `:1` as a parameter.
    f"$gap$' '\\:1$gap$::tsvector || {_vector('body', 'B')}) STORED, "
    "CONSTRAINT pk_search_index PRIMARY KEY (id))"
)


def _rows(table: str, kind: str, code: int, title: str, body: str, r: str) -> str:
    customer = f"{r}.id" if kind == "customer" else f"{r}.customer_id"
    return (
        f"SELECT {r}.id::bigint * 8 + {code}, '{kind}', {r}.id, {customer}, "
        f"{title.format(r=r)}, {body.format(r=r)}"
    )


_INSERT = "INSERT INTO search_index (id, kind, record_id, customer_id, title, body) "
_UPSERT = (
    " ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, "
    "title = excluded.title, body = excluded.body"
)


def _search_triggers(
    table: str, kind: str, code: int, title: str, body: str, watched: str
) -> list[str]:
    """The trigger function and its three statement-level triggers for one source table."""
    changed = " OR ".join(f"o.{c} IS DISTINCT FROM n.{c}" for c in watched.split(", "))
    function = (
        f"CREATE FUNCTION search_{table}_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP = 'INSERT' THEN {_INSERT}{_rows(table, kind, code, title, body, 'n')} "
        "FROM new_rows n; "
        f"ELSIF TG_OP = 'UPDATE' THEN {_INSERT}{_rows(table, kind, code, title, body, 'n')} "
        f"FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {changed}{_UPSERT}; "
        f"ELSE DELETE FROM search_index s USING old_rows o WHERE s.id = o.id::bigint * 8 + {code}; "
        "END IF; RETURN NULL; END $$"
    )
    out = [function]
    for event, tables in (
        ("INSERT", "NEW TABLE AS new_rows"),
        ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
        ("DELETE", "OLD TABLE AS old_rows"),
    ):
        out.append(
            f"CREATE TRIGGER search_{table}_{event.lower()} AFTER {event} ON {table} "
            f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION search_{table}_sync()"
        )
    return out


FILTER_REFRESH = (
    "CREATE FUNCTION customer_text_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$ "
    "BEGIN "
    # Waits for another transaction rewriting these customers' texts; the statements after it
    # then see what that one committed (READ COMMITTED: a fresh snapshot per statement).
    f"PERFORM pg_advisory_xact_lock({FILTER_LOCK}, i) FROM "
    "(SELECT DISTINCT unnest(ids) AS i ORDER BY 1) AS locked; "
    "DELETE FROM customer_text x WHERE x.id = ANY(ids) "
    "AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = x.id); "
    f"INSERT INTO customer_text (id, text) SELECT c.id, {TEXT} FROM customers c "
    "WHERE c.id = ANY(ids) ON CONFLICT (id) DO UPDATE SET text = excluded.text "
    "WHERE customer_text.text IS DISTINCT FROM excluded.text; "
    "END $$"
)

# table, the customer id column, columns whose change rewrites the text
_FILTER_SOURCES = (
    ("customers", "id", "name, company"),
    ("customer_contacts", "customer_id", "value, customer_id"),
    ("customer_tags", "customer_id", "tag, customer_id"),
)


def _filter_triggers(table: str, key: str, watched: str) -> list[str]:
    changed = " OR ".join(f"o.{c} IS DISTINCT FROM n.{c}" for c in watched.split(", "))
    function = (
        f"CREATE FUNCTION customer_text_{table}_sync() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        f"IF TG_OP = 'INSERT' THEN PERFORM customer_text_refresh(ARRAY(SELECT n.{key} "
        "FROM new_rows n)); "
        # Contacts and tags have no single-column id to pair old and new rows by: every
        # customer the statement touched is rewritten (the function skips unchanged texts).
        + (
            "ELSIF TG_OP = 'UPDATE' THEN PERFORM customer_text_refresh(ARRAY("
            f"SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {changed})); "
            if table == "customers"
            else "ELSIF TG_OP = 'UPDATE' THEN PERFORM customer_text_refresh(ARRAY("
            f"SELECT n.{key} FROM new_rows n UNION SELECT o.{key} FROM old_rows o)); "
        )
        + f"ELSE PERFORM customer_text_refresh(ARRAY(SELECT o.{key} FROM old_rows o)); "
        "END IF; RETURN NULL; END $$"
    )
    out = [function]
    for event, tables in (
        ("INSERT", "NEW TABLE AS new_rows"),
        ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
        ("DELETE", "OLD TABLE AS old_rows"),
    ):
        out.append(
            f"CREATE TRIGGER customer_text_{table}_{event.lower()} AFTER {event} ON {table} "
            f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION "
            f"customer_text_{table}_sync()"
        )
    return out


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for statement in _functions(_collate()):
        op.execute(statement)
    op.execute(SEARCH_TABLE)
    for table, kind, code, title, body, _ in SOURCES:
        op.execute(f"{_INSERT}{_rows(table, kind, code, title, body, 't')} FROM {table} t")
    op.execute("CREATE INDEX ix_search_index_document ON search_index USING gin (document)")
    op.execute("CREATE INDEX ix_search_index_customer_id ON search_index (customer_id)")
    for table, kind, code, title, body, watched in SOURCES:
        for statement in _search_triggers(table, kind, code, title, body, watched):
            op.execute(statement)
    op.execute("CREATE TABLE customer_text (id integer NOT NULL, text text NOT NULL, "
               "CONSTRAINT pk_customer_text PRIMARY KEY (id))")  # fmt: skip
    op.execute(f"INSERT INTO customer_text (id, text) SELECT c.id, {TEXT} FROM customers c")
    op.execute(
        "CREATE INDEX ix_customer_text_trigram ON customer_text "
        "USING gin (crmnote_fold(text) gin_trgm_ops)"
    )
    op.execute(FILTER_REFRESH)
    for table, key, watched in _FILTER_SOURCES:
        for statement in _filter_triggers(table, key, watched):
            op.execute(statement)
    op.execute('CREATE INDEX ix_customers_name_c ON customers (name COLLATE "C", id)')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_customers_name_c")
    for table, *_ in _FILTER_SOURCES:
        op.execute(f"DROP FUNCTION IF EXISTS customer_text_{table}_sync() CASCADE")
    op.execute("DROP FUNCTION IF EXISTS customer_text_refresh(integer[])")
    op.execute("DROP TABLE IF EXISTS customer_text")
    for table, *_ in SOURCES:
        op.execute(f"DROP FUNCTION IF EXISTS search_{table}_sync() CASCADE")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS crmnote_search")
    op.execute("DROP FUNCTION IF EXISTS crmnote_words(text)")
    op.execute("DROP FUNCTION IF EXISTS crmnote_fold(text)")
