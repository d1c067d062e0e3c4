"""Logging one interaction, score update included, for a short and a long history.

`services.interactions.log(...)` for "Bench Light" (10 interactions) and "Bench Heavy"
(10,000), alternately, on a copy of the data set: one transaction each, with its audit entry,
list columns, search index and score history, committed with the app's pragmas (WAL,
synchronous=FULL: every commit waits for an fsync of the WAL). Baseline: a raw sqlite3 INSERT
of the same interaction row + COMMIT on the same file with the same pragmas, which shows how
much of the time is the disk's flush.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path

from bench import dataset
from bench.common import Config, Result, Section, median, ms, percentile

TARGET_MS = 10.0
NOTE = "Called about the delivery date of the replacement parts; promised a reply tomorrow."


def run(cfg: Config) -> list[Result]:
    from crmnote.bootstrap import open_database
    from crmnote.domain.types import Channel, CustomerId

    source = dataset.database(cfg)
    count = cfg.times(40, quick=2)
    section = Section(
        f"== log_bench: log one interaction (score update included), median of {count} each"
    )
    db = dataset.work_copy(cfg, source)
    light = CustomerId(dataset.customer_id(db, dataset.LIGHT_NAME))
    heavy = CustomerId(dataset.customer_id(db, dataset.HEAVY_NAME))
    times: dict[int, list[float]] = {light: [], heavy: []}
    opened = open_database(str(db))
    try:
        interactions = opened.services.interactions
        for n in range(count + 1):
            for cid in (light, heavy):
                start = time.perf_counter()
                interactions.log(cid, channel=Channel.CALL, minutes=7, mood=0, notes=NOTE)
                if n:  # the first of each warms the code paths
                    times[cid].append(time.perf_counter() - start)
    finally:
        opened.close()
    raw = _raw_inserts(db, heavy, count)
    section.note(
        f"p95: light {ms(percentile(times[light], 95)):.1f} ms, heavy "
        f"{ms(percentile(times[heavy], 95)):.1f} ms, raw {ms(percentile(raw, 95)):.1f} ms"
    )
    base = median(raw)
    lo, hi = median(times[light]), median(times[heavy])
    for name, value in (("log interaction, 10 in history", lo), ("log interaction, 10k", hi)):
        section.add(
            Result(
                name,
                ms(value),
                "ms/log",
                f"≤ {TARGET_MS:.0f} ms",
                ms(value) <= TARGET_MS,
                baseline=ms(base),
                baseline_name="raw INSERT+COMMIT",
                ratio=value / base,
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
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return section.results


def _raw_inserts(db: Path, customer_id: int, count: int) -> list[float]:
    """INSERT one interaction + COMMIT, autocommit off, with the app's pragmas."""
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
