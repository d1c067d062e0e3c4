"""Resident memory with the big database open and used, beside a bare PySide6 window's.

A child process (`bench/memory_probe.py`, offscreen platform) opens the main window on the data
set, scrolls the customer list 10 pages (2,000 rows), opens "Bench Heavy" (10,000
interactions), "Bench Light" and five more customers with their scores, then reads VmRSS from
/proc/self/status. Baseline: `bench/bare_window.py --rss`, a bare QMainWindow after its first
paint. Median of `--runs` children each (at most 3: the figure hardly moves).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench import dataset
from bench.common import Config, Result, Section, bench_env, median
from bench.processes import run_child

TARGET_MB = 250.0
PAGES = 10
HERE = Path(__file__).parent


def run(cfg: Config) -> list[Result]:
    db = dataset.database(cfg)
    runs = min(cfg.runs, 3)
    section = Section(f"== memory_bench: resident memory (VmRSS), median of {runs} processes")
    customers = [
        dataset.customer_id(db, dataset.HEAVY_NAME),
        dataset.customer_id(db, dataset.LIGHT_NAME),
        *dataset.spread_customers(db, 5),
    ]
    env = bench_env(cfg, QT_QPA_PLATFORM="offscreen")
    ours_cmd = [
        sys.executable,
        str(HERE / "memory_probe.py"),
        str(db),
        str(PAGES),
        *map(str, customers),
    ]
    bare_cmd = [sys.executable, str(HERE / "bare_window.py"), "--rss"]
    ours, peaks, bare = [], [], []
    rows = 0.0
    for _ in range(runs):
        _, o = run_child(ours_cmd, env)
        _, b = run_child(bare_cmd, env)
        ours.append(o["rss"] / 1024)
        peaks.append(o["hwm"] / 1024)
        rows = o["rows"]
        bare.append(b["rss"] / 1024)
    section.note(
        f"{int(rows):,} list rows loaded, {len(customers)} customers opened; "
        f"peak (VmHWM) {median(peaks):.0f} MB"
    )
    rss, base = median(ours), median(bare)
    section.add(
        Result(
            "resident memory, big db open",
            rss,
            "MB",
            f"≤ {TARGET_MB:.0f} MB",
            rss <= TARGET_MB,
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
