"""Full-text search over the FTS5 index that migration 0003 creates and its triggers maintain."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.domain.search import SearchHit, split_marked

SEARCH_TABLE = "search_index"


def is_search_table(name: str | None) -> bool:
    """The FTS5 table and the shadow tables SQLite keeps for it (not part of the models)."""
    return name is not None and (name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_"))


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
