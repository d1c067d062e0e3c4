"""Syncing field copies with a team book (docs/sync.md): 10,000 changes made offline on one
laptop pushed to the team book and pulled by another laptop, a round with nothing to do, and
the longest the window's event loop waits while a round runs on a worker thread.

The team book is a new book with a hundred customers (a SQLite file, or with --db a database
on that server); the laptops join it (a SQLite file each). The offline work is 10,000 calls
logged in one transaction on laptop A (the change log gets one change each).

Baselines, measured in the same run: the same 10,000 interaction rows INSERTed with one
executemany and a COMMIT into a copy of the team book (sqlite3 or psycopg, no ORM); and, for
the empty round, opening a connection to each book and reading the newest change id of each;
for the stall, the longest wait of the same event loop while a worker thread does plain Python
arithmetic for as long as the round took (the interpreter lock alone).

The CPU rows (info) give what a push and a pull cost whatever else the machine runs: this
process's CPU time, plus, on a server running on this machine, the CPU time of its whole
PostgreSQL cluster (bench/server.py `cluster_cpu`: use a throwaway cluster of one's own),
against the same for the raw INSERT. The stall is measured in
a child process started as the app starts (bench/sync_probe.py): the real main window on laptop
B, its own File → Sync now pulling what laptop A pushed last.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.common import Config, Result, Section, median, ms

ROOT = Path(__file__).resolve().parents[1]
ON_SERVER = True
CHANGES = 10_000
CUSTOMERS = 100  # the calls spread over them: a hundred each, rescored after every batch
TARGET_PUSH_S = 10.0
TARGET_EMPTY_MS = 200.0
TARGET_STALL_MS = 100.0
NOTE = "Called about the delivery date of the replacement parts; promised a reply tomorrow."


def run(cfg: Config) -> list[Result]:
    from crmnote.bootstrap import open_database
    from crmnote.services.sync.join import JoinService
    from crmnote.storage.sync_peer_books import open_peer

    changes = cfg.times(CHANGES, quick=60)
    folder = cfg.data / "sync"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    hub = _hub(cfg, folder)
    section = Section(
        f"== sync_bench: {changes:,} offline changes, an empty round"
        + (" (PostgreSQL)" if cfg.server else "")
    )
    try:
        team = open_peer(hub)
        try:
            for name in ("a", "b"):
                path = folder / f"{name}.sqlite3"
                open_database(str(path)).close()
                JoinService(datetime.now, lambda: time.time_ns() // 1_000_000).join(path, team)
        finally:
            team.close()
        raw_cpu = _Cpu(hub)
        baseline = _raw_inserts(cfg, folder, hub, changes, raw_cpu)
        a, b = open_database(str(folder / "a.sqlite3")), open_database(str(folder / "b.sqlite3"))
        try:
            _offline_calls(a, changes)
            push_cpu, pull_cpu = _Cpu(hub), _Cpu(hub)
            push = _round(a, hub, cpu=push_cpu)
            pull = _round(b, hub, cpu=pull_cpu)
            section.note(f"pushed {push[1].pushed:,} changes, pulled {pull[1].pulled:,}")
            empty = [_round(a, hub)[0] for _ in range(cfg.times(10, quick=2))]
            raw_empty = [_raw_round(folder / "a.sqlite3", hub) for _ in range(len(empty))]
            _offline_calls(a, max(1, changes // 5))
            _round(a, hub)
            b.close()
            stall, floor, pulled_in_app = _stall(cfg, folder / "b.sqlite3")
            section.note(f"the window's Sync now pulled {pulled_in_app:,} changes")
        finally:
            a.close()
            b.close()
        label = "PostgreSQL" if cfg.server else "sqlite3"
        for name, (took, _report) in (
            (f"sync: push {changes:,} offline changes", push),
            (f"sync: pull {changes:,} changes", pull),
        ):
            section.add(
                Result(
                    name,
                    took,
                    "s",
                    f"≤ {TARGET_PUSH_S:.0f} s",
                    took <= TARGET_PUSH_S,
                    baseline=baseline,
                    baseline_name=f"raw {label} INSERT of {changes:,} rows",
                    ratio=took / baseline,
                )
            )
        for name, cpu in (
            (f"sync: push {changes:,}, CPU", push_cpu),
            (f"sync: pull {changes:,}, CPU", pull_cpu),
        ):
            section.add(
                Result(
                    name,
                    cpu.total,
                    "s",
                    "info",
                    True,
                    baseline=raw_cpu.total,
                    baseline_name=f"raw {label} INSERT's CPU",
                    ratio=cpu.total / raw_cpu.total if raw_cpu.total else None,
                    detail=f"client {cpu.client:.2f} s + server {cpu.shown_server()}"
                    f" (raw INSERT: client {raw_cpu.client:.2f} s + server"
                    f" {raw_cpu.shown_server()})",
                    info=True,
                )
            )
        section.add(
            Result(
                "sync: a round with nothing to do",
                ms(median(empty)),
                "ms",
                f"≤ {TARGET_EMPTY_MS:.0f} ms",
                ms(median(empty)) <= TARGET_EMPTY_MS,
                baseline=ms(median(raw_empty)),
                baseline_name=f"raw connect + newest id, both books ({label})",
                ratio=median(empty) / median(raw_empty),
            )
        )
        section.add(
            Result(
                "sync: longest GUI stall in a round",
                ms(stall),
                "ms",
                f"≤ {TARGET_STALL_MS:.0f} ms",
                ms(stall) <= TARGET_STALL_MS,
                baseline=ms(floor),
                baseline_name=f"a Python worker of plain arithmetic as long ({label} round)",
                ratio=stall / floor if floor else None,
            )
        )
    finally:
        _drop(cfg, folder)
    return section.results


def _hub(cfg: Config, folder: Path) -> str:
    """A new team book with a few customers: a file, or a database on the bench's server."""
    from crmnote.bootstrap import open_database

    where = str(folder / "hub.sqlite3")
    if cfg.server:
        from bench.server import empty_work

        where = empty_work(cfg, "sync")
    opened = open_database(where)
    try:
        from crmnote.domain import entities as e

        now = datetime.now().replace(microsecond=0)
        with opened.services.records.transaction() as repo:
            for n in range(CUSTOMERS):
                repo.add(e.Customer(name=f"Customer {n:03}", created_at=now, updated_at=now))
    finally:
        opened.close()
    return where


