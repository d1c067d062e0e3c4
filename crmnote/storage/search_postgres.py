"""Full-text search on PostgreSQL: `search_index.document` (a generated tsvector, migration 0008)
matched by a tsquery, ranked by `ts_rank`, with a snippet from `ts_headline`."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.domain.search import SearchHit, split_marked, ts_query

CONFIG = "crmnote_search"
# As FTS5's snippet(…, 16): a passage of at most 16 words around the matches.
_HEADLINE = "StartSel=\x01, StopSel=\x02, MaxWords=16, MinWords=8, ShortWord=0"

# Ranked first, on the index alone; headlines only for the page (ts_headline reads the text).
_QUERY = text(
    f"""
    WITH q AS (SELECT to_tsquery('{CONFIG}', crmnote_fold(:query)) AS query),
    page AS (
        SELECT s.id, ts_rank(s.document, q.query) AS rank
        FROM search_index s, q
        WHERE s.document @@ q.query
        ORDER BY rank DESC, s.id
        LIMIT :limit OFFSET :offset
    )
    SELECT s.kind, s.record_id, s.customer_id, c.name, s.title, s.body,
           ts_headline('{CONFIG}', coalesce(s.title, ''), q.query, :options),
           ts_headline('{CONFIG}', coalesce(s.body, ''), q.query, :options),
           page.rank
    FROM page JOIN search_index s ON s.id = page.id
         JOIN customers c ON c.id = s.customer_id, q
    ORDER BY page.rank DESC, s.id
    """
)


def search_postgres(session: Session, words: str, limit: int, offset: int) -> list[SearchHit]:
    """Ranked hits, best first; `rank` is minus `ts_rank`, so lower is better as with FTS5."""
    query = ts_query(words)
    if query is None:
        return []
    params = {"query": query, "limit": limit, "offset": offset, "options": _HEADLINE}
    hits: list[SearchHit] = []
    for kind, record_id, customer_id, name, title, body, in_title, in_body, rank in session.execute(
        _QUERY, params
    ):
        snippet, spans = _snippet((title or "", in_title), (body or "", in_body))
        hits.append(
            SearchHit(kind, record_id, customer_id, name, title or "", snippet, spans, -rank)
        )
    return hits


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
