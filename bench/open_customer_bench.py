"""Opening a customer with 10,000 interactions: what the customer page asks the services for.

- services: the calls `CustomerPage.show_customer` makes (customer, owner, list summary, the
  first timeline page of 500, promises, claims, requests, money, effort), then those of
  `scores_loader.load_scores`, which the page runs on the next turn of the event loop
  (`scores.explain`, `scores.history`, summary, decisions); both parts and the total;
- widget: the real main window's `show_customer` and the page's `load_scores`, with the events
  processed so the page lays out and paints;
- baseline: raw sqlite3 reading the same rows (no ORM, no domain objects, no scoring).
"Bench Light" (10 interactions) is timed the same way for comparison.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench import dataset
from bench.common import Config, Result, Section, median, ms, time_calls

TARGET_MS = 100.0
_RAW = (
    "SELECT * FROM customers WHERE id = :c",
    "SELECT * FROM staff WHERE id = (SELECT owner_id FROM customers WHERE id = :c)",
    """SELECT * FROM (
         SELECT 'interaction', id, at, summary, channel, minutes FROM interactions
           WHERE customer_id = :c
         UNION ALL SELECT 'promise', id, made_at, text, status, NULL FROM promises
           WHERE customer_id = :c
         UNION ALL SELECT 'claim', id, raised_at, text, verdict, NULL FROM claims
           WHERE customer_id = :c
         UNION ALL SELECT 'request', id, raised_at, text, judgment, NULL FROM requests
           WHERE customer_id = :c
         UNION ALL SELECT 'feedback', id, at, text, kind, NULL FROM feedback
           WHERE customer_id = :c
         UNION ALL SELECT 'money', id, at, reference, kind, amount FROM money
           WHERE customer_id = :c
         UNION ALL SELECT 'effort', id, at, text, '', minutes FROM effort WHERE customer_id = :c
         UNION ALL SELECT 'decision', id, at, reason, action, NULL FROM decisions
           WHERE customer_id = :c
       ) ORDER BY 3 DESC LIMIT 500""",
    "SELECT * FROM promises WHERE customer_id = :c",
    "SELECT * FROM claims WHERE customer_id = :c",
    "SELECT * FROM requests WHERE customer_id = :c",
    "SELECT * FROM money WHERE customer_id = :c",
    "SELECT * FROM effort WHERE customer_id = :c",
    # what the scores are computed from, and their history
    "SELECT * FROM interactions WHERE customer_id = :c",
    "SELECT * FROM feedback WHERE customer_id = :c",
    "SELECT at, difficulty, trust, cause_kind, cause_id FROM score_history "
    "WHERE customer_id = :c ORDER BY at, id",
    "SELECT * FROM decisions WHERE customer_id = :c",
)


def page_calls(services: Any, cid: int) -> None:
    """What CustomerPage.show_customer asks for."""
    records = services.records
    customer = records.get("customer", cid)
    if customer.owner_id is not None:
        records.get("staff", customer.owner_id)
    services.customer_list.summary(cid)
    services.timeline.entries(cid, (), 500, 0)
    for kind in ("promise", "claim", "request", "money", "effort"):
        records.list(kind, cid)


def score_calls(services: Any, cid: int) -> None:
    """What scores_loader.load_scores asks for."""
    scores = services.scores.explain(cid)
    services.scores.history(cid)
    services.customer_list.summary(cid)
    if scores.staff_flag is not None:
        services.scores.staff_name(scores.staff_flag.staff_id)
    services.records.list("decision", cid)


def run(cfg: Config) -> list[Result]:
    from crmnote.app import open_database

    db = dataset.database(cfg)
    repeat = cfg.times(7)
    section = Section(f"== open_customer_bench: open a customer page, median of {repeat}")
    heavy = dataset.customer_id(db, dataset.HEAVY_NAME)
    light = dataset.customer_id(db, dataset.LIGHT_NAME)
    opened = open_database(str(db))
    results: dict[str, dict[str, float]] = {}
    try:
        services = opened.services
        window = _main_window(cfg, opened)
        for label, cid in (("heavy", heavy), ("light", light)):
            page = _median(partial(page_calls, services, cid), repeat)
            scores = _median(partial(score_calls, services, cid), repeat)
            widget = _median(partial(_open_in_window, window, cid), repeat)
            raw = _median(partial(_raw, db, cid), repeat)
            results[label] = {"page": page, "scores": scores, "widget": widget, "raw": raw}
            counts = _counts(db, cid)
            section.note(
                f"{label}: {counts}; services: page {ms(page):.1f} ms + scores "
                f"{ms(scores):.1f} ms; widget {ms(widget):.1f} ms; raw sqlite3 {ms(raw):.1f} ms"
            )
        window.close()
    finally:
        opened.close()
    h = results["heavy"]
    for name, ours in (
        ("open 10k customer (services)", h["page"] + h["scores"]),
        ("open 10k customer (page widget)", h["widget"]),
    ):
        section.add(
            Result(
                name,
                ms(ours),
                "ms/open",
                f"≤ {TARGET_MS:.0f} ms",
                ms(ours) <= TARGET_MS,
                baseline=ms(h["raw"]),
                baseline_name="raw sqlite3 reads",
                ratio=ours / h["raw"],
            )
        )
    return section.results


def _median(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm: first use of the code paths and the pages of this customer
    return median(time_calls(fn, repeat))


def _main_window(cfg: Config, opened: Any) -> Any:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from crmnote.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["bench"])
    settings = QSettings(str(cfg.data / "bench-ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(opened.services, opened.name, settings)
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    return window


def _open_in_window(window: Any, cid: int) -> None:
    from PySide6.QtWidgets import QApplication

    window.show_customer(cid)
    window.customer_page.load_scores()  # what the page's zero timer runs next
    QApplication.processEvents()


def _raw(db: Path, cid: int) -> None:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for sql in _RAW:
            con.execute(sql, {"c": cid}).fetchall()
    finally:
        con.close()


def _counts(db: Path, cid: int) -> str:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        parts = []
        for table in ("interactions", "promises", "claims", "requests", "money", "score_history"):
            n = con.execute(f"SELECT count(*) FROM {table} WHERE customer_id = ?", (cid,))
            parts.append(f"{n.fetchone()[0]:,} {table.replace('_', ' ')}")
        return ", ".join(parts)
    finally:
        con.close()


def main() -> None:
    run(Config())


if __name__ == "__main__":
    main()
