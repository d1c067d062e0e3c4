"""Logging one interaction, score update included, for a short and a long history.

`services.interactions.log(...)` for "Bench Light" (10 interactions) and "Bench Heavy"
(10,000), alternately, on a copy of the data set: one transaction each, with its audit entry,
list columns, search index and score history, committed with the app's pragmas (WAL,
synchronous=FULL: every commit waits for an fsync of the WAL). Baseline: a raw sqlite3 INSERT
of the same interaction row + COMMIT on the same file with the same pragmas, which shows how
much of the time is the disk's flush. On PostgreSQL: a fresh database made from the bench book
(`CREATE DATABASE … TEMPLATE`), the same calls over the network connection (loopback), and the
raw INSERT + COMMIT over psycopg.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from bench import dataset
from bench.common import Config, Result, Section, median, ms, percentile
from bench.raw import Book, Raw

ON_SERVER = True
TARGET_MS = 5.0  # issue 19, item 6
SERVER_TARGET_MS = 15.0  # issue 14: on loopback
NOTE = "Called about the delivery date of the replacement parts; promised a reply tomorrow."


def run(cfg: Config) -> list[Result]:
    from crmnote.bootstrap import open_database
    from crmnote.domain.types import Channel, CustomerId

    book = dataset.book(cfg)
    count = cfg.times(40, quick=2)
    section = Section(
        f"== log_bench: log one interaction (score update included), median of {count} each"
        + (" (PostgreSQL)" if book.server else "")
    )
    work = _work(cfg, book)
    light = CustomerId(dataset.customer_id(book.file, dataset.LIGHT_NAME))
    heavy = CustomerId(dataset.customer_id(book.file, dataset.HEAVY_NAME))
    times: dict[int, list[float]] = {light: [], heavy: []}
    # this process's CPU time per log: what the code itself costs, which a loaded machine's
    # waits for the disk and for the other processes leave out of it
    cpu: list[float] = []
    capturing: list[float] = []  # the part of each log that is sync's change capture
    opened = open_database(work.db)
    timed = _timing_capture(capturing)
    try:
        interactions = opened.services.interactions
        for n in range(count + 1):
            for cid in (light, heavy):
                start, used = time.perf_counter(), time.process_time()
                interactions.log(cid, channel=Channel.CALL, minutes=7, mood=0, notes=NOTE)
                if n:  # the first of each warms the code paths
                    times[cid].append(time.perf_counter() - start)
                    cpu.append(time.process_time() - used)
                else:
                    capturing.clear()
    finally:
        timed()
        opened.close()
    raw = (
        _raw_server_inserts(work, heavy, count) if work.server else _raw_inserts(work, heavy, count)
    )
    section.note(
        f"p95: light {ms(percentile(times[light], 95)):.1f} ms, heavy "
        f"{ms(percentile(times[heavy], 95)):.1f} ms, raw {ms(percentile(raw, 95)):.1f} ms"
    )
    base = median(raw)
    lo, hi = median(times[light]), median(times[heavy])
    target = SERVER_TARGET_MS if work.server else TARGET_MS
    for name, value in (("log interaction, 10 in history", lo), ("log interaction, 10k", hi)):
        section.add(
            Result(
                name,
                ms(value),
                "ms/log",
                f"≤ {target:.0f} ms",
                ms(value) <= target,
                baseline=ms(base),
                baseline_name=f"raw {work.label} INSERT+COMMIT",
                ratio=value / base,
            )
        )
    section.add(
        Result(
            "log: of which sync's change capture",
            ms(median(capturing)),
            "ms/log",
            "small beside the log (info)",
            True,
            baseline=ms(base),
            baseline_name=f"raw {work.label} INSERT+COMMIT",
            ratio=median(capturing) / base,
            info=True,
        )
    )
    section.add(
        Result(
            "log: CPU time of this process per log",
            ms(median(cpu)),
            "ms/log",
            "the code's own cost, whatever the load (info)",
            True,
            baseline=ms(base),
            baseline_name=f"raw {work.label} INSERT+COMMIT",
            ratio=median(cpu) / base,
            info=True,
        )
    )
    section.add(
        Result(
            "log: 10k history / 10 history",
            hi / lo,
            "×",
            "≈ 1 (independent)",
            hi / lo <= 1.5,
        )
    )
    if work.server:
        from bench.server import drop_work

        drop_work(cfg)
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work.db}{suffix}").unlink(missing_ok=True)
    return section.results


def _timing_capture(into: list[float]) -> Any:
    """Time every change capture (services/sync/capture.py) a service transaction runs;
    returns what puts the plain one back."""
    from crmnote.services import base

    plain = base.capture

    def timed(session: Any, skew_ms: int = 0) -> Any:
        start = time.perf_counter()
        try:
            return plain(session, skew_ms)
        finally:
            into.append(time.perf_counter() - start)

    base.capture = timed  # type: ignore[assignment]

    def restore() -> None:
        base.capture = plain

    return restore


def _work(cfg: Config, book: Book) -> Book:
    """A copy of the bench book to write into."""
    if book.server:
        from bench.server import work_book

        return work_book(cfg, book)
    return Book(str(dataset.work_copy(cfg, book.file)), book.file)


_INSERT = (
    "INSERT INTO interactions (customer_id, at, channel, direction, minutes, "
    "staff_id, summary, notes, mood, created_at, updated_at) "
    "VALUES (:c, :now, 'call', 'in', 7, NULL, :summary, :notes, 0, :now, :now)"
)


def _raw_server_inserts(work: Book, customer_id: int, count: int) -> list[float]:
    """INSERT one interaction + COMMIT over psycopg (the triggers of 0008 run, as for ours)."""
    con = Raw(work, write=True)
    try:
        out = []
        for n in range(count + 1):
            params = {"c": customer_id, "now": datetime.now(), "summary": NOTE[:40], "notes": NOTE}
            start = time.perf_counter()
            con.execute(_INSERT, params)
            con.commit()
            if n:
                out.append(time.perf_counter() - start)
        return out
    finally:
        con.close()


def _raw_inserts(work: Book, customer_id: int, count: int) -> list[float]:
    """INSERT one interaction + COMMIT, autocommit off, with the app's pragmas."""
    db = Path(work.db)
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA foreign_keys = ON")
        out = []
        for n in range(count + 1):
            now = datetime.now().isoformat(sep=" ")
            start = time.perf_counter()
            con.execute("BEGIN")
            con.execute(
                "INSERT INTO interactions (customer_id, at, channel, direction, minutes, "
                "staff_id, summary, notes, mood, created_at, updated_at) "
                "VALUES (?, ?, 'call', 'in', 7, NULL, ?, ?, 0, ?, ?)",
                (customer_id, now, NOTE[:40], NOTE, now, now),
            )
            con.execute("COMMIT")
            if n:
                out.append(time.perf_counter() - start)
        return out
    finally:
        con.close()


def main() -> None:
    run(Config())


if __name__ == "__main__":
    main()
