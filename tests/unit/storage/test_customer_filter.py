"""The customer list's filter index (migration 0006): same answers as a plain substring match,
kept in step by triggers whoever writes."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmnote.bootstrap import OpenDatabase
from crmnote.domain import entities as e
from crmnote.services.book_services import Services
from crmnote.services.customer_list import ListQuery
from crmnote.storage import list_queries
from tests.conftest import TickingClock

# Lower-case non-ASCII letters only: a filter under three characters is a LIKE, which folds
# ASCII case only (the trigram index folds all of Unicode).
ALPHABET = "abcdeABCDE019 %_\"'-.@é王伟ß🙂"


def add(services: Services, name: str, **values: object) -> int:
    record, _ = services.records.add("customer", {"name": name, **values})
    return int(record.id)


def matching(services: Services, search: str) -> set[str]:
    return {r.name for r in services.customers.summaries(search=search)}


def names_of_page(
    services: Services, search: str, offset: int, limit: int, descending: bool = False
) -> list[str]:
    query = ListQuery(search=search, descending=descending)
    return [r.name for r in services.customer_list.page(query, offset, limit)]


def count(services: Services, search: str) -> int:
    from crmnote.services.customer_list import ListQuery

    return services.customer_list.count(ListQuery(search=search))


def haystacks(services: Services) -> dict[str, str]:
    """What the filter must search, read from the records (not from the index)."""
    out = {}
    for summary in services.customers.summaries():
        record = services.records.get("customer", summary.id)
        values = [record.name, record.company]
        values += [c.value for c in (*record.emails, *record.phones)]
        values += list(record.tags)
        out[record.name] = "\n".join(values)
    return out


def reference(stacks: dict[str, str], search: str) -> set[str]:
    needle = search.strip()
    fold = (lambda s: s.lower()) if len(needle) >= 3 else _ascii_lower
    return {name for name, text in stacks.items() if fold(needle) in fold(text)}


def _ascii_lower(text: str) -> str:
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


@pytest.fixture(params=[2000, 9])
def crowd(
    services: Services, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """60 customers. With 9, a short text's page is looked for among only the first 9 rows
    of the order, so both the window and the full listing answer pages."""
    monkeypatch.setattr(list_queries, "FIRST_ROWS", request.param)
    rng = random.Random(7)

    def word(n: int) -> str:
        return "".join(rng.choice(ALPHABET) for _ in range(n)).strip() or "x"

    for i in range(60):
        add(
            services,
            f"{word(rng.randint(2, 9))} {i}",
            company=word(rng.randint(0, 8)),
            emails=tuple(e.ContactPoint(value=f"{word(4)}@{word(5)}.io") for _ in range(i % 3)),
            phones=(e.ContactPoint(value=f"+47 {rng.randint(1000, 9999)}"),) if i % 2 else (),
            tags=tuple({word(3) for _ in range(i % 4)}),
        )
    return haystacks(services)


@settings(
    max_examples=150, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)  # fmt: skip
@given(data=st.data())
def test_filter_matches_a_plain_substring_search(
    services: Services, crowd: dict[str, str], data: st.DataObject
) -> None:
    # Half the queries are cut from real values, so most of them find someone.
    source = data.draw(st.sampled_from(sorted(crowd.values())))
    start = data.draw(st.integers(0, max(0, len(source) - 1)))
    cut = source[start : start + data.draw(st.integers(1, 6))].split("\n")[0]
    search = data.draw(st.one_of(st.just(cut), st.text(alphabet=ALPHABET, max_size=6)))
    expected = reference(crowd, search) if search.strip() else set(crowd)
    assert matching(services, search) == expected
    assert count(services, search) == len(expected)
    label = (1000, True) if len(expected) > 1000 else (len(expected), False)
    assert services.customer_list.count_for_label(ListQuery(search=search)) == label
    # What the list reads per keystroke: the first page and the label's count in one read.
    rows, first_label = services.customer_list.first_page(ListQuery(search=search), 4)
    assert [r.name for r in rows] == sorted(expected)[:4] and first_label == label
    with services.customer_list.reading() as repo:
        assert list_queries.count_matching(repo.session, search, at_most=5) == min(len(expected), 6)
    in_order = sorted(expected)  # names are unique here; the list sorts by name
    for offset in (0, 4):
        assert names_of_page(services, search, offset, 4) == in_order[offset : offset + 4]
    backwards = in_order[::-1]  # PostgreSQL reads a page in name order from the texts alone
    assert names_of_page(services, search, 2, 4, descending=True) == backwards[2:6]


def test_short_and_long_filters_take_wildcards_literally(services: Services) -> None:
    add(services, "Bob", company="100% Widgets_Ltd")
    add(services, "Ann", company="1000 Widgets")
    assert matching(services, "0%") == {"Bob"}
    assert matching(services, "0% W") == {"Bob"}
    assert matching(services, "s_l") == {"Bob"}  # the trigram index, any case
    assert matching(services, "_") == {"Bob"}
    assert matching(services, '"') == set()  # a quote cannot break the FTS5 phrase
    assert matching(services, 'ts"_') == set()


def test_two_character_names_are_found(services: Services) -> None:
    """CJK names are often two characters: shorter than a trigram, still found."""
    add(services, "王伟")
    add(services, "李娜")
    assert matching(services, "王伟") == {"王伟"}
    assert matching(services, "伟") == {"王伟"}


def test_the_index_follows_every_change_through_the_services(services: Services) -> None:
    ann = add(services, "Ann", emails=(e.ContactPoint(value="ann@zeta.io"),), tags=("wholesale",))
    assert matching(services, "zeta") == {"Ann"} and matching(services, "wholesale") == {"Ann"}
    services.records.update(
        "customer",
        ann,
        {"name": "Annika", "emails": (e.ContactPoint(value="annika@omega.io"),), "tags": ()},
    )
    assert matching(services, "zeta") == set() and matching(services, "wholesale") == set()
    assert matching(services, "omega") == {"Annika"} and matching(services, "nnik") == {"Annika"}
    services.records.delete("customer", ann)
    assert matching(services, "omega") == set()
    assert count(services, "omega") == 0


def test_the_index_follows_writes_made_with_plain_sql(services: Services, db_path: Path) -> None:
    """Triggers keep it, so another tool's writes are found too; a deleted customer's
    contacts leave nothing behind."""
    ann = add(services, "Ann")
    con = sqlite3.connect(db_path)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute(
            "INSERT INTO customer_contacts(customer_id, kind, value, label, position) "
            "VALUES (?, 'phone', '+47 5550 1234', '', 0)",
            (ann,),
        )
        con.execute("INSERT INTO customer_tags(customer_id, tag) VALUES (?, 'late payer')", (ann,))
        con.commit()
        assert matching(services, "5550") == {"Ann"} and matching(services, "payer") == {"Ann"}
        con.execute("UPDATE customer_tags SET tag = 'prompt payer' WHERE customer_id = ?", (ann,))
        con.commit()
        assert matching(services, "late") == set() and matching(services, "prompt") == {"Ann"}
        con.execute("DELETE FROM customers WHERE id = ?", (ann,))
        con.commit()
        assert con.execute("SELECT count(*) FROM customer_text").fetchone() == (0,)
        assert con.execute(
            "SELECT count(*) FROM customer_text_index WHERE customer_text_index MATCH '\"555\"'"
        ).fetchone() == (0,)
        con.execute(
            "INSERT INTO customer_text_index(customer_text_index, rank) "
            "VALUES ('integrity-check', 1)"
        )
    finally:
        con.close()


@pytest.fixture
def annas(module_book: tuple[OpenDatabase, bool], clock: TickingClock) -> Services:
    """Forty Annas and three others, added once per back end for the tests that only read."""
    opened, new = module_book
    services = Services.over(opened.engine, clock)
    if new:
        for i in range(40):
            add(services, f"Anna Lund {i:02d}", company="Fjord" if i % 2 else "", tags=("b2b",))
        for name in ("Ozq Berg", "Britt Zqvist", "Kim"):
            add(services, name, emails=(e.ContactPoint(value=f"{name[:3].lower()}@fjord7.no"),))
    return services


@pytest.mark.parametrize("search", ["a", "A", "an", "AN", "zq", "Zq", "q", "7", "@", " n"])
def test_one_and_two_characters_rare_and_common_list_like_the_definition(
    annas: Services, search: str
) -> None:
    """Most customers hold "a" and "an", three hold "zq": every page, both ways, and the count
    (capped for the label) are those of a plain substring match (the index on PostgreSQL,
    migration 0013, or the walk of the list's order)."""
    services = annas
    stacks = haystacks(services)
    expected = sorted(reference(stacks, search))
    assert matching(services, search) == set(expected)
    assert count(services, search) == len(expected)
    for offset, limit in ((0, 5), (3, 4), (40, 10)):
        assert names_of_page(services, search, offset, limit) == expected[offset : offset + limit]
        backwards = expected[::-1][offset : offset + limit]
        assert names_of_page(services, search, offset, limit, descending=True) == backwards
    with services.customer_list.reading() as repo:
        assert list_queries.count_matching(repo.session, search, at_most=3) == min(len(expected), 4)
