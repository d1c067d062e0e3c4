"""Full-text search over the notes: `services.search.search(words)` beside raw sqlite3 FTS5.

Both run the same MATCH expression (the one `domain.search.fts_query` makes of the words) over
the same `search_index` table and ask for the 50 best by rank. Ours also makes a snippet with
the matches marked and joins the customer's name, as the search screen shows them; the raw
query reads the hits' columns only. Queries run in turn, each several times; medians.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench import dataset
from bench.common import Config, Result, Section, median, ms
from crmnote.storage.sqlite_files import sqlite_uri

TARGET = 2.0
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
    "WHERE search_index MATCH ? ORDER BY rank LIMIT ?"
)


def run(cfg: Config) -> list[Result]:
    from crmnote.bootstrap import open_database
    from crmnote.domain.search import fts_query

    db = dataset.database(cfg)
    repeat = cfg.times(5)
    notes = _count(db)
    section = Section(
        f"== search_bench: full-text search over {notes:,} indexed records, "
        f"{len(QUERIES)} queries × {repeat}, best {LIMIT} by rank"
    )
    opened = open_database(str(db))
    con = sqlite3.connect(sqlite_uri(db, mode="ro"), uri=True)
    ours: list[float] = []
    raw: list[float] = []
    try:
        search = opened.services.search
        for words in QUERIES:
            match = fts_query(words)
            o, r = [], []
            for _ in range(repeat):
                start = time.perf_counter()
                hits = search.search(words, limit=LIMIT)
                o.append(time.perf_counter() - start)
                start = time.perf_counter()
                rows = con.execute(RAW, (match, LIMIT)).fetchall()
                r.append(time.perf_counter() - start)
            assert len(hits) == len(rows), (words, len(hits), len(rows))
            section.note(
                f"{words!r:28} {len(rows):3} hits  ours {ms(median(o)):7.1f} ms  "
                f"raw {ms(median(r)):7.1f} ms"
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
            baseline_name="raw sqlite3 FTS5",
            ratio=ratio,
            detail=f"mean of the queries' medians; worst query ratio "
            f"{max(o / r for o, r in zip(ours, raw, strict=True)):.2f}",
        )
    )
    return section.results


def _count(db: Path) -> int:
    con = sqlite3.connect(sqlite_uri(db, mode="ro"), uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM search_index").fetchone()[0])
    finally:
        con.close()


def main() -> None:
    run(Config())


if __name__ == "__main__":
    main()
