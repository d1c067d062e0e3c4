"""Full-text search: SQLite's FTS5 index (migration 0003) or PostgreSQL's tsvector index (0008),
both kept in step by triggers, behind one function."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.domain.search import SearchHit, SearchHits, fts_query, split_marked

SEARCH_TABLE = "search_index"
# Migrations 0006 and 0008: the customer list's filter text (and on SQLite its trigram index).
FILTER_TABLES = ("customer_text", "customer_text_index")
# Made by hand-written SQL on PostgreSQL only (migration 0008), beside the models' own indexes.
HAND_MADE_INDEXES = frozenset({"ix_customers_name_c"})


def is_search_table(name: str | None) -> bool:
    """The FTS5 tables, their shadow tables and the filter text: made by hand-written SQL in
    the migrations and kept by triggers, not part of the models."""
    if name is None:
        return False
    return any(name == t or name.startswith(t + "_") for t in (SEARCH_TABLE, *FILTER_TABLES))


def in_models(name: str | None, type_: str) -> bool:
    """False for what the migrations make by hand (compared with the models by no one)."""
    if type_ == "table":
        return not is_search_table(name)
    return not (type_ == "index" and name in HAND_MADE_INDEXES)


# A search matching more records than this ranks only this many of its most recently added
# matches (the highest rowids: a record's id × 8 + its kind), unless every match is asked
# for: bm25 over every match of a word found in a third of all records takes about a second
# at 1.58M records, over the newest 2,000 a few milliseconds. Fewer matches are ranked whole,
# so a search with a rare word ranks exactly as before.
CANDIDATES = 2_000

# The rowid under the newest CANDIDATES matches (none: there are no more than that).
_FLOOR = text(
    "SELECT rowid FROM search_index WHERE search_index MATCH :query "
    "ORDER BY rowid DESC LIMIT 1 OFFSET :candidates"
)
_QUERY = text(
    """
    SELECT s.kind, s.record_id, s.customer_id, c.name, s.title,
           snippet(search_index, -1, char(1), char(2), '…', 16), s.rank
    FROM search_index s JOIN customers c ON c.id = s.customer_id
    WHERE search_index MATCH :query AND s.rowid > :floor
    ORDER BY s.rank
    LIMIT :limit OFFSET :offset
    """
)


def search(
    session: Session,
    words: str,
    limit: int = 50,
    offset: int = 0,
    *,
    whole: bool = False,
    candidates: int = CANDIDATES,
) -> SearchHits:
    """Ranked hits (best first) for what the user typed (`domain.search` reads it); among the
    newest `candidates` matches only when there are more (`SearchHits.ranked_among`), unless
    `whole`."""
    if session.get_bind().dialect.name == "postgresql":
        from crmnote.storage.search_postgres import search_postgres

        return search_postgres(session, words, limit, offset, None if whole else candidates)
    match = fts_query(words)
    if match is None:
        return SearchHits()
    floor = None
    if not whole:
        params = {"query": match, "candidates": candidates}
        floor = session.execute(_FLOOR, params).scalar()
    params = {"query": match, "floor": floor or 0, "limit": limit, "offset": offset}
    hits = SearchHits(ranked_among=None if floor is None else candidates)
    for kind, record_id, customer_id, name, title, marked, rank in session.execute(_QUERY, params):
        snippet, spans = split_marked(marked or "")
        hits.append(
            SearchHit(kind, record_id, customer_id, name, title or "", snippet, spans, rank)
        )
    return hits
