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

import re
import time
import weakref
from collections.abc import Iterator, Sequence
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
from crmnote.storage.rows import CustomerRow

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
def _planned_with(session: Session, **settings: str) -> Iterator[None]:
    """Statements run inside are planned with these settings (for this transaction; one
    round trip to set them, one to set them back)."""
    names = list(settings)
    switched = ", ".join(
        f"current_setting('{n}'), set_config('{n}', :s{i}, true)" for i, n in enumerate(names)
    )
    before = session.execute(
        sql(f"SELECT {switched}"), {f"s{i}": settings[n] for i, n in enumerate(names)}
    ).one()[::2]
    try:
        yield
    finally:
        back = ", ".join(f"set_config('{n}', :v{i}, true)" for i, n in enumerate(names))
        session.execute(sql(f"SELECT {back}"), {f"v{i}": v for i, v in enumerate(before)})


def _from_the_index(session: Session) -> Any:
    """Statements run inside read `customer_text` through a bitmap of an index only, never by
    testing each text: the planner cannot know what `crmnote_grams` costs a text (~0.1 ms, some
    thousand comparisons), and charges an exact bitmap a recheck it never makes, so for a
    common letter it would choose a scan computing it text by text (seconds).

    And in this process alone: a pair's few thousand texts were read by two parallel workers
    besides it, whose start costs more than they save (page 12.7 ms against 7.7 ms alone, a
    window count over them 23.7 against 11.1 ms, 100,000 customers)."""
    return _planned_with(
        session, enable_seqscan="off", enable_indexscan="off", max_parallel_workers_per_gather="0"
    )


def _hits(searched: str) -> Any:
    """Matching texts: the trigram index from three characters, else migration 0013's."""
    if len(searched) < SHORTEST_TRIGRAM:
        return indexed_short(searched)
    if _few_trigrams(searched):
        return _by_pairs(searched)
    return matching(searched)


def _few_trigrams(text: str) -> bool:
    """Whether pg_trgm finds the text poorly: it takes trigrams from runs of letters and
    digits, and runs shorter than three (`r.i`, `a b`) give only padded trigrams most texts
    hold (`r.i`: 36,082 candidates rechecked for 319 matches, 27 ms at 100,000 customers)."""
    return max((len(run) for run in _WORD_RUNS.findall(text)), default=0) < SHORTEST_TRIGRAM


_WORD_RUNS = re.compile(r"[^\W_]+")


def _by_pairs(text: str) -> Any:
    """Texts holding `text`, found by migration 0013's index of characters and pairs (a text
    holds every pair of what it contains) and tested with `strpos`, which no index answers, so
    the trigram index is not read as well (`r.i`: 6,234 candidates, 8 ms). Only for statements
    run `_from_the_index`."""
    needle = bindparam(None, text, type_=Text, literal_execute=True)
    grams = func.crmnote_grams(TEXTS.c.text, type_=ARRAY(Text))
    held = func.strpos(func.crmnote_fold(TEXTS.c.text), func.crmnote_fold(needle)) > 0
    return and_(grams.contains(func.crmnote_grams(needle, type_=ARRAY(Text))), held)


def page_by_name(
    session: Session,
    text: str,
    descending: bool,
    limit: int,
    offset: int,
    columns: Sequence[Any],
    counted: bool = False,
) -> list[Any]:
    """One page of the customers matching `text` in the list's name order (name, then id, as
    `list_queries._order` sorts): their `columns`, read in the statement that finds them.

    `counted`: each row ends with how many texts match. The page reads every matching text to
    sort them, and a window count over them costs ~1–3 ms where counting them again took a
    second statement (4–26 ms at 100,000 customers)."""
    key = _NAME.desc() if descending else _NAME.asc()
    found = select(TEXTS.c.id, _NAME.label("name_key"))
    if counted:
        found = found.add_columns(func.count().over().label("matches"))
    page = found.where(_hits(text)).order_by(key, TEXTS.c.id).offset(offset).limit(limit).subquery()
    stmt = (
        select(*columns, *([page.c.matches] if counted else []))
        .join_from(page, CustomerRow, CustomerRow.id == page.c.id)
        .order_by(page.c.name_key.desc() if descending else page.c.name_key, page.c.id)
    )
    with _reading_for(session, text):
        return list(session.execute(stmt))


def count(session: Session, text: str, at_most: int | None) -> int:
    """How many texts match (one per customer), counting stopped past `at_most`."""
    if at_most is not None and len(text) < SHORTEST_TRIGRAM:
        found = share(session, text)
        if found is not None and found >= SCANNED_COUNT_SHARE:
            return _count_scanning(session, text, at_most)
    hits = select(TEXTS.c.id).where(_hits(text))
    if at_most is not None:
        hits = hits.limit(at_most + 1)
    with _reading_for(session, text):
        return int(session.scalar(select(func.count()).select_from(hits.subquery())) or 0)


# A short text in at least this share of the texts is counted by reading texts until past the
# cap: ~1/share × 1,001 texts at ~2.5 µs each (`l`, in 92 % of the bench's texts: 4.5 ms),
# where the index's bitmap of every match costs ~9 ms for 92,000 texts before the first count.
SCANNED_COUNT_SHARE = 0.3


def _count_scanning(session: Session, text: str, at_most: int) -> int:
    """Texts holding `text`, counted in the table's order until past `at_most`: `strpos` has
    no index, so the plan is that scan whatever the planner thinks."""
    held = func.strpos(func.crmnote_fold(TEXTS.c.text), func.crmnote_fold(text)) > 0
    hits = select(TEXTS.c.id).where(held).limit(at_most + 1)
    return int(session.scalar(select(func.count()).select_from(hits.subquery())) or 0)


# A short text in fewer than this share of the texts seldom fills a page among the first 1,000
# customers of the list (~share × 1,000 of them hold it): its page is read from the index at
# once instead of after a walk of those 1,000 (~6 ms) that finds too few.
WALK_SHARE = 0.2


def rare(session: Session, text: str) -> bool:
    """Whether a short text's page is better read from the index than walked for."""
    found = share(session, text)
    return found is not None and found < WALK_SHARE


# Migration 0015: ANALYZE's frequencies of 0013's index elements, for any member of the team
# (`pg_stats` shows them to the table's owner only).
_STATISTICS = sql("SELECT element, share FROM crmnote_short_text_shares(current_schema())")
_SHARES_KEPT_S = 300.0
_shares: weakref.WeakKeyDictionary[Any, tuple[float, dict[str, float] | None]] = (
    weakref.WeakKeyDictionary()
)


def share(session: Session, text: str) -> float | None:
    """The share of the texts holding this one or two characters, as ANALYZE last saw it
    (migration 0013's index keeps the frequencies of its most common elements); 0.0 for one
    it did not list (rarer than those), None when there are no statistics (never analysed).
    Read once per book every few minutes; only which way a page or a count is looked for
    depends on it, never what they hold."""
    engine = session.get_bind()
    now = time.monotonic()
    kept = _shares.get(engine)
    if kept is None or now - kept[0] > _SHARES_KEPT_S:
        shares = {str(e): float(f) for e, f in session.execute(_STATISTICS)} or None
        kept = (now, shares)
        _shares[engine] = kept
    shares = kept[1]
    return None if shares is None else shares.get(text.lower(), 0.0)


def _reading_for(session: Session, searched: str) -> Any:
    by_index = len(searched) < SHORTEST_TRIGRAM or _few_trigrams(searched)
    return _from_the_index(session) if by_index else nullcontext()
