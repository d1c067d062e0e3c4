"""Importing a CSV file of 100,000 customers (10,000 with --small/--quick), and 10,000 rows of a
JSON export of whole customers and of a CSV file of interactions.

Every file is imported the way `crmnote import FILE` does (`importers.imports.import_file`),
into a fresh database each time: one transaction with the records, list columns, scores,
search entries and sync's change log. The customers' file (a name, a company, an email, a
phone, an address, two tags and a note each) is imported in a child process of its own
(`bench/import_probe.py`), which reports the import's time and the process's peak resident
size: issue 19 asks for 100,000 rows in ≤ 12 s and ≤ 150 MB. Its baseline: raw sqlite3
`executemany` of the same customers, contacts and tags (the book's triggers firing) and one
COMMIT. The JSON file is a `crmnote export` of demo customers holding about 10,000 records
(interactions, promises, claims, requests, money…); the interactions file holds 10,000
interactions of 500 customers it creates; both against a raw `executemany` of 10,000
interaction rows and one COMMIT, with the app's pragmas (info). The figures are in
docs/performance.md.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.common import BIG_CUSTOMERS, Config, Result, Section, bench_env, median
from bench.processes import run_child

ROWS = 10_000
CSV_CUSTOMERS = 500
CUSTOMER_ROWS = 100_000  # the customers' CSV at full size (10,000 with --small)
SECONDS = 12.0  # for 100,000 customers, scaled linearly for fewer
PEAK_MB = 150.0
PROBE = Path(__file__).with_name("import_probe.py")


def _fresh(folder: Path, name: str) -> Path:
    db = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def _json_source(folder: Path, rows: int) -> Path:
    """A JSON export of demo customers holding about `rows` records (built once)."""
    from crmnote.bootstrap import open_database
    from crmnote.importers import json_doc

    out = folder / f"export-{rows}.json"
    if out.exists():
        return out
    db = _fresh(folder, "source.sqlite3")
    opened = open_database(str(db))
    try:
        # About 20 records a customer with 10 interactions each (docs/performance.md).
        opened.demo().generate(customers=max(1, rows // 20), seed=7, today=date(2026, 6, 1))
        snapshot = opened.services.transfer.snapshot()
    finally:
        opened.close()
    out.write_text(json_doc.dumps(snapshot), encoding="utf-8")
    return out


def _csv_source(folder: Path, rows: int) -> Path:
    out = folder / f"interactions-{rows}.csv"
    if out.exists():
        return out
    start = datetime(2025, 1, 6, 9, 0)
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer", "date", "channel", "minutes", "summary", "notes", "mood"])
        for n in range(rows):
            at = start + timedelta(hours=7 * n)
            w.writerow(
                [
                    f"Import Customer {n % CSV_CUSTOMERS:04d}",
                    at.strftime("%Y-%m-%d %H:%M"),
                    ("call", "email", "meeting", "visit")[n % 4],
                    5 + n % 40,
                    f"Contact {n}",
                    f"Talked about order {n}; they asked for the delivery date.",
                    (n % 5) - 2,
                ]
            )
    return out


def _customers_source(folder: Path, rows: int) -> Path:
    out = folder / f"customers-{rows}.csv"
    if out.exists():
        return out
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "company", "email", "phone", "address", "tags", "notes"])
        for n in range(rows):
            w.writerow(_customer_row(n))
    return out


def _customer_row(n: int) -> list[str]:
    return [
        f"Person {n:06d}",
        f"Firm {n % 5000}",
        f"p{n}@example.com",
        f"+49 30 {1000000 + n}",
        f"Street {n}, Berlin",
        "lead;import",
        f"Met at fair {n}",
    ]


def _raw_customers(db: Path, rows: int) -> float:
    """executemany of the customers, their contacts and tags (triggers firing), one COMMIT."""
    from crmnote.bootstrap import open_database

    open_database(str(db)).close()  # the schema
    now = datetime(2026, 6, 1).isoformat(sep=" ")
    people = [_customer_row(n) for n in range(rows)]
    customers = [(i, p[0], p[1], p[4], p[6], now, now) for i, p in enumerate(people, 1)]
    contacts = [(i, "email", p[2], 0) for i, p in enumerate(people, 1)]
    contacts += [(i, "phone", p[3], 1) for i, p in enumerate(people, 1)]
    tags = [(i, t) for i in range(1, rows + 1) for t in ("import", "lead")]
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA foreign_keys = ON")
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.executemany(
            "INSERT INTO customers (id, name, company, address, status, source, notes, "
            "open_promises, created_at, updated_at) VALUES (?, ?, ?, ?, 'active', '', ?, 0, ?, ?)",
            customers,
        )
        con.executemany(
            "INSERT INTO customer_contacts (customer_id, kind, value, label, position) "
            "VALUES (?, ?, ?, '', ?)",
            contacts,
        )
        con.executemany("INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)", tags)
        con.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        con.close()


def _customers_child(cfg: Config, path: Path, db: Path) -> tuple[float, float, float]:
    """(seconds, MB resident after opening the book, peak MB) of the import in a child."""
    env = bench_env(cfg, PYTHONPATH=str(PROBE.parent.parent))  # the probe imports bench.*
    _, values = run_child([sys.executable, str(PROBE), str(path), str(db)], env, 1800)
    return values["seconds"], values["open-kb"] / 1024, values["hwm"] / 1024


def _customers(cfg: Config, folder: Path, section: Section) -> None:
    rows = 200 if cfg.quick else CUSTOMER_ROWS if cfg.customers >= BIG_CUSTOMERS else ROWS
    source = _customers_source(folder, rows)
    runs = [_customers_child(cfg, source, _fresh(folder, "customers.sqlite3"))]
    runs += [
        _customers_child(cfg, source, _fresh(folder, "customers.sqlite3"))
        for _ in range(cfg.times(1) - 1)
    ]
    raw = _raw_customers(_fresh(folder, "raw-customers.sqlite3"), rows)
    took = min(r[0] for r in runs)
    opened, peak = min(r[1] for r in runs), min(r[2] for r in runs)
    limit = SECONDS * rows / CUSTOMER_ROWS
    section.note(f"customers' CSV: resident {opened:.0f} MB after opening the book")
    section.add(
        Result(
            f"import CSV, {rows:,} customers",
            took,
            "s",
            f"≤ {limit:g} s" + ("" if rows == CUSTOMER_ROWS else f" ({SECONDS:g} s at 100k)"),
            took <= limit,
            baseline=raw,
            baseline_name="raw executemany",
            ratio=took / raw,
        )
    )
    section.add(
        Result(
            f"import CSV, {rows:,} customers, peak",
            peak,
            "MB",
            f"≤ {PEAK_MB:g} MB",
            peak <= PEAK_MB,
        )
    )


def _import(path: Path, db: Path, **options: object) -> float:
    from crmnote.bootstrap import open_database
    from crmnote.importers.imports import import_file

    opened = open_database(str(db))
    try:
        start = time.perf_counter()
        run = import_file(path, opened.services.transfer, **options)  # type: ignore[arg-type]
        took = time.perf_counter() - start
    finally:
        opened.close()
    if not run.report.committed:
        raise SystemExit(f"import of {path.name} was not committed: {run.report.rows[:3]}")
    return took


def _raw(db: Path, rows: int) -> float:
    """executemany of `rows` interaction rows for one customer, one COMMIT."""
    from crmnote.bootstrap import open_database

    open_database(str(db)).close()  # the schema
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA foreign_keys = ON")
        now = datetime(2026, 6, 1).isoformat(sep=" ")
        con.execute(
            "INSERT INTO customers (name, company, address, status, source, notes, "
            "open_promises, created_at, updated_at) VALUES ('Raw', '', '', 'active', '', '', "
            "0, ?, ?)",
            (now, now),
        )
        values = [(1, now, f"Contact {n}", "Talked about an order.", now, now) for n in range(rows)]
        start = time.perf_counter()
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO interactions (customer_id, at, channel, direction, minutes, staff_id, "
            "summary, notes, mood, created_at, updated_at) "
            "VALUES (?, ?, 'call', 'in', 7, NULL, ?, ?, 0, ?, ?)",
            values,
        )
        con.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        con.close()


def run(cfg: Config) -> list[Result]:
    rows = 200 if cfg.quick else ROWS
    repeat = cfg.times(3)
    folder = cfg.data / "import"
    folder.mkdir(parents=True, exist_ok=True)
    section = Section(
        f"== import_bench: import CSV and JSON files into a fresh database, best of {repeat}"
    )
    _customers(cfg, folder, section)
    json_file = _json_source(folder, rows)
    csv_file = _csv_source(folder, rows)
    figures: dict[str, list[float]] = {"json": [], "csv": [], "raw": []}
    for _ in range(repeat):
        figures["json"].append(_import(json_file, _fresh(folder, "json.sqlite3")))
        figures["csv"].append(
            _import(csv_file, _fresh(folder, "csv.sqlite3"), create_customers=True)
        )
        figures["raw"].append(_raw(_fresh(folder, "raw.sqlite3"), rows))
    base = min(figures["raw"])
    names = (("json", f"import JSON, {rows:,} records"), ("csv", "import CSV interactions"))
    for key, name in names:
        ours = min(figures[key])
        section.add(
            Result(
                name,
                ours,
                "s",
                "≤ 1.5 × before (docs/performance.md)",
                True,
                baseline=base,
                baseline_name="raw executemany",
                ratio=ours / base,
                info=True,
            )
        )
    json_median, csv_median = median(figures["json"]), median(figures["csv"])
    section.note(f"medians: json {json_median:.3f} s, csv {csv_median:.3f} s")
    return section.results


def main() -> None:
    run(Config())


if __name__ == "__main__":
    main()
