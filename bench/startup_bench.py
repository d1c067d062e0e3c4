"""Cold start to first painted window: `crmnote --db BIG` beside a bare PySide6 QMainWindow.

Each side is started as a new process `--runs` times (alternating, after one uncounted warm-up
each so the OS file cache is warm for both); the time is from just before the process is
started to the end of its first paint, reported by the child (CRMNOTE_BENCH_EXIT_ON_PAINT=1,
see crmnote/ui/startup/first_paint.py). crmnote paints a window shell first and opens the database
right after; the main window with its customer list and Today painted (usable) is the second
target (PRODUCT.md §6, turn 2).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench import dataset
from bench.common import Config, Result, Section, bench_env, median
from bench.processes import display, run_child

ON_SERVER = True  # with --db URL: the app started on the server book
TARGET = 1.5
USABLE = 2.0  # the main window with its list's first page and Today painted
BARE = Path(__file__).with_name("bare_window.py")


def run(cfg: Config) -> list[Result]:
    section = Section(
        f"== startup_bench: cold start to first painted window, median of {cfg.runs} starts"
    )
    book = dataset.book(cfg)
    db = book.file
    bare_cmd = [sys.executable, str(BARE)]
    ours_cmd = [sys.executable, "-m", "crmnote", "--db", book.db]
    bare: list[float] = []
    first: list[float] = []
    ready: list[float] = []
    with display(xvfb_wanted=not cfg.quick) as screen:
        env = bench_env(cfg, CRMNOTE_BENCH_EXIT_ON_PAINT="1", **screen.env)
        shown = "the data set on PostgreSQL" if book.server else db.name
        section.note(f"{shown}, {screen.label}")
        warm_up = 0 if cfg.quick else 1
        for n in range(cfg.runs + warm_up):
            _, plain = run_child(bare_cmd, env)
            _, app = run_child(ours_cmd, env)
            if n < warm_up:
                continue  # file cache, font cache, today's backup of the database
            bare.append(plain["first-paint"])
            first.append(app["first-paint"])
            ready.append(app["main-window"])
    _cleanup_backups(db)
    b, f, r = median(bare), median(first), median(ready)
    section.add(
        Result(
            "cold start to first paint",
            f,
            "s",
            f"≤ {TARGET} × bare",
            f / b <= TARGET,
            baseline=b,
            baseline_name="bare QMainWindow",
            ratio=f / b,
        )
    )
    section.add(
        Result(
            "usable window (list + Today)",
            r,
            "s",
            f"≤ {USABLE} × bare",
            r / b <= USABLE,
            baseline=b,
            baseline_name="bare QMainWindow",
            ratio=r / b,
        )
    )
    return section.results


def _cleanup_backups(db: Path) -> None:
    """The app backs the database up once a day; keep only the newest copy of the bench file."""
    folder = db.parent / "backups"
    if not folder.is_dir():
        return
    copies = sorted(folder.glob(f"{db.stem}-*.sqlite3"))
    for path in copies[:-1]:
        path.unlink(missing_ok=True)


def main() -> None:
    run(Config())


if __name__ == "__main__":
    main()
