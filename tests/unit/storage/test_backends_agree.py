"""SQLite and PostgreSQL give the same answers: one book written to both, the same random
searches and filters asked of both.

Search hits are compared as sets (each engine ranks by its own measure); the customer list is
compared in order (its order is the list's sort keys, not the engine's). Where the engines are
known to differ the queries stay out: PostgreSQL's `unaccent` folds more letters than SQLite's
`remove_diacritics` (ø, æ, ß, ё), and SQLite folds the case of ASCII letters only in a filter of
one or two characters (a LIKE), PostgreSQL of every letter.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crmnote.bootstrap import open_database
from crmnote.domain import entities as e
from crmnote.services.book_services import Services
from crmnote.services.customer_list import ListQuery, SortKey
from tests.conftest import TickingClock
from tests.pg.databases import PgServer

# The book filled once for this module is filled once per run: its tests share a worker.
pytestmark = [pytest.mark.postgres, pytest.mark.xdist_group("backends_agree")]

_VOCABULARY = (
    "helmet helmets Helmet HELMETS late Late delivery deliveries Zoë zoe ZOE Åse åse ÅSE café "
    "Cafe CAFÉ naïve résumé Иван иван ИВАН Петров 北京 x1 42 2026 don't e-mail follow-up "
    "anna@example.com fjord.no Fjord bikes Bikes racks rack invoice invoices a i of the to"
)
WORDS = _VOCABULARY.split()
NOISE = ["*", "(", ")", ":", "-", "^", "'", "&", "|", "!", "<->", "\\", "%", "_", '"', ":*"]
OPERATORS = ["AND", "OR", "NOT"]
GREEK = ["alpha", "beta", "gamma", "delta"]


def _text(rng: random.Random, most: int) -> str:
    picked = [rng.choice(WORDS) for _ in range(rng.randint(0, most))]
    glue = [rng.choice([" ", " ", " ", ", ", ". ", "-", "\n", "/"]) for _ in picked]
    return "".join(w + g for w, g in zip(picked, glue, strict=True)).strip(" ,./-\n")


def fill(services: Services, seed: int) -> None:
    """The same records, in the same order (so with the same ids), on any back end."""
    rng = random.Random(seed)
    start = datetime(2026, 3, 2, 9, 0)
    fjord, _ = services.records.add("customer", {"name": "Fjord Bikes AS", "company": "Fjord"})
    services.interactions.log(fjord.id, at=start, notes="The helmets arrived late: delivery 4411")
    for n in range(2 ** len(GREEK)):  # every subset of the Greek words, for the operators
        notes = " ".join(w for i, w in enumerate(GREEK) if n >> i & 1)
        services.interactions.log(fjord.id, at=start + timedelta(minutes=n + 1), notes=notes)
    for n in range(24):
        tags = tuple({rng.choice(["vip", "b2b", "Late payer", "nyc"]) for _ in range(n % 3)})
        customer, _ = services.records.add(
            "customer",
            {
                "name": f"{_text(rng, 2) or 'Nobody'} {n}",
                "company": _text(rng, 2),
                "notes": _text(rng, 6),
                "tags": tags,
                "emails": tuple(
                    e.ContactPoint(value=f"{w}{n}@{rng.choice(['ex.no', 'Zoë.se'])}")
                    for w in rng.sample(["anna", "BO", "ivan"], n % 3)
                ),
            },
        )
        for k in range(n % 4):
            services.interactions.log(
                customer.id,
                at=start + timedelta(days=n, hours=k),
                minutes=rng.randint(0, 60),
                mood=rng.randint(-2, 2),
                summary=_text(rng, 3),
                notes=_text(rng, 8),
            )
        if n % 3 == 0:
            services.records.add("promise", {"text": _text(rng, 4) or "call"}, customer.id)
        if n % 5 == 0:
            services.records.add(
                "feedback",
                {"text": _text(rng, 4) or "fine", "theme": rng.choice(WORDS)},
                customer.id,
            )


@dataclass
class Pair:
    sqlite: Services
    postgres: Services


@pytest.fixture(scope="module")
def pair(pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    sqlite = open_database(str(tmp_path_factory.mktemp("agree") / "book.sqlite3"))
    url = pg_server.fresh()
    postgres = open_database(url.render_as_string(hide_password=False))
    both = Pair(
        *(
            Services.over(db.engine, TickingClock(datetime(2026, 11, 2, 9, 0)))
            for db in (sqlite, postgres)
        )
    )
    fill(both.sqlite, seed=11)
    fill(both.postgres, seed=11)
    yield both
    sqlite.close()
    postgres.close()
    pg_server.drop(url)


def test_the_books_are_the_same(pair: Pair) -> None:
    def book(services: Services) -> list[tuple[object, ...]]:
        return [
            (s.id, s.name, s.company, s.difficulty, s.trust, s.last_contact_at, s.open_promises)
            for s in services.customers.summaries()
        ]

    assert book(pair.sqlite) == book(pair.postgres)
    assert len(book(pair.sqlite)) == 25


def hits(services: Services, query: str) -> set[tuple[str, int]]:
    return {(h.kind, h.record_id) for h in services.search.search(query, limit=10_000)}


term = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(lambda w: w[: max(1, len(w) // 2)] + "*"),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(lambda ws: f'"{" ".join(ws)}"'),
    st.sampled_from(OPERATORS),
    st.sampled_from(NOISE),
)


@settings(max_examples=250, deadline=None, derandomize=True)
@given(words=st.lists(term, min_size=1, max_size=6))
def test_search_finds_the_same_records(pair: Pair, words: list[str]) -> None:
    query = " ".join(words)
    assert hits(pair.sqlite, query) == hits(pair.postgres, query), query


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    words=st.lists(
        st.sampled_from([*GREEK, *OPERATORS, *OPERATORS, "alp*", "_", '"beta gamma"', "-"]),
        min_size=1,
        max_size=7,
    )
)
def test_operators_combine_alike(pair: Pair, words: list[str]) -> None:
    """Over every subset of four words: AND, OR, NOT and terms side by side bind the same."""
    query = " ".join(words)
    assert hits(pair.sqlite, query) == hits(pair.postgres, query), query


def test_every_three_term_query_combines_alike(pair: Pair) -> None:
    """Every `a OP b OP c` over three words and a term that is no word: the operators'
    precedence and what a wordless term does, exhaustively."""
    terms, joins = ["alpha", "beta", "gamma", "_"], [" AND ", " OR ", " NOT ", " "]
    for a, b, c in itertools.product(terms, repeat=3):
        for x, y in itertools.product(joins, repeat=2):
            query = f"{a}{x}{b}{y}{c}"
            assert hits(pair.sqlite, query) == hits(pair.postgres, query), query


def test_search_examples_find_something(pair: Pair) -> None:
    """The random queries above are not all empty-handed: these find records on both."""
    for query in ("helmet*", '"late delivery"', "zoe OR ivan", "bikes NOT fjord", "CAFE", "4411"):
        found = hits(pair.postgres, query)
        assert found and found == hits(pair.sqlite, query), query


@settings(max_examples=150, deadline=None, derandomize=True)
@given(query=st.text(max_size=40))
def test_any_text_is_a_safe_query_on_both(pair: Pair, query: str) -> None:
    for services in (pair.sqlite, pair.postgres):
        assert isinstance(services.search.search(query), list)
        assert isinstance(services.customer_list.page(ListQuery(search=query)), list)


def _folds_alike(text: str) -> bool:
    """Whether both engines match this filter text alike: three characters or more, or no
    letter outside ASCII that has an upper and a lower case."""
    needle = text.strip()
    return len(needle) >= 3 or all(ch.isascii() or ch.lower() == ch.upper() for ch in needle)


def listed(services: Services, query: ListQuery) -> list[int]:
    return [s.id for s in services.customer_list.page(query, 0, 1000)]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(data=st.data())
def test_the_customer_filter_lists_the_same_customers_in_the_same_order(
    pair: Pair, data: st.DataObject
) -> None:
    names = sorted(s.name for s in pair.sqlite.customers.summaries())
    source = data.draw(st.sampled_from([*names, *WORDS, "anna0@ex.no", "Late payer"]))
    start = data.draw(st.integers(0, max(0, len(source) - 1)))
    cut = source[start : start + data.draw(st.integers(1, 7))]
    search = data.draw(
        st.one_of(st.just(cut), st.just(cut.upper()), st.text("aeiouÅåÉé %_\\'-@.", max_size=4))
    )
    assume(_folds_alike(search))
    order = data.draw(st.sampled_from(list(SortKey)))
    query = ListQuery(search=search, order_by=order, descending=data.draw(st.booleans()))
    assert listed(pair.sqlite, query) == listed(pair.postgres, query), query
    assert pair.sqlite.customer_list.count(query) == pair.postgres.customer_list.count(query)


def test_filter_examples_find_something(pair: Pair) -> None:
    for search in ("HELM", "zoë", "ZOË.SE", "late payer", "iv", "0@"):
        found = listed(pair.postgres, ListQuery(search=search))
        assert found and found == listed(pair.sqlite, ListQuery(search=search)), search
