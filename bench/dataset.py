"""The benchmarks' data set: `crmnote demo` customers plus two customers of known history length.

Built once into `--data DIR` and reused: `demo-<customers>-seed1.sqlite3` holds the demo data
and the customers "Bench Light" (10 interactions) and "Bench Heavy" (10,000 interactions with
promises, claims, requests and sales), made the same way so only the length of history differs.
Benchmarks that write work on a copy (`work_copy`), so the cached file stays as built.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.common import Config, warn
from bench.raw import Book
from crmnote.storage.sqlite_files import sqlite_uri

SEED = 1
LIGHT_NAME = "Bench Light"
HEAVY_NAME = "Bench Heavy"
_WORDS = (
    "delivery",
    "invoice",
    "order",
    "replacement",
    "parts",
    "weekend",
    "quote",
    "discount",
    "warranty",
    "repair",
    "schedule",
    "pallet",
    "courier",
    "refund",
    "deposit",
    "installation",
    "manual",
    "colour",
    "sample",
    "fitting",
    "survey",
    "drawing",
    "contract",
    "renewal",
    "pricing",
    "upgrade",
    "cancellation",
    "complaint",
    "praise",
    "technician",
    "visit",
    "callback",
)


def database(cfg: Config) -> Path:
    """The cached data set for `cfg`, built first when it is missing."""
    path = cfg.data / f"demo-{cfg.customers}-seed{SEED}-heavy{cfg.heavy}.sqlite3"
    if path.exists():
        _upgrade(path)
        # What the upgrade (or anyone before) committed folded into the file, so the file
        # holds the data set on its own; `work_copy` reads through the WAL anyway.
        _checkpoint(path, strict=False)
        return path
    cfg.data.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.stem + ".partial.sqlite3")
    remove(partial)
    minutes = "3–7 minutes" if cfg.customers >= 50_000 else "a moment"
    warn(f"building {path.name}: crmnote demo --customers {cfg.customers} ({minutes})…")
    start = time.perf_counter()
    demo(partial, cfg.customers)
    add_bench_customers(partial, cfg.light, cfg.heavy)
    _checkpoint(partial)
    partial.rename(path)
    warn(f"built {path} in {time.perf_counter() - start:.0f} s")
    return path


def book(cfg: Config) -> Book:
    """The book the benchmarks read: the SQLite data set, or its copy on the server."""
    source = database(cfg)
    if cfg.server is None:
        return Book(str(source), source)
    from bench.server import server_book

    return server_book(cfg, source)


_CURRENT: set[Path] = set()


def _upgrade(db: Path) -> None:
    """Bring a data set built by an older crmnote to the current schema (no backup: the bench
    can build it again)."""
    if db in _CURRENT:
        return
    from crmnote.storage.engine import database_url
    from crmnote.storage.migrate import prepare_database

    report = prepare_database(database_url(db), None)
    if report.before != report.after:
        warn(f"upgraded {db.name} from schema {report.before} to {report.after}")
    _CURRENT.add(db)


def work_copy(cfg: Config, source: Path, name: str = "work.sqlite3") -> Path:
    """A fresh copy of the data set for a benchmark that writes: through SQLite's online
    backup API (with what its -wal file still holds: a file copy of a WAL database that holds
    committed pages comes out "database disk image is malformed"), written under a temporary
    name and then renamed, as crmnote's backups are (storage/backup.py)."""
    from crmnote.storage.backup import written_aside
    from crmnote.storage.sqlite_files import connect, connect_read_only

    target = cfg.data / name
    remove(target)
    with written_aside(target) as partial:
        src = connect_read_only(source)  # the cached file is left as it is
        try:
            out = connect(partial, "rw")
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
    return target


def demo(db: Path, customers: int) -> None:
    """What `crmnote --db DB demo --customers N --seed 1` does, in this process."""
    from crmnote.bootstrap import open_database

    opened = open_database(str(db))
    try:
        opened.demo().generate(customers=customers, seed=SEED)
    finally:
        opened.close()


def customer_id(db: Path, name: str) -> int:
    con = sqlite3.connect(sqlite_uri(db, mode="ro"), uri=True)
    try:
        row = con.execute("SELECT id FROM customers WHERE name = ?", (name,)).fetchone()
    finally:
        con.close()
    if row is None:
        raise LookupError(f"{db} has no customer named {name!r}")
    return int(row[0])


