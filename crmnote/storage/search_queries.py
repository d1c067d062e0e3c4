"""Full-text search over the FTS5 index that migration 0003 creates and its triggers maintain."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.domain.search import SearchHit, split_marked

SEARCH_TABLE = "search_index"
# Migration 0006: the customer list's filter text and its trigram index.
FILTER_TABLES = ("customer_text", "customer_text_index")


def is_search_table(name: str | None) -> bool:
    """The FTS5 tables, their shadow tables and the filter text: made by hand-written SQL in
    the migrations and kept by triggers, not part of the models."""
    if name is None:
        return False
    return any(name == t or name.startswith(t + "_") for t in (SEARCH_TABLE, *FILTER_TABLES))


_QUERY = text(
    """
    SELECT s.kind, s.record_id, s.customer_id, c.name, s.title,
           snippet(search_index, -1, char(1), char(2), '…', 16), s.rank
    FROM search_index s JOIN customers c ON c.id = s.customer_id
    WHERE search_index MATCH :query
    ORDER BY s.rank
    LIMIT :limit OFFSET :offset
    """
)


def search(session: Session, match: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
    """Ranked hits (best first) for an FTS5 MATCH expression built by `domain.search`."""
    hits: list[SearchHit] = []
    rows = session.execute(_QUERY, {"query": match, "limit": limit, "offset": offset})
    for kind, record_id, customer_id, name, title, marked, rank in rows:
        snippet, spans = split_marked(marked or "")
        hits.append(
            SearchHit(kind, record_id, customer_id, name, title or "", snippet, spans, rank)
        )
    return hits
