"""Full-text search on PostgreSQL: `search_index.document` (a generated tsvector, migration 0008)
matched by a tsquery, ranked by `ts_rank`, with a snippet from `ts_headline`."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.domain.search import SearchHit, SearchHits, split_marked, ts_query

CONFIG = "crmnote_search"
# As FTS5's snippet(…, 16): a passage of at most 16 words around the matches.
_HEADLINE = "StartSel=\x01, StopSel=\x02, MaxWords=16, MinWords=8, ShortWord=0"

# Ranked first, on the index alone; headlines only for the page (ts_headline reads the text).
# `newest`: the matches, newest first (the highest ids: a record's id × 8 + its kind), at most
# :bound of them (NULL: all). When there are more than :candidates, only the newest
# :candidates are ranked (`floor`), as on SQLite (storage/search_queries.py): a word found in a
# third of all notes is then found by walking the key index backwards, not ranked whole.
# (The tsquery is written out in `newest`, not taken from `q`: the planner then knows it and
# how common its words are, and chooses between that walk and the word index.)
_QUERY = text(
    f"""
    WITH q AS (SELECT to_tsquery('{CONFIG}', crmnote_fold(:query)) AS query),
    newest AS MATERIALIZED (
        SELECT s.id, s.document
        FROM search_index s
        WHERE s.document @@ to_tsquery('{CONFIG}', crmnote_fold(:query))
        ORDER BY s.id DESC
        LIMIT :bound
    ),
    floor AS (
        SELECT CASE WHEN count(*) > :candidates THEN min(id) END AS id FROM newest
    ),
    page AS (
        SELECT n.id, ts_rank(n.document, q.query) AS rank
        FROM newest n, q, floor f
        WHERE f.id IS NULL OR n.id > f.id
        ORDER BY rank DESC, n.id
        LIMIT :limit OFFSET :offset
    )
    SELECT s.kind, s.record_id, s.customer_id, c.name, s.title, s.body,
           ts_headline('{CONFIG}', coalesce(s.title, ''), q.query, :options),
           ts_headline('{CONFIG}', coalesce(s.body, ''), q.query, :options),
           page.rank, f.id IS NOT NULL
    FROM page JOIN search_index s ON s.id = page.id
         JOIN customers c ON c.id = s.customer_id, q, floor f
    ORDER BY page.rank DESC, s.id
    """
)
# Whether the search was bounded, when the page is empty (an offset past the last hit).
_BOUNDED = text(
    f"""
    SELECT count(*) > :candidates FROM (
        SELECT 1 FROM search_index s
        WHERE s.document @@ to_tsquery('{CONFIG}', crmnote_fold(:query)) LIMIT :bound
    ) AS n
    """
)


def search_postgres(
    session: Session, words: str, limit: int, offset: int, candidates: int | None
) -> SearchHits:
    """Ranked hits, best first; `rank` is minus `ts_rank`, so lower is better as with FTS5.
    With `candidates`, a search matching more records ranks only that many of its newest
    matches (`SearchHits.ranked_among`); None ranks every match."""
    query = ts_query(words)
    if query is None:
        return SearchHits()
    bound = None if candidates is None else candidates + 1
    params = {
        "query": query,
        "limit": limit,
        "offset": offset,
        "options": _HEADLINE,
        "bound": bound,
        "candidates": candidates,  # NULL: `floor` is NULL, every match ranked
    }
    hits: list[SearchHit] = []
    bounded = False
    for row in session.execute(_QUERY, params):
        kind, record_id, customer_id, name, title, body, in_title, in_body, rank, cut = row
        snippet, spans = _snippet((title or "", in_title), (body or "", in_body))
        hits.append(
            SearchHit(kind, record_id, customer_id, name, title or "", snippet, spans, -rank)
        )
        bounded = bool(cut)
    if not hits and candidates is not None:
        bounded = bool(session.execute(_BOUNDED, params).scalar())
    return SearchHits(hits, ranked_among=candidates if bounded else None)


def _snippet(*columns: tuple[str, str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The passage of the column with the most marked words (the first on a tie), as FTS5's
    snippet picks it: the words of a phrase in one span, `…` where the column goes on."""
    read = [(split_marked(marked), source) for source, marked in columns]
    (passage, spans), source = max(read, key=lambda r: len(r[0][1]))
    spans = _joined(passage, spans)
    start = source.find(passage) if passage else -1
    if start >= 0 and start + len(passage) < len(source):
        passage += "…"
    if start > 0:
        passage, spans = "…" + passage, tuple((a + 1, b + 1) for a, b in spans)
    return passage, spans


_BETWEEN_WORDS = re.compile(r"[^\w]*")


def _joined(passage: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Spans that only spaces or punctuation part become one (a phrase is marked word by
    word by ts_headline, as one passage by FTS5)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _BETWEEN_WORDS.fullmatch(passage[out[-1][1] : a]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)