def _offline_calls(opened: Any, count: int) -> None:
    """`count` calls logged in one transaction on a laptop (its change log gets one each)."""
    from crmnote.domain import entities as e
    from crmnote.domain.types import CustomerId

    records = opened.services.records
    customers = [c.id for c in records.list("customer")]
    now = datetime.now().replace(microsecond=0)
    with records.transaction() as repo:
        for n in range(count):
            repo.add(
                e.Interaction(
                    customer_id=CustomerId(customers[n % len(customers)]),
                    at=now,
                    summary=f"call {n}",
                    notes=NOTE,
                    created_at=now,
                    updated_at=now,
                )
            )


class _Cpu:
    """CPU seconds of one measured step: this process's, and the team book's server's when it
    runs on this machine (None: not measurable, shown as such)."""

    def __init__(self, hub: str) -> None:
        self.hub = hub
        self.client = 0.0
        self.server: float | None = None
        self._started: tuple[float, float | None] = (0.0, None)

    def start(self) -> None:
        self._started = (time.process_time(), self._server_now())

    def stop(self) -> None:
        client, server = self._started
        self.client = time.process_time() - client
        if server is not None:
            time.sleep(0.3)  # the closed connection's backend ends and is counted as ended
        now = self._server_now()
        self.server = None if now is None or server is None else now - server

    @property
    def total(self) -> float:
        return self.client + (self.server or 0.0)

    def shown_server(self) -> str:
        return (
            "not measured (not on this machine)" if self.server is None else f"{self.server:.2f} s"
        )

    def _server_now(self) -> float | None:
        if not self.hub.startswith("postgresql"):
            return None
        from bench.server import cluster_cpu

        return cluster_cpu(self.hub)


