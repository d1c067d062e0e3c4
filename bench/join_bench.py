"""The initial fill of a field copy (docs/sync.md, "Joining"): an empty laptop book joins the
bench's data set as its team book (`dataset.book`: the SQLite file, or with --db its copy on
that server) and is filled with every record, the change log and its shadows, in one verified
copy beside it, then made a field copy and put in place — what `crmnote team join URL` does.

Issue 15's target is 5 minutes for a 100,000-customer team book. Filling is linear in the rows
copied, so a run on a smaller data set (--small, or the machine's time) also prints the figure
scaled to 100,000 customers, and the verdict is taken on that.

Baseline, measured in the same run: the floor of moving that book — SQLite's online backup API
copying the team book's file page by page (no rows decoded); on a server, psycopg reading
every row of every table the fill copies (no rows written).
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path

from bench import dataset
from bench.common import BIG_CUSTOMERS, Config, Result, Section
from bench.raw import Book

ON_SERVER = True
TARGET_S = 300.0


def run(cfg: Config) -> list[Result]:
    from crmnote.bootstrap import open_database
    from crmnote.services.sync.join import JoinService
    from crmnote.storage.sync_peer_books import open_peer

    book = dataset.book(cfg)
    folder = cfg.data / "join"
    dataset.remove(folder / "laptop.sqlite3")
    folder.mkdir(parents=True, exist_ok=True)
    laptop = folder / "laptop.sqlite3"
    section = Section(
        f"== join_bench: fill a field copy of {cfg.customers:,} customers"
        + (" (PostgreSQL)" if book.server else "")
    )
    told: list[float] = []
    try:
        open_database(str(laptop)).close()
        team = open_peer(book.db)
        try:
            start = time.perf_counter()
            report = JoinService(datetime.now, lambda: time.time_ns() // 1_000_000).join(
                laptop, team, progress=lambda p: told.append(p.fraction)
            )
            took = time.perf_counter() - start
        finally:
            team.close()
        baseline, label = _floor(book, folder)
    finally:
        dataset.remove(laptop)
    scale = BIG_CUSTOMERS / cfg.customers
    section.note(
        f"{report.records:,} rows copied; the progress bar was told {len(told):,} times "
        f"(last {told[-1]:.0%})"
        if told
        else f"{report.records:,} rows copied"
    )
    section.add(
        Result(
            "join: fill a field copy",
            took,
            "s",
            f"≤ {TARGET_S:.0f} s at {BIG_CUSTOMERS:,} customers",
            took * scale <= TARGET_S,
            baseline=baseline,
            baseline_name=label,
            ratio=took / baseline,
            detail=""
            if scale == 1
            else f"scaled to {BIG_CUSTOMERS:,} customers: "
            f"{took * scale:.0f} s ({scale:g} × this data set)",
        )
    )
    return section.results


def _floor(book: Book, folder: Path) -> tuple[float, str]:
    """Seconds the baseline took, and its name."""
    if book.server:
        return _read_all(book.db), "psycopg read of every copied row (PostgreSQL)"
    target = folder / "backup.sqlite3"
    dataset.remove(target)
    start = time.perf_counter()
    source, copy = sqlite3.connect(book.file), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    took = time.perf_counter() - start
    dataset.remove(target)
    return took, "sqlite3 backup API of the file"


def _read_all(url: str) -> float:
    import psycopg
    from sqlalchemy import make_url

    from crmnote.storage.book_tables import copied_tables

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    start = time.perf_counter()
    with psycopg.connect(plain) as con, con.cursor() as cur:
        for table in copied_tables():
            cur.execute(f'SELECT * FROM "{table.name}"')
            while cur.fetchmany(5000):
                pass
    return time.perf_counter() - start
