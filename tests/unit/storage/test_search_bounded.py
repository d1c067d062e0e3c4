"""A search matching very many records ranks its newest matches only (storage/search_queries.py
on SQLite, storage/search_postgres.py on PostgreSQL): checked against the full ranking on a
small book on each back end, with the number of candidates made small.

Whatever the query, the hits are exactly the full ranking's best among the candidates; a search
with no more matches than candidates (a rare word, or a rare word ANDed with any) ranks exactly
as the full ranking, so a rare word's true best match is always first.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.domain.search import SearchHit, SearchHits, fts_query, ts_query
from crmnote.domain.types import CustomerId
from crmnote.storage.search_queries import search
from tests.pg.databases import PgServer

# The book filled once for this module is filled once per run: its tests share a worker.
pytestmark = pytest.mark.xdist_group("search_bounded")

# Word i is in about (0.9 / (i + 1)) of the notes: "alpha" in most, the last ones in a few.
WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india"]
NOTES = 160


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def book(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[OpenDatabase]:
    server: PgServer | None = None
    if request.param == "sqlite":
        where = str(tmp_path_factory.mktemp("search") / "book.sqlite3")
    else:
        server = request.getfixturevalue("pg_server")
        url = server.fresh()
        where = url.render_as_string(hide_password=False)
    opened = open_database(where)
    rng = random.Random(7)
    services = opened.services
    customers = [
        CustomerId(services.records.add("customer", {"name": f"Customer {n}"})[0].id)
        for n in range(4)
    ]
    for n in range(NOTES):
        words = [w for i, w in enumerate(WORDS) if rng.random() < 0.9 / (i + 1)]
        # Repeats and filler vary the term frequencies and lengths bm25 weighs.
        body = [w for w in words for _ in range(rng.randint(1, 3))]
        body += ["filler"] * rng.randint(0, 12)
        rng.shuffle(body)
        services.interactions.log(customers[n % 4], summary=f"note {n}", notes=" ".join(body))
    yield opened
    opened.close()
    if server is not None:
        server.drop(url)


def matches_newest(session: Session, words: str, count: int) -> set[tuple[str, int]]:
    if session.get_bind().dialect.name == "postgresql":
        sql = (
            "SELECT kind, record_id FROM search_index "
            "WHERE document @@ to_tsquery('crmnote_search', crmnote_fold(:q)) "
            "ORDER BY id DESC LIMIT :n"
        )
        typed = ts_query(words)
    else:
        sql = (
            "SELECT kind, record_id FROM search_index WHERE search_index MATCH :q "
            "ORDER BY rowid DESC LIMIT :n"
        )
        typed = fts_query(words)
    rows = session.execute(text(sql), {"q": typed, "n": count})
    return {(kind, record_id) for kind, record_id in rows}


def key(hit: SearchHit) -> tuple[str, int]:
    return (hit.kind, hit.record_id)


def assert_same_ranking(got: list[SearchHit], expected: list[SearchHit]) -> None:
    """The same ranks in the same order, and the same records at each rank (records of equal
    rank may come in any order; at the last rank shown, any of them)."""
    assert [h.rank for h in got] == [h.rank for h in expected]
    last = got[-1].rank if got else None
    for rank in {h.rank for h in got} - {last}:
        assert {key(h) for h in got if h.rank == rank} == {
            key(h) for h in expected if h.rank == rank
        }


def query_text(words: list[str], operator: str, prefix: bool) -> str:
    joined = f" {operator} ".join(words) if operator else " ".join(words)
    return joined + ("*" if prefix else "")


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
    operator=st.sampled_from(["", "AND", "OR", "NOT"]),
    prefix=st.booleans(),
    candidates=st.sampled_from([1, 3, 10, 40, 1000]),
    limit=st.sampled_from([1, 5, 50]),
)
def test_the_hits_are_the_full_rankings_best_among_the_newest_matches(
    book: OpenDatabase,
    words: list[str],
    operator: str,
    prefix: bool,
    candidates: int,
    limit: int,
) -> None:
    typed = query_text(words, operator, prefix)
    with Session(book.engine) as session:
        everything = search(session, typed, limit=10_000, whole=True)
        got = search(session, typed, limit=limit, candidates=candidates)
        assert everything.ranked_among is None
        if len(everything) <= candidates:
            assert got.ranked_among is None
            assert_same_ranking(got, everything[:limit])
        else:
            assert got.ranked_among == candidates
            newest = matches_newest(session, typed, candidates)
            assert len(newest) == candidates
            among = [h for h in everything if key(h) in newest]
            assert_same_ranking(got, among[:limit])
            assert {key(h) for h in got} <= newest


@pytest.mark.parametrize("word", WORDS)
def test_a_rare_words_best_match_is_first(book: OpenDatabase, word: str) -> None:
    with Session(book.engine) as session:
        everything = search(session, word, limit=10_000, whole=True)
        assert everything, word
        bounded = search(session, word, limit=5, candidates=len(everything))
        assert bounded.ranked_among is None
        assert bounded[0].rank == everything[0].rank
        assert key(bounded[0]) in {key(h) for h in everything if h.rank == everything[0].rank}
        # A common word and a rare one together: no more matches than the rare one has.
        both = search(session, f"{WORDS[0]} {word}", limit=5, candidates=len(everything))
        assert both.ranked_among is None
        assert_same_ranking(both, search(session, f"{WORDS[0]} {word}", limit=5, whole=True))


def test_a_very_common_word_is_ranked_among_its_newest_matches(book: OpenDatabase) -> None:
    with Session(book.engine) as session:
        everything = search(session, WORDS[0], limit=10_000, whole=True)
        assert len(everything) > 100  # the data make it common
        got = search(session, WORDS[0], limit=50, candidates=100)
        assert isinstance(got, SearchHits) and got.ranked_among == 100 and len(got) == 50
        assert all(h.snippet and h.matches for h in got)  # snippets for the rows shown


def test_paging_goes_on_among_the_same_candidates(book: OpenDatabase) -> None:
    with Session(book.engine) as session:
        first = search(session, WORDS[0], limit=20, candidates=60)
        second = search(session, WORDS[0], limit=20, offset=20, candidates=60)
        both = search(session, WORDS[0], limit=40, candidates=60)
        assert [key(h) for h in first + second] == [key(h) for h in both]


def test_the_data_set_spans_common_and_rare_words(book: OpenDatabase) -> None:
    with Session(book.engine) as session:
        counts = [len(search(session, w, limit=10_000, whole=True)) for w in WORDS]
    assert counts[0] > 100 and counts[-1] < 40 and counts == sorted(counts, reverse=True)
