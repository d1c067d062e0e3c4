"""User text becomes a safe FTS5 query: phrases, prefixes and operators kept, syntax neutralised."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.domain.search import fts_query, split_marked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("helmets", '"helmets"'),
        ("late helmets", '"late" "helmets"'),
        ('"arrived late"', '"arrived late"'),
        ("helm*", '"helm"*'),
        ("helmets OR racks", '"helmets" OR "racks"'),
        ("helmets AND NOT racks", '"helmets" NOT "racks"'),
        ("helmets racks", '"helmets" "racks"'),
        ("OR helmets AND", '"helmets"'),
        ("NOT helmets", '"helmets"'),
        ('say "hi', '"say" "hi"'),
        ('a"b', '"a""b"'),
        ("col:value", '"col:value"'),
        ("* - ( ) ^", None),
        ("", None),
        ("   ", None),
    ],
)
def test_fts_query(text: str, expected: str | None) -> None:
    assert fts_query(text) == expected


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    con.executemany(
        "INSERT INTO t VALUES (?)",
        [("helmets arrived late",), ("Zoë wants racks",), ("price -- OR 1=1; DROP TABLE t",)],
    )
    return con


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_a_valid_query(fts: sqlite3.Connection, text: str) -> None:
    query = fts_query(text)
    if query is not None:
        fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(['"', "*", "OR", "AND", "NOT", "(", ")", ":", "^", "-", "a", "zoe"]))
)
def test_syntax_soup_is_a_valid_query(fts: sqlite3.Connection, words: list[str]) -> None:
    query = fts_query(" ".join(words))
    if query is not None:
        fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()


def test_accents_fold(fts: sqlite3.Connection) -> None:
    assert fts.execute("SELECT body FROM t WHERE t MATCH ?", (fts_query("zoe"),)).fetchall() == [
        ("Zoë wants racks",)
    ]


def test_split_marked() -> None:
    assert split_marked("a \x01late\x02 b \x01x\x02") == ("a late b x", ((2, 6), (9, 10)))
