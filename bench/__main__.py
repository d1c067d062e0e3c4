"""`python -m bench`: run every benchmark module (`bench/*_bench.py`) in turn, then a summary.

    python -m bench [--data DIR] [--small|--quick] [--runs N] [--only NAME ...] [--db URL]

Each target of PRODUCT.md §6 gets one line: our figure, a baseline measured in the same run,
their ratio, the target, OK or MISSED. The data set (100k demo customers, ~1M interactions) is
built on first use into --data (default /tmp/crmnote-bench) and reused; --small uses 2,000
customers for a quick look. --db URL runs the benchmarks that apply to a team book on that
PostgreSQL server, against a copy of the data set there (bench/server.py). See
docs/performance.md.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import pkgutil
import re
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from bench.common import DEFAULT_DATA, SMALL_CUSTOMERS, Config, Result, line

# PRODUCT.md §6 order; any other *_bench module runs after these.
ORDER = (
    "startup_bench",
    "cli_bench",
    "filter_bench",
    "search_bench",
    "open_customer_bench",
    "log_bench",
    "pdf_bench",
    "memory_bench",
)


def parse(argv: list[str] | None = None) -> tuple[Config, list[str]]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="where the data set lives")
    parser.add_argument(
        "--small", "--quick", action="store_true", help="2,000 customers: a quick look"
    )
    parser.add_argument("--runs", type=int, default=5, help="process starts per side (5)")
    parser.add_argument("--only", nargs="+", default=[], help="benchmarks to run (e.g. filter)")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="a PostgreSQL server (a role that may create databases): run the team-book "
        "benchmarks there",
    )
    args = parser.parse_args(argv)
    cfg = Config(data=args.data, runs=max(1, args.runs), server=args.db)
    if args.small:
        cfg = Config(
            data=args.data,
            runs=max(1, min(args.runs, 3)),
            customers=SMALL_CUSTOMERS,
            server=args.db,
        )
    return cfg, [n if n.endswith("_bench") else f"{n}_bench" for n in args.only]


def modules(only: list[str]) -> list[str]:
    here = Path(__file__).parent
    found = {m.name for m in pkgutil.iter_modules([str(here)]) if m.name.endswith("_bench")}
    names = [n for n in ORDER if n in found] + sorted(found - set(ORDER))
    unknown = set(only) - found
    if unknown:
        raise SystemExit(f"no such benchmark: {', '.join(sorted(unknown))}")
    return [n for n in names if not only or n in only]


def run_module(name: str, cfg: Config) -> list[Result]:
    module: Any = importlib.import_module(f"bench.{name}")
    if cfg.server is not None and not getattr(module, "ON_SERVER", False):
        print(f"== {name}: not a team-book benchmark (runs on SQLite only)", flush=True)
        return []
    if hasattr(module, "run"):
        return list(module.run(cfg))
    # A module with only main() (pdf_bench): its own output, read back for the summary.
    print(f"== {name}", flush=True)
    out = io.StringIO()
    with contextlib.redirect_stdout(_Tee(sys.stdout, out)):
        module.main()
    return pdf_results(out.getvalue())


def pdf_results(text: str) -> list[Result]:
    """The PDF benchmark's figures from its printed lines."""
    ours = re.search(r"crmnote reports\s+([\d.]+) s", text)
    bare = re.search(
        r"bare QTextDocument print\s+([\d.]+) s.*ratio ([\d.]+) \(target ≤ ([\d.]+)\)", text
    )
    if not ours or not bare:
        return []
    ratio, target = float(bare.group(2)), float(bare.group(3))
    return [
        Result(
            "customer history PDF, 1,000",
            float(ours.group(1)),
            "s",
            f"≤ {target} × bare",
            ratio <= target,
            baseline=float(bare.group(1)),
            baseline_name="bare QTextDocument",
            ratio=ratio,
        )
    ]


class _Tee(io.TextIOBase):
    def __init__(self, *streams: Any) -> None:
        self.streams = streams

    def write(self, text: str) -> int:
        for s in self.streams:
            s.write(text)
        return len(text)

    def flush(self) -> None:
        for s in self.streams:
            s.flush()


def _quiet_qt() -> None:
    """Drop the offscreen platform's notes about features it lacks (size hints…): noise here."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode: Any, _context: Any, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _bytecode() -> None:
    """Compile crmnote's modules, so child processes start from bytecode as an installed app
    does (with PYTHONDONTWRITEBYTECODE set, every start would compile them from source)."""
    import compileall

    import crmnote

    compileall.compile_dir(Path(crmnote.__file__).parent, quiet=1)


def _shown(url: str) -> str:
    from sqlalchemy import make_url

    u = make_url(url)
    return f"{u.host or 'localhost'}:{u.port or 5432}"


def main(argv: list[str] | None = None) -> int:
    cfg, only = parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _quiet_qt()
    _bytecode()
    started = time.monotonic()
    where = "SQLite" if cfg.server is None else f"PostgreSQL at {_shown(cfg.server)}"
    print(
        f"crmnote benchmarks, {date.today()}, {os.cpu_count()} cores, "
        f"{cfg.customers:,} customers on {where}, data in {cfg.data}",
        flush=True,
    )
    results: list[Result] = []
    for name in modules(only):
        results += run_module(name, cfg)
    print(f"== summary ({time.monotonic() - started:.0f} s)")
    for r in results:
        print("  " + line(r).split("\n")[0])
    missed = [r.name for r in results if not r.info and not r.ok]
    print(f"  {len(missed)} target(s) missed" + (f": {', '.join(missed)}" if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
