"""One- and two-character customer filters on PostgreSQL (migration 0013): a common letter's
page is found by walking the list's order (it stops at the page's last match), a rare pair's
texts are read from the index of single characters and pairs, and no plan computes the
characters and pairs text by text; every way gives the rows the filter's definition gives, in
the list's order."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, text

from crmnote.bootstrap import OpenDatabase
from crmnote.services.customer_list import ListQuery
from crmnote.storage import list_postgres

ON_SERVER = pytest.mark.parametrize(
    "backend", [pytest.param("postgresql", marks=pytest.mark.postgres)]
)
INDEX = "ix_customer_text_grams"
CUSTOMERS = 20000
RARE = {17: "Zqa Holm", 4000: "Ola Zquist", 15003: "Kari Ozq"}  # id → name: "zq" only here


@pytest.fixture
def crowd(module_book: tuple[OpenDatabase, bool]) -> OpenDatabase:
    """20,000 customers written with plain SQL (the triggers write their texts), analysed;
    once for the module's tests, which only read."""
    opened, new = module_book
    if new:
        _fill(opened)
    return opened


def _fill(opened: OpenDatabase) -> None:
    names = " ".join(f"WHEN {i} THEN '{n}'" for i, n in RARE.items())
    # 2,000 a transaction: the triggers take an advisory lock per customer (the server's lock
    # table is shared by every test running at once).
    for first in range(1, CUSTOMERS + 1, 2000):
        with opened.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO customers (name, company, address, status, source, notes, "
                    "open_promises, created_at, updated_at) "
                    f"SELECT CASE i {names} ELSE 'Anna ' || (ARRAY['Berg','Dahl','Lie','Moe'])"
                    "[i % 4 + 1] || ' ' || i END, 'Fjord ' || (i % 97), '', 'active', '', '', 0, "
                    "now(), now() "
                    "FROM generate_series(CAST(:first AS integer), CAST(:last AS integer)) AS i"
                ),
                {"first": first, "last": first + 1999},
            )
    with opened.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")


def _plans(opened: OpenDatabase, call: Any, settings: dict[str, str] | None = None) -> list[str]:
    """What the planner does with each SELECT `call` makes, under the settings the call made
    (its `set_config` statements are replayed in order), after `settings`."""
    statements: list[tuple[str, Any]] = []

    def seen(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "SET", "RESET")):
            statements.append((statement, params))

    event.listen(opened.engine, "before_cursor_execute", seen)
    try:
        call()
    finally:
        event.remove(opened.engine, "before_cursor_execute", seen)
    plans = []
    with opened.engine.begin() as conn:
        cursor = conn.connection.driver_connection.cursor()
        for name, value in (settings or {}).items():
            cursor.execute(f"SET LOCAL {name} = {value}")
        for statement, params in statements:
            if "set_config(" in statement or not statement.lstrip().upper().startswith("SELECT"):
                cursor.execute(statement, params)  # the call's plan settings
                continue
            cursor.execute("EXPLAIN " + statement, params)
            plans.append("\n".join(row[0] for row in cursor.fetchall()))
    return plans


def _per_text(plans: list[str]) -> bool:
    """Whether a plan computes crmnote_grams text by text (a filter) instead of reading the
    index: ~0.1 ms a text, seconds over a whole book."""
    return any(
        line.strip().startswith("Filter:") and "crmnote_grams" in line
        for plan in plans
        for line in plan.splitlines()
    )


@pytest.fixture
def plain_shares() -> None:
    """The statistics read afresh by the call under test (they are kept a few minutes)."""
    list_postgres._shares.clear()


def _selects(plans: list[str]) -> list[str]:
    """The plans of the call's own reads (not of its look at the statistics)."""
    return [plan for plan in plans if "crmnote_short_text_shares" not in plan]


@ON_SERVER
def test_a_rare_pair_is_read_from_the_index_and_a_common_letter_walks_the_order(
    crowd: OpenDatabase, plain_shares: None
) -> None:
    service = crowd.services.customer_list
    query = ListQuery(search="ZQ")
    assert _share(crowd, "zq") == 0.0  # analysed, not listed
    page = _selects(_plans(crowd, lambda: service.page(query, 0, 200)))
    count = _selects(_plans(crowd, lambda: service.count_for_label(query)))
    first = _selects(_plans(crowd, lambda: service.first_page(query, 200)))
    # Rare by the statistics: no walk of the first rows; the page, its count and the count
    # alone come from the index, and the first page counts its matches as it reads them.
    assert len(page) == 1 and INDEX in page[0], page
    assert len(count) == 1 and INDEX in count[0], count
    assert len(first) == 1 and INDEX in first[0] and "WindowAgg" in first[0], first
    assert not _per_text(page + count + first)
    names = sorted(RARE.values())
    assert [r.name for r in service.page(query, 0, 200)] == names
    assert service.count_for_label(query) == (3, False)
    rows, label = service.first_page(query, 200)
    assert [r.name for r in rows] == names and label == (3, False)

    common = ListQuery(search="a")
    assert (_share(crowd, "a") or 0) > 0.9
    page = _selects(_plans(crowd, lambda: service.page(common, 0, 200)))
    count = _selects(_plans(crowd, lambda: service.count_for_label(common)))
    # The walk finds the page at once; counting reads texts until past 1,000 matches.
    assert len(page) == 1 and INDEX not in page[0], page
    assert len(count) == 1 and INDEX not in count[0] and "Limit" in count[0], count
    assert not _per_text(page + count)
    rows = service.page(common, 0, 200)
    assert len(rows) == 200 and [r.name for r in rows] == sorted(r.name for r in rows)
    assert service.count_for_label(common) == (1000, True)
    assert service.first_page(common, 200) == (rows, (1000, True))


