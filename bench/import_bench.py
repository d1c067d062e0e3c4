"""Importing 10,000 rows: a JSON export of whole customers, and a CSV file of interactions.

Both are imported the way `crmnote import FILE` does (`importers.imports.import_file`), into a
fresh database each time: one transaction with the records, list columns, scores and change-log
entries. The JSON file is a `crmnote export` of demo customers holding about 10,000 records
(interactions, promises, claims, requests, money…); the CSV file holds 10,000 interactions of
500 customers it creates. Baseline: a raw sqlite3 `executemany` of the same 10,000 interaction
rows and one COMMIT, with the app's pragmas. The figures before and after the change log took
in imported records are in docs/performance.md.
"""

from __future__ import annotations

import csv
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.common import Config, Result, Section, median

ROWS = 10_000
CSV_CUSTOMERS = 500


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
        f"== import_bench: import {rows:,} rows into a fresh database, best of {repeat}"
    )
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
