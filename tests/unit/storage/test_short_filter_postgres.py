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


def _plans(opened: OpenDatabase, call: Any) -> list[str]:
    """What the planner does with each SELECT `call` makes, under the settings the call made
    (its `set_config` statements are replayed in order)."""
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


@ON_SERVER
def test_a_rare_pair_is_read_from_the_index_and_a_common_letter_walks_the_order(
    crowd: OpenDatabase,
) -> None:
    service = crowd.services.customer_list
    query = ListQuery(search="ZQ")
    page = _plans(crowd, lambda: service.page(query, 0, 200))
    count = _plans(crowd, lambda: service.count_for_label(query))
    # The walk of the first rows finds too few; the page and the count come from the index.
    assert len(page) == 3 and INDEX not in page[0] and INDEX in page[1], page
    assert INDEX in count[0] and not _per_text(page + count), page + count
    assert [r.name for r in service.page(query, 0, 200)] == sorted(RARE.values())
    assert service.count_for_label(query) == (3, False)

    common = ListQuery(search="a")
    page = _plans(crowd, lambda: service.page(common, 0, 200))
    count = _plans(crowd, lambda: service.count_for_label(common))
    # The walk finds the page at once; counting stops past 1,000 matches, read from the index.
    assert len(page) == 1 and INDEX not in page[0], page
    assert INDEX in count[0] and not _per_text(page + count), page + count
    rows = service.page(common, 0, 200)
    assert len(rows) == 200 and [r.name for r in rows] == sorted(r.name for r in rows)
    assert service.count_for_label(common) == (1000, True)


@ON_SERVER
def test_both_ways_give_the_same_rows(crowd: OpenDatabase) -> None:
    """The index's answer equals the scan's, texts with line feeds and every case included."""
    service = crowd.services.customer_list
    for search in ("zq", "Q", "ö", "17", "7 ", "lm", "%"):
        query = ListQuery(search=search)
        indexed = [r.id for r in service.page(query, 0, 500)]
        with crowd.engine.connect() as conn:
            expected = [
                row[0]
                for row in conn.execute(
                    text(
                        "SELECT c.id FROM customers c JOIN customer_text t ON t.id = c.id "
                        "WHERE strpos(lower(t.text), lower(:s)) > 0 "
                        'ORDER BY c.name COLLATE "C", c.id LIMIT 500'
                    ),
                    {"s": search.strip()},
                )
            ]
        assert indexed == expected, search