def _round(
    opened: Any, hub: str, batch: int | None = None, cpu: _Cpu | None = None
) -> tuple[float, Any]:
    from crmnote.services.sync.rounds import BATCH
    from crmnote.storage.engine import make_sessionmaker
    from crmnote.storage.sync_peer_books import open_peer

    if cpu is not None:
        cpu.start()
    start = time.perf_counter()
    team = open_peer(hub)
    try:
        report = opened.services.sync.sync_with(
            make_sessionmaker(team.engine), team.shown, batch=batch or BATCH
        )
    finally:
        team.close()
    took = time.perf_counter() - start
    if cpu is not None:
        cpu.stop()
    return took, report


def _stall(cfg: Config, laptop: Path) -> tuple[float, float, int]:
    """In a child process started as the app starts (bench/sync_probe.py): the longest the
    window's event loop waited while its own Sync now ran, the same beside a worker of plain
    Python arithmetic as long (the baseline), and the changes the round pulled."""
    import sys

    from bench.common import bench_env
    from bench.processes import run_child

    env = bench_env(cfg, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    _, got = run_child([sys.executable, str(ROOT / "bench" / "sync_probe.py"), str(laptop)], env)
    return got["stall"], got["floor"], int(got["pulled"])


def _raw_inserts(cfg: Config, folder: Path, hub: str, count: int, cpu: _Cpu) -> float:
    """INSERT the same interaction rows into a copy of the team book, one executemany and a
    COMMIT, no ORM: the floor of writing that much."""
    now = datetime.now().replace(microsecond=0).isoformat(sep=" ")
    rows = [(1 + n % CUSTOMERS, now, f"call {n}", NOTE, now, now) for n in range(count)]
    insert = (
        "INSERT INTO interactions (customer_id, at, channel, direction, minutes, staff_id, "
        "summary, notes, mood, created_at, updated_at) VALUES "
    )
    if cfg.server:
        import psycopg

        from bench.server import copy_of

        with psycopg.connect(copy_of(cfg, hub, "sync_raw")) as con:
            cpu.start()
            start = time.perf_counter()
            with con.cursor() as cur:
                cur.executemany(insert + "(%s, %s, 'call', 'in', 0, NULL, %s, %s, 0, %s, %s)", rows)
            con.commit()
            took = time.perf_counter() - start
            cpu.stop()
            return took
    copy = folder / "raw.sqlite3"
    shutil.copyfile(hub, copy)
    con = sqlite3.connect(copy, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        cpu.start()
        start = time.perf_counter()
        con.execute("BEGIN")
        con.executemany(insert + "(?, ?, 'call', 'in', 0, NULL, ?, ?, 0, ?, ?)", rows)
        con.execute("COMMIT")
        took = time.perf_counter() - start
        cpu.stop()
        return took
    finally:
        con.close()


def _raw_round(laptop: Path, hub: str) -> float:
    """Connect to both books and read the newest change of each: what any round must do."""
    start = time.perf_counter()
    con = sqlite3.connect(laptop)
    con.execute("SELECT max(id) FROM sync_changes").fetchone()
    con.close()
    if hub.startswith("postgresql"):
        import psycopg
        from sqlalchemy import make_url

        plain = make_url(hub).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(plain) as pg:
            pg.execute("SELECT max(id) FROM sync_changes").fetchone()
    else:
        other = sqlite3.connect(hub)
        other.execute("SELECT max(id) FROM sync_changes").fetchone()
        other.close()
    return time.perf_counter() - start


def _drop(cfg: Config, folder: Path) -> None:
    if cfg.server:
        from bench.server import drop_named

        drop_named(cfg, "sync", "sync_raw")
    shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    run(Config())


if __name__ == "__main__":
    main()
