"""The import benchmark's child: one file imported as `crmnote import` does, in its own process.

Run as a script: `python bench/import_probe.py FILE DB`. Opens (creates) the database, imports
the file (`importers.imports.import_file`; a CSV of interactions creates its customers), then
prints `crmnote-bench seconds S` (the import alone), `crmnote-bench open-kb KB` (resident after
opening the book) and `crmnote-bench hwm KB` (the peak resident size of the whole process).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.memory_probe import status_kb


def main() -> int:
    path, db = Path(sys.argv[1]), sys.argv[2]
    from crmnote.bootstrap import open_database
    from crmnote.importers.imports import import_file

    opened = open_database(db)
    try:
        open_kb = status_kb("VmRSS")
        start = time.perf_counter()
        run = import_file(
            path, opened.services.transfer, create_customers="interactions" in path.name
        )
        took = time.perf_counter() - start
    finally:
        opened.close()
    if not run.report.committed:
        print(f"import of {path.name} was not committed: {run.report.rows[:3]}", file=sys.stderr)
        return 1
    print(f"crmnote-bench seconds {took:.4f}")
    print(f"crmnote-bench open-kb {open_kb}")
    print(f"crmnote-bench hwm {status_kb('VmHWM')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
