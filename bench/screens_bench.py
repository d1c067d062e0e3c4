"""The window never stops answering: the longest stall of its event loop on every screen.

A child (`bench/screens_probe.py`, offscreen platform) builds the real main window on a copy of
the data set and tours it as a user would: scroll the list, open Bench Heavy, open ten
customers, filter as you type, sort by difficulty and by trust, Today, the map, the staff
report, Insights, Cost ranking, Standards, save Settings, export the customer list, back up.
A 1 ms heartbeat timer measures, for each step, the longest time the event loop could not run
(`bench/stall.py`) until the window settled (no worker left, the outcome shown). Then the
child's resident memory: the list scrolled, ten customers opened and every screen visited once.
Baseline for the memory: `bench/bare_window.py --rss`, a bare QMainWindow after its first paint.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench import dataset
from bench.common import Config, Result, Section, bench_env
from bench.processes import run_child
from bench.screens_probe import slug

STALL_TARGET_MS = 100.0
MEMORY_TARGET_MB = 200.0
HERE = Path(__file__).parent
STEPS = (
    "scroll the list",
    "open a customer",
    "open ten customers",
    "filter as you type",
    "sort by difficulty",
    "sort by trust",
    "Today",
    "map",
    "staff report",
    "Insights",
    "cost ranking",
    "standards",
    "settings save",
    "export",
    "backup",
)


def run(cfg: Config) -> list[Result]:
    source = dataset.database(cfg)
    section = Section("== screens_bench: longest event-loop stall per step of a tour of the window")
    db = dataset.work_copy(cfg, source, "screens.sqlite3")
    out = cfg.data / "screens-export"
    out.mkdir(exist_ok=True)
    customers = [
        dataset.customer_id(db, dataset.HEAVY_NAME),
        dataset.customer_id(db, dataset.LIGHT_NAME),
        *dataset.spread_customers(db, 8),
    ]
    env = bench_env(cfg, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE.parent))
    if cfg.quick:  # the smoke test: the tour's steps, without the measured quiet after each
        env["CRMNOTE_BENCH_SETTLE_S"] = "0.02"
    cmd = [sys.executable, str(HERE / "screens_probe.py"), str(db), str(out), *map(str, customers)]
    _, values = run_child(cmd, env, timeout=1800)
    _, bare = run_child([sys.executable, str(HERE / "bare_window.py"), "--rss"], env)
    dataset.remove(db)
    # The tour's backup step writes a full copy of the book beside it; do not let runs pile them up.
    for backup in (db.parent / "backups").glob(f"{db.stem}-*.sqlite3"):
        backup.unlink()
    for step in STEPS:
        stall = values[f"stall-{slug(step)}"]
        section.add(
            Result(
                f"stall: {step}",
                stall,
                "ms",
                f"≤ {STALL_TARGET_MS:.0f} ms",
                stall <= STALL_TARGET_MS,
                detail=f"done in {values[f'took-{slug(step)}']:.0f} ms",
            )
        )
    steps = [("opened", "book open")] + [(slug(step), step) for step in STEPS]
    section.note(
        "resident memory after each step (MB): "
        + ", ".join(f"{name} {values[f'rss-{key}'] / 1024:.0f}" for key, name in steps)
    )
    rss, base = values["rss"] / 1024, bare["rss"] / 1024
    section.note(f"peak (VmHWM) {values['hwm'] / 1024:.0f} MB after the tour")
    section.add(
        Result(
            "resident memory after the tour",
            rss,
            "MB",
            f"≤ {MEMORY_TARGET_MB:.0f} MB",
            rss <= MEMORY_TARGET_MB,
            baseline=base,
            baseline_name="bare QMainWindow",
            ratio=rss / base,
        )
    )
    return section.results


def main() -> None:
    run(Config())


if __name__ == "__main__":
    main()
