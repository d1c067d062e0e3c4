"""The command line as a user feels it: whole processes, from start to exit.

- `crmnote --version` and `crmnote --help` beside `python -c pass` (the interpreter's own
  start: the least any Python command can cost);
- `crmnote log "Bench Light" …` on a copy of the data set (one interaction logged, score
  update included) beside `python -c "import sqlalchemy.orm"` (what any command reading the
  book through the ORM has to load).

Each pair runs alternately, `--runs` times after one uncounted warm-up; medians of the wall
time from just before the process starts to its exit. The children run the installed entry
point (`python -m crmnote`) with the bench's XDG folders.
"""

from __future__ import annotations

import sys

from bench import dataset
from bench.common import Config, Result, Section, bench_env, median
from bench.processes import run_child

HELP_TARGET = 4.0
LOG_TARGET = 1.5


def run(cfg: Config) -> list[Result]:
    source = dataset.database(cfg)
    section = Section(f"== cli_bench: whole commands, median of {cfg.runs} processes each")
    db = dataset.work_copy(cfg, source, "cli.sqlite3")
    env = bench_env(cfg)
    ours = [sys.executable, "-m", "crmnote"]
    python = [sys.executable, "-c"]
    pairs = (
        ("crmnote --version", [*ours, "--version"], "python -c pass", [*python, "pass"]),
        ("crmnote --help", [*ours, "--help"], "python -c pass", [*python, "pass"]),
        (
            "crmnote log",
            [*ours, "--db", str(db), "log", dataset.LIGHT_NAME, "--minutes", "5", "--note", "x"],
            "import sqlalchemy.orm",
            [*python, "import sqlalchemy.orm"],
        ),
    )
    results = []
    try:
        for name, cmd, base_name, base_cmd in pairs:
            a, b = _alternately(cmd, base_cmd, env, cfg.runs)
            target = LOG_TARGET if "log" in name else HELP_TARGET
            results.append(
                section.add(
                    Result(
                        name,
                        a,
                        "s",
                        f"≤ {target} × baseline",
                        a / b <= target,
                        baseline=b,
                        baseline_name=base_name,
                        ratio=a / b,
                    )
                )
            )
    finally:
        dataset.remove(db)
    return results


def _alternately(
    cmd: list[str], base: list[str], env: dict[str, str], runs: int
) -> tuple[float, float]:
    ours: list[float] = []
    baseline: list[float] = []
    for n in range(runs + 1):
        a, _ = run_child(cmd, env)
        b, _ = run_child(base, env)
        if n:  # the first of each warms the file cache
            ours.append(a)
            baseline.append(b)
    return median(ours), median(baseline)


def main() -> None:
    run(Config())


if __name__ == "__main__":
    main()
