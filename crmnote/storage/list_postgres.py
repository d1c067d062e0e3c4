"""The customer filter on PostgreSQL (migration 0008: `customer_text` and a pg_trgm index over
`crmnote_fold(text)`; migration 0013: an index of the folded texts' single characters and
pairs): which texts match, and a page in name order read from the texts alone.

The planner guesses the trigram index's row counts poorly: for a text a few thousand customers
match ("mar", "late payer") it walked the whole name index testing each customer (200–300 ms
at 100,000 customers) where reading the matches and sorting them takes 10–20 ms. A customer's
text begins with its name (one line: names hold no line break), so the page in name order is
the matching texts sorted by their first line, without touching the customers table; only the
page's rows are then read from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from sqlalchemy import (
    Text,
    and_,
    bindparam,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy import text as sql
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.orm import Session

from crmnote.storage.lookup_queries import like_pattern

TEXTS = table("customer_text", column("id"), column("text"))
# The customer's name: the first line of its text, compared by code point as the list sorts.
_NAME = func.split_part(TEXTS.c.text, literal("\n"), 1).collate("C")


def matching(text: str) -> Any:
    """Texts holding `text` anywhere, both sides folded alike (the trigram index answers three
    characters or more; fewer are tested text by text, see `indexed_short` for the index)."""
    return _folded_like(TEXTS.c.text, like_pattern(text))


SHORTEST_TRIGRAM = 3


def _folded_like(value: Any, pattern: Any) -> Any:
    return func.crmnote_fold(value).like(func.crmnote_fold(pattern), escape="\\")


def indexed_short(text: str) -> Any:
    """One or two characters, from migration 0013's index: the texts whose single characters
    and pairs include the folded text (exactly the texts holding it; should the text fold to
    more than two characters, as `İ` does, the LIKE answers instead). Only for statements run
    `_from_the_index`: computing `crmnote_grams` text by text costs ~0.1 ms a text.

    The text is written into the statement, not bound, so the planner sees it."""
    needle = bindparam(None, text, type_=Text, literal_execute=True)
    pattern = bindparam(None, like_pattern(text), type_=Text, literal_execute=True)
    folded = func.crmnote_fold(needle)
    grams = func.crmnote_grams(TEXTS.c.text, type_=ARRAY(Text))
    longer = func.length(folded) > literal_column("2")
    # The planner folds the constant test away: the index alone, or the LIKE alone.
    return or_(and_(longer, _folded_like(TEXTS.c.text, pattern)), grams.contains(array([folded])))


@contextmanager
def _planned_with(session: Session, **off: bool) -> Iterator[None]:
    """Statements run inside are planned with the named plan types switched off (for this
    transaction; one round trip to switch, one to switch back)."""
    names = [f"enable_{name}" for name in off]
    switched = ", ".join(f"current_setting('{n}'), set_config('{n}', 'off', true)" for n in names)
    before = session.execute(sql(f"SELECT {switched}")).one()[::2]
    try:
        yield
    finally:
        back = ", ".join(f"set_config('{n}', :v{i}, true)" for i, n in enumerate(names))
        session.execute(sql(f"SELECT {back}"), {f"v{i}": v for i, v in enumerate(before)})


def _from_the_index(session: Session) -> Any:
    """Statements run inside read `customer_text` through a bitmap of an index only, never by
    testing each text: the planner cannot know what `crmnote_grams` costs a text (~0.1 ms, some
    thousand comparisons), and charges an exact bitmap a recheck it never makes, so for a
    common letter it would choose a scan computing it text by text (seconds)."""
    return _planned_with(session, seqscan=True, indexscan=True)


def _hits(searched: str) -> Any:
    """Matching texts: the trigram index from three characters, else migration 0013's."""
    if len(searched) >= SHORTEST_TRIGRAM:
        return matching(searched)
    return indexed_short(searched)


def ids_by_name(
    session: Session, text: str, descending: bool, limit: int, offset: int
) -> list[int]:
    """The ids of one page of the customers matching `text`, in the list's name order (name,
    then id, as `list_queries._order` sorts)."""
    key = _NAME.desc() if descending else _NAME.asc()
    stmt = select(TEXTS.c.id).where(_hits(text)).order_by(key, TEXTS.c.id)
    with _reading_for(session, text):
        return [int(i) for i in session.scalars(stmt.offset(offset).limit(limit))]


def count(session: Session, text: str, at_most: int | None) -> int:
    """How many texts match (one per customer), counting stopped past `at_most`."""
    hits = select(TEXTS.c.id).where(_hits(text))
    if at_most is not None:
        hits = hits.limit(at_most + 1)
    with _reading_for(session, text):
        return int(session.scalar(select(func.count()).select_from(hits.subquery())) or 0)


def _reading_for(session: Session, searched: str) -> Any:
    return _from_the_index(session) if len(searched) < SHORTEST_TRIGRAM else nullcontext()
