"""full-text search

An FTS5 index over the text people search for (customer names and notes, interaction summaries
and notes, promises, claims, requests, feedback), kept in step by triggers so it is consistent
after every commit, whoever writes. Row ids are `record id × 8 + kind code`, so a trigger finds
its index row by rowid instead of scanning.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 20:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table, kind, code, title expression, body expression, columns whose change re-indexes
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


def _customer(kind: str, r: str) -> str:
    return f"{r}.id" if kind == "customer" else f"{r}.customer_id"


def _insert(table: str, kind: str, code: int, title: str, body: str, r: str) -> str:
    return (
        "INSERT INTO search_index(rowid, kind, record_id, customer_id, title, body) "
        f"SELECT {r}.id * 8 + {code}, '{kind}', {r}.id, {_customer(kind, r)}, "
        f"{title.format(r=r)}, {body.format(r=r)}"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, record_id UNINDEXED, customer_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, kind, code, title, body, watched in SOURCES:
        op.execute(_insert(table, kind, code, title, body, "t") + f" FROM {table} t")
        delete = f"DELETE FROM search_index WHERE rowid = old.id * 8 + {code};"
        add = _insert(table, kind, code, title, body, "new") + ";"
        op.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {delete} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {watched} ON {table} "
            f"BEGIN {delete} {add} END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, *_ in SOURCES:
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
