"""Full-text search over the notes: `services.search.search(words)` beside raw sqlite3 FTS5.

Both run the same MATCH expression (the one `domain.search.fts_query` makes of the words) over
the same `search_index` table and ask for the 50 best by rank. Ours also makes a snippet with
the matches marked and joins the customer's name, as the search screen shows them; the raw
query reads the hits' columns only, ranking every match (ours ranks a word found in very many
records among its newest 2,000 matches: storage/search_queries.py). Queries run in turn, each
several times; medians. Two targets: the mean against raw, and the slowest query's best 50
within 100 ms (PRODUCT.md §6, turn 2).
On PostgreSQL the raw query is the tsquery `domain.search.ts_query` makes of the words,
matched against the GIN-indexed `document` and ordered by `ts_rank`, over psycopg.
"""

from __future__ import annotations

import time

from bench import dataset
from bench.common import Config, Result, Section, median, ms
from bench.raw import Raw

ON_SERVER = True
TARGET = 2.0
SLOWEST_MS = 100.0
LIMIT = 50
QUERIES = (
    "delivery",  # a word in a great many notes
    "refund invoice",  # two words, both must match
    "warranty OR replacement",
    "install*",  # a prefix
    '"called to confirm"',  # a phrase
    "zqxwv",  # nothing matches
)
RAW = (
    "SELECT kind, record_id, customer_id, title FROM search_index "
    "WHERE search_index MATCH :match ORDER BY rank LIMIT :limit"
)
RAW_PG = (
    "SELECT kind, record_id, customer_id, title FROM search_index, "
    "to_tsquery('crmnote_search', crmnote_fold(:match)) AS q "
    "WHERE document @@ q ORDER BY ts_rank(document, q) DESC LIMIT :limit"
)


def run(cfg: Config) -> list[Result]:
    from crmnote.bootstrap import open_database
    from crmnote.domain.search import fts_query, ts_query

    book = dataset.book(cfg)
    repeat = cfg.times(5)
    con = Raw(book)
    notes = con.one("SELECT count(*) FROM search_index")[0]
    section = Section(
        f"== search_bench: full-text search over {notes:,} indexed records, "
        f"{len(QUERIES)} queries × {repeat}, best {LIMIT} by rank"
        + (" (PostgreSQL)" if book.server else "")
    )
    opened = open_database(book.db)
    raw_sql, expression = (RAW_PG, ts_query) if book.server else (RAW, fts_query)
    ours: list[float] = []
    raw: list[float] = []
    try:
        search = opened.services.search
        for words in QUERIES:
            match = expression(words)
            o, r = [], []
            for _ in range(repeat):
                start = time.perf_counter()
                hits = search.search(words, limit=LIMIT)
                o.append(time.perf_counter() - start)
                start = time.perf_counter()
                rows = con.rows(raw_sql, {"match": match, "limit": LIMIT})
                r.append(time.perf_counter() - start)
            assert len(hits) == len(rows), (words, len(hits), len(rows))
            among = getattr(hits, "ranked_among", None)
            section.note(
                f"{words!r:28} {len(rows):3} hits  ours {ms(median(o)):7.1f} ms  "
                f"raw {ms(median(r)):7.1f} ms"
                + (f"  (ranked among the newest {among:,} matches)" if among else "")
            )
            ours.append(median(o))
            raw.append(median(r))
    finally:
        con.close()
        opened.close()
    total_ours, total_raw = sum(ours), sum(raw)
    ratio = total_ours / total_raw
    section.add(
        Result(
            "full-text search",
            ms(total_ours / len(QUERIES)),
            "ms/query",
            f"≤ {TARGET} × raw",
            ratio <= TARGET,
            baseline=ms(total_raw / len(QUERIES)),
            baseline_name="raw PostgreSQL tsquery" if book.server else "raw sqlite3 FTS5",
            ratio=ratio,
            detail=f"mean of the queries' medians; worst query ratio "
            f"{max(o / r for o, r in zip(ours, raw, strict=True)):.2f}",
        )
    )
    slowest = max(range(len(QUERIES)), key=lambda i: ours[i])
    section.add(
        Result(
            "full-text search, slowest query",
            ms(ours[slowest]),
            "ms/query",
            f"≤ {SLOWEST_MS:.0f} ms",
            ms(ours[slowest]) <= SLOWEST_MS,
            baseline=ms(raw[slowest]),
            baseline_name=("raw PostgreSQL tsquery" if book.server else "raw sqlite3 FTS5")
            + ", every match ranked",
            ratio=ours[slowest] / raw[slowest],
            detail=f"{QUERIES[slowest]!r}, best {LIMIT} by rank",
        )
    )
    return section.results


def main() -> None:
    run(Config())


if __name__ == "__main__":
    main()