def _share(opened: OpenDatabase, text: str) -> float | None:
    with opened.services.customer_list.reading() as repo:
        return list_postgres.share(repo.session, text)


@ON_SERVER
def test_without_statistics_a_short_text_is_walked_for_first(
    crowd: OpenDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A book never analysed (or a role that may not read its statistics) walks the first
    rows for every short text, then reads the index: as before the statistics were asked."""
    monkeypatch.setattr(list_postgres, "share", lambda session, text: None)
    service = crowd.services.customer_list
    query = ListQuery(search="zq")
    page = _plans(crowd, lambda: service.first_page(query, 200))
    count = _plans(crowd, lambda: service.count_for_label(ListQuery(search="a")))
    assert len(page) == 2 and INDEX not in page[0] and INDEX in page[1], page
    assert INDEX in count[0] and not _per_text(page + count), count
    rows, label = service.first_page(query, 200)
    assert [r.name for r in rows] == sorted(RARE.values()) and label == (3, False)
    assert service.count_for_label(ListQuery(search="a")) == (1000, True)


@ON_SERVER
def test_the_index_is_read_without_parallel_workers(crowd: OpenDatabase) -> None:
    """Starting a parallel worker costs more than it saves on a keystroke's few thousand
    texts: the index's reads are planned without them even where the planner is told they
    cost nothing."""
    free = {"parallel_setup_cost": "0", "parallel_tuple_cost": "0"}
    free |= {"min_parallel_table_scan_size": "0", "min_parallel_index_scan_size": "0"}
    service = crowd.services.customer_list
    plans = _plans(crowd, lambda: service.first_page(ListQuery(search="zq"), 200), free)
    assert plans and not any("Gather" in plan for plan in plans), plans
    # Without the index's settings the same costs do give a parallel plan.
    with crowd.engine.begin() as conn:
        for name, value in free.items():
            conn.exec_driver_sql(f"SET LOCAL {name} = {value}")
        plan = conn.exec_driver_sql(
            "EXPLAIN SELECT count(*) FROM customer_text WHERE strpos(text, 'zq') > 0"
        ).all()
    assert any("Gather" in row[0] for row in plan), plan


@ON_SERVER
@pytest.mark.parametrize("share", [None, 0.0, 1.0])
def test_every_way_gives_the_same_rows(
    crowd: OpenDatabase, monkeypatch: pytest.MonkeyPatch, share: float | None
) -> None:
    """The index's answer equals the scan's, texts with line feeds and every case included,
    whichever way the statistics send a page and a count."""
    monkeypatch.setattr(list_postgres, "share", lambda session, text: share)
    service = crowd.services.customer_list
    for search in ("zq", "Q", "ö", "17", "7 ", "lm", "%", "a", "a b", "D 1", "a.b"):
        query = ListQuery(search=search)
        indexed = [r.id for r in service.page(query, 0, 500)]
        with crowd.engine.connect() as conn:
            expected = [
                row[0]
                for row in conn.execute(
                    text(
                        "SELECT c.id FROM customers c JOIN customer_text t ON t.id = c.id "
                        "WHERE strpos(lower(t.text), lower(:s)) > 0 "
                        'ORDER BY c.name COLLATE "C", c.id'
                    ),
                    {"s": search.strip()},
                )
            ]
        assert indexed == expected[:500], search
        n = len(expected)
        capped = n > 1000 and len(search.strip()) < 3  # a short text's count stops there
        label = (1000, True) if capped else (n, False)
        assert service.count_for_label(query) == label, search
        rows, first_label = service.first_page(query, 200)
        assert [r.id for r in rows] == expected[:200] and first_label == label, search


@ON_SERVER
def test_a_longer_text_of_short_words_is_found_by_its_pairs(crowd: OpenDatabase) -> None:
    """pg_trgm takes trigrams from runs of letters and digits: `a b` gives only padded ones
    that nearly every text holds. Its texts come from the index of characters and pairs, then
    the substring test, never a recheck of most of the book."""
    service = crowd.services.customer_list
    plans = _selects(_plans(crowd, lambda: service.first_page(ListQuery(search="a B"), 200)))
    assert len(plans) == 1 and INDEX in plans[0], plans
    assert "trigram" not in plans[0] and not _per_text(plans), plans
    plans = _selects(_plans(crowd, lambda: service.first_page(ListQuery(search="Berg"), 200)))
    assert len(plans) == 1 and INDEX not in plans[0], plans  # the trigrams answer