def spread_customers(db: Path, n: int) -> list[int]:
    """`n` customer ids spread evenly over the book (demo customers of every age and size):
    pages to open besides the bench customers' (the memory and screens benchmarks)."""
    con = sqlite3.connect(sqlite_uri(db, mode="ro"), uri=True)
    try:
        top = con.execute("SELECT max(id) FROM customers").fetchone()[0]
    finally:
        con.close()
    step = max(1, int(top or 0) // (n + 1))
    return [step * (k + 1) for k in range(n)]


def add_bench_customers(db: Path, light: int, heavy: int) -> None:
    """Add "Bench Light" and "Bench Heavy" with their histories, scored as the app scores."""
    from crmnote.bootstrap import open_database
    from crmnote.domain.types import Channel, CustomerId

    opened = open_database(str(db))
    try:
        services = opened.services
        for name, count in ((LIGHT_NAME, light), (HEAVY_NAME, heavy)):
            customer, _ = services.records.add(
                "customer",
                {
                    "name": name,
                    "company": f"{name} Ltd",
                    "tags": ("bench",),
                },
            )
            cid = CustomerId(customer.id)
            # Everything but the last interaction in bulk, then the score history rebuilt...
            _bulk_history(opened.engine, cid, count - 1, seed=count)
            services.scores.recompute([cid])
            # ...and the last one logged as a user would, which refreshes the list columns.
            services.interactions.log(
                cid,
                channel=Channel.CALL,
                minutes=12,
                mood=1,
                notes="Called to confirm the delivery date; all good.",
                at=datetime.combine(date.today(), datetime.min.time()) - timedelta(hours=6),
            )
    finally:
        opened.close()


def _bulk_history(engine: Any, cid: int, count: int, seed: int) -> None:
    """`count` interactions over three years ending yesterday, with the records they give rise
    to in the proportions the demo uses (a promise in 4, a claim in 40, a sale in 5...)."""
    from sqlalchemy import insert, select

    from crmnote.domain.types import (
        Category,
        Channel,
        ClaimCategory,
        Direction,
        Judgment,
        MoneyKind,
        PromiseStatus,
        RequestKind,
        Verdict,
    )
    from crmnote.storage.rows import (
        ClaimRow,
        InteractionRow,
        MoneyRow,
        PromiseRow,
        RequestRow,
        StaffRow,
    )

    if count <= 0:
        return
    rng = random.Random(seed)
    end = datetime.combine(date.today() - timedelta(days=1), datetime.min.time())
    start = end - timedelta(days=3 * 365)
    step = (end - start) / count
    channels = list(Channel)

    def words(n: int) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(n))

    with engine.begin() as conn:
        staff: list[int | None] = list(conn.scalars(select(StaffRow.id).limit(5))) or [None]
        rows = []
        for n in range(count):
            at = start + step * n + timedelta(minutes=rng.randrange(600))
            rows.append(
                {
                    "customer_id": cid,
                    "at": at,
                    "channel": rng.choice(channels),
                    "direction": rng.choice(list(Direction)),
                    "minutes": rng.randint(2, 40),
                    "staff_id": rng.choice(staff),
                    "summary": words(5).capitalize(),
                    "notes": f"{words(14).capitalize()}. {words(10)}.",
                    "mood": rng.choice((-2, -1, 0, 0, 1, 1, 2, None)),
                    "created_at": at,
                    "updated_at": at,
                }
            )
        conn.execute(insert(InteractionRow), rows)
        made = conn.execute(
            select(InteractionRow.id, InteractionRow.at, InteractionRow.staff_id)
            .where(InteractionRow.customer_id == cid)
            .order_by(InteractionRow.id)
        ).all()
        promises, claims, requests, money = [], [], [], []
        for iid, at, staff_id in made:
            roll = rng.random()
            if roll < 0.25:
                due = (at + timedelta(days=rng.randint(1, 14))).date()
                closed = due < end.date()
                status = (
                    rng.choice((PromiseStatus.KEPT,) * 4 + (PromiseStatus.BROKEN,))
                    if closed
                    else PromiseStatus.OPEN
                )
                promises.append(
                    {
                        "customer_id": cid,
                        "text": f"We will {words(6)}",
                        "category": rng.choice(list(Category)),
                        "made_at": at,
                        "made_by": staff_id,
                        "due": due,
                        "interaction_id": iid,
                        "status": status,
                        "resolved_at": at + timedelta(days=3) if closed else None,
                        "evidence": words(3) if closed else "",
                        "created_at": at,
                        "updated_at": at,
                    }
                )
            if roll > 0.975:
                claims.append(
                    {
                        "customer_id": cid,
                        "raised_at": at,
                        "category": rng.choice(list(ClaimCategory)),
                        "text": f"Customer says {words(8)}",
                        "interaction_id": iid,
                        "staff_id": staff_id,
                        "verdict": rng.choice(list(Verdict)),
                        "verdict_note": words(4),
                        "created_at": at,
                        "updated_at": at,
                    }
                )
            if 0.5 < roll < 0.52:
                requests.append(
                    {
                        "customer_id": cid,
                        "raised_at": at,
                        "kind": rng.choice(list(RequestKind)),
                        "text": f"Asks for {words(6)}",
                        "judgment": rng.choice(list(Judgment)),
                        "interaction_id": iid,
                        "staff_id": staff_id,
                        "created_at": at,
                        "updated_at": at,
                    }
                )
            if 0.3 < roll < 0.5:
                money.append(
                    {
                        "customer_id": cid,
                        "at": at.date(),
                        "kind": MoneyKind.SALE,
                        "amount": Decimal(rng.randint(4000, 90000)) / 100,
                        "currency": "EUR",
                        "reference": f"INV-{iid}",
                        "interaction_id": iid,
                        "created_at": at,
                        "updated_at": at,
                    }
                )
        for table, batch in (
            (PromiseRow, promises),
            (ClaimRow, claims),
            (RequestRow, requests),
            (MoneyRow, money),
        ):
            if batch:
                conn.execute(insert(table), batch)


def _checkpoint(db: Path, strict: bool = True) -> None:
    """Fold the WAL into the file so it can be renamed and copied on its own. Unless `strict`,
    a WAL left (another process reading the file meanwhile) is no error."""
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()  # the last connection to close removes the empty -wal and -shm
    wal = Path(f"{db}-wal")
    if strict and wal.exists() and wal.stat().st_size:
        raise RuntimeError(f"{wal} was not folded into the database")


def remove(db: Path) -> None:
    """Delete a database file with its -wal and -shm."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
