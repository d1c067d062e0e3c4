"""Shared plumbing of the benchmarks: settings of a run, timing, and one printed line per target."""

from __future__ import annotations

import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA = Path("/tmp/crmnote-bench")
BIG_CUSTOMERS = 100_000
SMALL_CUSTOMERS = 2_000
HEAVY_INTERACTIONS = 10_000
LIGHT_INTERACTIONS = 10


@dataclass(frozen=True)
class Config:
    """What one run of the benchmarks works on and how often it repeats each measurement."""

    data: Path = DEFAULT_DATA
    customers: int = BIG_CUSTOMERS
    heavy: int = HEAVY_INTERACTIONS  # interactions of the "heavy" benchmark customer
    light: int = LIGHT_INTERACTIONS  # interactions of the "light" one
    runs: int = 5  # process starts per side (cold start, memory)
    repeat: int = 1  # a multiplier for in-process repetitions (the smoke test uses fewer)
    quick: bool = False  # smoke test: as few repetitions as still exercise every path
    server: str | None = None  # a PostgreSQL server's URL: run there (bench/server.py)

    def times(self, normal: int, quick: int = 1) -> int:
        """How many repetitions of an in-process measurement this run makes."""
        return quick if self.quick else normal * self.repeat


@dataclass(frozen=True)
class Result:
    """One target's figures: ours, the baseline measured in the same run, and the verdict."""

    name: str
    ours: float
    unit: str
    target: str
    ok: bool
    baseline: float | None = None
    baseline_name: str = ""
    ratio: float | None = None
    detail: str = ""
    info: bool = False  # a figure shown for context, not a target of PRODUCT.md §6

    @property
    def verdict(self) -> str:
        if self.info:
            return "info"
        return "OK" if self.ok else "MISSED"


def fmt(value: float, unit: str) -> str:
    if unit in ("ms", "ms/keystroke", "ms/query", "ms/open", "ms/log", "ms/read"):
        return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "×":
        return f"{value:.2f} ×"
    return f"{value:g} {unit}"


def line(r: Result) -> str:
    """`name  ours X  baseline Y  ratio Z  target T  OK|MISSED` (the format `make bench` prints)."""
    parts = [f"{r.name:<34}", f"ours {fmt(r.ours, r.unit):>18}"]
    if r.baseline is not None:
        base_unit = r.unit.split("/")[0]
        parts.append(f"{r.baseline_name} {fmt(r.baseline, base_unit)}")
    if r.ratio is not None:
        parts.append(f"ratio {r.ratio:.2f}")
    parts.append(f"target {r.target}")
    parts.append(r.verdict)
    text = "  ".join(parts)
    return text + (f"\n{'':<36}{r.detail}" if r.detail else "")


def report(results: list[Result], r: Result) -> Result:
    """Print one result line and keep it for the summary."""
    print("  " + line(r), flush=True)
    results.append(r)
    return r


def percentile(samples: Sequence[float], q: float) -> float:
    """The nearest-rank percentile (q in 0..100) of a non-empty sample."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def ms(seconds: float) -> float:
    return seconds * 1000.0


def time_calls(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of `repeat` calls of `fn`."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


@dataclass
class Section:
    """A benchmark module's results, printed under its heading."""

    title: str
    results: list[Result] = field(default_factory=list)

    def __post_init__(self) -> None:
        print(self.title, flush=True)

    def add(self, r: Result) -> Result:
        return report(self.results, r)

    def note(self, text: str) -> None:
        print(f"    {text}", flush=True)


def bench_env(cfg: Config, **extra: str) -> dict[str, str]:
    """The environment of a child process: QSettings and data dirs kept inside the bench folder,
    so a run never touches the user's own window layout or database."""
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(cfg.data / "xdg-config")
    env["XDG_DATA_HOME"] = str(cfg.data / "xdg-data")
    env.pop("CRMNOTE_DB", None)
    env.update(extra)
    return env


def warn(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
